// The API contract itself: schemas/openapi.yaml, the response schemas, and the code they
// describe must agree. Responses are checked against them in every other test (harness.cc).
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <regex>
#include <set>

#include "harness.h"

namespace kennis::it {
namespace {

namespace fs = std::filesystem;

// The one list of routes searchd serves. openapi.yaml and searchd/routes.cc must both agree.
const std::set<std::string> kRoutes = {"/v1/search", "/v1/experts", "/v1/documents/{kind}/{id}", "/v1/whoami",
                                       "/v1/admin/access", "/healthz"};

const char* const kResponseSchemas[] = {"search_response.schema.json", "experts_response.schema.json", "health.schema.json", "error.schema.json",
                                        "document_response.schema.json", "identity_response.schema.json"};

json load_schema(const std::string& file) { return json::parse(read_file(schemas_dir() + "/" + file)); }

std::string source(const std::string& relative) { return read_file(std::string(KENNIS_SOURCE_DIR) + "/" + relative); }

// Calls `visit(ref, where)` for every "$ref" in `node`.
void each_ref(const json& node, const std::string& where,
              const std::function<void(const std::string&, const std::string&)>& visit) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      if (key == "$ref" && value.is_string()) visit(value.get<std::string>(), where);
      else each_ref(value, where + "/" + key, visit);
    }
  } else if (node.is_array()) {
    for (size_t i = 0; i < node.size(); ++i) each_ref(node[i], where + "/" + std::to_string(i), visit);
  }
}

// Checks that `ref`, found in `file` (a file in schemas/), names an existing file and node.
void expect_ref_resolves(const std::string& file, const json& document, const std::string& ref,
                         const std::string& where) {
  SCOPED_TRACE(file + "#" + where + ": $ref " + ref);
  const size_t hash = ref.find('#');
  const std::string target_file = ref.substr(0, hash);
  const std::string pointer = hash == std::string::npos ? "" : ref.substr(hash + 1);
  json target = document;
  if (!target_file.empty()) {
    ASSERT_TRUE(fs::is_regular_file(fs::path(schemas_dir()) / target_file)) << "no such file";
    target = json::parse(read_file(schemas_dir() + "/" + target_file));
  }
  EXPECT_TRUE(pointer.empty() || target.contains(json::json_pointer(pointer))) << "no such node";
}

TEST(Contract, OpenApiPathsAreTheRoutes) {
  const json openapi = load_yaml_as_json(schemas_dir() + "/openapi.yaml");
  EXPECT_EQ(openapi.at("openapi").get<std::string>().rfind("3.1", 0), 0u);
  std::set<std::string> paths;
  for (const auto& [path, item] : openapi.at("paths").items()) {
    paths.insert(path);
    for (const auto& [method, operation] : item.items())
      EXPECT_EQ(method, "get") << path << ": searchd serves GET only";
  }
  EXPECT_EQ(paths, kRoutes);
}

TEST(Contract, RoutesCcRegistersTheRoutes) {
  // Every registration in searchd/routes.cc, e.g. server.Get(R"(/v1/documents/([^/]+)/(.+))", ...
  const std::string text = source("searchd/routes.cc");
  const std::regex registration(R"re(server\.(\w+)\(\s*(?:R"\((.*?)\)"|"([^"]*)"))re");
  std::vector<std::string> patterns;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), registration); it != std::sregex_iterator(); ++it) {
    const std::string method = (*it)[1];
    if (method.rfind("set_", 0) == 0) continue;  // set_error_handler and friends
    EXPECT_EQ(method, "Get") << (*it)[0];
    patterns.push_back((*it)[2].matched ? (*it)[2].str() : (*it)[3].str());
  }
  ASSERT_EQ(patterns.size(), kRoutes.size()) << "routes.cc registers a route kRoutes does not list, or lacks one";
  // Each route, with its parameters filled in, is served by exactly one registration.
  for (const std::string& route : kRoutes) {
    const std::string example = std::regex_replace(route, std::regex(R"(\{([^}]+)\})"), "$1-value");
    int matches = 0;
    for (const std::string& pattern : patterns) matches += std::regex_match(example, std::regex(pattern)) ? 1 : 0;
    EXPECT_EQ(matches, 1) << route << " (as " << example << ")";
  }
}

TEST(Contract, EveryRefResolves) {
  const json openapi = load_yaml_as_json(schemas_dir() + "/openapi.yaml");
  size_t refs = 0;
  each_ref(openapi, "", [&](const std::string& ref, const std::string& where) {
    ++refs;
    expect_ref_resolves("openapi.yaml", openapi, ref, where);
  });
  EXPECT_GT(refs, 10u);
  // The schemas openapi.yaml names, and the ones they name in turn.
  for (const auto& entry : fs::directory_iterator(schemas_dir())) {
    const std::string file = entry.path().filename().string();
    if (entry.path().extension() != ".json") continue;
    const json schema = load_schema(file);
    EXPECT_EQ(schema.value("$schema", ""), "http://json-schema.org/draft-07/schema#") << file;
    each_ref(schema, "", [&](const std::string& ref, const std::string& where) {
      expect_ref_resolves(file, schema, ref, where);
    });
  }
}

