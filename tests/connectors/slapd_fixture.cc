#include "slapd_fixture.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

namespace kennis::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSlapd = "/usr/sbin/slapd";
constexpr const char* kSlapadd = "/usr/sbin/slapadd";
constexpr const char* kSchemaDir = "/etc/ldap/schema";
constexpr const char* kModuleDir = "/usr/lib/ldap";  // Debian builds the backends as modules
constexpr auto kStartTimeout = std::chrono::seconds(10);
constexpr auto kStopTimeout = std::chrono::seconds(5);

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path);
}

// Forks and executes argv with stdin from /dev/null and stdout and stderr appended to log_path.
pid_t spawn(const std::vector<std::string>& argv, const std::string& log_path, bool die_with_parent) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const int log = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  const int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (log < 0 || devnull < 0) throw std::runtime_error("cannot open " + log_path + ": " + std::strerror(errno));
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid == 0) {
    // Only async-signal-safe calls between fork and exec.
    if (die_with_parent && (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != parent)) ::_exit(127);
    ::dup2(devnull, STDIN_FILENO);
    ::dup2(log, STDOUT_FILENO);
    ::dup2(log, STDERR_FILENO);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  ::close(log);
  ::close(devnull);
  if (pid < 0) throw std::runtime_error(std::string("fork failed: ") + std::strerror(errno));
  return pid;
}

void stop(pid_t pid) {
  if (pid <= 0) return;
  ::kill(pid, SIGTERM);
  const auto deadline = std::chrono::steady_clock::now() + kStopTimeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid, nullptr, WNOHANG) == pid) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, nullptr, 0);
}

bool accepts_connections(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return false;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

// Waits until slapd listens on `port`; false when it exits first or does not come up in time.
bool wait_until_listening(pid_t pid, int port) {
  const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid, nullptr, WNOHANG) == pid) return false;
    if (accepts_connections(port)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

std::string config(const std::string& dir, const SlapdOptions& o) {
  const std::string limit = std::to_string(o.size_limit);
  std::ostringstream c;
  for (const char* schema : {"core", "cosine", "inetorgperson"})
    c << "include " << kSchemaDir << "/" << schema << ".schema\n";
  c << "modulepath " << kModuleDir << "\n"
    << "moduleload back_mdb\n"
    << "pidfile " << dir << "/slapd.pid\n"
    << "argsfile " << dir << "/slapd.args\n"
    << "database mdb\n"
    << "maxsize 10485760\n"
    << "suffix \"" << o.suffix << "\"\n"
    << "directory " << dir << "/db\n"
    // A small size limit for ordinary searches; paged searches may return everything, page by
    // page (size.prtotal defaults to the hard limit).
    << "limits * size.soft=" << limit << " size.hard=" << limit << " size.prtotal=unlimited\n"
    << "access to attrs=userPassword by anonymous auth by * none\n"
    << "access to * by * read\n";
  return c.str();
}

}  // namespace

bool slapd_available() { return ::access(kSlapd, X_OK) == 0 && ::access(kSlapadd, X_OK) == 0; }

int free_loopback_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = 0;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(fd);
    throw std::runtime_error(std::string("cannot bind a loopback port: ") + std::strerror(errno));
  }
  ::close(fd);
  return ntohs(addr.sin_port);
}

int run_program(const std::vector<std::string>& argv, const std::string& log_path) {
  const pid_t pid = spawn(argv, log_path, /*die_with_parent=*/true);
  int status = 0;
  if (::waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

std::unique_ptr<Slapd> Slapd::start(const std::string& directory, const SlapdOptions& options) {
  std::error_code ec;
  fs::remove_all(directory, ec);
  fs::create_directories(directory + "/db");
  const std::string conf = directory + "/slapd.conf";
  const std::string entries = directory + "/entries.ldif";
  write_text(conf, config(directory, options));
  write_text(entries, options.entries_ldif);
  const std::string slapadd_log = directory + "/slapadd.log";
  if (run_program({kSlapadd, "-q", "-f", conf, "-l", entries}, slapadd_log) != 0)
    throw std::runtime_error("slapadd failed:\n" + read_text(slapadd_log));

  // The port was free when chosen but another process may take it before slapd binds: retry.
  const std::string log = directory + "/slapd.log";
  for (int attempt = 0; attempt < 3; ++attempt) {
    const int port = free_loopback_port();
    const std::string uri = "ldap://127.0.0.1:" + std::to_string(port) + "/";
    const pid_t pid = spawn({kSlapd, "-f", conf, "-h", uri, "-d", "0"}, log, /*die_with_parent=*/true);
    if (wait_until_listening(pid, port)) return std::unique_ptr<Slapd>(new Slapd(directory, uri, pid));
    stop(pid);
  }
  throw std::runtime_error("slapd did not start:\n" + read_text(log));
}

Slapd::~Slapd() {
  stop(pid_);
  std::error_code ec;
  fs::remove_all(directory_, ec);
}

}  // namespace kennis::testing
