#include "routes.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "http_errors.h"
#include "kennis/api_json.h"
#include "kennis/error.h"
#include "kennis/json_io.h"
#include "params.h"

namespace kennis::http {
namespace {

using httplib::Request;
using httplib::Response;

// Who asks, and whether they may use an endpoint that needs `scope` (auth.h).
Identity authorize(const Request& req, const Services& s, Scope scope) {
  Identity identity = s.auth.identify(req);
  Authenticator::require(identity, scope);
  return identity;
}

nlohmann::json to_json(const Identity& identity) {
  nlohmann::json scopes = nlohmann::json::array();
  for (Scope scope : {kScopeSearch, kScopeExperts, kScopeAdmin})
    if (identity.scopes & scope) scopes.push_back(scope_name(scope));
  nlohmann::json out = {{"via", via_name(identity.via)}, {"scopes", std::move(scopes)}, {"groups", identity.caller.groups}};
  if (!identity.name.empty()) out["name"] = identity.name;
  if (!identity.caller.person.empty()) out["person"] = identity.caller.person;
  return out;
}


// Refuses a request before routing when its caller is over the rate, its headers are larger
// than the limit, or it declares a body larger than the payload limit (httplib 0.11.4 reads no
// GET body at all, and would read a POST body before looking at its length). /healthz is never
// refused: probes must see the index. Throws the refusal's Error.
httplib::Server::HandlerResponse check_limits(const Request& req, Response& res, const Services& s) {
  if (req.path == "/healthz") return httplib::Server::HandlerResponse::Unhandled;
  // One bucket per token, per proxy user, else per address (auth.h).
  const RateLimiter::Decision rate = s.rate_limiter.take(s.auth.rate_key(req));
  if (!rate.allowed) {
    res.set_header("Retry-After", std::to_string(rate.retry_after_seconds));
    throw Error(ErrorCode::kRateLimited, "too many requests from this caller (limit " + s.rate_limiter.describe() +
                                             "); retry after " + std::to_string(rate.retry_after_seconds) + " s");
  }
  size_t header_bytes = 0;
  for (const auto& [name, value] : req.headers) header_bytes += name.size() + value.size() + 4;  // ": ", CRLF
  if (header_bytes > s.max_header_bytes)
    throw Error(ErrorCode::kHeadersTooLarge, "request headers of " + std::to_string(header_bytes) +
                                                 " bytes; the limit is " + std::to_string(s.max_header_bytes) + " bytes");
  const uint64_t declared = req.get_header_value<uint64_t>("Content-Length");
  if (declared > s.max_body_bytes) {
    // The body stays unread on the connection (it would be taken for the next request):
    // tell the client to close it.
    res.set_header("Connection", "close");
    throw Error(ErrorCode::kPayloadTooLarge, "request body of " + std::to_string(declared) + " bytes; the limit is " +
                                                 std::to_string(s.max_body_bytes) + " bytes (every route is a GET)");
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

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

// syntax=forgiving (the default: text people type is never an error) or strict (tools that
// want malformed syntax refused with 400 invalid_query).
QuerySyntax query_syntax(const Request& req) {
  return param_enum(req, "syntax", {"forgiving", "strict"}).value_or("forgiving") == "strict" ? QuerySyntax::kStrict
                                                                                              : QuerySyntax::kForgiving;
}

// from= / to=: a date (2024-01-31, the whole day) or an RFC 3339 date-time, as seconds since
// the epoch; `to` is inclusive, so its end is the next day (or second).
std::optional<int64_t> date_param(const Request& req, const char* name, bool end) {
  const std::optional<std::string> text = param_string(req, name);
  if (!text || text->empty()) return std::nullopt;
  const bool day = text->size() == 10;
  const std::optional<int64_t> at = parse_rfc3339(day ? *text + "T00:00:00Z" : *text);
  if (!at)
    throw Error(ErrorCode::kInvalidParameter,
                std::string(name) + " must be a date (2024-01-31) or an RFC 3339 date-time, not '" + *text + "'", name);
  return end ? *at + (day ? 86400 : 1) : *at;
}

// filter=field:value, repeatable (not comma-separated: a group or a name may hold a comma).
std::vector<FacetFilter> facet_filters(const Request& req) {
  std::vector<FacetFilter> out;
  const size_t count = req.get_param_value_count("filter");
  for (size_t i = 0; i < count; ++i) {
    const std::string text = req.get_param_value("filter", i);
    const size_t colon = text.find(':');
    const std::string field = colon == std::string::npos ? text : text.substr(0, colon);
    if (field != "kind" && field != "lang" && field != "group" && field != "author" && field != "year")
      throw Error(ErrorCode::kInvalidParameter,
                  "filter must be field:value with field kind, lang, group, author or year, not '" + text + "'", "filter");
    const std::string value = text.substr(colon + 1);
    if (value.empty()) throw Error(ErrorCode::kInvalidParameter, "filter '" + text + "' has no value", "filter");
    if (const std::optional<std::string> problem = filter_value_problem(field, value))
      throw Error(ErrorCode::kInvalidParameter, "filter " + *problem, "filter");
    out.push_back({field, value});
  }
  return out;
}

SearchRequest parse_search_request(const Request& req) {
  check_params(req, {"q", "kind", "page", "size", "sort", "facets", "lang", "op", "syntax", "filter", "from", "to", "facet_counts"},
               {"kind", "facets", "lang", "filter"});
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
  if (param_enum(req, "op", {"and", "or"}).value_or("and") == "or") r.default_op = DefaultOperator::kOr;
  r.syntax = query_syntax(req);
  r.preferred_langs = accept_languages(req);
  r.filters = facet_filters(req);
  r.created_from = date_param(req, "from", false);
  r.created_to = date_param(req, "to", true);
  if (r.created_from && r.created_to && *r.created_from >= *r.created_to)
    throw Error(ErrorCode::kInvalidParameter, "from must not be after to", "from");
  if (param_enum(req, "facet_counts", {"conjunctive", "disjunctive"}).value_or("conjunctive") == "disjunctive")
    r.facet_counts = FacetCounts::kDisjunctive;
  return r;
}

// GET /v1/search
void handle_search(const Request& req, Response& res, const Services& s) {
  const Identity identity = authorize(req, s, kScopeSearch);
  const SearchRequest request = parse_search_request(req);
  write_json(res, 200, dump(to_json(s.searcher.search(request, identity.caller))));
}

ExpertsRequest parse_experts_request(const Request& req) {
  check_params(req, {"q", "page", "size", "department", "location", "language", "active_since", "include_inactive", "lang",
                     "syntax"},
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
  r.syntax = query_syntax(req);
  return r;
}

// GET /v1/experts
void handle_experts(const Request& req, Response& res, const Services& s) {
  const Identity identity = authorize(req, s, kScopeExperts);
  const ExpertsRequest request = parse_experts_request(req);
  write_json(res, 200, dump(to_json(s.experts.find(request, identity.caller))));
}

// GET /v1/documents/{kind}/{id}
void handle_document(const Request& req, Response& res, const Services& s) {
  const Identity identity = authorize(req, s, kScopeSearch);
  check_params(req, {});
  const auto kind = parse_kind(req.matches[1].str());
  if (!kind) throw Error(ErrorCode::kNotFound, "no kind '" + req.matches[1].str() + "'; use post, document or profile", "kind");
  write_json(res, 200, dump(s.searcher.get_document(*kind, req.matches[2].str(), identity.caller)));
}

// GET /v1/whoami: how searchd sees the caller (to check a proxy or token set-up).
void handle_whoami(const Request& req, Response& res, const Services& s) {
  const Identity identity = s.auth.identify(req);
  check_params(req, {});
  write_json(res, 200, dump(to_json(identity)));
}

// GET /v1/admin/access?user=…: who a user arriving through the proxy would be, and in which
// groups (to answer "why can't she see this?").
void handle_admin_access(const Request& req, Response& res, const Services& s) {
  authorize(req, s, kScopeAdmin);
  check_params(req, {"user"});
  const std::string user = param_string(req, "user").value_or("");
  if (user.empty()) throw Error(ErrorCode::kInvalidParameter, "user is required: any id of a person (e-mail, profile id)", "user");
  write_json(res, 200, dump(to_json(s.auth.as_user(user))));
}

// GET /healthz
void handle_health(const Request& req, Response& res, const Services& s) {
  check_params(req, {});
  const IndexStatus status = s.reader.status();
  write_json(res, status.ok ? 200 : 503, dump(to_json(status)));
}

// The error for a status httplib set without a handler: an unknown path or method, or a request
// it refused while reading (limits compiled into Debian's libcpp-httplib 0.11.4).
Error httplib_error(const Request& req, int status, size_t max_body_bytes) {
  switch (status) {
    case 404:
      return Error(ErrorCode::kNotFound, "no such endpoint: " + req.path);
    case 405:
      return Error(ErrorCode::kMethodNotAllowed, req.method + " is not allowed on " + req.path);
    case 413:
      return Error(ErrorCode::kPayloadTooLarge,
                   "the request body is larger than " + std::to_string(max_body_bytes) + " bytes (every route is a GET)");
    case 414:
      return Error(ErrorCode::kUriTooLong, "the request line is longer than " +
                                               std::to_string(CPPHTTPLIB_REQUEST_URI_MAX_LENGTH) + " bytes");
    default:
      return Error(ErrorCode::kInvalidRequest,
                   "the request could not be read: a malformed request line or header, or a header line longer than " +
                       std::to_string(CPPHTTPLIB_HEADER_MAX_LENGTH) + " bytes");
  }
}

// A handler with the services bound. It throws whatever it throws: the server's exception
// handler (register_routes) is the one place where a request's exceptions are caught.
template <typename Handler>
httplib::Server::Handler bound(const Services& s, Handler handler) {
  return [&s, handler](const Request& req, Response& res) { handler(req, res, s); };
}

}  // namespace

std::string access_log_line(const Request& req, const Response& res) {
  std::string line = (req.method.empty() ? std::string("-") : req.method) + " " + route_of(req) + " " + std::to_string(res.status);
  if (res.status >= 400) {
    const nlohmann::json body = nlohmann::json::parse(res.body, nullptr, /*allow_exceptions=*/false);
    if (body.is_object() && body.contains("error") && body.at("error").is_object())
      line += " " + body.at("error").value("code", std::string("?"));
  }
  return line;
}

void register_routes(httplib::Server& server, const Services& s) {
  server.Get("/v1/search", bound(s, handle_search));
  server.Get("/v1/experts", bound(s, handle_experts));
  server.Get(R"(/v1/documents/([^/]+)/(.+))", bound(s, handle_document));
  server.Get("/v1/whoami", bound(s, handle_whoami));
  server.Get("/v1/admin/access", bound(s, handle_admin_access));
  server.Get("/healthz", bound(s, handle_health));

  server.set_pre_routing_handler([&s](const Request& req, Response& res) { return check_limits(req, res, s); });

  // The one catch site: whatever a pre-routing check or handler throws becomes its JSON error.
  server.set_exception_handler([](const Request& req, Response& res, std::exception_ptr error) {
    render_exception(req, res, error);
  });

  // Unknown paths, and requests httplib refuses before routing, get a JSON error too.
  server.set_error_handler([&s](const Request& req, Response& res) {
    if (!res.body.empty()) return;
    const int status = res.status;
    write_json(res, status, dump(to_json(httplib_error(req, status, s.max_body_bytes))));
  });
}

}  // namespace kennis::http
