// LDIF connector (indexer/connectors/ldif.h) and the directory mapping, on small fictional
// fixtures in testdata/directory/ and, when present, the shared corpus's people.ldif.
#include "ldif.h"

#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "kennis/error.h"
#include "kennis/records.h"

namespace kennis {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kTestdata = std::string(KENNIS_SOURCE_DIR) + "/tests/connectors/testdata/directory";

struct Output {
  std::vector<SourceRecord> records;
  std::vector<SourceProblem> problems;
  std::vector<std::string> deleted;

  const json& profile(const std::string& id) const {
    for (const SourceRecord& r : records)
      if (r.record.at("id") == id) return r.record;
    static const json kMissing;
    ADD_FAILURE() << "no profile " << id;
    return kMissing;
  }
  // "origin: message" per problem, for readable failures.
  std::string problem_list() const {
    std::string out;
    for (const SourceProblem& p : problems) out += p.origin + ": " + p.message + "\n";
    return out;
  }
};

Output read_all(Connector& connector) {
  Output out;
  SourceSink sink;
  sink.record = [&](SourceRecord&& r) {
    EXPECT_EQ(r.kind, Kind::kProfile);
    out.records.push_back(std::move(r));
  };
  sink.problem = [&](SourceProblem&& p) { out.problems.push_back(std::move(p)); };
  sink.deleted = [&](Kind kind, const std::string& id) {
    EXPECT_EQ(kind, Kind::kProfile);
    out.deleted.push_back(id);
  };
  connector.read(sink);
  return out;
}

// Builds the connector the way the indexer does: from a [[source]] table.
std::unique_ptr<Connector> connector_from_toml(const std::string& text) {
  const toml::table table = toml::parse(text);
  SourceOptions options(table, "people");
  return make_ldif_connector(options);
}

Output read_ldif(const std::string& path, const std::string& extra_toml = "") {
  return read_all(*connector_from_toml("path = '" + path + "'\n" + extra_toml));
}

std::string temp_dir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const fs::path dir = fs::path(::testing::TempDir()) / (std::string("kennis_ldif_") + info->name());
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

size_t count_lines(const std::string& path, const std::string& line) {
  std::ifstream in(path);
  size_t n = 0;
  for (std::string l; std::getline(in, l);) n += l == line;
  return n;
}

std::vector<std::string> ids(const Output& out) {
  std::vector<std::string> result;
  for (const SourceRecord& r : out.records) result.push_back(r.record.at("id"));
  return result;
}

TEST(Ldif, InetOrgPersonProfile) {
  const Output out = read_ldif(kTestdata + "/people.ldif");
  EXPECT_TRUE(out.problems.empty()) << out.problem_list();
  const json expected = json::parse(R"({
    "id": "ldap:zoe.jansen",
    "person_id": "zoe.jansen@example.org",
    "source": "people",
    "name": "Zoë Jansen",
    "email": "Zoe.Jansen@Example.org",
    "job_title": "Head of Search",
    "department": "Engineering",
    "location": "Utrecht",
    "languages": ["nl-NL", "en"],
    "about": "Leads the search team. Ask her about relevance tuning and multilingual analysis.",
    "groups": ["Search Team", "Engineering Leads"],
    "aliases": ["uid=zoe.jansen,ou=People,dc=example,dc=org", "zoe.jansen", "zjansen@example.nl", "zoe@jansen.example"],
    "active": true,
    "acl": "public"
  })");
  EXPECT_EQ(out.profile("ldap:zoe.jansen"), expected) << out.profile("ldap:zoe.jansen").dump(2);
}

TEST(Ldif, OnlyPersonsBecomeProfilesInFileOrder) {
  const Output out = read_ldif(kTestdata + "/people.ldif");
  // Not the organisation, the OUs, the groups or the AD computer account.
  EXPECT_EQ(ids(out), (std::vector<std::string>{"ldap:zoe.jansen", "ldap:pieter.de.vries", "ldap:jose.pena",
                                                 "ldap:service.desk", "ldap:asmith", "ldap:bjork"}));
  EXPECT_TRUE(out.deleted.empty());
  EXPECT_EQ(out.records.front().origin, kTestdata + "/people.ldif:17");
}

