// Slack export connector: fixtures in testdata/slack/export (fictional people), a ZIP of it
// built at test time, the mrkdwn conversion table, and the shared dev corpus when present.
#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "chat_mrkdwn.h"
#include "connector_test_util.h"
#include "kennis/error.h"
#include "kennis/records.h"
#include "slack.h"

namespace kennis {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test::Collected;
using test::Deletions;
using test::expect_valid;
using test::read_source;
using test::zip_folder;

const std::string kFixture = std::string(KENNIS_SOURCE_DIR) + "/tests/connectors/testdata/slack/export";

Collected read_slack(const std::string& path, const std::string& url_prefix = "") {
  SlackOptions options;
  options.path = path;
  options.url_prefix = url_prefix;
  return read_source(*make_slack_connector(options), Deletions::kNone);
}

fs::path temp_dir(const std::string& name) { return test::temp_dir("slack_test", name); }

TEST(SlackConnector, AllRecordsValidateAgainstTheSchemas) {
  const Collected c = read_slack(kFixture, "https://acme.slack.com/");
  expect_valid(c);
  EXPECT_EQ(c.count(Kind::kProfile), 3u);
  EXPECT_EQ(c.count(Kind::kPost), 10u);
}

TEST(SlackConnector, ProfilesFromUsersJson) {
  const Collected c = read_slack(kFixture);
  const json& alice = c.get("slack:U01ALICE");
  EXPECT_EQ(alice["person_id"], "alice.vermeulen@example.org");
  EXPECT_EQ(alice["email"], "Alice.Vermeulen@Example.ORG");
  EXPECT_EQ(alice["name"], "Alice Vermeulen");
  EXPECT_EQ(alice["job_title"], "Data Engineer");
  EXPECT_EQ(alice["aliases"], json::array({"U01ALICE"}));
  EXPECT_EQ(alice["active"], true);
  EXPECT_EQ(alice["groups"], json::array({"slack:secret-project"}));
  EXPECT_EQ(alice["acl"], "public");
  EXPECT_EQ(alice["updated"], "2023-11-14T22:13:20Z");

  const json& bob = c.get("slack:U02BOB");
  EXPECT_EQ(bob["name"], "Bob Dekker");  // profile.real_name when real_name is absent
  EXPECT_EQ(bob["active"], false);       // deleted
  EXPECT_FALSE(bob.contains("job_title"));
  EXPECT_FALSE(bob.contains("groups"));

  const json& carla = c.get("slack:U03CARLA");  // no e-mail: the person is the Slack id
  EXPECT_FALSE(carla.contains("person_id"));
  EXPECT_FALSE(carla.contains("email"));
  EXPECT_EQ(carla["aliases"], json::array({"U03CARLA"}));

  EXPECT_NE(c.problem("users.json:user 4"), "");
}

TEST(SlackConnector, ThreadsRepliesDatesAndReactions) {
  const Collected c = read_slack(kFixture);
  const json& start = c.get("slack:C01GENERAL:1709281800.000100");
  EXPECT_EQ(start["author"], "alice.vermeulen@example.org");
  EXPECT_EQ(start["author_name"], "Alice Vermeulen");
  EXPECT_EQ(start["group"], "general");
  EXPECT_EQ(start["thread"], "slack:C01GENERAL:1709281800.000100");
  EXPECT_FALSE(start.contains("reply_to"));
  EXPECT_EQ(start["created"], "2024-03-01T08:30:00Z");
  EXPECT_EQ(start["updated"], "2024-03-01T08:33:20Z");
  EXPECT_EQ(start["reactions"], json({{"+1", 2}, {"tada", 1}}));
  EXPECT_EQ(start["source"], "slack");
  EXPECT_FALSE(start.contains("url"));

  const json& reply = c.get("slack:C01GENERAL:1709282100.000300");
  EXPECT_EQ(reply["author"], "bob.dekker@example.org");
  EXPECT_EQ(reply["thread"], "slack:C01GENERAL:1709281800.000100");
  EXPECT_EQ(reply["reply_to"], "slack:C01GENERAL:1709281800.000100");

  const json& lone = c.get("slack:C02RANDOM:1709290000.000100");
  EXPECT_FALSE(lone.contains("thread"));  // the indexer makes a post without one its own thread
  EXPECT_EQ(lone["author"], "U03CARLA");  // no e-mail: the Slack user id
}

TEST(SlackConnector, ABoldFirstLineBecomesTheTitle) {
  const Collected c = read_slack(kFixture);
  const json& post = c.get("slack:C02RANDOM:1709290000.000100");
  EXPECT_EQ(post["title"], "Coffee machine @Alice Vermeulen");
  EXPECT_EQ(post["body"], "The one on floor 2 is fixed");
  EXPECT_EQ(post["mentions"], json::array({"alice.vermeulen@example.org"}));
  // Bold that is not a whole first line, or in a reply, is no title.
  EXPECT_FALSE(c.get("slack:C01GENERAL:1709281800.000100").contains("title"));
  EXPECT_FALSE(c.get("slack:C01GENERAL:1709282100.000300").contains("title"));
}

TEST(SlackConnector, TextBecomesPlainWithMentionsResolved) {
  const Collected c = read_slack(kFixture);
  const json& start = c.get("slack:C01GENERAL:1709281800.000100");
  EXPECT_EQ(start["body"],
            "Release plan for Q2 is draft ready: see the plan (https://wiki.example.org/plan?a=1&b=2) & ask "
            "@Bob Dekker in #random. Run make_all *now*; snake_case_name and *.so stay.");
  EXPECT_EQ(start["mentions"], json::array({"bob.dekker@example.org"}));

  const json& reply = c.get("slack:C01GENERAL:1709282100.000300");
  EXPECT_EQ(reply["body"],
            "make deploy && echo ok\nDone <3 (cc @Alice Vermeulen @Carla Jansen)\n"
            "Attached file: Release plan Q2 (release-plan.pdf)\nAttached file: notes.txt");
  EXPECT_EQ(reply["mentions"], json::array({"alice.vermeulen@example.org", "U03CARLA"}));

  const json& links = c.get("slack:C01GENERAL:1709282600.000800");
  EXPECT_EQ(links["body"], "@here mail help@example.org or https://example.org");
}

TEST(SlackConnector, BotsAndUnknownUsers) {
  const Collected c = read_slack(kFixture);
  const json& deploy = c.get("slack:C01GENERAL:1709282200.000400");
  EXPECT_EQ(deploy["author"], "deploybot");
  EXPECT_EQ(deploy["author_name"], "deploybot");
  EXPECT_EQ(deploy["body"], "Deploy #42\nAll checks green");

  const json& nameless = c.get("slack:C01GENERAL:1709282300.000500");
  EXPECT_EQ(nameless["author"], "bot:B02NONAME");
  EXPECT_EQ(nameless["body"], "ping");

  const json& ghost = c.get("slack:C01GENERAL:1709282400.000600");
  EXPECT_EQ(ghost["author"], "U99GHOST");
  EXPECT_EQ(ghost["author_name"], "Gert Spook");  // from the message's user_profile
  EXPECT_EQ(ghost["body"], "hello @Carla Jansen");
}

TEST(SlackConnector, SystemAndEmptyMessagesAreSkippedSilently) {
  const Collected c = read_slack(kFixture);
  EXPECT_FALSE(c.has("slack:C01GENERAL:1709281900.000200"));  // channel_join
  EXPECT_FALSE(c.has("slack:C01GENERAL:1709282500.000700"));  // channel_topic
  EXPECT_FALSE(c.has("slack:C01GENERAL:1709282700.000900"));  // no text, no files
  for (int i : {2, 9, 11}) EXPECT_EQ(c.problem("general/2024-03-01.json:message " + std::to_string(i)), "") << i;
}

TEST(SlackConnector, AccessFollowsTheConversationKind) {
  const Collected c = read_slack(kFixture);
  EXPECT_EQ(c.get("slack:C02RANDOM:1709290000.000100")["acl"], "public");
  EXPECT_EQ(c.get("slack:G01SECRET:1709290100.000100")["acl"],
            json({{"groups", {"slack:secret-project"}}, {"persons", {"alice.vermeulen@example.org", "U03CARLA"}}}));
  EXPECT_EQ(c.get("slack:G01SECRET:1709290100.000100")["group"], "secret-project");
  EXPECT_EQ(c.get("slack:G02MPIM:1709290200.000100")["acl"],
            json({{"persons", {"alice.vermeulen@example.org", "bob.dekker@example.org", "U03CARLA"}}}));
  const json& dm = c.get("slack:D01ALICEBOB:1709290300.000100");
  EXPECT_EQ(dm["acl"], json({{"persons", {"alice.vermeulen@example.org", "bob.dekker@example.org"}}}));
  EXPECT_FALSE(dm.contains("group"));
  // A conversation nobody could be allowed to read is reported once and not read.
  EXPECT_NE(c.problem("dms.json:conversation 2"), "");
  EXPECT_FALSE(c.has("slack:D02NOBODY:1709290400.000100"));
  EXPECT_EQ(c.problem("D02NOBODY"), "");
}

TEST(SlackConnector, MalformedInputIsReportedWithOriginAndSkipped) {
  const Collected c = read_slack(kFixture);
  EXPECT_NE(c.problem("general/2024-03-02.json").find("not valid JSON"), std::string::npos);
  EXPECT_NE(c.problem("general/2024-03-01.json:message 7").find("ts"), std::string::npos);
  EXPECT_NE(c.problem("general/2024-03-01.json:message 8"), "");
  EXPECT_NE(c.problem("channels.json:conversation 3"), "");  // no name
  EXPECT_NE(c.problem("unlisted"), "");                     // a folder no list names
  EXPECT_FALSE(c.has("slack:unlisted:1709290500.000100"));
  EXPECT_EQ(c.problems.size(), 7u);
  for (const SourceProblem& p : c.problems) EXPECT_FALSE(p.message.empty()) << p.origin;
  // Everything else in the same files was read.
  EXPECT_TRUE(c.has("slack:C01GENERAL:1709282600.000800"));
}

TEST(SlackConnector, UrlsFromThePrefix) {
  const Collected c = read_slack(kFixture, "https://acme.slack.com/");
  EXPECT_EQ(c.get("slack:C01GENERAL:1709281800.000100")["url"],
            "https://acme.slack.com/archives/C01GENERAL/p1709281800000100");
  EXPECT_EQ(c.get("slack:C01GENERAL:1709282100.000300")["url"],
            "https://acme.slack.com/archives/C01GENERAL/p1709282100000300"
            "?thread_ts=1709281800.000100&cid=C01GENERAL");
  EXPECT_EQ(c.get("slack:U01ALICE")["url"], "https://acme.slack.com/team/U01ALICE");
}

TEST(SlackConnector, ReadsZipExportsLikeTheFolder) {
  const Collected folder = read_slack(kFixture);
  std::multiset<std::string> expected;
  for (const SourceRecord& r : folder.records) expected.insert(r.record.dump());
  for (const std::string& prefix : {std::string(), std::string("export-2024/")}) {
    SCOPED_TRACE("prefix '" + prefix + "'");
    const fs::path zip = temp_dir("zip") / "export.zip";
    zip_folder(kFixture, zip, prefix);
    const Collected zipped = read_slack(zip.string());
    std::multiset<std::string> actual;
    for (const SourceRecord& r : zipped.records) actual.insert(r.record.dump());
    EXPECT_EQ(actual, expected);
    EXPECT_EQ(zipped.problems.size(), folder.problems.size());
    EXPECT_NE(zipped.problem("general/2024-03-02.json"), "");
  }
}

TEST(SlackConnector, DamagedZipFailsCleanly) {
  const fs::path dir = temp_dir("damaged");
  zip_folder(kFixture, dir / "whole.zip", "");
  std::ifstream in(dir / "whole.zip", std::ios::binary);
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (size_t keep : {data.size() / 2, data.size() - 30, size_t{100}}) {
    SCOPED_TRACE(keep);
    std::ofstream(dir / "cut.zip", std::ios::binary) << data.substr(0, keep);
    std::string damaged = data;
    for (size_t i = keep / 2; i < damaged.size(); i += 97) damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
    std::ofstream(dir / "flipped.zip", std::ios::binary) << damaged;
    for (const char* name : {"cut.zip", "flipped.zip"}) {
      try {  // either some of it is read, with problems, or the source fails as a whole
        read_slack((dir / name).string());
      } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::kIo) << name;
      }
    }
  }
}

