#include "kennis/error.h"

namespace kennis {

std::string_view error_name(ErrorCode code) {
  switch (code) {
#define KENNIS_X(enumerator, name, side, status) \
  case ErrorCode::enumerator:                    \
    return name;
    KENNIS_ERROR_CODES(KENNIS_X)
#undef KENNIS_X
  }
  return "internal";
}

ErrorSide error_side(ErrorCode code) {
  switch (code) {
#define KENNIS_X(enumerator, name, side, status) \
  case ErrorCode::enumerator:                    \
    return ErrorSide::side;
    KENNIS_ERROR_CODES(KENNIS_X)
#undef KENNIS_X
  }
  return ErrorSide::kInternal;
}

int error_http_status(ErrorCode code) {
  switch (code) {
#define KENNIS_X(enumerator, name, side, status) \
  case ErrorCode::enumerator:                    \
    return status;
    KENNIS_ERROR_CODES(KENNIS_X)
#undef KENNIS_X
  }
  return 500;
}

Error::Error(ErrorCode code, std::string message, std::string path)
    : std::runtime_error(std::move(message)), code_(code), path_(std::move(path)) {}

}  // namespace kennis
