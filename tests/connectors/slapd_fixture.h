/// @file slapd_fixture.h
/// A private OpenLDAP server for integration tests: a temporary slapd.conf (mdb backend, the
/// core, cosine and inetorgperson schemas), entries loaded with slapadd, and /usr/sbin/slapd run
/// in the foreground on a free loopback port as a child process that never outlives the test.
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace kennis::testing {

/// Whether slapd and slapadd are installed (Debian package slapd).
bool slapd_available();

/// A loopback TCP port that was free a moment ago (bound to port 0, then closed).
int free_loopback_port();

/// Runs `argv` (argv[0] an absolute path) with output to `log_path` and waits; returns the exit
/// status, or -1 when it could not be run or was killed by a signal.
int run_program(const std::vector<std::string>& argv, const std::string& log_path);

struct SlapdOptions {
  std::string suffix = "dc=example,dc=org";
  std::string entries_ldif;  ///< loaded with slapadd before the server starts
  int size_limit = 5;        ///< soft and hard size limit; paged searches are not capped
};

/// One running slapd. The destructor stops it (SIGTERM, then SIGKILL) and removes its files;
/// the child also gets SIGKILL should the test process die first (PR_SET_PDEATHSIG).
class Slapd {
 public:
  /// Starts a server in a fresh `directory` (created; removed again by the destructor). Throws
  /// std::runtime_error with slapadd's or slapd's output when it cannot be started.
  static std::unique_ptr<Slapd> start(const std::string& directory, const SlapdOptions& options);
  ~Slapd();
  Slapd(const Slapd&) = delete;
  Slapd& operator=(const Slapd&) = delete;

  /// "ldap://127.0.0.1:PORT/".
  const std::string& uri() const { return uri_; }
  const std::string& directory() const { return directory_; }

 private:
  Slapd(std::string directory, std::string uri, pid_t pid)
      : directory_(std::move(directory)), uri_(std::move(uri)), pid_(pid) {}

  std::string directory_;
  std::string uri_;
  pid_t pid_ = -1;
};

}  // namespace kennis::testing
