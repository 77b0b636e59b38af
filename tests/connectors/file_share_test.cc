// The file-share connector: crawling, access rules, record fields, fingerprints, options, the
// isolation of a hanging or crashing extractor, and a sample of the shared corpus.
#include "file_share.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "kennis/error.h"
#include "kennis/records.h"

namespace kennis {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using Strings = std::vector<std::string>;

const fs::path kFixtures = fs::path(KENNIS_SOURCE_DIR) / "tests/connectors/testdata/files/share";
constexpr int64_t kFixedMtime = 1709285400;  // 2024-03-01T09:30:00Z

// What a connector run produced, with every record loaded (as the indexer's workers would).
struct Crawl {
  std::vector<SourceRecord> records;
  std::vector<SourceProblem> problems;
  std::map<std::string, json> loaded;           // id → record
  std::map<std::string, std::string> failures;  // id → message

  Strings ids() const {
    Strings out;
    for (const auto& r : records) out.push_back(r.record.at("id").get<std::string>());
    return out;
  }
  std::string fingerprint(const std::string& id) const {
    for (const auto& r : records)
      if (r.record.at("id") == id) return r.fingerprint;
    return "";
  }
  Strings problem_texts(const fs::path& root) const {
    Strings out;
    for (const auto& p : problems) {
      const std::string where = fs::path(p.origin).lexically_relative(root).generic_string();
      out.push_back(where + ": " + p.message);
    }
    return out;
  }
};

Crawl crawl(std::unique_ptr<Connector> connector, bool load = true) {
  Crawl out;
  SourceSink sink;
  sink.record = [&](SourceRecord&& r) { out.records.push_back(std::move(r)); };
  sink.problem = [&](SourceProblem&& p) { out.problems.push_back(std::move(p)); };
  sink.deleted = [](Kind, const std::string&) { ADD_FAILURE() << "a file share deletes nothing itself"; };
  connector->read(sink);
  if (!load) return out;
  for (SourceRecord& r : out.records) {
    const std::string id = r.record.at("id");
    EXPECT_EQ(r.kind, Kind::kDocument);
    EXPECT_TRUE(r.load);
    json record = r.record;
    std::string message;
    if (r.load(record, message))
      out.loaded[id] = record;
    else
      out.failures[id] = message;
  }
  return out;
}

void set_mtime(const fs::path& path, int64_t seconds) {
  const timespec times[2] = {{seconds, 0}, {seconds, 0}};
  ASSERT_EQ(utimensat(AT_FDCWD, path.c_str(), times, AT_SYMLINK_NOFOLLOW), 0) << path;
}

class FileShare : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { schemas_ = new RecordSchemas(); }
  static void TearDownTestSuite() {
    delete schemas_;
    schemas_ = nullptr;
  }

  // A private copy of the fixtures with fixed mtimes (git does not keep them).
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    base_ = fs::path(::testing::TempDir()) / (std::string("file_share_") + info->name());
    fs::remove_all(base_);
    root_ = base_ / "share";
    fs::create_directories(base_);
    fs::copy(kFixtures, root_, fs::copy_options::recursive);
    for (const auto& entry : fs::recursive_directory_iterator(root_)) set_mtime(entry.path(), kFixedMtime);
  }
  void TearDown() override { fs::remove_all(base_); }

  FileShareSettings settings() const {
    FileShareSettings s;
    s.source = "allotment-share";
    s.root = root_;
    s.url_prefix = "https://files.example.org/share/";
    s.access = {{"Public", true, {}},
                {"Mail", false, {"members"}},
                {"Board", false, {"board"}},
                {"Board/Public minutes", true, {}}};
    s.limits.isolation.timeout = std::chrono::seconds(10);
    s.limits.isolation.memory_bytes = 512ull << 20;
    return s;
  }

  static void expect_valid(const json& record) {
    std::string pointer;
    const std::string message = schemas_->validate(Kind::kDocument, record, &pointer);
    EXPECT_EQ(message, "") << "at " << pointer << " in " << record.dump().substr(0, 400);
  }

  static RecordSchemas* schemas_;
  fs::path base_;
  fs::path root_;
};

RecordSchemas* FileShare::schemas_ = nullptr;

