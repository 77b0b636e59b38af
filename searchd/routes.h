// Every route of searchd, registered in one function.
#pragma once

#include <httplib.h>

#include <string>

#include "auth.h"
#include "kennis/experts.h"
#include "kennis/index_reader.h"
#include "kennis/searcher.h"
#include "rate_limit.h"

namespace kennis::http {

/// What handlers may use. Owned by main(); outlives the server.
struct Services {
  const IndexReader& reader;
  const Searcher& searcher;
  const ExpertFinder& experts;
  const Authenticator& auth;
  /// Per-caller request rate (every route but /healthz); off when its rate is 0.
  RateLimiter& rate_limiter;
  /// Largest request body accepted (the server's payload limit); every route is a GET.
  size_t max_body_bytes;
  /// Most bytes of header names and values a request may have (each line is also limited by
  /// httplib, to CPPHTTPLIB_HEADER_MAX_LENGTH).
  size_t max_header_bytes;
};

/// One access-log line for a request: method, route (the path template, never the path: a
/// document id or a mistyped path may hold words people searched for), status and, for errors,
/// the error code. Never the query string, headers or body.
std::string access_log_line(const httplib::Request& req, const httplib::Response& res);

/// Registers the API (schemas/openapi.yaml) on `server`.
void register_routes(httplib::Server& server, const Services& services);

}  // namespace kennis::http