TEST(Contract, ResponseSchemasCompileAndRejectWrongShapes) {
  const Contract contract;
  for (const char* file : kResponseSchemas) {
    SCOPED_TRACE(file);
    EXPECT_FALSE(contract.validate_file(file, json::array()).empty());
    EXPECT_FALSE(contract.validate_file(file, json::object()).empty());
  }
  // Examples as the code writes them, and near misses.
  const json error = {{"error", {{"code", "invalid_query"}, {"message", "m"}, {"path", "q"}}}};
  EXPECT_TRUE(contract.validate_file("error.schema.json", error).empty());
  json bad_code = error;
  bad_code["error"]["code"] = "no_such_code";
  EXPECT_FALSE(contract.validate_file("error.schema.json", bad_code).empty());

  const json hit = json::parse(R"({"kind": "post", "id": "p1", "title": "", "title_html": "", "snippet": "北京 ok",
      "snippet_html": "<mark>北京</mark> ok", "score": 1.5, "people": ["alice"],
      "authors": [{"id": "alice", "name": "Alice", "profile_id": "ldap:alice"}],
      "highlights": {"title": [], "snippet": [{"bytes": [0, 6], "code_points": [0, 2], "utf16": [0, 2]}]}})");
  const json search = {{"query", "北京"}, {"total", 1}, {"total_exact", true}, {"page", 1}, {"size", 10},
                       {"hits", {hit}}, {"facets", json::object()}, {"suggestion", nullptr},
                       {"relaxed", false}, {"took_ms", 0.5}};
  EXPECT_TRUE(contract.validate_file("search_response.schema.json", search).empty());
  for (const char* pointer : {"/hits/0/highlights/snippet/0/utf16/2", "/hits/0/highlights/snippet/0/chars",
                              "/hits/0/highlights/other"}) {
    json extra_key = search;
    extra_key[json::json_pointer(pointer)] = 1;
    EXPECT_FALSE(contract.validate_file("search_response.schema.json", extra_key).empty()) << pointer;
  }
  for (const char* pointer : {"/hits/0/snippet", "/hits/0/highlights", "/hits/0/highlights/title",
                              "/hits/0/highlights/snippet/0/code_points"}) {
    json missing = search;
    missing.at(json::json_pointer(pointer).parent_pointer()).erase(json::json_pointer(pointer).back());
    EXPECT_FALSE(contract.validate_file("search_response.schema.json", missing).empty()) << pointer;
  }

  const json ok = {{"status", "ok"}, {"documents", 3}, {"revision", 2}, {"analyzer_version", 1}};
  EXPECT_TRUE(contract.validate_file("health.schema.json", ok).empty());
  EXPECT_FALSE(contract.validate_file("health.schema.json", {{"status", "ok"}, {"message", "x"}}).empty());

  const json post = {{"kind", "post"},       {"id", "p1"},       {"body", "b"},
                     {"author", "alice"},    {"acl", "public"},  {"created", "2024-03-01T09:30:00Z"}};
  EXPECT_TRUE(contract.validate_file("document_response.schema.json", post).empty());
  json without_kind = post;
  without_kind.erase("kind");
  EXPECT_FALSE(contract.validate_file("document_response.schema.json", without_kind).empty());
  json wrong_kind = post;
  wrong_kind["kind"] = "profile";
  EXPECT_FALSE(contract.validate_file("document_response.schema.json", wrong_kind).empty());
  json extra = post;
  extra["secret"] = 1;
  EXPECT_FALSE(contract.validate_file("document_response.schema.json", extra).empty());
}

TEST(Contract, ErrorCodesAreErrorH) {
  // X(kInvalidJson, "invalid_json", kUser, 400) lines of KENNIS_ERROR_CODES.
  const std::string header = source("include/kennis/error.h");
  const std::regex entry(R"re(X\(\s*k\w+\s*,\s*"([a-z_]+)")re");
  std::set<std::string> names;
  for (auto it = std::sregex_iterator(header.begin(), header.end(), entry); it != std::sregex_iterator(); ++it)
    names.insert((*it)[1]);
  ASSERT_GE(names.size(), 10u);
  const json schema = load_schema("error.schema.json");
  const json codes = schema.at(json::json_pointer("/properties/error/properties/code/enum"));
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()), names);

  // Codes openapi.yaml names for a response are error codes.
  const json openapi = load_yaml_as_json(schemas_dir() + "/openapi.yaml");
  std::function<void(const json&, const std::string&)> visit = [&](const json& node, const std::string& where) {
    if (node.is_object()) {
      if (node.contains("code") && node.at("code").contains("enum")) {
        for (const json& code : node.at("code").at("enum")) {
          EXPECT_EQ(names.count(code), 1u) << where << ": " << code;
        }
      }
      for (const auto& [key, value] : node.items()) visit(value, where + "/" + key);
    } else if (node.is_array()) {
      for (const json& value : node) visit(value, where);
    }
  };
  visit(openapi, "");
}