TEST(Ldif, CaseInsensitiveNamesOptionsAndGroupEntries) {
  const Output out = read_ldif(kTestdata + "/people.ldif");
  const json& pieter = out.profile("ldap:pieter.de.vries");
  EXPECT_EQ(pieter.at("name"), "Pieter de Vries");
  EXPECT_EQ(pieter.at("person_id"), "p.devries@example.org");
  EXPECT_EQ(pieter.at("job_title"), "Search Engineer");
  EXPECT_EQ(pieter.at("department"), "Search");                  // departmentNumber
  EXPECT_EQ(pieter.at("about"), "Xapian, ICU\nQuery parsing");    // every description value
  EXPECT_EQ(pieter.at("groups"), json::array({"Search Team"}));  // from the group's member list
  EXPECT_EQ(pieter.at("manager"), "zoe.jansen@example.org");     // DN resolved, case and spaces aside
  const json& jose = out.profile("ldap:jose.pena");
  EXPECT_EQ(jose.at("name"), "José Peña");
  EXPECT_EQ(jose.at("groups"), json::array({"Español"}));        // groupOfUniqueNames
  EXPECT_EQ(jose.at("manager"), "p.devries@example.org");
  EXPECT_EQ(jose.at("languages"), json::array({"es"}));
}

// Groups in groups: a person is in every group that contains one of theirs, however deep,
// whether the nesting is stated on the enclosing group (member) or on the group (memberOf).
TEST(Ldif, NestedGroupsAreResolved) {
  const std::string dir = temp_dir();
  write_file(dir + "/nested.ldif",
             "dn: uid=ann,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: ann\ncn: Ann Smit\n"
             "mail: ann@example.org\nmemberOf: cn=Search Team,ou=groups,dc=example,dc=org\n\n"
             "dn: uid=bo,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: bo\ncn: Bo Berg\n"
             "mail: bo@example.org\n\n"
             "dn: cn=Search Team,ou=groups,dc=example,dc=org\nobjectClass: groupOfNames\ncn: Search Team\n"
             "member: uid=ann,ou=people,dc=example,dc=org\n"
             "memberOf: CN=Research,OU=groups,DC=example,DC=org\n\n"
             "dn: cn=Engineering,ou=groups,dc=example,dc=org\nobjectClass: groupOfNames\ncn: Engineering\n"
             "member: cn=Search Team,ou=groups,dc=example,dc=org\nmember: cn=Staff,ou=groups,dc=example,dc=org\n\n"
             "dn: cn=Staff,ou=groups,dc=example,dc=org\nobjectClass: groupOfNames\ncn: Staff\n"
             "member: cn=Engineering,ou=groups,dc=example,dc=org\nmember: uid=bo,ou=people,dc=example,dc=org\n\n"
             "dn: cn=Research,ou=groups,dc=example,dc=org\nobjectClass: groupOfNames\ncn: Research\n"
             "member: uid=nobody,ou=people,dc=example,dc=org\n");
  const Output out = read_ldif(dir + "/nested.ldif");
  EXPECT_TRUE(out.problems.empty()) << out.problem_list();
  const json& ann = out.profile("ldap:ann");
  const std::vector<std::string> ann_groups = ann.value("groups", std::vector<std::string>{});
  EXPECT_EQ(std::set<std::string>(ann_groups.begin(), ann_groups.end()),
            (std::set<std::string>{"Search Team", "Research", "Engineering", "Staff"}))
      << ann.dump();  // Engineering and Staff contain each other: the walk ends
  const std::vector<std::string> bo_groups = out.profile("ldap:bo").value("groups", std::vector<std::string>{});
  EXPECT_EQ(std::set<std::string>(bo_groups.begin(), bo_groups.end()), (std::set<std::string>{"Staff", "Engineering"}));
}

