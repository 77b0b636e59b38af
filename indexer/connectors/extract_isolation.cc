#include "extract_isolation.h"

#include <fcntl.h>
#include <libxml/parser.h>
#include <poll.h>
#include <signal.h>
#include <string.h>  // sigabbrev_np
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <new>
#include <nlohmann/json.hpp>

#include "kennis/json_io.h"
#include <system_error>
#include <thread>

namespace kennis {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

// Exit status of a child whose allocation failed (std::bad_alloc), even while reporting.
constexpr int kExitOutOfMemory = 3;
constexpr int kExitWriteFailed = 4;

// Fork safety needs a process-wide view: a fork() must not happen while any thread of this
// process is inside one of our in-process parsers, or the child could inherit a held lock.
// In-process work is short, so forks get priority: new work waits while a fork is pending.
class ForkGate {
 public:
  void enter_work() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return forks_waiting_ == 0 && !forking_; });
    ++working_;
  }
  void leave_work() {
    std::lock_guard lock(mutex_);
    if (--working_ == 0) changed_.notify_all();
  }
  void enter_fork() {
    std::unique_lock lock(mutex_);
    ++forks_waiting_;
    changed_.wait(lock, [&] { return working_ == 0 && !forking_; });
    --forks_waiting_;
    forking_ = true;
  }
  void leave_fork() {
    std::lock_guard lock(mutex_);
    forking_ = false;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int working_ = 0;
  int forks_waiting_ = 0;
  bool forking_ = false;
};

ForkGate& fork_gate() {
  static ForkGate gate;
  return gate;
}

json to_wire(const ExtractResult& result) {
  if (const auto* error = std::get_if<ExtractError>(&result)) return {{"error", error->message}};
  const auto& e = std::get<Extracted>(result);
  json j = {{"title", e.title}, {"body", e.body}, {"lang", e.lang}, {"authors", e.authors}};
  if (e.created) j["created"] = *e.created;
  if (e.modified) j["modified"] = *e.modified;
  return j;
}

ExtractResult from_wire(const json& j) {
  if (j.contains("error")) return ExtractError{j.at("error").get<std::string>()};
  Extracted e;
  e.title = j.at("title").get<std::string>();
  e.body = j.at("body").get<std::string>();
  e.lang = j.at("lang").get<std::string>();
  e.authors = j.at("authors").get<std::vector<std::string>>();
  if (j.contains("created")) e.created = j.at("created").get<int64_t>();
  if (j.contains("modified")) e.modified = j.at("modified").get<int64_t>();
  return e;
}

