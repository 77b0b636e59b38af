#include "routes.h"

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
  if (auto langs = param_list(req, "lang")) {
    for (const std::string& tag : *langs) {
      const std::string lang = primary_language(tag);
      if (!Analyzer::has_stemmer(lang))
        throw Error(ErrorCode::kInvalidParameter, "lang '" + tag + "' is not a language kennis can stem", "lang");
      r.langs.push_back(lang);
    }
  }
  if (param_enum(req, "op", {"and", "or"}).value_or("and") == "or") r.default_op = Xapian::Query::OP_OR;
  r.preferred_langs = accept_languages(req);
  return r;
}

// GET /v1/search
void handle_search(const Request& req, Response& res, const Services& s) {
  const SearchRequest request = parse_search_request(req);
  const Caller caller = authenticate(req);
  write_json(res, 200, dump(to_json(s.searcher.search(request, caller))));
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
