// Fuzzes how searchd reads a request's query string and headers (searchd/params.cc): the input
// is a query string ("q=a&size=3&kind=post,document"), optionally followed by a newline and an
// Accept-Language header value. It is decoded by cpp-httplib as for a real request, then read
// with the parameters of /v1/search and /v1/experts, including what those handlers read from the
// values (kinds, language tags, dates, the query syntax). Bad values must be kennis::Error with a
// parameter code; anything else thrown, and every crash or sanitizer report, is a bug.
#include <httplib.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz_util.h"
#include "kennis/analysis.h"
#include "kennis/document.h"
#include "kennis/error.h"
#include "kennis/query.h"
#include "params.h"

namespace {

using kennis::ErrorCode;

void expect_code(const kennis::Error& e) {
  switch (e.code()) {
    case ErrorCode::kUnknownParameter:
    case ErrorCode::kInvalidParameter:
    case ErrorCode::kInvalidQuery:
      return;
    default:
      std::fprintf(stderr, "unexpected error code %s: %s\n", std::string(kennis::error_name(e.code())).c_str(),
                   e.what());
      std::abort();
  }
}

// What routes.cc's parse_search_request() reads.
void read_search(const httplib::Request& req) {
  using namespace kennis::http;
  check_params(req, {"q", "kind", "page", "size", "sort", "facets", "lang", "op"}, {"kind", "facets", "lang"});
  (void)kennis::parse_query(param_string(req, "q").value_or(""));
  if (auto kinds = param_list(req, "kind"))
    for (const std::string& k : *kinds) (void)kennis::parse_kind(k);
  (void)param_int(req, "page", 1, 1000000);
  (void)param_int(req, "size", 1, 1000000);
  (void)param_enum(req, "sort", {"relevance", "date"});
  (void)param_list(req, "facets");
  if (auto langs = param_list(req, "lang"))
    for (const std::string& tag : *langs) (void)kennis::Analyzer::has_stemmer(kennis::primary_language(tag));
  (void)param_enum(req, "op", {"and", "or"});
  (void)accept_languages(req);
}

// What routes.cc's parse_experts_request() reads.
void read_experts(const httplib::Request& req) {
  using namespace kennis::http;
  check_params(req, {"q", "page", "size", "department", "location", "language", "active_since", "include_inactive", "lang"},
               {"lang"});
  (void)param_string(req, "department");
  if (auto language = param_string(req, "language")) (void)kennis::primary_language(*language);
  if (auto since = param_string(req, "active_since"))
    (void)kennis::parse_rfc3339(since->size() == 10 ? *since + "T00:00:00Z" : *since);
  (void)param_enum(req, "include_inactive", {"true", "false"});
  (void)param_int(req, "size", 1, 1000000);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input = kennis::fuzz::as_text(data, size);
  const size_t newline = input.find('\n');
  httplib::Request req;
  httplib::detail::parse_query_text(std::string(input.substr(0, newline)), req.params);
  if (newline != std::string_view::npos) req.headers.emplace("Accept-Language", std::string(input.substr(newline + 1)));
  for (const auto read : {read_search, read_experts}) {
    try {
      read(req);
    } catch (const kennis::Error& e) {
      expect_code(e);
    }
  }
  return 0;
}