TEST(Ldif, ActiveDirectoryAccounts) {
  const Output out = read_ldif(kTestdata + "/people.ldif");
  const json& alex = out.profile("ldap:asmith");
  EXPECT_EQ(alex.at("name"), "Alex Smith");
  EXPECT_EQ(alex.at("department"), "Finance");
  EXPECT_EQ(alex.at("location"), "Brussels");
  EXPECT_EQ(alex.at("active"), false);  // userAccountControl 514 has ACCOUNTDISABLE
  EXPECT_EQ(alex.at("groups"), json::array({"Finance Team"}));
  EXPECT_EQ(alex.at("manager"), "CN=Unknown Boss,OU=Users,DC=corp,DC=example");  // not in the file
  EXPECT_EQ(alex.at("aliases"), json::array({"CN=Smith\\, Alex,OU=Users,DC=corp,DC=example", "asmith"}));
  const json& bjork = out.profile("ldap:bjork");
  EXPECT_EQ(bjork.at("name"), "Björk");
  EXPECT_EQ(bjork.at("active"), true);
  EXPECT_FALSE(bjork.contains("person_id"));
}

TEST(Ldif, WithoutMailThePersonIdIsTheProfileId) {
  const Output out = read_ldif(kTestdata + "/people.ldif", "base_url = 'https://people.example.org/p/'\n");
  const json& desk = out.profile("ldap:service.desk");
  EXPECT_FALSE(desk.contains("person_id"));
  EXPECT_FALSE(desk.contains("email"));
  EXPECT_EQ(desk.at("active"), true);  // nsAccountLock counts only when mapped
  EXPECT_EQ(desk.at("url"), "https://people.example.org/p/ldap:service.desk");
  EXPECT_EQ(out.profile("ldap:zoe.jansen").at("url"), "https://people.example.org/p/zoe.jansen@example.org");
}

TEST(Ldif, ConfiguredMapping) {
  const Output out = read_ldif(kTestdata + "/people.ldif", R"(
[mapping]
department = ["departmentNumber", "department"]
skills = "description"
ask_me_about = ["title"]
disabled = "nsAccountLock"
name = "cn"
)");
  EXPECT_TRUE(out.problems.empty()) << out.problem_list();
  const json& pieter = out.profile("ldap:pieter.de.vries");
  EXPECT_EQ(pieter.at("skills"), json::array({"Xapian, ICU", "Query parsing"}));
  EXPECT_EQ(pieter.at("ask_me_about"), json::array({"Search Engineer"}));
  EXPECT_FALSE(out.profile("ldap:zoe.jansen").contains("department"));  // she has only ou
  EXPECT_EQ(out.profile("ldap:service.desk").at("active"), false);
  EXPECT_EQ(out.profile("ldap:asmith").at("name"), "Smith, Alex");
}

TEST(Ldif, ConfigErrors) {
  const std::string path = "path = '" + kTestdata + "/people.ldif'\n";
  const std::pair<std::string, std::string> kCases[] = {
      {"", "path"},
      {path + "colour = 'blue'\n", "colour"},
      {path + "[mapping]\nhobbies = 'x'\n", "mapping"},
      {path + "[mapping]\nname = 3\n", "mapping"},
      {path + "[mapping]\nname = 'display name'\n", "mapping"},
  };
  for (const auto& [config, key] : kCases) {
    SCOPED_TRACE(config);
    try {
      connector_from_toml(config);
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kInvalidConfig);
      EXPECT_EQ(e.path(), key);
    }
  }
}

TEST(Ldif, MissingFileIsAnIoError) {
  auto connector = connector_from_toml("path = '/nonexistent/people.ldif'");
  try {
    read_all(*connector);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo);
    EXPECT_NE(std::string(e.what()).find("/nonexistent/people.ldif"), std::string::npos);
  }
}

