/// @file rate_limit.h
/// Per-caller token buckets: how many requests a caller may make per second, with bursts.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace kennis::http {

/// Token bucket per caller key. Each caller starts with `burst` tokens; a request takes one;
/// tokens come back at `rate` per second up to `burst`. Thread-safe (one mutex; a call is a
/// hash lookup and a few multiplications).
///
/// Memory is bounded: a bucket that has refilled to `burst` behaves exactly like a new one, so
/// such idle buckets are dropped (swept at most once per second of the clock, and whenever
/// `max_callers` is reached). If `max_callers` buckets are all busy, a new caller is let
/// through untracked rather than refused: refusing strangers would let one flood of addresses
/// lock everyone out.
class RateLimiter {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  struct Options {
    double rate = 0;           ///< tokens per second per caller; 0 turns limiting off
    double burst = 0;          ///< bucket size (at least 1 when rate > 0)
    size_t max_callers = 100000;
  };

  /// The outcome of one request.
  struct Decision {
    bool allowed = true;
    /// When refused: whole seconds until a token is back (at least 1), for Retry-After.
    long retry_after_seconds = 0;
  };

  /// `clock` is injected so tests control time; by default std::chrono::steady_clock::now.
  explicit RateLimiter(Options options, Clock clock = [] { return std::chrono::steady_clock::now(); });

  bool enabled() const { return options_.rate > 0; }
  /// The limit in words, for error messages: "20 requests per second, bursts of 40".
  std::string describe() const;
  /// Takes one token from `key`'s bucket if it has one.
  Decision take(const std::string& key);
  /// Buckets held now (for tests of the memory bound).
  size_t tracked() const;

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point updated;
  };
  void sweep(std::chrono::steady_clock::time_point now);  // mutex held

  Options options_;
  Clock clock_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
  std::chrono::steady_clock::time_point last_sweep_{};
};

}  // namespace kennis::http
