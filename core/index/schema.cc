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

std::string kind_term(Kind kind) {
  std::string term(kKindPrefix);
  return term.append(kind_name(kind));
}

std::string public_access_term() {
  std::string term(kAclPrefix);
  return term.append(kAclPublic);
}

std::string group_access_term(std::string_view group) {
  return bool_term(kAclPrefix, std::string(kAclGroup).append(group));
}

std::string person_access_term(std::string_view person) {
  return bool_term(kAclPrefix, std::string(kAclPerson).append(person));
}

std::string person_term(std::string_view person) { return bool_term(kPersonPrefix, person); }

std::string year_term(std::string_view year) {
  std::string term(kYearPrefix);
  return term.append(year);
}

std::string serialise_item(const ItemValues& item) {
  return serialise_list({item.is_document ? "d" : "p", item.thread, item.reply_to, item.id_term,
                         item.created ? Xapian::sortable_serialise(static_cast<double>(*item.created)) : std::string(),
                         serialise_list(item.people), serialise_list(item.mentions)});
}

ItemValues unserialise_item(std::string_view value) {
  ItemValues item;
  std::vector<std::string> parts = unserialise_list(value);
  if (parts.size() != 7) return item;
  item.is_document = parts[0] == "d";
  item.thread = std::move(parts[1]);
  item.reply_to = std::move(parts[2]);
  item.id_term = std::move(parts[3]);
  if (!parts[4].empty()) item.created = static_cast<int64_t>(Xapian::sortable_unserialise(parts[4]));
  item.people = unserialise_list(parts[5]);
  item.mentions = unserialise_list(parts[6]);
  return item;
}

std::string facet_entry(FacetField field, std::string_view value) {
  std::string entry(1, static_cast<char>(field));
  return entry.append(value);
}

std::string bool_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  term += fold_keyword(value);
  // Xapian terms are at most 245 bytes; a longer value could never be searched for anyway.
  if (term.size() > 240) term.resize(240);
  return term;
}

}  // namespace kennis::layout