TEST(Ldif, MalformedEntriesAreReportedWithFileAndLineAndSkipped) {
  const std::string path = kTestdata + "/malformed.ldif";
  const Output out = read_ldif(path);
  EXPECT_EQ(ids(out), (std::vector<std::string>{"ldap:good.one", "ldap:good.two"}));
  const std::pair<std::string, std::string> kExpected[] = {
      {":12", "invalid base64 value of cn"},
      {":17", "line has no colon"},
      {":21", "entry without dn"},
      {":26", "has no name"},
      {":31", "not valid UTF-8"},
      {":37", "ldap:good.one is already used"},
  };
  ASSERT_EQ(out.problems.size(), std::size(kExpected)) << out.problem_list();
  for (size_t i = 0; i < std::size(kExpected); ++i) {
    SCOPED_TRACE(out.problems[i].message);
    EXPECT_EQ(out.problems[i].origin, path + kExpected[i].first);
    EXPECT_NE(out.problems[i].message.find(kExpected[i].second), std::string::npos);
  }
}

TEST(Ldif, ChangeRecords) {
  const Output out = read_ldif(kTestdata + "/changes.ldif");
  EXPECT_EQ(ids(out), (std::vector<std::string>{"ldap:anna", "ldap:bram.visser", "ldap:dana"}));
  const json& anna = out.profile("ldap:anna");
  EXPECT_EQ(anna.at("job_title"), "Senior Analyst");
  EXPECT_EQ(anna.at("aliases"), json::array({"uid=anna,ou=People,dc=example,dc=org", "anna", "a.bakker@example.org"}));
  EXPECT_EQ(anna.at("name"), "Anna Bakker");
  EXPECT_EQ(anna.at("groups"), json::array({"Analysts"}));
  EXPECT_EQ(out.profile("ldap:dana").at("groups"), json::array({"Analysts"}));
  const json& bram = out.profile("ldap:bram.visser");
  EXPECT_EQ(bram.at("aliases").at(0), "uid=bram.visser,ou=People,dc=example,dc=org");
  EXPECT_EQ(bram.at("aliases").at(1), "bram.visser");  // deleteoldrdn removed uid bram
  // Deleted (carla, and dirk who is not in the file) and renamed (bram) profiles.
  EXPECT_EQ(out.deleted, (std::vector<std::string>{"ldap:bram", "ldap:carla", "ldap:dirk"}));
  const std::string problems = out.problem_list();
  ASSERT_EQ(out.problems.size(), 4u) << problems;
  EXPECT_NE(problems.find("changes.ldif:44: entry uid=anna,ou=People,dc=example,dc=org already exists"),
            std::string::npos) << problems;
  EXPECT_NE(problems.find("modify of uid=erik"), std::string::npos) << problems;
  EXPECT_NE(problems.find("increment is not supported"), std::string::npos) << problems;
  EXPECT_NE(problems.find("delete of cn=Old Group"), std::string::npos) << problems;
}

TEST(Ldif, FoldingCrLfAndEmptyValues) {
  const std::string dir = temp_dir();
  const std::string path = dir + "/crlf.ldif";
  write_file(path,
             "version: 1\r\n"
             "dn: uid=fold,ou=People,dc=example,dc=org\r\n"
             "objectClass: inetOrgPerson\r\n"
             "uid: fold\r\n"
             "cn: Folded\r\n"
             "  Name\r\n"                       // continuation that keeps a space
             "descr\r\n"
             " iption:: SGFsbG8gd2VyZWxk\r\n"  // folded inside the attribute name
             "sn::\r\n"                        // empty base64 value
             "# a comment inside the entry\r\n"
             "mail: fold@example.org\r\n");
  const Output out = read_ldif(path);
  EXPECT_TRUE(out.problems.empty()) << out.problem_list();
  ASSERT_EQ(out.records.size(), 1u);
  EXPECT_EQ(out.records[0].record.at("name"), "Folded Name");
  EXPECT_EQ(out.records[0].record.at("about"), "Hallo wereld");
  EXPECT_EQ(out.records[0].origin, path + ":2");
}

