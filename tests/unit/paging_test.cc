// check_paging(): page size, page depth and the result window, with the parameter at fault.
#include <gtest/gtest.h>

#include <string>

#include "kennis/error.h"
#include "kennis/searcher.h"

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

}  // namespace
}  // namespace kennis
