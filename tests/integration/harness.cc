#include "harness.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <httplib.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#include <yaml-cpp/yaml.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace kennis::it {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string schemas_dir() { return std::string(KENNIS_SOURCE_DIR) + "/schemas"; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return {};
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

namespace {

json yaml_to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar: {
      const std::string& text = node.Scalar();
      if (node.Tag() == "!") return text;  // quoted: a string whatever it looks like
      if (text == "true") return true;
      if (text == "false") return false;
      if (text == "null" || text == "~") return nullptr;
      static const std::regex integer("-?[0-9]+"), number("-?[0-9]+\\.[0-9]+([eE][-+]?[0-9]+)?");
      if (std::regex_match(text, integer)) return std::stoll(text);
      if (std::regex_match(text, number)) return std::stod(text);
      return text;
    }
    case YAML::NodeType::Sequence: {
      json out = json::array();
      for (const YAML::Node& item : node) out.push_back(yaml_to_json(item));
      return out;
    }
    case YAML::NodeType::Map: {
      json out = json::object();
      for (const auto& item : node) out[item.first.as<std::string>()] = yaml_to_json(item.second);
      return out;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      break;
  }
  return nullptr;
}

// A URI valijson asks for ("./error.schema.json", "post.schema.json", or one resolved against
// the referring file's name) -> the file in schemas/. All schemas sit in that one directory.
std::string schema_file_of(const std::string& uri) {
  const std::string file = uri.substr(uri.find_last_of('/') + 1);
  static const std::regex name("[a-z0-9_]+\\.schema\\.json");
  if (!std::regex_match(file, name)) throw std::runtime_error("$ref to '" + uri + "' is not a file in schemas/");
  return schemas_dir() + "/" + file;
}

// Replaces "$ref": "#/..." (refs into openapi.yaml itself) by what they point at.
json inline_local_refs(const json& node, const json& document, int depth = 0) {
  if (depth > 32) throw std::runtime_error("openapi.yaml: $ref cycle");
  if (node.is_object()) {
    const auto ref = node.find("$ref");
    if (ref != node.end() && ref->is_string() && ref->get<std::string>().rfind("#/", 0) == 0)
      return inline_local_refs(document.at(json::json_pointer(ref->get<std::string>().substr(1))), document, depth + 1);
    json out = json::object();
    for (const auto& [key, value] : node.items()) out[key] = inline_local_refs(value, document, depth + 1);
    return out;
  }
  if (node.is_array()) {
    json out = json::array();
    for (const json& value : node) out.push_back(inline_local_refs(value, document, depth + 1));
    return out;
  }
  return node;
}

std::string escape_pointer(const std::string& token) {
  std::string out;
  for (char c : token) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

int open_output(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot create " + path + ": " + std::strerror(errno));
  return fd;
}

}  // namespace

json load_yaml_as_json(const std::string& path) { return yaml_to_json(YAML::LoadFile(path)); }

// --- Workspace ------------------------------------------------------------------------------

Workspace::Workspace() {
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = test ? std::string(test->test_suite_name()) + "." + test->name() : "no-test";
  for (char& c : name)
    if (c == '/') c = '_';
  dir_ = ::testing::TempDir() + "kennis-it/" + name;
  fs::remove_all(dir_);
  fs::create_directories(dir_);
}

Workspace::~Workspace() {
  if (!::testing::Test::HasFailure()) {
    std::error_code ignored;  // a leftover temp dir is harmless; the next run empties it
    fs::remove_all(dir_, ignored);
  }
}

std::string Workspace::path(const std::string& name) const { return dir_ + "/" + name; }

std::string Workspace::write_jsonl(const std::string& name, const std::vector<json>& records) const {
  std::string text;
  for (const json& record : records) text += record.dump() + "\n";
  return write_text(name, text);
}

std::string Workspace::write_text(const std::string& name, const std::string& text) const {
  const std::string file = path(name);
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + file);
  return file;
}