TEST(Ldif, UrlValuesOnlyFromFilesBesideTheLdif) {
  const std::string dir = temp_dir();
  fs::create_directories(dir + "/ldif/notes");
  write_file(dir + "/ldif/notes/about me.txt", "Written in a file.");
  write_file(dir + "/secret.txt", "not for the index");
  auto entry = [](const std::string& uid, const std::string& url) {
    return "dn: uid=" + uid + ",dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: " + uid + "\ncn: " + uid +
           "\nsn: x\ndescription:< " + url + "\n\n";
  };
  const std::string path = dir + "/ldif/people.ldif";
  write_file(path, entry("inside", "file://" + dir + "/ldif/notes/about%20me.txt") +
                       entry("outside", "file://" + dir + "/ldif/../secret.txt") +
                       entry("http", "http://example.org/about.txt") +
                       entry("relative", "file:notes/about%20me.txt"));
  const Output out = read_ldif(path);
  EXPECT_EQ(ids(out), std::vector<std::string>{"ldap:inside"});
  EXPECT_EQ(out.profile("ldap:inside").at("about"), "Written in a file.");
  ASSERT_EQ(out.problems.size(), 3u) << out.problem_list();
  EXPECT_NE(out.problems[0].message.find("outside the LDIF file's directory"), std::string::npos);
  EXPECT_NE(out.problems[1].message.find("only file:// URL values"), std::string::npos);
  for (const SourceProblem& p : out.problems) EXPECT_EQ(p.message.find("not for the index"), std::string::npos);
}

TEST(DirectoryMapping, NormalizeDn) {
  const std::pair<const char*, const char*> kCases[] = {
      {"uid=a,ou=People,dc=example,dc=org", "uid=a,ou=people,dc=example,dc=org"},
      {"UID=A, OU=People , DC=Example,dc=org", "uid=a,ou=people,dc=example,dc=org"},
      {"cn=Smith\\, John,dc=corp", "cn=smith\\, john,dc=corp"},
      {"cn=Smith\\2C John,dc=corp", "cn=smith\\, john,dc=corp"},
      {"not a dn", "not a dn"},
  };
  for (const auto& [dn, expected] : kCases) EXPECT_EQ(normalize_dn(dn), expected) << dn;
  EXPECT_EQ(first_rdn_value("CN=Smith\\, John,OU=Users,DC=corp"), "Smith, John");
}

// The shared corpus's directory export: 892 persons and 110 groups, all valid profiles.
TEST(Ldif, SharedCorpus) {
  const std::string path = std::string(KENNIS_SHARED_CORPUS) + "/people/people.ldif";
  if (!fs::exists(path)) GTEST_SKIP() << "no shared corpus at " << path;
  const Output out = read_ldif(path);
  EXPECT_TRUE(out.problems.empty()) << out.problem_list();
  EXPECT_TRUE(out.deleted.empty());
  ASSERT_EQ(out.records.size(), 892u);
  const RecordSchemas schemas;
  std::set<std::string> groups, person_ids;
  size_t memberships = 0;
  for (const SourceRecord& r : out.records) {
    std::string pointer;
    const std::string message = schemas.validate(Kind::kProfile, r.record, &pointer);
    EXPECT_EQ(message, "") << r.origin << " " << pointer << "\n" << r.record.dump(2);
    person_ids.insert(r.record.value("person_id", r.record.at("id").get<std::string>()));
    memberships += r.record.value("groups", json::array()).size();
    for (const json& g : r.record.value("groups", json::array())) groups.insert(g.get<std::string>());
  }
  // 110 group entries with 103 distinct DNs: a team with several mailing lists has one record
  // per list, and records for one DN add up.
  EXPECT_EQ(count_lines(path, "objectClass: groupOfNames"), 110u);
  EXPECT_EQ(groups.size(), 103u);
  EXPECT_EQ(memberships, 1021u);  // the distinct person-group pairs of both memberOf and member
  EXPECT_EQ(person_ids.size(), 892u);
}

}  // namespace
}  // namespace kennis
