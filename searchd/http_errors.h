// The only place that maps errors to HTTP statuses and renders them.
#pragma once

#include <httplib.h>

#include <exception>

namespace kennis::http {

/// Renders the current exception (any type) as a JSON error response; logs internal ones.
void render_exception(const httplib::Request& req, httplib::Response& res, std::exception_ptr error);

/// Sets a JSON body with the given status.
void write_json(httplib::Response& res, int status, const std::string& body);

}  // namespace kennis::http