TEST_F(FileShare, CrawlsKnownFormatsInNameOrder) {
  const Crawl c = crawl(make_file_share_connector(settings()), /*load=*/false);
  // Files of a directory before its subdirectories, each in byte order of their names. Hidden
  // files and directories, the .png and the uncovered directory are not there.
  EXPECT_EQ(c.ids(), (Strings{
                         "Board/notulen.odt",
                         "Board/Public minutes/harvest.ods",
                         "Mail/rota.eml",
                         "Mail/sheds.eml",
                         "Public/broken.pdf",
                         "Public/cafe.htm",
                         "Public/compost.pdf",
                         "Public/creme.html",
                         "Public/harvest-latin1.txt",
                         "Public/harvest-utf16.txt",
                         "Public/notes.md",
                         "Public/reglement.html",
                         "Public/Plans/Tulip plan 2024 \xE2\x80\x93 v2.docx",  // byte order: 'T' < 'b'
                         "Public/Plans/bees.odp",
                         "Public/Plans/budget.xlsx",
                         "Public/Plans/pond.pptx",
                     }));
  EXPECT_EQ(c.problem_texts(root_), Strings{"Unruled: 2 files not indexed: no access rule covers this directory"});
  for (const auto& r : c.records) {
    EXPECT_EQ(r.origin, (root_ / r.record.at("id").get<std::string>()).string());
    EXPECT_EQ(r.record.size(), 1u) << "only the id before load";
  }
}

