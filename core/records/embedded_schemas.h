// The JSON Schemas of schemas/, embedded in the binary by the build (embedded_schemas.cc is
// generated from the files by CMake).
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace kennis::detail {
/// (file name, file content) of every schema in schemas/.
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_schemas();
}  // namespace kennis::detail