std::string Workspace::unique_path(const std::string& stem) const { return path(stem + "-" + std::to_string(++next_)); }

// --- ChildProcess ---------------------------------------------------------------------------

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const std::string& stdout_path,
                           const std::string& stderr_path) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // The caller's KENNIS_INDEX, KENNIS_CONFIG, ... must not change what a test runs.
  std::vector<char*> env;
  for (char** e = environ; *e; ++e)
    if (std::strncmp(*e, "KENNIS_", 7) != 0) env.push_back(*e);
  env.push_back(nullptr);
  const int out = open_output(stdout_path);
  const int err = open_output(stderr_path);
  const pid_t parent = getpid();
  pid_ = fork();
  if (pid_ == 0) {
    // Only async-signal-safe calls from here on.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    const int in = ::open("/dev/null", O_RDONLY);
    if (in < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) _exit(127);
    execve(args[0], args.data(), env.data());
    _exit(127);
  }
  const int fork_errno = errno;
  ::close(out);
  ::close(err);
  if (pid_ < 0) throw std::runtime_error(std::string("fork failed: ") + std::strerror(fork_errno));
}

ChildProcess::~ChildProcess() {
  if (pid_ > 0) terminate();
}

bool ChildProcess::running() {
  if (pid_ <= 0) return false;
  int status = 0;
  const pid_t done = waitpid(pid_, &status, WNOHANG);
  if (done == 0) return true;
  status_ = done < 0 ? -1 : WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  pid_ = -1;
  return false;
}

int ChildProcess::wait(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (running()) {
    if (Clock::now() >= deadline) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return status_;
}

int ChildProcess::terminate(std::chrono::milliseconds grace) {
  if (!running()) return status_;
  kill(pid_, SIGTERM);
  const int code = wait(grace);
  if (code != -1) return code;
  ADD_FAILURE() << "process " << pid_ << " did not stop within " << grace.count() << " ms of SIGTERM; killing it";
  kill(pid_, SIGKILL);
  return wait(std::chrono::seconds(10));
}

// --- kennis-index ---------------------------------------------------------------------------

IndexerRun run_indexer(const Workspace& ws, const std::vector<std::string>& args) {
  std::vector<std::string> argv{KENNIS_INDEX_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  const std::string base = ws.unique_path("kennis-index");
  IndexerRun run;
  {
    ChildProcess indexer(argv, base + ".stdout", base + ".stderr");
    run.exit_code = indexer.wait(std::chrono::seconds(60));
    if (run.exit_code == -1) {
      indexer.terminate();
      throw std::runtime_error("kennis-index took longer than 60 s");
    }
  }
  run.out = read_file(base + ".stdout");
  run.err = read_file(base + ".stderr");
  return run;
}

json post(const std::string& id, const std::string& body, const json& extra) {
  json record = {
      {"id", id}, {"body", body}, {"author", "alice"}, {"created", "2024-01-15T10:00:00Z"}, {"acl", "public"}};
  record.update(extra);
  return record;
}

json document(const std::string& id, const std::string& title, const std::string& body, const json& extra) {
  json record = {{"id", id}, {"title", title}, {"body", body}, {"created", "2024-01-15T10:00:00Z"}, {"acl", "public"}};
  record.update(extra);
  return record;
}

json profile(const std::string& id, const std::string& name, const json& extra) {
  json record = {{"id", id}, {"name", name}, {"acl", "public"}};
  record.update(extra);
  return record;
}

IndexerRun index_records(const Workspace& ws, const std::string& index_dir, const Records& records) {
  std::vector<std::string> args{"--index", index_dir, "--json"};
  for (const auto& [option, list] : {std::pair{"--posts", &records.posts}, std::pair{"--documents", &records.documents},
                                     std::pair{"--profiles", &records.profiles}}) {
    if (list->empty()) continue;
    const std::string file = ws.unique_path(std::string(option + 2)) + ".jsonl";
    ws.write_jsonl(fs::path(file).filename().string(), *list);
    args.insert(args.end(), {option, file});
  }
  return run_indexer(ws, args);
}

// --- Contract -------------------------------------------------------------------------------

struct Contract::Compiled {
  json document;  // valijson's schema refers to nothing in here once built; kept for messages
  valijson::Schema schema;
};

Contract::Contract() : openapi_(load_yaml_as_json(schemas_dir() + "/openapi.yaml")) {}
Contract::~Contract() = default;

const Contract::Compiled& Contract::compiled(const std::string& key, const json& schema) const {
  auto& slot = cache_[key];
  if (slot) return *slot;
  auto c = std::make_unique<Compiled>();
  // Wrapped in allOf: valijson resolves a relative "$ref" at the root against the root itself
  // (and recurses forever); one level down it fetches the file.
  c->document = json{{"allOf", json::array({inline_local_refs(schema, openapi_)})}};
  auto fetch = [](const std::string& uri) -> const json* {
    const std::string text = read_file(schema_file_of(uri));
    return new json(json::parse(text));
  };
  auto release = [](const json* document) { delete document; };
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(c->document), c->schema, fetch, release);
  slot = std::move(c);
  return *slot;
}

std::vector<std::string> Contract::validate_file(const std::string& file, const json& document) const {
  const Compiled& c = compiled("file:" + file, json{{"$ref", "./" + file}});
  valijson::Validator validator;
  valijson::ValidationResults results;
  std::vector<std::string> errors;
  if (validator.validate(c.schema, valijson::adapters::NlohmannJsonAdapter(document), &results)) return errors;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string where;
    for (const std::string& part : error.context) where += part;
    errors.push_back(where + ": " + error.description);
  }
  return errors;
}

