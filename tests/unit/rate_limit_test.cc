// searchd's per-caller token buckets, on a clock the test moves.
#include "rate_limit.h"

#include <gtest/gtest.h>

#include <string>

namespace kennis::http {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

class FakeClock {
 public:
  RateLimiter::Clock clock() {
    return [this] { return now_; };
  }
  void advance(std::chrono::steady_clock::duration d) { now_ += d; }

 private:
  std::chrono::steady_clock::time_point now_{seconds(1000)};
};

// "+" for an allowed request, "-N" for a refused one with Retry-After N.
std::string take_n(RateLimiter& limiter, const std::string& key, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    const RateLimiter::Decision d = limiter.take(key);
    out += d.allowed ? "+" : "-" + std::to_string(d.retry_after_seconds);
  }
  return out;
}

TEST(RateLimiter, BurstThenRefusedWithRetryAfter) {
  struct Case {
    double rate, burst;
    int requests;
    const char* expected;
  };
  const Case kCases[] = {
      {2, 3, 5, "+++-1-1"},     // half a second to the next token: Retry-After rounds up to 1
      {0.1, 1, 3, "+-10-10"},   // one token per 10 s
      {0.4, 2, 3, "++-3"},      // 2.5 s -> 3
      {5, 0, 2, "+-1"},         // a burst below 1 is 1
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(std::to_string(c.rate) + "/s burst " + std::to_string(c.burst));
    FakeClock clock;
    RateLimiter limiter({c.rate, c.burst}, clock.clock());
    EXPECT_EQ(take_n(limiter, "10.0.0.1", c.requests), c.expected);
  }
}

TEST(RateLimiter, TokensComeBackAtTheRate) {
  FakeClock clock;
  RateLimiter limiter({2, 2}, clock.clock());
  EXPECT_EQ(take_n(limiter, "a", 3), "++-1");
  clock.advance(milliseconds(500));  // one token back
  EXPECT_EQ(take_n(limiter, "a", 2), "+-1");
  clock.advance(seconds(60));        // never more than the burst
  EXPECT_EQ(take_n(limiter, "a", 3), "++-1");
}

TEST(RateLimiter, CallersHaveTheirOwnBuckets) {
  FakeClock clock;
  RateLimiter limiter({1, 2}, clock.clock());
  EXPECT_EQ(take_n(limiter, "alice", 3), "++-1");
  EXPECT_EQ(take_n(limiter, "bob", 2), "++");
  EXPECT_EQ(take_n(limiter, "alice", 1), "-1");
}

TEST(RateLimiter, ZeroRateIsOff) {
  FakeClock clock;
  RateLimiter limiter({0, 0}, clock.clock());
  EXPECT_FALSE(limiter.enabled());
  EXPECT_EQ(take_n(limiter, "a", 1000).find('-'), std::string::npos);
  EXPECT_EQ(limiter.tracked(), 0u);
}

TEST(RateLimiter, IdleBucketsAreEvicted) {
  FakeClock clock;
  RateLimiter limiter({1, 5}, clock.clock());
  for (int i = 0; i < 100; ++i) limiter.take("caller-" + std::to_string(i));
  EXPECT_EQ(limiter.tracked(), 100u);
  clock.advance(seconds(1));  // each had 4 tokens left: one more second fills them
  limiter.take("caller-0");
  EXPECT_EQ(limiter.tracked(), 1u) << "buckets back at their burst are dropped";
  clock.advance(milliseconds(500));
  limiter.take("caller-1");
  EXPECT_EQ(limiter.tracked(), 2u) << "no sweep within a second of the last one";
}

TEST(RateLimiter, MemoryIsBoundedAndStrangersAreNotLockedOut) {
  FakeClock clock;
  RateLimiter limiter({1, 1, /*max_callers=*/3}, clock.clock());
  for (const char* key : {"a", "b", "c"}) EXPECT_EQ(take_n(limiter, key, 1), "+");
  // Every slot is busy: a new caller is let through, untracked.
  EXPECT_EQ(take_n(limiter, "d", 3), "+++");
  EXPECT_EQ(limiter.tracked(), 3u);
  EXPECT_EQ(take_n(limiter, "a", 1), "-1") << "tracked callers stay limited";
  clock.advance(seconds(1));  // a, b, c are full again: their slots are free
  EXPECT_EQ(take_n(limiter, "d", 2), "+-1");
  EXPECT_LE(limiter.tracked(), 3u);
}

}  // namespace
}  // namespace kennis::http