TEST(SlackConnector, MissingOrForeignExportThrowsIo) {
  try {
    read_slack(kFixture + "/does-not-exist");
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo);
  }
  const fs::path empty = temp_dir("empty");
  try {
    read_slack(empty.string());
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo);
  }
  const fs::path not_zip = empty / "export.zip";
  std::ofstream(not_zip) << "this is not an archive";
  try {
    read_slack(not_zip.string());
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo);
  }
}

TEST(SlackConnector, FactoryReadsTheSourceTable) {
  const toml::table table = toml::parse("type = 'slack'\nname = 'chat'\npath = '" + kFixture +
                                        "'\nurl_prefix = 'https://acme.slack.com'\n");
  SourceOptions options(table, "chat");
  const Collected c = read_source(*make_slack_connector(options), Deletions::kNone);
  EXPECT_EQ(c.get("slack:U01ALICE")["url"], "https://acme.slack.com/team/U01ALICE");

  const toml::table typo = toml::parse("path = 'x'\nurl_prefx = 'y'\n");
  SourceOptions bad(typo, "chat");
  try {
    make_slack_connector(bad);
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidConfig);
  }
  const toml::table no_path = toml::parse("url_prefix = 'y'\n");
  SourceOptions missing(no_path, "chat");
  EXPECT_THROW(make_slack_connector(missing), Error);
}

