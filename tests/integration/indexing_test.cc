// kennis-index as a program (records of each kind, exit codes, rejected records) and what a
// running searchd sees of its work: new and replaced records, an index created after start.
// Exit codes: 0 clean, 1 some records rejected, 3 a source unreadable (others indexed),
// 2 failed with nothing committed.
#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>

#include "harness.h"
#include "kennis/index_location.h"
#include "kennis/schema.h"

namespace kennis::it {
namespace {

namespace fs = std::filesystem;

json summary_of(const IndexerRun& run) {
  const json summary = json::parse(run.out, nullptr, /*allow_exceptions=*/false);
  EXPECT_TRUE(summary.is_object()) << "kennis-index --json printed: " << run.out;
  return summary.is_object() ? summary : json::object();
}

TEST(Indexing, EachKindIsIndexedAndFound) {
  Workspace ws;
  const std::string index = ws.path("index");
  Records records;
  records.posts = {post("p1", "Harbour cranes arrive on Monday", {{"group", "ops"}})};
  records.documents = {document("d1", "Harbour expansion plan", "Dredging starts in spring",
                                {{"authors", {"carol"}}, {"url", "https://example.org/d1"}, {"lang", "en-GB"}})};
  records.profiles = {profile("u1", "Dana Harbour", {{"job_title", "Harbour master"}, {"skills", {"pilotage"}}})};
  const IndexerRun run = index_records(ws, index, records);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(summary_of(run).value("added", -1), 3);
  Searchd searchd(ws, index);

  // A word only one record of each kind has.
  const std::pair<const char*, const char*> kUnique[] = {{"cranes", "p1"}, {"dredging", "d1"}, {"pilotage", "u1"}};
  for (const auto& [word, id] : kUnique) {
    SCOPED_TRACE(word);
    const Response r = searchd.search({{"q", word}});
    EXPECT_EQ(hit_ids(r), std::vector<std::string>{id});
  }
  // The word all three have, narrowed by kind.
  const Response all = searchd.search({{"q", "harbour"}});
  EXPECT_EQ(all.body["total"], 3);
  const std::pair<const char*, const char*> kKinds[] = {{"post", "p1"}, {"document", "d1"}, {"profile", "u1"}};
  for (const auto& [kind, id] : kKinds) {
    SCOPED_TRACE(kind);
    const Response r = searchd.search({{"q", "harbour"}, {"kind", kind}});
    ASSERT_EQ(hit_ids(r), std::vector<std::string>{id});
    EXPECT_EQ(r.body["hits"][0]["kind"], kind);
  }
  EXPECT_EQ(searchd.search({{"q", "harbour"}, {"kind", "post,profile"}}).body["total"], 2);
  EXPECT_EQ(searchd.search({{"q", "harbour"}, {"kind", "post"}, {"kind", "document"}}).body["total"], 2);

  // Hits carry each kind's fields.
  const Response profile_hit = searchd.search({{"q", "pilotage"}});
  EXPECT_EQ(profile_hit.body["hits"][0]["title"], "Dana Harbour") << "a profile's title is its name";
  const Response document_hit = searchd.search({{"q", "dredging"}});
  EXPECT_EQ(document_hit.body["hits"][0]["url"], "https://example.org/d1");
  EXPECT_EQ(document_hit.body["hits"][0]["lang"], "en");
  EXPECT_EQ(document_hit.body["hits"][0]["people"], json::array({"carol"}));

  // The stored record comes back as given, plus its kind.
  for (const auto& [kind, list] : {std::pair{"post", &records.posts}, std::pair{"document", &records.documents},
                                   std::pair{"profile", &records.profiles}}) {
    SCOPED_TRACE(kind);
    json expected = list->front();
    expected["kind"] = kind;
    EXPECT_EQ(searchd.document(kind, expected["id"]).body, expected);
  }
}

TEST(Indexing, ReindexingReplacesTheRecordInARunningSearchd) {
  Workspace ws;
  const std::string index = ws.path("index");
  Records first;
  first.posts = {post("p1", "The canteen serves lasagne"), post("p2", "Parking is closed")};
  ASSERT_EQ(index_records(ws, index, first).exit_code, 0);
  Searchd searchd(ws, index);
  EXPECT_EQ(hit_ids(searchd.search({{"q", "lasagne"}})), std::vector<std::string>{"p1"});
  const int revision = searchd.health().body.value("revision", 0);

  Records second;
  second.posts = {post("p1", "The canteen serves risotto", {{"title", "Menu"}})};
  const IndexerRun run = index_records(ws, index, second);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json summary = summary_of(run);
  EXPECT_EQ(summary.value("replaced", -1), 1);
  EXPECT_EQ(summary.value("added", -1), 0);

  // Same server, no restart: the new text is found, the old is gone, nothing is counted twice.
  EXPECT_EQ(hit_ids(searchd.search({{"q", "risotto"}})), std::vector<std::string>{"p1"});
  EXPECT_EQ(searchd.search({{"q", "lasagne"}}).body["total"], 0);
  EXPECT_EQ(searchd.search({{"q", "canteen"}}).body["total"], 1);
  EXPECT_EQ(searchd.search({}).body["total"], 2);
  const Response health = searchd.health();
  EXPECT_EQ(health.body["documents"], 2);
  EXPECT_GT(health.body.value("revision", 0), revision);
  json expected = second.posts.front();
  expected["kind"] = "post";
  EXPECT_EQ(searchd.document("post", "p1").body, expected);
}

TEST(Indexing, LastOfTwoRecordsWithOneIdWins) {
  Workspace ws;
  const std::string index = ws.path("index");
  Records records;
  records.posts = {post("p1", "first version alpha"), post("p1", "second version beta")};
  const IndexerRun run = index_records(ws, index, records);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  Searchd searchd(ws, index);
  EXPECT_EQ(searchd.search({}).body["total"], 1);
  EXPECT_EQ(searchd.search({{"q", "alpha"}}).body["total"], 0);
  EXPECT_EQ(searchd.search({{"q", "beta"}}).body["total"], 1);
}

TEST(Indexing, ExitCodeOneNamesEachRejectedRecordAndKeepsTheRest) {
  Workspace ws;
  const std::string index = ws.path("index");
  const std::string file = ws.write_text("posts.jsonl",
                                         post("good1", "kept apples").dump() + "\n" +                          // 1
                                             post("bad1", "x", {{"created", "yesterday"}}).dump() + "\n" +     // 2
                                             "{this is not json\n" +                                            // 3
                                             post("bad2", "x", {{"colour", "red"}}).dump() + "\n" +             // 4
                                             "\n" +                                                             // 5
                                             post("bad3", "x", {{"acl", {{"groups", {1}}}}}).dump() + "\n" +    // 6
                                             post("good2", "kept pears").dump() + "\n");                        // 7
  const IndexerRun run = run_indexer(ws, {"--index", index, "--posts", file, "--json"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  const json summary = summary_of(run);
  EXPECT_EQ(summary.value("added", -1), 2);
  EXPECT_EQ(summary.value("rejected", -1), 4);
  // The log names file:line and, where there is one, the JSON pointer of the bad field.
  for (const std::string& expected : {file + ":2: /created", file + ":3:", file + ":4: /colour", file + ":6: /acl"})
    EXPECT_NE(run.err.find(expected), std::string::npos) << "stderr lacks '" << expected << "':\n" << run.err;
  for (const char* line : {":1:", ":5:", ":7:"})
    EXPECT_EQ(run.err.find(file + line), std::string::npos) << "line " << line << " was fine:\n" << run.err;

  Searchd searchd(ws, index);
  EXPECT_EQ(searchd.health().body["documents"], 2);
  EXPECT_EQ(hit_ids(searchd.search({{"q", "kept"}, {"sort", "date"}})).size(), 2u);
  for (const char* id : {"bad1", "bad2", "bad3"}) EXPECT_EQ(searchd.document("post", id).status, 404) << id;
}

TEST(Indexing, ExitCodeThreeForAnUnreadableSourceKeepsTheOthers) {
  Workspace ws;
  const std::string index = ws.path("index");
  const std::string good = ws.write_jsonl("posts.jsonl", {post("p1", "readable")});
  const IndexerRun run =
      run_indexer(ws, {"--index", index, "--posts", good, "--documents", ws.path("missing.jsonl"), "--json"});
  EXPECT_EQ(run.exit_code, 3) << run.err;
  EXPECT_EQ(summary_of(run).value("status", ""), "source_failed");
  EXPECT_NE(run.err.find(ws.path("missing.jsonl")), std::string::npos) << "the log names the source:\n" << run.err;
  Searchd searchd(ws, index);
  EXPECT_EQ(searchd.health().body["documents"], 1);
  EXPECT_EQ(searchd.document("post", "p1").status, 200);
}

TEST(Indexing, ExitCodeTwoWhenNothingCanBeIndexed) {
  Workspace ws;
  const IndexerRun no_inputs = run_indexer(ws, {"--index", ws.path("index"), "--json"});
  EXPECT_EQ(no_inputs.exit_code, 2) << no_inputs.err;
  EXPECT_EQ(summary_of(no_inputs).value("status", ""), "failed");
  EXPECT_FALSE(fs::exists(ws.path("index")));
  const std::string file = ws.write_jsonl("posts.jsonl", {post("p1", "x")});
  EXPECT_EQ(run_indexer(ws, {"--posts", file}).exit_code, 2) << "no index given";
}

TEST(Indexing, ExitCodeTwoWhileAnotherWriterHoldsTheIndex) {
  Workspace ws;
  const std::string index = ws.path("index");
  const std::string first = ws.write_jsonl("first.jsonl", {post("p1", "first run")});
  ASSERT_EQ(run_indexer(ws, {"--index", index, "--posts", first}).exit_code, 0);
  const std::string second = ws.write_jsonl("second.jsonl", {post("p2", "second run")});
  {
    const IndexLock other_run(index);  // what a concurrent kennis-index holds for its whole run
    const IndexerRun run = run_indexer(ws, {"--index", index, "--posts", second, "--json"});
    EXPECT_EQ(run.exit_code, 2) << run.err;
    const json summary = summary_of(run);
    EXPECT_EQ(summary.value("status", ""), "failed");
    EXPECT_EQ(summary.value("code", ""), "index_locked");
  }
  {
    const Xapian::WritableDatabase other_writer(index, Xapian::DB_OPEN);  // any other Xapian writer
    const IndexerRun run = run_indexer(ws, {"--index", index, "--posts", second, "--json"});
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_EQ(summary_of(run).value("status", ""), "failed");
  }
  Searchd searchd(ws, index);
  EXPECT_EQ(searchd.document("post", "p2").status, 404) << "nothing of a failed run is committed";
  // The locks were the only problem: once they are released the same run succeeds.
  const IndexerRun run = run_indexer(ws, {"--index", index, "--posts", second});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(searchd.document("post", "p2").status, 200);
}

TEST(Indexing, SearchdPicksUpAnIndexCreatedAfterItStarted) {
  Workspace ws;
  const std::string index = ws.path("index");
  Searchd searchd(ws, index);

  const Response health = searchd.health();
  EXPECT_EQ(health.status, 503);
  EXPECT_EQ(health.body["status"], "unavailable");
  const Response search = searchd.search({{"q", "welcome"}});
  EXPECT_EQ(search.status, 503);
  EXPECT_EQ(search.error_code(), "index_unavailable");
  const Response document = searchd.document("post", "p1");
  EXPECT_EQ(document.status, 503);
  EXPECT_EQ(document.error_code(), "index_unavailable");

  Records records;
  records.posts = {post("p1", "welcome aboard")};
  const IndexerRun run = index_records(ws, index, records);
  ASSERT_EQ(run.exit_code, 0) << run.err;

  ASSERT_TRUE(searchd.running());
  EXPECT_EQ(searchd.health().status, 200);
  EXPECT_EQ(hit_ids(searchd.search({{"q", "welcome"}})), std::vector<std::string>{"p1"});
  EXPECT_EQ(searchd.document("post", "p1").status, 200);
}

TEST(Indexing, AnEmptyDirectoryIsNotAnIndexYet) {
  Workspace ws;
  fs::create_directories(ws.path("index"));
  Searchd searchd(ws, ws.path("index"));
  EXPECT_EQ(searchd.health().status, 503);
  EXPECT_EQ(searchd.search({}).error_code(), "index_unavailable");
}

TEST(Indexing, AnIndexNotMadeByThisVersionIsIncompatible) {
  Workspace ws;
  const std::string foreign = ws.path("foreign");  // a Xapian database, but not kennis-index's
  const std::string older = ws.path("older");       // kennis-index's, from another analyser version
  {
    Xapian::WritableDatabase db(foreign, Xapian::DB_CREATE_OR_OPEN);
    Xapian::Document doc;
    doc.add_term("hello");
    db.add_document(doc);
    db.commit();
  }
  Records records;
  records.posts = {post("p1", "hello")};
  ASSERT_EQ(index_records(ws, older, records).exit_code, 0);
  {
    Xapian::WritableDatabase db(older, Xapian::DB_OPEN);
    db.set_metadata(std::string(layout::kAnalyzerVersionKey), "9999");
    db.commit();
  }
  for (const std::string& index : {foreign, older}) {
    SCOPED_TRACE(index);
    Searchd searchd(ws, index);
    const Response health = searchd.health();
    EXPECT_EQ(health.status, 503);
    EXPECT_EQ(health.body["status"], "unavailable");
    EXPECT_EQ(searchd.search({{"q", "hello"}}).error_code(), "index_incompatible");
    EXPECT_EQ(searchd.document("post", "p1").error_code(), "index_incompatible");
  }
}

}  // namespace
}  // namespace kennis::it