std::string Contract::match_path(const std::string& path) const {
  for (const auto& [templ, item] : openapi_.at("paths").items()) {
    static const std::regex parameter("\\{[^}/]+\\}"), special(R"([.^$|()\[\]*+?\\])");
    const std::string escaped = std::regex_replace(templ, special, "\\$&");
    if (std::regex_match(path, std::regex(std::regex_replace(escaped, parameter, "[^/]+")))) return templ;
  }
  return {};
}

void Contract::check(const std::string& method, const std::string& target, int status, const std::string& content_type,
                     const std::string& body) const {
  const std::string request = method + " " + target;
  std::string operation;
  for (char c : method) operation += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string templ = match_path(target.substr(0, target.find('?')));
  std::string key;  // JSON pointer of the documented response
  if (!templ.empty() && openapi_.at("paths").at(templ).contains(operation)) {
    key = "/paths/" + escape_pointer(templ) + "/" + operation + "/responses/" + std::to_string(status);
  } else {
    EXPECT_EQ(status, 404) << request << ": openapi.yaml has no such operation, so the answer must be 404";
    key = "/components/responses/NoSuchEndpoint";
  }
  if (!openapi_.contains(json::json_pointer(key))) {
    ADD_FAILURE() << request << " answered " << status << ", which openapi.yaml does not document (" << key
                  << "); body: " << body;
    return;
  }
  json response = openapi_.at(json::json_pointer(key));
  while (response.contains("$ref"))
    response = openapi_.at(json::json_pointer(response.at("$ref").get<std::string>().substr(1)));
  EXPECT_EQ(content_type.rfind("application/json", 0), 0u) << request << ": Content-Type " << content_type;
  const json parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    ADD_FAILURE() << request << " (" << status << "): body is not JSON: " << body;
    return;
  }
  const Compiled& c = compiled(key, response.at("content").at("application/json").at("schema"));
  valijson::Validator validator;
  valijson::ValidationResults results;
  if (validator.validate(c.schema, valijson::adapters::NlohmannJsonAdapter(parsed), &results)) return;
  std::string errors;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    errors += "\n  ";
    for (const std::string& part : error.context) errors += part;
    errors += ": " + error.description;
  }
  ADD_FAILURE() << request << " (" << status << "): body does not match openapi.yaml " << key << ":" << errors
                << "\nbody: " << body;
}