bool write_all(int fd, const char* data, size_t size) {
  while (size > 0) {
    const ssize_t n = write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// Virtual memory size of this process from /proc/self/statm (pages), read with plain system
// calls: the child may not touch stdio or iostream locks.
uint64_t address_space_bytes() {
  const int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char buffer[64] = {};
  const ssize_t n = read(fd, buffer, sizeof buffer - 1);
  close(fd);
  if (n <= 0) return 0;
  return std::strtoull(buffer, nullptr, 10) * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

void close_inherited_descriptors(int keep) {
  const auto k = static_cast<unsigned>(keep);
  if (close_range(3, k - 1, 0) == 0 && close_range(k + 1, ~0u, 0) == 0) return;
  for (int fd = 3; fd < 65536; ++fd)
    if (fd != keep) close(fd);
}

void set_limit(int resource, rlim_t soft, rlim_t hard) {
  const rlimit limit{soft, hard};
  setrlimit(resource, &limit);
}

// The parent's signal handlers (crash reporters, shutdown hooks) and the forking thread's
// signal mask must not apply to the child: a crash there is simply the child's death.
void reset_signals() {
  for (const int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGXCPU})
    ::signal(signal, SIG_DFL);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
}

[[noreturn]] void run_child(const std::function<ExtractResult()>& work, const IsolationLimits& limits, int out,
                            pid_t parent) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(1);
  reset_signals();
  close_inherited_descriptors(out);
  set_limit(RLIMIT_CORE, 0, 0);
  const auto seconds = static_cast<rlim_t>(limits.timeout.count() / 1000 + 2);
  set_limit(RLIMIT_CPU, seconds, seconds + 1);  // a backstop should the parent's clock fail
  const uint64_t address_space = address_space_bytes() + limits.memory_bytes;
  set_limit(RLIMIT_AS, address_space, address_space);
  try {
    ExtractResult result;
    try {
      result = work();
    } catch (const std::bad_alloc&) {
      _exit(kExitOutOfMemory);
    } catch (const std::exception& e) {
      result = ExtractError{std::string("failed: ") + e.what()};
    }
    const std::string payload = to_wire(result).dump(-1, ' ', false, json::error_handler_t::replace);
    const uint64_t size = payload.size();
    if (!write_all(out, reinterpret_cast<const char*>(&size), sizeof size) ||
        !write_all(out, payload.data(), payload.size()))
      _exit(kExitWriteFailed);
  } catch (const std::bad_alloc&) {
    _exit(kExitOutOfMemory);
  }
  _exit(0);
}

std::string format_seconds(std::chrono::milliseconds duration) {
  char text[32];
  if (duration.count() % 1000 == 0)
    std::snprintf(text, sizeof text, "%lld s", static_cast<long long>(duration.count() / 1000));
  else
    std::snprintf(text, sizeof text, "%.1f s", static_cast<double>(duration.count()) / 1000.0);
  return text;
}

struct ChildOutcome {
  std::string output;
  int status = 0;
  bool timed_out = false;
};

// Reads the child's output until it exits or the deadline passes. The child is reaped even
// when the pipe stays open (a sibling forked at the same moment may hold its write end).
ChildOutcome wait_for_child(pid_t pid, int in, Clock::time_point deadline) {
  ChildOutcome outcome;
  bool eof = false;
  char buffer[1 << 16];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (!eof) {
      pollfd fd{in, POLLIN, 0};
      const int ready = poll(&fd, 1, static_cast<int>(std::clamp<long long>(left, 0, 50)));
      if (ready > 0) {
        const ssize_t n = read(in, buffer, sizeof buffer);
        if (n > 0)
          outcome.output.append(buffer, static_cast<size_t>(n));
        else if (n == 0 || (errno != EINTR && errno != EAGAIN))
          eof = true;
      }
    }
    const pid_t reaped = waitpid(pid, &outcome.status, WNOHANG);
    if (reaped == pid) break;
    if (reaped < 0 && errno == ECHILD) {  // SIGCHLD ignored: the kernel reaped it; judge by the output
      outcome.status = 0;
      if (eof) return outcome;
    }
    if (left <= 0) {
      kill(pid, SIGKILL);
      while (waitpid(pid, &outcome.status, 0) < 0 && errno == EINTR) {
      }
      outcome.timed_out = true;
      return outcome;
    }
    if (eof) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  // The child has exited; what it wrote before that is still in the pipe.
  fcntl(in, F_SETFL, fcntl(in, F_GETFL) | O_NONBLOCK);
  for (ssize_t n; !eof && (n = read(in, buffer, sizeof buffer)) != 0;) {
    if (n > 0)
      outcome.output.append(buffer, static_cast<size_t>(n));
    else if (errno != EINTR)
      break;
  }
  return outcome;
}

ExtractResult interpret(const ChildOutcome& outcome, const IsolationLimits& limits) {
  if (outcome.timed_out) return ExtractError{"timed out after " + format_seconds(limits.timeout)};
  const std::string memory = std::to_string(limits.memory_bytes >> 20) + " MiB";
  if (WIFSIGNALED(outcome.status)) {
    const int signal = WTERMSIG(outcome.status);
    if (signal == SIGXCPU) return ExtractError{"used more than " + format_seconds(limits.timeout) + " of CPU time"};
    const char* name = sigabbrev_np(signal);
    const std::string signal_name = name ? std::string("SIG") + name : "signal " + std::to_string(signal);
    if (signal == SIGKILL) return ExtractError{"was killed (" + signal_name + "), probably for using too much memory"};
    return ExtractError{"crashed (" + signal_name + ")"};
  }
  const int code = WIFEXITED(outcome.status) ? WEXITSTATUS(outcome.status) : -1;
  if (code == kExitOutOfMemory) return ExtractError{"ran out of memory (limit " + memory + ")"};
  if (code != 0) return ExtractError{"failed: the child process exited with status " + std::to_string(code)};
  uint64_t size = 0;
  if (outcome.output.size() < sizeof size) return ExtractError{"failed: the child process returned no result"};
  std::memcpy(&size, outcome.output.data(), sizeof size);
  if (outcome.output.size() - sizeof size != size)
    return ExtractError{"failed: the child process returned a truncated result"};
  try {
    return from_wire(json::parse(outcome.output.begin() + sizeof size, outcome.output.end()));
  } catch (const json::exception& e) {
    return ExtractError{"failed: the child process returned a malformed result: " + parse_problem(e)};
  }
}

}  // namespace

void prepare_isolation() {
  xmlInitParser();
}

ExtractResult run_isolated(const std::function<ExtractResult()>& work, const IsolationLimits& limits) {
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0)
    return ExtractError{"failed: cannot create a pipe: " + std::generic_category().message(errno)};
  const pid_t parent = getpid();
  ForkGate& gate = fork_gate();
  gate.enter_fork();
  const pid_t pid = fork();
  if (pid == 0) {
    close(pipe_fds[0]);
    run_child(work, limits, pipe_fds[1], parent);
  }
  const int fork_errno = errno;
  gate.leave_fork();
  close(pipe_fds[1]);
  if (pid < 0) {
    close(pipe_fds[0]);
    return ExtractError{"failed: cannot start a child process: " + std::generic_category().message(fork_errno)};
  }
  const ChildOutcome outcome = wait_for_child(pid, pipe_fds[0], Clock::now() + limits.timeout);
  close(pipe_fds[0]);
  return interpret(outcome, limits);
}

ExtractResult run_in_process(const std::function<ExtractResult()>& work) {
  ForkGate& gate = fork_gate();
  gate.enter_work();
  struct Leave {
    ForkGate& gate;
    ~Leave() { gate.leave_work(); }
  } leave{gate};
  try {
    return work();
  } catch (const std::bad_alloc&) {
    return ExtractError{"ran out of memory"};
  } catch (const std::exception& e) {
    return ExtractError{std::string("failed: ") + e.what()};
  }
}

}  // namespace kennis
