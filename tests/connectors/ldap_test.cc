// LDAP connector (indexer/connectors/ldap.h) against a real slapd started for this test suite,
// with a size limit (5) below the number of persons (12), so that only paging reads them all.
#include "ldap.h"

#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "kennis/error.h"
#include "kennis/records.h"
#include "ldif.h"
#include "slapd_fixture.h"

namespace kennis {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kEntries = std::string(KENNIS_SOURCE_DIR) + "/tests/connectors/testdata/directory/slapd_entries.ldif";
constexpr const char* kBase = "dc=example,dc=org";
constexpr const char* kPassword = "reader-secret-42";
constexpr size_t kPersons = 12;
constexpr int kSizeLimit = 5;

struct Output {
  std::vector<SourceRecord> records;
  std::vector<SourceProblem> problems;

  std::map<std::string, json> by_id() const {
    std::map<std::string, json> out;
    for (const SourceRecord& r : records) out[r.record.at("id")] = r.record;
    return out;
  }
  std::string problem_list() const {
    std::string out;
    for (const SourceProblem& p : problems) out += p.origin + ": " + p.message + "\n";
    return out;
  }
};

Output read_all(Connector& connector) {
  Output out;
  SourceSink sink;
  sink.record = [&](SourceRecord&& r) { out.records.push_back(std::move(r)); };
  sink.problem = [&](SourceProblem&& p) { out.problems.push_back(std::move(p)); };
  sink.deleted = [&](Kind, const std::string& id) { ADD_FAILURE() << "deleted " << id; };
  connector.read(sink);
  return out;
}

std::unique_ptr<Connector> ldap_connector(const std::string& text) {
  const toml::table table = toml::parse(text);
  SourceOptions options(table, "directory");
  return make_ldap_connector(options);
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Expects read() to throw Error(kIo); returns its message.
std::string io_error(Connector& connector) {
  try {
    read_all(connector);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "no error";
  return {};
}

class Ldap : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!testing::slapd_available()) return;
    const std::string dir = ::testing::TempDir() + "kennis_ldap_test_" + std::to_string(::getpid());
    try {
      testing::SlapdOptions options;
      options.entries_ldif = read_text(kEntries);
      options.size_limit = kSizeLimit;
      server_ = testing::Slapd::start(dir, options).release();
      password_file_ = dir + "-password";
      std::ofstream(password_file_) << kPassword << "\n";
    } catch (const std::exception& e) {
      start_error_ = e.what();
    }
  }
  static void TearDownTestSuite() {
    delete server_;  // stops slapd
    server_ = nullptr;
    if (!password_file_.empty()) fs::remove(password_file_);
  }
  void SetUp() override {
    if (!testing::slapd_available()) GTEST_SKIP() << "/usr/sbin/slapd is not installed (Debian package slapd)";
    ASSERT_NE(server_, nullptr) << "slapd did not start: " << start_error_;
  }

  static std::string source(const std::string& extra) {
    return "uri = '" + server_->uri() + "'\nbase = '" + kBase + "'\n" + extra;
  }

  static testing::Slapd* server_;
  static std::string password_file_;
  static std::string start_error_;
};

testing::Slapd* Ldap::server_ = nullptr;
std::string Ldap::password_file_;
std::string Ldap::start_error_;

TEST_F(Ldap, SizeLimitIsInForceWithoutPaging) {
  // The premise of the paging tests: a plain search stops at the server's size limit.
  if (::access("/usr/bin/ldapsearch", X_OK) != 0) GTEST_SKIP() << "ldapsearch (ldap-utils) is not installed";
  const std::string log = server_->directory() + "/ldapsearch.log";
  EXPECT_EQ(testing::run_program({"/usr/bin/ldapsearch", "-x", "-LLL", "-H", server_->uri(), "-b", kBase,
                                  "(objectClass=person)", "dn"},
                                 log),
            4)  // sizeLimitExceeded
      << read_text(log);
}

TEST_F(Ldap, AnonymousPagedSearchReadsPastTheSizeLimit) {
  auto connector = ldap_connector(source("page_size = 2\n"));
  const Output out = read_all(*connector);
  EXPECT_TRUE(out.problems.empty()) << out.problem_list();
  ASSERT_EQ(out.records.size(), kPersons);
  EXPECT_EQ(out.records[0].origin, server_->uri() + "uid=p01,ou=People,dc=example,dc=org");
  const RecordSchemas schemas;
  for (const SourceRecord& r : out.records) {
    std::string pointer;
    EXPECT_EQ(schemas.validate(Kind::kProfile, r.record, &pointer), "") << pointer << " " << r.record.dump();
  }
}

TEST_F(Ldap, DefaultPageSize) {
  auto connector = ldap_connector(source(""));
  EXPECT_EQ(read_all(*connector).records.size(), kPersons);
}