struct MrkdwnCase {
  const char* input;
  const char* expected;
};

TEST(SlackMrkdwn, PlainTextTable) {
  const MrkdwnCase kCases[] = {
      {"*bold* _italic_ ~strike~", "bold italic strike"},
      {"*_both_*", "both"},
      {"snake_case_name __init__.py 2*3*4 a*b", "snake_case_name __init__.py 2*3*4 a*b"},
      {"  * Initial release.\n  * Fix *.so links", "* Initial release.\n  * Fix *.so links"},
      {"* not bold *", "* not bold *"},
      {"debian/*.doc-base.*: paths, doc/*/NEWS.gz, *CVE-1*.patch", "debian/*.doc-base.*: paths, doc/*/NEWS.gz, *CVE-1*.patch"},
      {"(*really*) *done*. \"_quoted_\"", "(really) done. \"quoted\""},
      {"*across\nlines*", "*across\nlines*"},
      {"`*kept*` and ```\n_kept_\n```", "*kept* and _kept_"},
      {"```one line```", "one line"},
      {"&amp;lt; is &lt;", "&lt; is <"},
      {"<https://x.example/a_b_c>", "https://x.example/a_b_c"},
      {"<https://x.example|x.example>", "https://x.example"},
      {"<https://x.example|Label with *stars*>", "Label with *stars* (https://x.example)"},
      {"<mailto:a@b.example|Mail us>", "Mail us (a@b.example)"},
      {"<#C1> <#C1|named> <!channel> <!subteam^S1|@ops> <!date^1|Monday>", "#chan #named @channel @ops Monday"},
      {"<@U1> <@UNKNOWN> <@UNKNOWN|legacy>", "@Known Person @UNKNOWN @legacy"},
      {"a < b and c > d", "a < b and c > d"},
      {"unclosed <http://x", "unclosed <http://x"},
      {"*<https://x.example|link>*", "link (https://x.example)"},
      {"", ""},
  };
  chat::SlackNames names;
  names.user = [](std::string_view id) { return id == "U1" ? std::string("Known Person") : std::string(); };
  names.channel = [](std::string_view id) { return id == "C1" ? std::string("chan") : std::string(); };
  for (const MrkdwnCase& c : kCases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(chat::slack_to_plain_text(c.input, names).text, c.expected);
  }
  EXPECT_EQ(chat::slack_to_plain_text("<@U1> <@U2> <@U1>", names).mentioned_users,
            (std::vector<std::string>{"U1", "U2"}));
}

TEST(SlackCorpus, ReadsTheSharedDevCorpus) {
  const std::string path = std::string(KENNIS_SHARED_CORPUS) + "/posts/slack";
  if (!fs::exists(path + "/users.json")) GTEST_SKIP() << "shared corpus not found at " << path;
  const Collected c = read_slack(path, "https://corpus.slack.example");
  for (const SourceProblem& p : c.problems) ADD_FAILURE() << p.origin << ": " << p.message;
  expect_valid(c);
  // posts/README.md: 6 313 messages in 429 threads, 45 channels; 892 users.
  EXPECT_EQ(c.count(Kind::kPost), 6313u);
  EXPECT_EQ(c.count(Kind::kProfile), 892u);
  std::set<std::string> channels, threads;
  for (const SourceRecord& r : c.records) {
    if (r.kind != Kind::kPost) continue;
    channels.insert(r.record.at("group").get<std::string>());
    threads.insert(r.record.value("thread", r.record.at("id").get<std::string>()));
    EXPECT_EQ(r.record.at("acl"), "public");
  }
  EXPECT_EQ(channels.size(), 45u);
  EXPECT_EQ(threads.size(), 429u);  // a message without thread_ts is a thread of its own
}

}  // namespace
}  // namespace kennis
