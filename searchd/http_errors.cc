#include "http_errors.h"

#include <xapian.h>

#include <nlohmann/json.hpp>

#include "kennis/error.h"
#include "kennis/json.h"
#include "kennis/log.h"

namespace kennis::http {

void write_json(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json; charset=utf-8");
}

void render_exception(const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
  auto render = [&](const Error& e) {
    if (error_side(e.code()) == ErrorSide::kInternal)
      log_line(LogLevel::kError, "kennis-searchd", req.method + " " + req.path + ": " + std::string(error_name(e.code())) + ": " + e.what());
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
