// Viva Engage export connector: fixtures in testdata/viva_engage (fictional people; remade by
// make_fixtures.py there), a ZIP of them built at test time, the CSV reader on its own, and the
// shared dev corpus when present.
#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "chat_csv.h"
#include "chat_text.h"
#include "connector_test_util.h"
#include "kennis/error.h"
#include "kennis/records.h"
#include "viva_engage.h"

namespace kennis {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test::Collected;
using test::Deletions;
using test::expect_valid;
using test::read_source;
using test::zip_folder;

const std::string kTestdata = std::string(KENNIS_SOURCE_DIR) + "/tests/connectors/testdata/viva_engage";
const std::string kFixture = kTestdata + "/export";

Collected read_engage(const std::string& path, const std::string& url_prefix = "") {
  VivaEngageOptions options;
  options.path = path;
  options.url_prefix = url_prefix;
  return read_source(*make_viva_engage_connector(options), Deletions::kPosts);
}

fs::path temp_dir(const std::string& name) { return test::temp_dir("viva_engage_test", name); }

TEST(VivaEngageConnector, AllRecordsValidateAgainstTheSchemas) {
  const Collected c = read_engage(kFixture, "https://www.yammer.com/example.org/");
  expect_valid(c);
  EXPECT_EQ(c.count(Kind::kProfile), 3u);
  EXPECT_EQ(c.count(Kind::kPost), 6u);
}

TEST(VivaEngageConnector, ProfilesFromUsersCsv) {
  const Collected c = read_engage(kFixture);
  const json& alice = c.get("engage:1001");  // Users.csv starts with a byte order mark
  EXPECT_EQ(alice["person_id"], "alice.vermeulen@example.org");
  EXPECT_EQ(alice["email"], "Alice.Vermeulen@Example.ORG");
  EXPECT_EQ(alice["name"], "Alice Vermeulen");
  EXPECT_EQ(alice["aliases"], json::array({"1001"}));
  EXPECT_EQ(alice["job_title"], "Data Engineer");
  EXPECT_EQ(alice["department"], "Engineering");
  EXPECT_EQ(alice["location"], "Utrecht");
  EXPECT_EQ(alice["active"], true);
  EXPECT_EQ(alice["created"], "2019-01-24T18:02:48Z");
  EXPECT_EQ(alice["acl"], "public");
  EXPECT_EQ(alice["source"], "engage");

  EXPECT_EQ(c.get("engage:1002")["active"], false);  // soft_delete: kept, as inactive
  const json& carla = c.get("engage:1003");
  EXPECT_FALSE(carla.contains("person_id"));  // no e-mail: the person is "engage:1003"
  EXPECT_FALSE(carla.contains("department"));
  EXPECT_NE(c.problem("Users.csv:line 5"), "");  // no id
}

TEST(VivaEngageConnector, PostsThreadsMentionsAndFiles) {
  const Collected c = read_engage(kFixture);
  const SourceRecord* start = c.find("engage:2001");
  ASSERT_NE(start, nullptr);
  EXPECT_EQ(start->origin, "Messages.csv:line 2");
  const json& p = start->record;
  EXPECT_EQ(p["author"], "alice.vermeulen@example.org");
  EXPECT_EQ(p["author_name"], "Alice Vermeulen");
  EXPECT_EQ(p["group"], "Engineering");
  EXPECT_EQ(p["thread"], "engage:2001");
  EXPECT_FALSE(p.contains("reply_to"));
  EXPECT_EQ(p["created"], "2024-03-01T09:30:00Z");
  EXPECT_EQ(p["body"],
            "Kick-off tomorrow.\nBring @Bob Dekker and @Carla Jansen, \"quoted\" text,\n[[tag:77]] and Board Room.\n"
            "Attached file: roadmap.pptx");
  EXPECT_EQ(p["mentions"], json::array({"bob.dekker@example.org", "engage:1003"}));
  EXPECT_EQ(p["acl"], "public");

  const SourceRecord* reply = c.find("engage:2002");
  ASSERT_NE(reply, nullptr);
  EXPECT_EQ(reply->origin, "Messages.csv:line 5");  // the physical line, after a 3-line record
  EXPECT_EQ(reply->record["author"], "bob.dekker@example.org");  // from Users.csv: no sender_email
  EXPECT_EQ(reply->record["thread"], "engage:2001");
  EXPECT_EQ(reply->record["reply_to"], "engage:2001");

  EXPECT_EQ(c.get("engage:2007")["author"], "engage:1003");  // no address anywhere
}

TEST(VivaEngageConnector, ASubjectLineOfItsOwnBecomesTheTitle) {
  const Collected c = read_engage(kFixture);
  const json& post = c.get("engage:2010");
  EXPECT_EQ(post["title"], "Roadmap review");
  EXPECT_EQ(post["body"], "Slides are in the usual place.");
  EXPECT_FALSE(c.get("engage:2001").contains("title"));  // no blank line after the first line

  const struct {
    const char* text;
    const char* title;  // "" for none
  } kCases[] = {
      {"Subject\n\nBody", "Subject"},
      {"  Subject  \n \r\n  Body\n\nmore", "Subject"},
      {"Hi all,\n\nBody", ""},
      {"Agenda:\n\n1. one", ""},
      {"Subject\nBody", ""},
      {"Subject\n\n", ""},
      {"One line", ""},
  };
  for (const auto& k : kCases) {
    SCOPED_TRACE(k.text);
    const auto split = chat::split_heading(k.text);
    EXPECT_EQ(split ? split->first : "", k.title);
  }
  EXPECT_FALSE(chat::split_heading(std::string(chat::kMaxHeadingChars + 1, 'x') + "\n\nbody"));
}

TEST(VivaEngageConnector, PrivateGroupsAndConversations) {
  const Collected c = read_engage(kFixture);
  EXPECT_EQ(c.get("engage:2003")["acl"], json({{"groups", {"engage:Board Room"}}}));
  EXPECT_EQ(c.get("engage:2004")["acl"], json({{"persons", {"alice.vermeulen@example.org", "engage:1003"}}}));
  EXPECT_FALSE(c.get("engage:2004").contains("group"));
  // The export lists no members: whoever posted in a private group is one.
  EXPECT_EQ(c.get("engage:1001")["groups"], json::array({"engage:Board Room"}));
  EXPECT_FALSE(c.get("engage:1002").contains("groups"));
}

TEST(VivaEngageConnector, DeletedRowsAreReportedAsDeletions) {
  const Collected c = read_engage(kFixture);
  EXPECT_EQ(c.deleted, std::vector<std::string>{"engage:2005"});
  EXPECT_EQ(c.find("engage:2005"), nullptr);
}

TEST(VivaEngageConnector, MalformedRowsAreReportedWithTheirLineAndSkipped) {
  const Collected c = read_engage(kFixture);
  EXPECT_NE(c.problem("Messages.csv:line 9").find("created_at"), std::string::npos);  // bad date
  EXPECT_NE(c.problem("Messages.csv:line 14").find("fields"), std::string::npos);     // too few
  EXPECT_NE(c.problem("Messages.csv:line 16").find("quoted"), std::string::npos);     // never closed
  EXPECT_EQ(c.problems.size(), 4u);  // with Users.csv:line 5
  EXPECT_NE(c.find("engage:2007"), nullptr);  // read on after the bad date
}

TEST(VivaEngageConnector, MissingEssentialColumnSkipsTheFile) {
  const Collected c = read_engage(kTestdata + "/missing_column");
  EXPECT_NE(c.problem("Messages.csv").find("body"), std::string::npos);
  EXPECT_EQ(c.count(Kind::kPost), 0u);
  EXPECT_EQ(c.count(Kind::kProfile), 1u);  // Users.csv is still read
}

TEST(VivaEngageConnector, UrlsFromThePrefix) {
  const Collected c = read_engage(kFixture, "https://www.yammer.com/example.org/");
  EXPECT_EQ(c.get("engage:2001")["url"], "https://www.yammer.com/example.org/messages/2001");
  EXPECT_EQ(c.get("engage:1001")["url"], "https://www.yammer.com/example.org/users/1001");
}

TEST(VivaEngageConnector, ReadsZipExportsLikeTheFolder) {
  const Collected folder = read_engage(kFixture);
  std::multiset<std::string> expected;
  for (const SourceRecord& r : folder.records) expected.insert(r.origin + " " + r.record.dump());
  for (const std::string& prefix : {std::string(), std::string("network-export/")}) {
    SCOPED_TRACE("prefix '" + prefix + "'");
    const fs::path zip = temp_dir("zip") / "export.zip";
    zip_folder(kFixture, zip, prefix);
    const Collected zipped = read_engage(zip.string());
    std::multiset<std::string> actual;
    for (const SourceRecord& r : zipped.records) actual.insert(r.origin + " " + r.record.dump());
    EXPECT_EQ(actual, expected);
    EXPECT_EQ(zipped.problems.size(), folder.problems.size());
    EXPECT_EQ(zipped.deleted, folder.deleted);
  }
}

TEST(VivaEngageConnector, MissingExportThrowsIo) {
  for (const std::string& path : {kFixture + "/does-not-exist", temp_dir("empty").string()}) {
    SCOPED_TRACE(path);
    try {
      read_engage(path);
      FAIL() << "no exception";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kIo);
    }
  }
}

