// check_paging(): page size, page depth and the result window, with the parameter at fault;
// the matcher time limit, which may cut counting but never the hits.
#include <gtest/gtest.h>

#include <string>

#include "kennis/error.h"
#include "kennis/searcher.h"
#include "test_index.h"

namespace kennis {
namespace {

// "ok", or "<code> <path>: <message>" of the error check_paging throws.
std::string outcome(const SearcherConfig& config, uint32_t page, uint32_t size) {
  try {
    check_paging(config, page, size);
    return "ok";
  } catch (const Error& e) {
    return std::string(error_name(e.code())) + " " + e.path() + ": " + e.what();
  }
}

TEST(CheckPaging, LimitsAreNamedWithTheParameterAtFault) {
  SearcherConfig config;
  config.max_page_size = 100;
  config.max_page = 1000;
  config.max_result_window = 10000;
  struct Case {
    uint32_t page, size;
    const char* expected;
  };
  const Case kCases[] = {
      {1, 10, "ok"},
      {100, 100, "ok"},  // hit 10000: the last one inside the window
      {1000, 10, "ok"},
      {101, 100, "invalid_parameter page: page 101 of size 100 reaches hit 10100; page * size may be at most 10000 "
                 "(narrow the query to see further)"},
      {1000, 11, "invalid_parameter page: page 1000 of size 11 reaches hit 11000; page * size may be at most 10000 "
                 "(narrow the query to see further)"},
      {1001, 1, "invalid_parameter page: page must be between 1 and 1000"},
      {0, 10, "invalid_parameter page: page must be between 1 and 1000"},
      {1, 101, "invalid_parameter size: size must be between 1 and 100"},
      {1, 0, "invalid_parameter size: size must be between 1 and 100"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE("page " + std::to_string(c.page) + " size " + std::to_string(c.size));
    EXPECT_EQ(outcome(config, c.page, c.size), c.expected);
  }
}

TEST(CheckPaging, TheWindowDoesNotOverflow) {
  SearcherConfig config;
  config.max_page_size = 4000000000u;
  config.max_page = 4000000000u;
  config.max_result_window = 4000000000u;
  EXPECT_NE(outcome(config, 4000000000u, 4000000000u), "ok") << "page * size must not wrap around in 32 bits";
}

TEST(QueryTimeLimit, HitsAreTheBestOnesWhateverItCuts) {
  // A limit far shorter than any match: Xapian stops counting beyond the page (check_at_least,
  // here the facet sample) when its timer fires (on 20000 such records the facets of one run
  // counted 7335 of them). When it fires depends on the machine; the hits may not, so only
  // they are compared.
  const std::string dir = test::fresh_dir();
  std::vector<test::TestRecord> records;
  for (int i = 0; i < 5000; ++i) {
    const std::string words = std::string(i % 3 ? "harbour" : "harbour harbour crane") + " report " + std::to_string(i);
    records.push_back({Kind::kPost, R"({"id": "p)" + std::to_string(i) + R"(", "body": ")" + words +
                                        R"(", "author": "a)" + std::to_string(i % 7) +
                                        R"(", "created": "2024-01-15T10:00:00Z", "acl": "public"})"});
  }
  test::build_index(dir + "/index", records);
  const IndexReader reader(dir + "/index");
  SearcherConfig unlimited;
  unlimited.facet_sample = 100000;
  SearcherConfig limited = unlimited;
  limited.query_time_limit = 1e-9;
  SearchRequest request;
  request.q = "harbour crane";
  request.default_op = DefaultOperator::kOr;
  request.size = 20;
  auto ids = [&](const SearcherConfig& config) {
    std::vector<std::string> out;
    for (const Hit& hit : Searcher(reader, config).search(request, Caller{}).hits) out.push_back(hit.id);
    return out;
  };
  const std::vector<std::string> best = ids(unlimited);
  ASSERT_EQ(best.size(), 20u);
  EXPECT_EQ(ids(limited), best);
}

}  // namespace
}  // namespace kennis
