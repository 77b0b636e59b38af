/// @file harness.h
/// Integration-test harness: a temp directory per test, the real kennis-index and
/// kennis-searchd binaries as child processes, HTTP through httplib::Client, and every response
/// checked against the API contract (schemas/openapi.yaml and the JSON Schemas it names).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace httplib {
struct Response;
}

namespace kennis::it {

using nlohmann::json;

/// The source tree's schemas/ directory.
std::string schemas_dir();
/// Reads a whole file; a gtest failure and "" when it cannot.
std::string read_file(const std::string& path);
/// schemas/openapi.yaml (or any YAML file) as JSON. Quoted scalars stay strings; plain ones
/// become booleans, null, integers or numbers when they look like one.
json load_yaml_as_json(const std::string& path);

/// A fresh directory for the running test: ::testing::TempDir()/kennis-it/<suite>.<test>,
/// emptied at construction. Removed at destruction unless the test failed (kept to debug).
class Workspace {
 public:
  Workspace();
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  const std::string& dir() const { return dir_; }
  /// dir()/name; does not create anything.
  std::string path(const std::string& name) const;
  /// Writes `records` as JSON Lines to dir()/name; returns the path.
  std::string write_jsonl(const std::string& name, const std::vector<json>& records) const;
  /// Writes `text` verbatim to dir()/name; returns the path.
  std::string write_text(const std::string& name, const std::string& text) const;
  /// dir()/<stem>-<n>, with n counting up per workspace, for files of repeated runs.
  std::string unique_path(const std::string& stem) const;

 private:
  std::string dir_;
  mutable int next_ = 0;
};

/// A child process with stdout and stderr sent to files, stdin from /dev/null, and no KENNIS_*
/// environment variables. The destructor stops it (SIGTERM,
/// then SIGKILL after a grace period) and reaps it, so no child outlives its owner; the child
/// also gets SIGKILL if the test process dies first.
class ChildProcess {
 public:
  ChildProcess(const std::vector<std::string>& argv, const std::string& stdout_path, const std::string& stderr_path);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  /// True while the process has not exited (reaps it when it has).
  bool running();
  /// Waits for exit; returns the exit code, 128 + signal if killed by one, -1 on timeout.
  int wait(std::chrono::milliseconds timeout);
  /// Sends SIGTERM and waits like wait(); SIGKILL if it does not stop within `grace`.
  int terminate(std::chrono::milliseconds grace = std::chrono::seconds(5));

 private:
  pid_t pid_ = -1;
  int status_ = -1;  ///< exit code once reaped
};

/// What a finished kennis-index run left behind.
struct IndexerRun {
  int exit_code = -1;
  std::string out;  ///< stdout
  std::string err;  ///< stderr (the log)
};

/// Runs the built kennis-index with `args` (after the program name) to completion; its output
/// goes to files in `ws`. Fails the test if it takes longer than 60 s.
IndexerRun run_indexer(const Workspace& ws, const std::vector<std::string>& args);

/// A valid public post (schemas/post.schema.json) with `extra` merged over the defaults
/// (author alice, created 2024-01-15T10:00:00Z).
json post(const std::string& id, const std::string& body, const json& extra = json::object());
/// A valid public document (schemas/document.schema.json), `extra` merged over the defaults.
json document(const std::string& id, const std::string& title, const std::string& body,
              const json& extra = json::object());
/// A valid public profile (schemas/profile.schema.json), `extra` merged over the defaults.
json profile(const std::string& id, const std::string& name, const json& extra = json::object());

/// Input files for one kennis-index run, by kind.
struct Records {
  std::vector<json> posts, documents, profiles;
};
/// Writes `records` to JSON Lines files in `ws` and indexes them into `index_dir` with --json.
IndexerRun index_records(const Workspace& ws, const std::string& index_dir, const Records& records);

/// schemas/openapi.yaml and the JSON Schemas it names, compiled with valijson.
class Contract {
 public:
  Contract();
  ~Contract();
  Contract(const Contract&) = delete;
  Contract& operator=(const Contract&) = delete;

  const json& openapi() const { return openapi_; }
  /// The path template of openapi.yaml that `path` (no query string) matches, or "".
  std::string match_path(const std::string& path) const;
  /// Adds a gtest failure unless the response is one openapi.yaml documents for this request:
  /// a documented status for the route (404 not_found for paths it does not list), a JSON
  /// content type, and a body that validates against that response's schema.
  void check(const std::string& method, const std::string& target, int status, const std::string& content_type,
             const std::string& body) const;
  /// Validation errors of `document` against the JSON Schema file schemas/<file>; empty if valid.
  std::vector<std::string> validate_file(const std::string& file, const json& document) const;

 private:
  struct Compiled;
  const Compiled& compiled(const std::string& key, const json& schema) const;

  json openapi_;
  mutable std::map<std::string, std::unique_ptr<Compiled>> cache_;
};

/// An HTTP answer, body already parsed (null when it was not JSON).
struct Response {
  int status = 0;
  std::string content_type;
  std::string raw;
  json body;
  /// Response headers, names lower-cased.
  std::map<std::string, std::string> headers;
  /// body["error"]["code"], or "" when the body is not an error.
  std::string error_code() const;
};

using Params = std::vector<std::pair<std::string, std::string>>;
/// Request headers (name, value), sent in order.
using Headers = std::vector<std::pair<std::string, std::string>>;

/// Percent-encodes `params` as a query string (without "?"), in order, repeats kept.
std::string query_string(const Params& params);
/// Ids of the hits of a search response, in order.
std::vector<std::string> hit_ids(const Response& search);

/// The built kennis-searchd on a free port, serving `index_dir` (which need not exist).
/// Every request's response is checked against the contract.
class Searchd {
 public:
  Searchd(const Workspace& ws, const std::string& index_dir, const std::vector<std::string>& extra_args = {});
  ~Searchd();

  int port() const { return port_; }
  bool running() { return process_ && process_->running(); }
  /// GET `target` (path and encoded query string), with `headers`.
  Response get(const std::string& target, const Headers& headers = {}) const;
  Response search(const Params& params, const Headers& headers = {}) const {
    return get("/v1/search?" + query_string(params), headers);
  }
  Response document(const std::string& kind, const std::string& id, const Headers& headers = {}) const;
  Response health() const { return get("/healthz"); }
  /// POST `target` with an empty body (searchd serves GET only).
  Response post(const std::string& target) const;
  /// What searchd has logged so far.
  std::string log() const { return read_file(stderr_path_); }

 private:
  Response finish(const std::string& method, const std::string& target, const httplib::Response& answer) const;

  Contract contract_;
  std::string stderr_path_;
  std::unique_ptr<ChildProcess> process_;
  int port_ = 0;
};

}  // namespace kennis::it