TEST_F(FileShare, LoadedRecordsValidateAndCarryTheMetadata) {
  const Crawl c = crawl(make_file_share_connector(settings()));
  EXPECT_EQ(c.failures.size(), 1u);
  EXPECT_EQ(c.failures.count("Public/broken.pdf"), 1u);
  for (const auto& [id, record] : c.loaded) {
    SCOPED_TRACE(id);
    expect_valid(record);
    EXPECT_EQ(record.at("id"), id);
    EXPECT_EQ(record.at("path"), id);
    EXPECT_EQ(record.at("source"), "allotment-share");
    EXPECT_FALSE(record.at("body").get<std::string>().empty());
  }
  const std::string docx = "Public/Plans/Tulip plan 2024 \xE2\x80\x93 v2.docx";
  EXPECT_EQ(c.loaded.at(docx),
            (json{
                {"id", docx},
                {"title", "Tulip rollout plan"},
                {"body", c.loaded.at(docx).at("body")},
                {"lang", "en-GB"},
                {"created", "2024-02-01T10:00:00Z"},
                {"updated", "2024-02-15T16:30:00Z"},
                {"url", "https://files.example.org/share/Public/Plans/Tulip%20plan%202024%20%E2%80%93%20v2.docx"},
                {"source", "allotment-share"},
                {"acl", "public"},
                {"authors", {"Mira Vos"}},
                {"path", docx},
                {"media_type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
            }));
  // No metadata: the file name is the title and the mtime the dates.
  const json& text = c.loaded.at("Public/harvest-latin1.txt");
  EXPECT_EQ(text.at("title"), "harvest-latin1");
  EXPECT_EQ(text.at("created"), "2024-03-01T09:30:00Z");
  EXPECT_EQ(text.at("updated"), "2024-03-01T09:30:00Z");
  EXPECT_FALSE(text.contains("lang"));
  EXPECT_FALSE(text.contains("authors"));
  EXPECT_EQ(text.at("media_type"), "text/plain");
  // The longest access prefix wins.
  EXPECT_EQ(c.loaded.at("Board/notulen.odt").at("acl"), (json{{"groups", {"board"}}}));
  EXPECT_EQ(c.loaded.at("Board/Public minutes/harvest.ods").at("acl"), "public");
  EXPECT_EQ(c.loaded.at("Mail/sheds.eml").at("acl"), (json{{"groups", {"members"}}}));
  EXPECT_EQ(c.loaded.at("Mail/sheds.eml").at("authors"), (json{"renee.bakker@example.org"}));
  EXPECT_EQ(c.loaded.at("Mail/sheds.eml").at("title"), "Sch\xC3\xA9ma for the new sheds");
  EXPECT_EQ(c.loaded.at("Public/notes.md").at("title"), "Seed library rules");
  EXPECT_EQ(c.loaded.at("Public/compost.pdf").at("title"), "Compost guide");
  EXPECT_EQ(c.loaded.at("Public/reglement.html").at("lang"), "nl-BE");
}

TEST_F(FileShare, BrokenFileCostsOnlyItself) {
  const Crawl c = crawl(make_file_share_connector(settings()));
  EXPECT_EQ(c.failures.at("Public/broken.pdf"), "extraction of Public/broken.pdf failed: not a readable PDF file");
  EXPECT_EQ(c.loaded.count("Public/compost.pdf"), 1u);
  EXPECT_EQ(c.loaded.size(), c.records.size() - 1);
}

// An extractor that hangs or crashes (hostile input for a real parser) costs one document: the
// next file is still indexed. Test formats stand in for the parser so the failure is certain.
TEST_F(FileShare, HangingOrCrashingExtractorCostsOneDocument) {
  fs::create_directories(root_ / "Stress");
  for (const char* name : {"a.hang", "b.crash", "c.txt", "d.hang"}) std::ofstream(root_ / "Stress" / name) << "x\n";
  FileShareSettings s = settings();
  s.access = {{"Stress", true, {}}};
  s.limits.isolation.timeout = std::chrono::milliseconds(300);
  s.formats.push_back({"hang", "text/plain",
                       [](std::string_view) -> ExtractResult {
                         for (;;) pause();
                       },
                       0});
  s.formats.push_back({"crash", "text/plain",
                       [](std::string_view) -> ExtractResult {
                         raise(SIGSEGV);
                         return Extracted{};
                       },
                       0});
  const Crawl c = crawl(make_file_share_connector(std::move(s)));
  EXPECT_EQ(c.failures, (std::map<std::string, std::string>{
                            {"Stress/a.hang", "extraction of Stress/a.hang timed out after 0.3 s"},
                            {"Stress/b.crash", "extraction of Stress/b.crash crashed (SIGSEGV)"},
                            {"Stress/d.hang", "extraction of Stress/d.hang timed out after 0.3 s"},
                        }));
  ASSERT_EQ(c.loaded.count("Stress/c.txt"), 1u);
  EXPECT_EQ(c.loaded.at("Stress/c.txt").at("body"), "x");
}

TEST_F(FileShare, FingerprintFollowsSizeMtimeAndAccess) {
  const std::string id = "Public/notes.md";
  const std::string before = crawl(make_file_share_connector(settings()), false).fingerprint(id);
  EXPECT_EQ(crawl(make_file_share_connector(settings()), false).fingerprint(id), before) << "stable";

  set_mtime(root_ / id, kFixedMtime + 1);
  const std::string touched = crawl(make_file_share_connector(settings()), false).fingerprint(id);
  EXPECT_NE(touched, before);

  FileShareSettings s = settings();
  s.access.push_back({"Public/notes.md", false, {"gardeners"}});
  const Crawl restricted = crawl(make_file_share_connector(s), false);
  EXPECT_NE(restricted.fingerprint(id), touched);
  EXPECT_EQ(restricted.fingerprint("Public/cafe.htm"),
            crawl(make_file_share_connector(settings()), false).fingerprint("Public/cafe.htm"));

  s = settings();
  s.url_prefix = "https://elsewhere.example.org/";
  EXPECT_NE(crawl(make_file_share_connector(s), false).fingerprint(id), touched) << "urls change with the prefix";
}

TEST_F(FileShare, SymlinksStayInsideTheRoot) {
  fs::create_directories(base_ / "outside");
  std::ofstream(base_ / "outside" / "secret.txt") << "not for the index\n";
  fs::create_symlink(base_ / "outside" / "secret.txt", root_ / "Public" / "escape.txt");
  fs::create_symlink(root_ / "Public" / "notes.md", root_ / "Public" / "alias.md");
  fs::create_symlink(root_, root_ / "Public" / "loop");
  fs::create_symlink(base_ / "outside", root_ / "Public" / "outside-dir");
  fs::create_symlink(root_ / "Public" / "missing.txt", root_ / "Public" / "dangling.txt");
  const Crawl c = crawl(make_file_share_connector(settings()), false);
  const Strings ids = c.ids();
  EXPECT_NE(std::find(ids.begin(), ids.end(), "Public/alias.md"), ids.end());
  for (const std::string& id : ids) {
    EXPECT_EQ(id.find("escape"), std::string::npos);
    EXPECT_EQ(id.find("loop"), std::string::npos);
    EXPECT_EQ(id.find("outside"), std::string::npos);
  }
  const Strings problems = c.problem_texts(root_);
  EXPECT_NE(std::find(problems.begin(), problems.end(),
                      "Public/escape.txt: symbolic link points outside the share; not indexed"),
            problems.end());
  EXPECT_EQ(std::count_if(problems.begin(), problems.end(),
                          [](const std::string& p) {
                            return p.rfind("Public/dangling.txt: symbolic link cannot be resolved", 0) == 0;
                          }),
            1);
}

TEST_F(FileShare, IncludeExcludeAndSizeLimit) {
  FileShareSettings s = settings();
  s.include = {"*.md", "*.html", "Public/Plans/*"};
  s.exclude = {"Plans/*.pptx", "creme.*", "Board"};
  s.exclude.push_back("Public/Plans/bees.odp");
  s.limits.max_file_bytes = 1000;
  const Crawl c = crawl(make_file_share_connector(s), false);
  EXPECT_EQ(c.ids(), (Strings{"Public/notes.md", "Public/reglement.html"}));
  Strings problems = c.problem_texts(root_);
  std::sort(problems.begin(), problems.end());
  ASSERT_EQ(problems.size(), 4u) << ::testing::PrintToString(problems);
  EXPECT_EQ(problems[0].rfind("Public/Plans/Tulip plan 2024 \xE2\x80\x93 v2.docx: larger than max_file_bytes (", 0),
            0u);
  EXPECT_EQ(problems[3], "Unruled: 1 file not indexed: no access rule covers this directory");
}

TEST_F(FileShare, LongPathsGetAShortStableId) {
  const std::string deep = "Public/" + std::string(120, 'd') + "/" + std::string(120, 'e');
  fs::create_directories(root_ / deep);
  std::ofstream(root_ / deep / "note.txt") << "deep\n";
  const Crawl c = crawl(make_file_share_connector(settings()));
  const std::string path = deep + "/note.txt";
  auto it =
      std::find_if(c.loaded.begin(), c.loaded.end(), [&](const auto& kv) { return kv.second.at("path") == path; });
  ASSERT_NE(it, c.loaded.end());
  EXPECT_EQ(it->first.size(), 200u);
  EXPECT_EQ(it->first.substr(0, 100), path.substr(0, 100));
  expect_valid(it->second);
}

TEST_F(FileShare, NamesThatAreNotUtf8AreReported) {
  std::ofstream(root_ / "Public" / "caf\xE9.txt") << "latin-1 name\n";
  std::ofstream(root_ / "Public" / "caf\xE9.png") << "unknown format: silent\n";
  fs::create_directories(root_ / "Public" / "r\xE9sum\xE9s");
  std::ofstream(root_ / "Public" / "r\xE9sum\xE9s" / "a.txt") << "below a bad directory name\n";
  const Crawl c = crawl(make_file_share_connector(settings()), false);
  Strings problems;
  for (const auto& p : c.problems)
    if (p.message.find("UTF-8") != std::string::npos)
      problems.push_back(fs::path(p.origin).filename().string() + ": " + p.message);
  std::sort(problems.begin(), problems.end());
  EXPECT_EQ(problems, (Strings{"caf\xE9.txt: file name is not valid UTF-8; not indexed",
                               "r\xE9sum\xE9s: directory name is not valid UTF-8; nothing below it is indexed"}));
  for (const std::string& id : c.ids()) EXPECT_TRUE(is_valid_utf8(id)) << id;
}

TEST_F(FileShare, MissingRootIsAnIoError) {
  FileShareSettings s = settings();
  s.root = base_ / "no-such-share";
  try {
    crawl(make_file_share_connector(s), false);
    FAIL() << "read() should throw";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo);
  }
}

