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
  r.preferred_langs = accept_languages(req);
  return r;
}

// GET /v1/search
void handle_search(const Request& req, Response& res, const Services& s) {
  const Identity identity = authorize(req, s, kScopeSearch);
  const SearchRequest request = parse_search_request(req);
  write_json(res, 200, dump(to_json(s.searcher.search(request, identity.caller))));
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
  server.Get("/v1/whoami", guarded(s, handle_whoami));
  server.Get("/v1/admin/access", guarded(s, handle_admin_access));
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
