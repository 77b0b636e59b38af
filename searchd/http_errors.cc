#include "http_errors.h"

#include <xapian.h>

#include <nlohmann/json.hpp>

#include "kennis/api_json.h"
#include "kennis/error.h"
#include "kennis/json_io.h"
#include "kennis/log.h"

namespace kennis::http {

void write_json(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json; charset=utf-8");
}

std::string route_of(const httplib::Request& req) {
  for (const char* fixed : {"/v1/search", "/v1/experts", "/healthz"})
    if (req.path == fixed) return fixed;
  if (req.path.rfind("/v1/documents/", 0) == 0) return "/v1/documents/{kind}/{id}";
  return "(other)";
}

void render_exception(const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
  auto render = [&](const Error& e) {
    if (error_side(e.code()) == ErrorSide::kInternal)
      log_line(LogLevel::kError, "kennis-searchd", req.method + " " + route_of(req) + ": " + std::string(error_name(e.code())) + ": " + e.what());
    if (e.code() == ErrorCode::kUnauthenticated) res.set_header("WWW-Authenticate", "Bearer realm=\"kennis\"");
    write_json(res, error_http_status(e.code()), dump(to_json(e)));
  };
  try {
    std::rethrow_exception(error);
  } catch (const Error& e) {
    render(e);
  } catch (const Xapian::Error& e) {
    render(Error(ErrorCode::kInternal, "search engine error: " + e.get_description()));
  } catch (const nlohmann::json::exception& e) {
    render(Error(ErrorCode::kInternal, std::string("JSON error: ") + e.what()));
  } catch (const std::exception& e) {
    render(Error(ErrorCode::kInternal, std::string("unexpected error: ") + e.what()));
  } catch (...) {
    render(Error(ErrorCode::kInternal, "unexpected error"));
  }
}

}  // namespace kennis::http