TEST(VivaEngageConnector, FactoryReadsTheSourceTable) {
  const toml::table table = toml::parse("type = 'viva_engage'\npath = '" + kFixture + "'\n");
  SourceOptions options(table, "engage");
  EXPECT_EQ(read_source(*make_viva_engage_connector(options), Deletions::kPosts).count(Kind::kPost), 6u);
  const toml::table typo = toml::parse("path = 'x'\nurl = 'y'\n");
  SourceOptions bad(typo, "engage");
  try {
    make_viva_engage_connector(bad);
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidConfig);
  }
}

// Feeds `text` to a CsvReader `chunk` bytes at a time; returns "line:field|field" per record.
std::vector<std::string> parse_csv(const std::string& text, size_t chunk) {
  size_t pos = 0;
  chat::CsvReader csv([&]() -> std::string_view {
    const std::string_view piece = std::string_view(text).substr(std::min(pos, text.size()), chunk);
    pos += piece.size();
    return piece;
  });
  std::string header;
  for (const std::string& name : csv.header()) header += (header.empty() ? "" : "|") + name;
  std::vector<std::string> out{header};
  chat::CsvRow row;
  while (csv.read(row)) {
    std::string line = std::to_string(row.line) + ":";
    for (size_t i = 0; i < row.fields.size(); ++i) line += (i ? "|" : "") + row.fields[i];
    if (!row.error.empty()) line += "!error";
    out.push_back(line);
  }
  return out;
}

