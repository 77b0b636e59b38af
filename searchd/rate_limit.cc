#include "rate_limit.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace kennis::http {

namespace {
using Seconds = std::chrono::duration<double>;
}

RateLimiter::RateLimiter(Options options, Clock clock) : options_(options), clock_(std::move(clock)) {
  if (options_.rate > 0) options_.burst = std::max(options_.burst, 1.0);
  options_.max_callers = std::max<size_t>(options_.max_callers, 1);
}

std::string RateLimiter::describe() const {
  std::ostringstream out;
  out << options_.rate << " requests per second, bursts of " << options_.burst;
  return out.str();
}

size_t RateLimiter::tracked() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return buckets_.size();
}

void RateLimiter::sweep(std::chrono::steady_clock::time_point now) {
  last_sweep_ = now;
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    const double refilled = it->second.tokens + Seconds(now - it->second.updated).count() * options_.rate;
    if (refilled >= options_.burst) it = buckets_.erase(it);  // full again: the same as no bucket
    else ++it;
  }
}

RateLimiter::Decision RateLimiter::take(const std::string& key) {
  if (!enabled()) return {};
  const auto now = clock_();
  std::lock_guard<std::mutex> lock(mutex_);
  if (now - last_sweep_ >= std::chrono::seconds(1)) sweep(now);
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    if (buckets_.size() >= options_.max_callers) {
      sweep(now);
      if (buckets_.size() >= options_.max_callers) return {};  // untracked: see the header
    }
    it = buckets_.emplace(key, Bucket{options_.burst, now}).first;
  }
  Bucket& b = it->second;
  if (now > b.updated) {
    b.tokens = std::min(options_.burst, b.tokens + Seconds(now - b.updated).count() * options_.rate);
    b.updated = now;
  }
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return {};
  }
  const double wait = (1 - b.tokens) / options_.rate;
  return {false, std::max(1L, static_cast<long>(std::ceil(wait)))};
}

}  // namespace kennis::http