TEST_F(Ldap, SimpleBindWithPasswordFileAndGroups) {
  auto connector = ldap_connector(source("bind_dn = 'cn=reader,dc=example,dc=org'\npassword_file = '" +
                                         password_file_ + "'\npage_size = 3\ngroup_base = 'ou=Groups," + kBase +
                                         "'\nbase_url = 'https://people.example.org/'\n"));
  const Output out = read_all(*connector);
  EXPECT_TRUE(out.problems.empty()) << out.problem_list();
  const auto profiles = out.by_id();
  ASSERT_EQ(profiles.size(), kPersons);
  const json& chantal = profiles.at("ldap:p03");
  const json expected = json::parse(R"({
    "id": "ldap:p03",
    "person_id": "chantal.p03@example.org",
    "source": "directory",
    "name": "Chantal Peeters",
    "email": "chantal.p03@example.org",
    "job_title": "Engineer",
    "department": "Search",
    "languages": ["en"],
    "groups": ["Search Team"],
    "manager": "anouk.p01@example.org",
    "aliases": ["uid=p03,ou=People,dc=example,dc=org", "p03", "chantal@example.be"],
    "active": true,
    "acl": "public",
    "url": "https://people.example.org/chantal.p03@example.org"
  })");
  EXPECT_EQ(chantal, expected) << chantal.dump(2);
  EXPECT_EQ(profiles.at("ldap:p01").at("groups"), json::array({"Search Team", "Platform Team"}));
  EXPECT_EQ(profiles.at("ldap:p09").at("name"), "Inès Lambert");
}

TEST_F(Ldap, SameProfilesAsTheLdifExport) {
  auto ldap = ldap_connector(source("group_filter = '(objectClass=groupOfNames)'\n"));
  auto ldif = make_ldif_connector(kEntries, DirectoryMapping{});
  std::map<std::string, json> from_ldap = read_all(*ldap).by_id();
  const std::map<std::string, json> from_ldif = read_all(*ldif).by_id();
  for (auto& [id, profile] : from_ldap) profile.erase("source");
  EXPECT_EQ(from_ldap, from_ldif);
}

TEST_F(Ldap, WrongPasswordIsAnIoErrorNamingTheUriNotThePassword) {
  const std::string wrong = server_->directory() + "/wrong-password";
  std::ofstream(wrong) << "not-the-" << kPassword;
  auto connector = ldap_connector(
      source("bind_dn = 'cn=reader,dc=example,dc=org'\npassword_file = '" + wrong + "'\n"));
  const std::string message = io_error(*connector);
  EXPECT_NE(message.find(server_->uri()), std::string::npos) << message;
  EXPECT_NE(message.find("Invalid credentials"), std::string::npos) << message;
  EXPECT_EQ(message.find(kPassword), std::string::npos) << message;
}

TEST_F(Ldap, MissingPasswordFileIsAnIoError) {
  auto connector = ldap_connector(
      source("bind_dn = 'cn=reader,dc=example,dc=org'\npassword_file = '/nonexistent/password'\n"));
  EXPECT_NE(io_error(*connector).find("/nonexistent/password"), std::string::npos);
}

TEST_F(Ldap, MissingBaseIsAnIoError) {
  auto connector = ldap_connector("uri = '" + server_->uri() + "'\nbase = 'ou=Nowhere,dc=example,dc=org'\n");
  const std::string message = io_error(*connector);
  EXPECT_NE(message.find("ou=Nowhere"), std::string::npos) << message;
  EXPECT_NE(message.find(server_->uri()), std::string::npos) << message;
}

// Needs no server: nothing listens on the port.
TEST(LdapUnreachable, IsAnIoErrorNamingTheUri) {
  const std::string uri = "ldap://127.0.0.1:" + std::to_string(testing::free_loopback_port()) + "/";
  auto connector = ldap_connector("uri = '" + uri + "'\nbase = 'dc=example,dc=org'\n");
  const std::string message = io_error(*connector);
  EXPECT_NE(message.find(uri), std::string::npos) << message;
}

TEST(LdapConfig, Errors) {
  const std::string uri_base = "uri = 'ldap://127.0.0.1:1/'\nbase = 'dc=example,dc=org'\n";
  const std::pair<std::string, std::string> kCases[] = {
      {"base = 'dc=x'\n", "uri"},
      {"uri = 'http://example.org/'\nbase = 'dc=x'\n", "uri"},
      {"uri = 'ldap://127.0.0.1:1/'\n", "base"},
      {uri_base + "bind_dn = 'cn=reader'\n", "password_file"},
      {uri_base + "password_file = '/tmp/p'\n", "bind_dn"},
      {uri_base + "password = 'secret'\n", "password"},  // never in the config
      {uri_base + "page_size = 0\n", "page_size"},
      {uri_base + "filter = ''\n", "filter"},
      {uri_base + "[mapping]\nnickname = 'cn'\n", "mapping"},
  };
  for (const auto& [config, key] : kCases) {
    SCOPED_TRACE(config);
    try {
      ldap_connector(config);
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kInvalidConfig);
      EXPECT_EQ(e.path(), key);
    }
  }
}

}  // namespace
}  // namespace kennis