// --- [[source]] options ----------------------------------------------------------------------

std::unique_ptr<Connector> from_toml(const std::string& text) {
  const toml::table table = toml::parse(text);
  SourceOptions options(table, "share");
  return make_file_share_connector(options);
}

ErrorCode config_error(const std::string& text, std::string* path = nullptr) {
  try {
    from_toml(text);
  } catch (const Error& e) {
    if (path) *path = e.path();
    return e.code();
  }
  ADD_FAILURE() << "accepted: " << text;
  return ErrorCode::kInternal;
}

TEST_F(FileShare, OptionsFromTheSourceTable) {
  const std::string root = root_.string();
  const Crawl c = crawl(from_toml("type = 'files'\npath = '" + root +
                                  "'\nurl_prefix = 'https://files.example.org/x'\n"
                                  "include = ['*.md']\nextract_timeout_seconds = 5\nextract_memory_mb = 256\n"
                                  "max_file_bytes = 1000000\n[access]\n'Public/' = 'public'\n"));
  ASSERT_EQ(c.loaded.size(), 1u);
  EXPECT_EQ(c.loaded.at("Public/notes.md").at("url"), "https://files.example.org/x/Public/notes.md");
  EXPECT_EQ(c.loaded.at("Public/notes.md").at("source"), "share");

  struct Case {
    std::string toml;
    std::string path;
  };
  const Case kBad[] = {
      {"path = '" + root + "'\n", "access"},
      {"path = '" + root + "'\naccess = {}\n", "access"},
      {"path = '" + root + "'\naccess = { 'HR' = 'private' }\n", "access"},
      {"path = '" + root + "'\naccess = { 'HR' = [] }\n", "access"},
      {"path = '" + root + "'\naccess = { 'HR' = ['public'] }\n", "access"},
      {"path = '" + root + "'\naccess = { 'HR' = 'public', 'HR/' = ['hr'] }\n", "access"},
      {"access = { '' = 'public' }\n", "path"},
      {"path = '" + root + "'\naccess = { '' = 'public' }\nextract_timeout_seconds = 0\n", "extract_timeout_seconds"},
      {"path = '" + root + "'\naccess = { '' = 'public' }\nmax_file_bytes = 'big'\n", "max_file_bytes"},
      {"path = '" + root + "'\naccess = { '' = 'public' }\nacess = 1\n", "acess"},
  };
  for (const Case& c : kBad) {
    SCOPED_TRACE(c.toml);
    std::string path;
    EXPECT_EQ(config_error(c.toml, &path), ErrorCode::kInvalidConfig);
    EXPECT_EQ(path, c.path);
  }
}

