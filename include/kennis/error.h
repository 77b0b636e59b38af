/// @file error.h
/// The one list of error codes kennis reports, and the exception that carries them.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace kennis {

/// Who caused an error: the caller's input (kUser) or the service itself (kInternal).
enum class ErrorSide { kUser, kInternal };

// The single list: enumerator, stable API name, side, HTTP status. Codes are API: never rename
// or reuse one. core/ never reads the status column; searchd's http_errors.cc alone does.
#define KENNIS_ERROR_CODES(X)                                                   \
  X(kInvalidJson, "invalid_json", kUser, 400)                                   \
  X(kInvalidRequest, "invalid_request", kUser, 400)                             \
  X(kInvalidParameter, "invalid_parameter", kUser, 400)                         \
  X(kUnknownParameter, "unknown_parameter", kUser, 400)                         \
  X(kInvalidQuery, "invalid_query", kUser, 400)                                 \
  X(kInvalidRecord, "invalid_record", kUser, 400)                               \
  X(kNotFound, "not_found", kUser, 404)                                         \
  X(kDocumentNotFound, "document_not_found", kUser, 404)                        \
  X(kMethodNotAllowed, "method_not_allowed", kUser, 405)                        \
  X(kUnauthenticated, "unauthenticated", kUser, 401)                            \
  X(kForbidden, "forbidden", kUser, 403)                                        \
  X(kIndexUnavailable, "index_unavailable", kInternal, 503)                     \
  X(kIndexIncompatible, "index_incompatible", kInternal, 503)                   \
  X(kIndexLocked, "index_locked", kInternal, 503)                               \
  X(kInvalidConfig, "invalid_config", kUser, 400)                              \
  X(kIo, "io_error", kInternal, 500)                                            \
  X(kInternal, "internal", kInternal, 500)

enum class ErrorCode {
#define KENNIS_X(enumerator, name, side, status) enumerator,
  KENNIS_ERROR_CODES(KENNIS_X)
#undef KENNIS_X
};

/// Stable API name of a code, e.g. "invalid_query".
std::string_view error_name(ErrorCode code);
/// Whether the caller's input or the service caused errors of this code.
ErrorSide error_side(ErrorCode code);
/// HTTP status for a code. Only the HTTP layer calls this.
int error_http_status(ErrorCode code);

/// Anything a request, a record or the environment can cause. `path` is the JSON pointer (or
/// parameter name) of the bad input, empty when the error is not about one place.
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string message, std::string path = {});
  ErrorCode code() const { return code_; }
  const std::string& path() const { return path_; }

 private:
  ErrorCode code_;
  std::string path_;
};

}  // namespace kennis