TEST(Contract, DocumentResponseListsEachRecordSchema) {
  const json response = load_schema("document_response.schema.json");
  const json& branches = response.at("oneOf");
  ASSERT_EQ(branches.size(), 3u);
  for (const json& branch : branches) {
    const std::string kind = branch.at("properties").at("kind").at("const");
    SCOPED_TRACE(kind);
    const json record = load_schema(kind + ".schema.json");
    EXPECT_EQ(record.value("additionalProperties", true), false);
    EXPECT_FALSE(record.at("properties").contains("kind")) << "a record's own kind key would clash";
    EXPECT_EQ(branch.at("additionalProperties"), false);
    std::set<std::string> keys{"kind"}, branch_keys;
    for (const auto& [key, value] : record.at("properties").items()) keys.insert(key);
    for (const auto& [key, value] : branch.at("properties").items()) {
      branch_keys.insert(key);
      if (key != "kind") {
        EXPECT_EQ(value, json({{"$ref", kind + ".schema.json#/properties/" + key}})) << key;
      }
    }
    EXPECT_EQ(branch_keys, keys);
    std::set<std::string> required{"kind"};
    for (const json& key : record.at("required")) required.insert(key);
    const json& branch_required = branch.at("required");
    EXPECT_EQ(std::set<std::string>(branch_required.begin(), branch_required.end()), required);
  }
}

TEST(Contract, SearchParametersAreTheOnesSearchdTakes) {
  const json openapi = load_yaml_as_json(schemas_dir() + "/openapi.yaml");
  Workspace ws;
  const std::string index = ws.path("index");
  Records records;
  records.posts = {post("p1", "hello")};
  const IndexerRun run = index_records(ws, index, records);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  Searchd searchd(ws, index);
  // Each documented parameter, with its first enum value or default, is accepted...
  size_t parameters = 0;
  for (json parameter : openapi.at(json::json_pointer("/paths/~1v1~1search/get/parameters"))) {
    if (parameter.contains("$ref"))
      parameter = openapi.at(json::json_pointer(parameter.at("$ref").get<std::string>().substr(1)));
    if (parameter.at("in") != "query") continue;
    ++parameters;
    const std::string name = parameter.at("name");
    json schema = parameter.at("schema");
    if (schema.value("type", "") == "array") schema = schema.at("items");
    std::string value = "hello";
    if (parameter.contains("example")) value = parameter.at("example").get<std::string>();
    else if (schema.contains("enum")) value = schema.at("enum").at(0).get<std::string>();
    else if (schema.contains("default")) value = schema.at("default").dump();
    else if (schema.contains("pattern")) value = "en";
    const Response r = searchd.search({{name, value}});
    EXPECT_EQ(r.status, 200) << name << "=" << value << ": " << r.raw;
  }
  EXPECT_EQ(parameters, 13u);  // q kind page size sort facets filter facet_counts from to lang op syntax
  // ...and one it does not document is not.
  const Response r = searchd.search({{"query", "hello"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), "unknown_parameter");
  EXPECT_EQ(r.body["error"].value("path", ""), "query");
}

TEST(Contract, ExpertsParametersAreTheOnesSearchdTakes) {
  const json openapi = load_yaml_as_json(schemas_dir() + "/openapi.yaml");
  Workspace ws;
  const std::string index = ws.path("index");
  Records records;
  records.posts = {post("p1", "hello")};
  records.profiles = {profile("alice", "Alice")};
  const IndexerRun run = index_records(ws, index, records);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  Searchd searchd(ws, index);
  // Each documented parameter, with its first enum value, default or an example of its
  // pattern, is accepted beside q...
  std::set<std::string> names;
  for (json parameter : openapi.at(json::json_pointer("/paths/~1v1~1experts/get/parameters"))) {
    if (parameter.contains("$ref"))
      parameter = openapi.at(json::json_pointer(parameter.at("$ref").get<std::string>().substr(1)));
    const std::string name = parameter.at("name");
    names.insert(name);
    json schema = parameter.at("schema");
    if (schema.value("type", "") == "array") schema = schema.at("items");
    std::string value = "hello";
    if (parameter.contains("example")) value = parameter.at("example").get<std::string>();
    else if (schema.contains("enum")) value = schema.at("enum").at(0).get<std::string>();
    else if (schema.contains("default")) value = schema.at("default").dump();
    else if (schema.value("pattern", "").rfind("^[0-9]{4}", 0) == 0) value = "2024-01-01";
    else if (schema.contains("pattern")) value = "en";
    Params params{{name, value}};
    if (name != "q") params.emplace_back("q", "hello");
    const Response r = searchd.get("/v1/experts?" + query_string(params));
    EXPECT_EQ(r.status, 200) << name << "=" << value << ": " << r.raw;
  }
  EXPECT_EQ(names, (std::set<std::string>{"q", "page", "size", "department", "location", "language", "active_since",
                                          "include_inactive", "lang", "syntax"}));
  // ...and one it does not document is not.
  const Response r = searchd.get("/v1/experts?q=hello&kind=post");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), "unknown_parameter");
}

}  // namespace
}  // namespace kennis::it