// --- the shared corpus -----------------------------------------------------------------------

// Every 20th file and every Office file of the dev corpus, loaded on four threads as the
// indexer's workers would: every extraction succeeds with a title and a body, and every
// record validates.
TEST_F(FileShare, CorpusSampleExtractsAndValidates) {
  const fs::path documents = fs::path(KENNIS_SHARED_CORPUS) / "documents";
  if (!fs::is_directory(documents)) GTEST_SKIP() << "shared corpus not found at " << documents;
  FileShareSettings s;
  s.source = "corpus";
  s.root = documents;
  s.url_prefix = "https://files.example.org/";
  s.access = {{"", true, {}}, {"Office", false, {"staff"}}};
  s.limits.isolation.timeout = std::chrono::seconds(120);  // a handbook PDF in a sanitizer build
  const Crawl c = crawl(make_file_share_connector(s), /*load=*/false);
  EXPECT_TRUE(c.problems.empty()) << c.problems.front().origin << ": " << c.problems.front().message;
  EXPECT_GE(c.records.size(), 4598u);

  std::vector<const SourceRecord*> sample;
  std::map<std::string, int> by_type;
  for (size_t i = 0; i < c.records.size(); ++i) {
    const std::string id = c.records[i].record.at("id");
    if (i % 20 == 0 || id.rfind("Office/", 0) == 0) sample.push_back(&c.records[i]);
  }
  std::atomic<size_t> next{0};
  std::mutex mutex;
  Strings failures;
  auto worker = [&] {
    for (size_t i; (i = next++) < sample.size();) {
      json record = sample[i]->record;
      std::string message;
      const bool loaded = sample[i]->load(record, message);
      std::lock_guard lock(mutex);
      const std::string id = sample[i]->record.at("id");
      if (!loaded) {
        failures.push_back(message);
        continue;
      }
      ++by_type[record.at("media_type").get<std::string>()];
      std::string pointer;
      const std::string invalid = schemas_->validate(Kind::kDocument, record, &pointer);
      if (!invalid.empty()) failures.push_back(id + ": invalid at " + pointer + ": " + invalid);
      if (record.at("title").get<std::string>().empty()) failures.push_back(id + ": no title");
      if (record.at("body").get<std::string>().size() < 20) failures.push_back(id + ": (almost) no body");
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) threads.emplace_back(worker);
  for (auto& thread : threads) thread.join();
  EXPECT_TRUE(failures.empty()) << ::testing::PrintToString(failures);
  for (const char* type : {"text/plain", "text/markdown", "text/html", "message/rfc822",
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"})
    EXPECT_GT(by_type[type], 0) << type;
  std::cout << "[ sample   ] " << sample.size() << " of " << c.records.size() << " corpus files extracted\n";
}

}  // namespace
}  // namespace kennis
