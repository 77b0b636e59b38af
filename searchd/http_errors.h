// The only place that maps errors to HTTP statuses and renders them.
#pragma once

#include <httplib.h>

#include <exception>
#include <string>

namespace kennis::http {

/// The route a request is for, as a path template ("/v1/documents/{kind}/{id}"), or "(other)":
/// what logs name instead of the path, which may hold a document id or words people searched for.
std::string route_of(const httplib::Request& req);

/// Renders the current exception (any type) as a JSON error response; logs internal ones.
void render_exception(const httplib::Request& req, httplib::Response& res, std::exception_ptr error);

/// Sets a JSON body with the given status.
void write_json(httplib::Response& res, int status, const std::string& body);

}  // namespace kennis::http
