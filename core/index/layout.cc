#include "kennis/schema.h"

#include <cstdio>

#include "kennis/analysis.h"

namespace kennis::layout {

std::string serialise_list(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out.append(std::to_string(v.size())).append(":").append(v);
  return out;
}

std::vector<std::string> unserialise_list(std::string_view value) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < value.size()) {
    const size_t colon = value.find(':', pos);
    if (colon == std::string_view::npos || colon == pos || colon - pos > 9) break;
    size_t length = 0;
    for (size_t i = pos; i < colon; ++i) {
      if (value[i] < '0' || value[i] > '9') return out;
      length = length * 10 + static_cast<size_t>(value[i] - '0');
    }
    if (colon + 1 + length > value.size()) break;
    out.emplace_back(value.substr(colon + 1, length));
    pos = colon + 1 + length;
  }
  return out;
}

std::string id_term(std::string_view kind, std::string_view id) {
  std::string term(kIdPrefix);
  term.append(kind).append(":");
  if (term.size() + id.size() <= 240) return term.append(id);
  // Xapian terms are at most 245 bytes. A long id keeps its first bytes and gets a stable
  // FNV-1a hash of the whole id, so distinct ids stay distinct in practice.
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : id) hash = (hash ^ c) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return term.append(id.substr(0, 200)).append("#").append(hex);
}

std::string stem_term(std::string_view field_prefix, std::string_view lang, std::string_view stem) {
  std::string term(kStemPrefix);
  term.append(field_prefix).append(lang).append(":").append(stem);
  return term;
}

std::string bool_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  term += fold_keyword(value);
  // Xapian terms are at most 245 bytes; a longer value could never be searched for anyway.
  if (term.size() > 240) term.resize(240);
  return term;
}

}  // namespace kennis::layout