TEST(CsvReader, RecordsAndPhysicalLines) {
  const struct {
    const char* name;
    std::string input;
    std::vector<std::string> expected;
  } kCases[] = {
      {"crlf", "a,b\r\n1,2\r\n3,4\r\n", {"a|b", "2:1|2", "3:3|4"}},
      {"lf, no final newline", "a,b\n1,2\n3,4", {"a|b", "2:1|2", "3:3|4"}},
      {"bom", "\xEF\xBB\xBF" "a,b\r\n1,2\r\n", {"a|b", "2:1|2"}},
      {"multi-line quoted", "a,b\r\n\"x\ny\r\nz\",2\r\n3,\"q\"\"uote\"\r\n", {"a|b", "2:x\ny\r\nz|2", "5:3|q\"uote"}},
      {"blank lines", "a,b\r\n\r\n\r\n1,2\r\n  \r\n3,4\r\n", {"a|b", "4:1|2", "6:3|4"}},
      {"field count", "a,b\r\n1\r\n1,2,3\r\n4,5\r\n", {"a|b", "2:1!error", "3:1|2|3!error", "4:4|5"}},
      {"unterminated", "a,b\r\n1,2\r\n3,\"never\r\nclosed\r\n", {"a|b", "2:1|2", "3:!error"}},
      {"quote after a closing quote", "a,b\r\n1,\"x\"y\r\n3,4\r\n", {"a|b", "2:!error", "3:3|4"}},
      {"quote in an unquoted field", "a,b\r\n1,x\"y\r\n3,4\r\n", {"a|b", "2:!error", "3:3|4"}},
      {"bad quote on a later line", "a,b\r\n1,\"x\ny\"z\r\n3,4\r\n", {"a|b", "2:!error", "4:3|4"}},
      {"malformed header", "\"a\"b,c\r\n1,2\r\n", {""}},
      {"invalid utf-8", "a\r\n\xFF" "ok\r\n", {"a", "2:\xEF\xBF\xBDok"}},
      {"empty", "", {""}},
  };
  for (const auto& c : kCases) {
    for (size_t chunk : {1, 3, 1 << 16}) {
      SCOPED_TRACE(std::string(c.name) + ", chunk " + std::to_string(chunk));
      EXPECT_EQ(parse_csv(c.input, chunk), c.expected);
    }
  }
}

TEST(CsvReader, ColumnsByNameIgnoringCase) {
  const std::string text = "ID, Body ,extra\r\n1,hello,x\r\n";
  size_t calls = 0;
  chat::CsvReader csv([&]() -> std::string_view { return calls++ ? std::string_view() : std::string_view(text); });
  EXPECT_EQ(csv.column("id"), 0u);
  EXPECT_EQ(csv.column("body"), 1u);
  EXPECT_EQ(csv.column("missing"), std::nullopt);
  chat::CsvRow row;
  ASSERT_TRUE(csv.read(row));
  EXPECT_EQ(chat::field(row, csv.column("body")), "hello");
  EXPECT_EQ(chat::field(row, csv.column("missing")), "");
}

TEST(VivaEngageCorpus, ReadsTheSharedDevCorpus) {
  const std::string path = std::string(KENNIS_SHARED_CORPUS) + "/posts/yammer";
  if (!fs::exists(path + "/Messages.csv")) GTEST_SKIP() << "shared corpus not found at " << path;
  const Collected c = read_engage(path);
  for (const SourceProblem& p : c.problems) ADD_FAILURE() << p.origin << ": " << p.message;
  expect_valid(c);
  // posts/README.md: 4 639 messages in 313 threads, 86 groups; 892 users.
  EXPECT_EQ(c.count(Kind::kPost), 4639u);
  EXPECT_EQ(c.count(Kind::kProfile), 892u);
  EXPECT_TRUE(c.deleted.empty());
  std::set<std::string> threads, groups;
  for (const SourceRecord& r : c.records) {
    if (r.kind != Kind::kPost) continue;
    threads.insert(r.record.at("thread").get<std::string>());
    groups.insert(r.record.at("group").get<std::string>());
  }
  EXPECT_EQ(threads.size(), 313u);
  EXPECT_LE(groups.size(), 86u);
}

}  // namespace
}  // namespace kennis
