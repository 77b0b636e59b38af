// kennis-index run from cron: incremental reruns, items that vanish from a source, a run killed
// with SIGKILL, and a full rebuild switched in under a running searchd.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include "harness.h"

namespace kennis::it {
namespace {

namespace fs = std::filesystem;

json summary_of(const IndexerRun& run) {
  const json summary = json::parse(run.out, nullptr, /*allow_exceptions=*/false);
  EXPECT_TRUE(summary.is_object()) << "kennis-index --json printed: " << run.out << "\n" << run.err;
  return summary.is_object() ? summary : json::object();
}

std::vector<json> numbered_posts(int first, int count, const std::string& word) {
  std::vector<json> posts;
  for (int i = first; i < first + count; ++i)
    posts.push_back(post("p" + std::to_string(i), word + " report number " + std::to_string(i)));
  return posts;
}

// A configuration with one JSON Lines source of posts.
std::string write_config(const Workspace& ws, const std::string& index, const std::string& posts_file) {
  return ws.write_text("kennis.toml", "index = \"" + index + "\"\n[[source]]\nname = \"feed\"\ntype = \"jsonl\"\n"
                                      "kind = \"post\"\npath = \"" + posts_file + "\"\n");
}

TEST(Operations, RerunWithNothingChangedTouchesNothing) {
  Workspace ws;
  const std::string index = ws.path("index");
  const std::string config = write_config(ws, index, ws.write_jsonl("posts.jsonl", numbered_posts(1, 50, "harbour")));
  const IndexerRun first = run_indexer(ws, {"--config", config, "--json"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(summary_of(first).value("added", -1), 50);
  const IndexerRun again = run_indexer(ws, {"--config", config, "--json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  const json s = summary_of(again);
  EXPECT_EQ(s.value("unchanged", -1), 50);
  EXPECT_EQ(s.value("added", -1), 0);
  EXPECT_EQ(s.value("replaced", -1), 0);
  EXPECT_EQ(s.value("documents", -1), 50);
}

TEST(Operations, ItemsThatVanishFromASourceAreRemoved) {
  Workspace ws;
  const std::string index = ws.path("index");
  const std::string posts_file = ws.path("posts.jsonl");
  std::vector<json> posts = numbered_posts(1, 5, "harbour");
  ws.write_jsonl("posts.jsonl", posts);
  const std::string config = write_config(ws, index, posts_file);
  ASSERT_EQ(run_indexer(ws, {"--config", config}).exit_code, 0);
  Searchd searchd(ws, index);
  ASSERT_EQ(searchd.search({{"q", "harbour"}}).body["total"], 5);

  posts.erase(posts.begin() + 1);        // p2 is gone from the source
  posts[0]["body"] = "harbour report, corrected";  // p1 changed
  ws.write_jsonl("posts.jsonl", posts);
  const IndexerRun run = run_indexer(ws, {"--config", config, "--json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json s = summary_of(run);
  EXPECT_EQ(s.value("removed", -1), 1);
  EXPECT_EQ(s.value("replaced", -1), 1);
  EXPECT_EQ(s.value("unchanged", -1), 3);
  const Response r = searchd.search({{"q", "harbour"}, {"size", "10"}});
  EXPECT_EQ(r.body["total"], 4);
  for (const std::string& id : hit_ids(r)) EXPECT_NE(id, "p2");
  EXPECT_EQ(searchd.document("post", "p2").status, 404);
}

TEST(Operations, FilesNamedOnTheCommandLineNeverRemoveRecords) {
  // A feed that sends only what is new must not delete what it sent before.
  Workspace ws;
  const std::string index = ws.path("index");
  ASSERT_EQ(index_records(ws, index, {numbered_posts(1, 3, "harbour"), {}, {}}).exit_code, 0);
  const IndexerRun run = index_records(ws, index, {numbered_posts(4, 2, "harbour"), {}, {}});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(summary_of(run).value("documents", -1), 5);
}

TEST(Operations, ARunKilledMidwayLeavesTheLastCommitAndTheNextRunCompletes) {
  Workspace ws;
  const std::string index = ws.path("index");
  ASSERT_EQ(index_records(ws, index, {numbered_posts(1, 3, "harbour"), {}, {}}).exit_code, 0);
  Searchd searchd(ws, index);
  ASSERT_EQ(searchd.search({{"q", "harbour"}}).body["total"], 3);

  // The second run reads a pipe that we feed and then kill it while it is still reading: its
  // records are written into an uncommitted transaction.
  const std::string fifo = ws.path("posts.fifo");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  ChildProcess run({KENNIS_INDEX_BIN, "--index", index, "--posts", fifo}, ws.path("killed.out"), ws.path("killed.err"));
  const int fd = open(fifo.c_str(), O_WRONLY);  // blocks until the indexer opens it
  ASSERT_GE(fd, 0);
  std::string lines;
  for (const json& p : numbered_posts(100, 2000, "harbour")) lines += p.dump() + "\n";
  ASSERT_EQ(write(fd, lines.data(), lines.size()), static_cast<ssize_t>(lines.size()));
  // Give it time to analyse and write some of them (the transaction grows; nothing commits).
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  ASSERT_TRUE(run.running());
  ASSERT_EQ(kill(run.pid(), SIGKILL), 0);
  EXPECT_EQ(run.wait(std::chrono::seconds(10)), 128 + SIGKILL);
  close(fd);

  // Readers still see the last commit, and searching works.
  EXPECT_EQ(searchd.search({{"q", "harbour"}}).body["total"], 3);
  EXPECT_EQ(searchd.health().status, 200);
  // The lock died with the process: the next run starts and completes the work.
  const IndexerRun next = index_records(ws, index, {numbered_posts(100, 2000, "harbour"), {}, {}});
  ASSERT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(summary_of(next).value("documents", -1), 2003);
  EXPECT_EQ(searchd.search({{"q", "harbour"}}).body["total"], 2003);
}

TEST(Operations, ARebuildIsSwitchedInUnderARunningSearchd) {
  Workspace ws;
  const std::string index = ws.path("index");
  const std::string posts_file = ws.path("posts.jsonl");
  ws.write_jsonl("posts.jsonl", numbered_posts(1, 4, "harbour"));
  const std::string config = write_config(ws, index, posts_file);
  ASSERT_EQ(run_indexer(ws, {"--config", config}).exit_code, 0);
  Searchd searchd(ws, index);
  ASSERT_EQ(searchd.search({{"q", "harbour"}}).body["total"], 4);

  ws.write_jsonl("posts.jsonl", numbered_posts(1, 6, "lighthouse"));
  const IndexerRun rebuild = run_indexer(ws, {"--config", config, "--rebuild", "--json"});
  ASSERT_EQ(rebuild.exit_code, 0) << rebuild.err;
  EXPECT_EQ(summary_of(rebuild).value("added", -1), 6);
  EXPECT_TRUE(fs::is_symlink(index)) << "a rebuilt index is a link to its generation";

  // The same searchd, without a restart, answers from the new generation only.
  EXPECT_EQ(searchd.search({{"q", "lighthouse"}}).body["total"], 6);
  EXPECT_EQ(searchd.search({{"q", "harbour"}}).body["total"], 0);

  // A second rebuild keeps the generation it replaced (searchd may still read it) and removes
  // older ones.
  ASSERT_EQ(run_indexer(ws, {"--config", config, "--rebuild"}).exit_code, 0);
  ASSERT_EQ(run_indexer(ws, {"--config", config, "--rebuild"}).exit_code, 0);
  int generations = 0;
  for (const auto& entry : fs::directory_iterator(ws.dir()))
    if (entry.path().filename().string().rfind("index.gen-", 0) == 0) ++generations;
  EXPECT_EQ(generations, 2);
  EXPECT_EQ(searchd.search({{"q", "lighthouse"}}).body["total"], 6);
}

TEST(Operations, AFailedRebuildLeavesTheLiveIndex) {
  Workspace ws;
  const std::string index = ws.path("index");
  const std::string config = write_config(ws, index, ws.write_jsonl("posts.jsonl", numbered_posts(1, 2, "harbour")));
  ASSERT_EQ(run_indexer(ws, {"--config", config}).exit_code, 0);
  // The second configuration names an index made by another program: nothing may change.
  const std::string bad = ws.write_text("bad.toml", "index = \"" + index + "\"\nthreads = \"many\"\n");
  const IndexerRun run = run_indexer(ws, {"--config", bad, "--rebuild"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("threads"), std::string::npos) << run.err;
  Searchd searchd(ws, index);
  EXPECT_EQ(searchd.search({{"q", "harbour"}}).body["total"], 2);
}

}  // namespace
}  // namespace kennis::it