// --- HTTP -----------------------------------------------------------------------------------

std::string Response::error_code() const {
  if (!body.is_object()) return {};
  const auto error = body.find("error");
  if (error == body.end() || !error->is_object()) return {};
  const auto code = error->find("code");
  return code != error->end() && code->is_string() ? code->get<std::string>() : std::string();
}

namespace {
std::string percent_encode(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}
}  // namespace

std::string query_string(const Params& params) {
  std::string out;
  for (const auto& [name, value] : params)
    out += (out.empty() ? "" : "&") + percent_encode(name) + "=" + percent_encode(value);
  return out;
}

std::vector<std::string> hit_ids(const Response& search) {
  std::vector<std::string> ids;
  if (!search.body.is_object() || !search.body.contains("hits")) return ids;
  for (const json& hit : search.body.at("hits")) ids.push_back(hit.value("id", ""));
  return ids;
}

// --- kennis-searchd -------------------------------------------------------------------------

Searchd::Searchd(const Workspace& ws, const std::string& index_dir, const std::vector<std::string>& extra_args) {
  const std::string base = ws.unique_path("kennis-searchd");
  const std::string port_file = base + ".port";
  stderr_path_ = base + ".stderr";
  std::vector<std::string> argv{KENNIS_SEARCHD_BIN, "--index", index_dir, "--port", "0", "--port-file", port_file};
  argv.insert(argv.end(), extra_args.begin(), extra_args.end());
  process_ = std::make_unique<ChildProcess>(argv, base + ".stdout", stderr_path_);
  const auto deadline = Clock::now() + std::chrono::seconds(10);
  while (port_ == 0) {
    if (std::ifstream in(port_file); in && (in >> port_) && port_ > 0) break;
    port_ = 0;
    if (!process_->running())
      throw std::runtime_error("kennis-searchd exited before listening:\n" + read_file(stderr_path_));
    if (Clock::now() >= deadline) throw std::runtime_error("kennis-searchd wrote no port file within 10 s");
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

Searchd::~Searchd() {
  if (!process_) return;
  const int code = process_->terminate();
  EXPECT_EQ(code, 0) << "kennis-searchd did not exit cleanly on SIGTERM; its log:\n" << log();
}

Response Searchd::get(const std::string& target, const Headers& headers) const {
  httplib::Client client("127.0.0.1", port_);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  httplib::Headers request_headers;
  for (const auto& [name, value] : headers) request_headers.emplace(name, value);
  const httplib::Result result = client.Get(target.c_str(), request_headers);
  if (!result) {
    ADD_FAILURE() << "GET " << target << " failed: " << httplib::to_string(result.error());
    return {};
  }
  return finish("GET", target, *result);
}

Response Searchd::post(const std::string& target) const {
  httplib::Client client("127.0.0.1", port_);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  const httplib::Result result = client.Post(target.c_str(), "", "application/json");
  if (!result) {
    ADD_FAILURE() << "POST " << target << " failed: " << httplib::to_string(result.error());
    return {};
  }
  return finish("POST", target, *result);
}

Response Searchd::document(const std::string& kind, const std::string& id, const Headers& headers) const {
  return get("/v1/documents/" + percent_encode(kind) + "/" + percent_encode(id), headers);
}

Response Searchd::finish(const std::string& method, const std::string& target, const httplib::Response& answer) const {
  const std::string content_type = answer.get_header_value("Content-Type");
  contract_.check(method, target, answer.status, content_type, answer.body);
  Response r;
  r.status = answer.status;
  r.content_type = content_type;
  for (const auto& [name, value] : answer.headers) {
    std::string key = name;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers[key] = value;
  }
  r.body = json::parse(answer.body, nullptr, /*allow_exceptions=*/false);
  if (r.body.is_discarded()) r.body = nullptr;
  r.raw = answer.body;
  return r;
}

}  // namespace kennis::it
