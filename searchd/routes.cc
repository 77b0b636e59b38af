#include "routes.h"

#include <algorithm>

#include "http_errors.h"
#include "kennis/error.h"
#include "kennis/json.h"
#include "params.h"

namespace kennis::http {
namespace {

using httplib::Request;
using httplib::Response;

// Callers are anonymous until authentication lands (issue 6): they see public records only.
Caller authenticate(const Request&) { return Caller{}; }

// Query language hints (lang=), as primary subtags kennis can stem.
std::vector<std::string> query_langs(const Request& req) {
  std::vector<std::string> out;
  for (const std::string& tag : param_list(req, "lang").value_or(std::vector<std::string>{})) {
    const std::string lang = primary_language(tag);
    if (!Analyzer::has_stemmer(lang))
      throw Error(ErrorCode::kInvalidParameter, "lang '" + tag + "' is not a language kennis can stem", "lang");
    out.push_back(lang);
  }
  return out;
}

SearchRequest parse_search_request(const Request& req) {
  check_params(req, {"q", "kind", "page", "size", "sort", "facets", "lang", "op"}, {"kind", "facets", "lang"});
  SearchRequest r;
  r.q = param_string(req, "q").value_or("");
  if (auto kinds = param_list(req, "kind")) {
    for (const std::string& k : *kinds) {
      const auto kind = parse_kind(k);
      if (!kind) throw Error(ErrorCode::kInvalidParameter, "kind must be post, document or profile, not '" + k + "'", "kind");
      r.kinds.push_back(*kind);
    }
  }
  r.page = static_cast<uint32_t>(param_int(req, "page", 1, 1000000).value_or(1));
  r.size = static_cast<uint32_t>(param_int(req, "size", 1, 1000000).value_or(10));
  if (param_enum(req, "sort", {"relevance", "date"}).value_or("relevance") == "date") r.sort = SortOrder::kDate;
  if (auto facets = param_list(req, "facets")) r.facets = *facets;
  r.langs = query_langs(req);
  if (param_enum(req, "op", {"and", "or"}).value_or("and") == "or") r.default_op = Xapian::Query::OP_OR;
  return r;
}

// GET /v1/search
void handle_search(const Request& req, Response& res, const Services& s) {
  const SearchRequest request = parse_search_request(req);
  const Caller caller = authenticate(req);
  write_json(res, 200, dump(to_json(s.searcher.search(request, caller))));
}

ExpertsRequest parse_experts_request(const Request& req) {
  check_params(req, {"q", "page", "size", "department", "location", "language", "active_since", "include_inactive", "lang"},
               {"lang"});
  ExpertsRequest r;
  r.q = param_string(req, "q").value_or("");
  r.page = static_cast<uint32_t>(param_int(req, "page", 1, 1000000).value_or(1));
  r.size = static_cast<uint32_t>(param_int(req, "size", 1, 1000000).value_or(10));
  r.department = param_string(req, "department").value_or("");
  r.location = param_string(req, "location").value_or("");
  if (auto language = param_string(req, "language")) {
    r.language = primary_language(*language);
    if (r.language.size() < 2 || r.language.size() > 3 ||
        !std::all_of(r.language.begin(), r.language.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      throw Error(ErrorCode::kInvalidParameter, "language must be a language tag such as nl or fr-BE, not '" + *language + "'",
                  "language");
  }
  if (auto since = param_string(req, "active_since")) {
    r.active_since = parse_rfc3339(since->size() == 10 ? *since + "T00:00:00Z" : *since);
    if (!r.active_since)
      throw Error(ErrorCode::kInvalidParameter,
                  "active_since must be a date (2024-01-31) or an RFC 3339 date-time, not '" + *since + "'", "active_since");
  }
  r.include_inactive = param_enum(req, "include_inactive", {"true", "false"}).value_or("true") == "true";
  r.langs = query_langs(req);
  return r;
}

// GET /v1/experts
void handle_experts(const Request& req, Response& res, const Services& s) {
  const ExpertsRequest request = parse_experts_request(req);
  const Caller caller = authenticate(req);
  write_json(res, 200, dump(to_json(s.experts.find(request, caller))));
}

// GET /v1/documents/{kind}/{id}
void handle_document(const Request& req, Response& res, const Services& s) {
  check_params(req, {});
  const auto kind = parse_kind(req.matches[1].str());
  if (!kind) throw Error(ErrorCode::kNotFound, "no kind '" + req.matches[1].str() + "'; use post, document or profile", "kind");
  const Caller caller = authenticate(req);
  write_json(res, 200, dump(s.searcher.get_document(*kind, req.matches[2].str(), caller)));
}

// GET /healthz
void handle_health(const Request& req, Response& res, const Services& s) {
  check_params(req, {});
  const IndexStatus status = s.searcher.status();
  write_json(res, status.ok ? 200 : 503, dump(to_json(status)));
}

// Runs a handler; the one place where a request's exceptions are caught and rendered.
template <typename Handler>
httplib::Server::Handler guarded(const Services& s, Handler handler) {
  return [&s, handler](const Request& req, Response& res) {
    try {
      handler(req, res, s);
    } catch (...) {
      render_exception(req, res, std::current_exception());
    }
  };
}

}  // namespace

void register_routes(httplib::Server& server, const Services& s) {
  server.Get("/v1/search", guarded(s, handle_search));
  server.Get("/v1/experts", guarded(s, handle_experts));
  server.Get(R"(/v1/documents/([^/]+)/(.+))", guarded(s, handle_document));
  server.Get("/healthz", guarded(s, handle_health));

  // Unknown paths get a JSON error too.
  server.set_error_handler([](const Request& req, Response& res) {
    if (!res.body.empty()) return;
    const ErrorCode code = res.status == 404 ? ErrorCode::kNotFound
                           : res.status == 405 ? ErrorCode::kMethodNotAllowed
                                               : ErrorCode::kInvalidRequest;
    const std::string message = res.status == 404 ? "no such endpoint: " + req.path
                                : res.status == 405 ? req.method + " is not allowed on " + req.path
                                                    : "the request could not be read";
    const int status = res.status;
    write_json(res, status, dump(to_json(Error(code, message))));
  });
}

}  // namespace kennis::http
