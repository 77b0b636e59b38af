#include <xxhash.h>

#include <cstdio>

#include "connector.h"

namespace kennis {

std::string content_hash(std::string_view bytes) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits(bytes.data(), bytes.size())));
  return hex;
}

}  // namespace kennis
