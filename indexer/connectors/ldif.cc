#include "ldif.h"

// OpenLDAP's LDIF routines: ldif_parse_line2 splits one unfolded line into attribute description
// and value and decodes base64. Record splitting, unfolding and line numbers are ours, because
// ldif_read_record follows `include:` lines to any URL, skips record lines that start with a
// digit, and reports no line numbers per line.
#include "openldap_api.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <optional>
#include <unordered_map>
#include <utility>

#include "kennis/error.h"

namespace kennis {
namespace {

namespace fs = std::filesystem;

// A URL value larger than this is refused (the schemas cap text at 10 MB).
constexpr uintmax_t kMaxUrlValueBytes = 10'000'000;

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool iequals(std::string_view a, std::string_view b) { return ascii_lower(a) == ascii_lower(b); }

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// libldap writes base64 decoding errors to stderr until the library is initialised, after which
// it honours its debug level (0 unless configured). Any option call initialises it.
void initialise_libldap() {
  static const bool initialised = [] {
    int level = 0;
    ldap_get_option(nullptr, LDAP_OPT_DEBUG_LEVEL, &level);
    return true;
  }();
  (void)initialised;
}

/// One logical (unfolded) line and the physical line it starts on.
struct LogicalLine {
  std::string text;
  uint64_t line = 0;
};

// Groups an LDIF stream into records: runs of logical lines between blank lines, unfolded
// (a line starting with one space continues the previous one), comments dropped.
class RecordReader {
 public:
  explicit RecordReader(std::istream& in) : in_(in) {}

  bool next(std::vector<LogicalLine>& record) {
    record.clear();
    std::string line;
    bool in_comment = false;
    while (std::getline(in_, line)) {
      ++line_no_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) {
        if (!record.empty()) return true;
        in_comment = false;
      } else if (line[0] == ' ') {
        if (in_comment) continue;  // a folded comment
        if (record.empty()) {
          record.push_back({line, line_no_});  // parse_record reports it
        } else {
          record.back().text.append(line, 1, std::string::npos);
        }
      } else if (line[0] == '#') {
        in_comment = true;
      } else {
        in_comment = false;
        record.push_back({std::move(line), line_no_});
      }
    }
    return !record.empty();
  }
  bool failed() const { return in_.bad(); }

 private:
  std::istream& in_;
  uint64_t line_no_ = 0;
};

struct AttributeValue {
  std::string description;
  std::string value;
};

struct Modification {
  enum class Op { kAdd, kDelete, kReplace };
  Op op = Op::kAdd;
  std::string attribute;
  std::vector<std::string> values;
};

/// One LDIF record: an entry (content record or changetype: add) or a change.
struct LdifRecord {
  enum class Type { kAdd, kDelete, kModify, kModRdn };
  Type type = Type::kAdd;
  bool change_record = false;                // "changetype:" given (for kAdd: add rather than content)
  std::string dn;
  uint64_t line = 0;
  std::vector<AttributeValue> attributes;    // kAdd
  std::vector<Modification> modifications;   // kModify
  std::string new_rdn;                       // kModRdn
  bool delete_old_rdn = false;
  std::optional<std::string> new_superior;
};

/// A record that cannot be read: the line it is about and why.
struct RecordError {
  uint64_t line = 0;
  std::string message;
};

bool valid_description(std::string_view d) {
  if (d.empty() || !std::isalnum(static_cast<unsigned char>(d[0]))) return false;
  for (char c : d)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != ';' && c != '.') return false;
  return true;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Parses the records of one LDIF file.
class RecordParser {
 public:
  explicit RecordParser(fs::path directory) : directory_(std::move(directory)) {}

  // Splits one logical line into description and value; false with `error` set when malformed.
  bool parse_line(const LogicalLine& line, AttributeValue& out, RecordError& error) const {
    error.line = line.line;
    const std::string& text = line.text;
    if (!text.empty() && text[0] == ' ') return fail(error, "continuation line with no line before it to continue");
    const auto colon = text.find(':');
    if (colon == std::string::npos) return fail(error, "line has no colon; expected 'attribute: value'");
    out.description = std::string(trim(std::string_view(text).substr(0, colon)));
    if (!valid_description(out.description))
      return fail(error, "'" + out.description + "' is not an attribute description");
    const std::string_view rest = std::string_view(text).substr(colon + 1);
    if (!rest.empty() && rest[0] == '<') return read_url(trim(rest.substr(1)), out, error);
    if (!rest.empty() && rest[0] == ':' && trim(rest.substr(1)).empty()) {
      out.value.clear();  // "attr::" is an empty base64 value; ldif_parse_line2 refuses it
      return true;
    }
    std::string buffer = text;
    berval type{}, value{};
    int free_value = 0;  // non-null: parse in place, allocate only for URLs (handled above)
    if (ldif_parse_line2(buffer.data(), &type, &value, &free_value) != 0)
      return fail(error, "invalid base64 value of " + out.description);
    out.value.assign(value.bv_val ? value.bv_val : "", value.bv_len);
    if (free_value) ber_memfree(value.bv_val);
    return true;
  }

  std::optional<LdifRecord> parse_record(const std::vector<LogicalLine>& lines, RecordError& error) const {
    LdifRecord record;
    record.line = lines.front().line;
    AttributeValue av;
    if (!parse_line(lines.front(), av, error)) return std::nullopt;
    if (!iequals(av.description, "dn")) {
      fail(error, "entry without dn: the record starts with '" + av.description + "'");
      return std::nullopt;
    }
    if (!directory::is_valid_utf8(av.value)) {
      fail(error, "the dn is not valid UTF-8");
      return std::nullopt;
    }
    record.dn = std::string(trim(av.value));
    size_t i = 1;
    while (i < lines.size() && parse_line(lines[i], av, error) && iequals(av.description, "control")) ++i;
    if (i < lines.size() && !parse_line(lines[i], av, error)) return std::nullopt;
    if (i == lines.size() || !iequals(av.description, "changetype")) return parse_content(record, lines, i, error);
    const std::string type = ascii_lower(trim(av.value));
    record.change_record = true;
    ++i;
    if (type == "add") return parse_content(record, lines, i, error);
    if (type == "delete") {
      record.type = LdifRecord::Type::kDelete;
      if (i < lines.size()) {
        error.line = lines[i].line;
        fail(error, "a delete record has no further lines");
        return std::nullopt;
      }
      return record;
    }
    if (type == "modify") return parse_modify(record, lines, i, error);
    if (type == "modrdn" || type == "moddn") return parse_modrdn(record, lines, i, error);
    fail(error, "unknown changetype '" + type + "'");
    return std::nullopt;
  }

 private:
  static bool fail(RecordError& error, std::string message) {
    error.message = std::move(message);
    return false;
  }

  std::optional<LdifRecord> parse_content(LdifRecord& record, const std::vector<LogicalLine>& lines, size_t i,
                                          RecordError& error) const {
    record.type = LdifRecord::Type::kAdd;
    if (i == lines.size()) {
      error.line = record.line;
      fail(error, "entry " + record.dn + " has no attributes");
      return std::nullopt;
    }
    for (; i < lines.size(); ++i) {
      AttributeValue av;
      if (!parse_line(lines[i], av, error)) return std::nullopt;
      record.attributes.push_back(std::move(av));
    }
    return std::move(record);
  }

  std::optional<LdifRecord> parse_modify(LdifRecord& record, const std::vector<LogicalLine>& lines, size_t i,
                                         RecordError& error) const {
    record.type = LdifRecord::Type::kModify;
    while (i < lines.size()) {
      AttributeValue op;
      if (!parse_line(lines[i], op, error)) return std::nullopt;
      Modification mod;
      const std::string name = ascii_lower(op.description);
      if (name == "add") mod.op = Modification::Op::kAdd;
      else if (name == "delete") mod.op = Modification::Op::kDelete;
      else if (name == "replace") mod.op = Modification::Op::kReplace;
      else {
        fail(error, name == "increment" ? "modify: increment is not supported"
                                        : "modify: expected add:, delete: or replace:, not '" + op.description + "'");
        return std::nullopt;
      }
      mod.attribute = std::string(trim(op.value));
      for (++i; i < lines.size() && trim(lines[i].text) != "-"; ++i) {
        AttributeValue av;
        if (!parse_line(lines[i], av, error)) return std::nullopt;
        if (!iequals(av.description, mod.attribute)) {
          fail(error, "modify: a value of " + av.description + " inside the change of " + mod.attribute);
          return std::nullopt;
        }
        mod.values.push_back(std::move(av.value));
      }
      if (i < lines.size()) ++i;  // the "-"; RFC 2849 requires it, but tolerate its absence at the end
      record.modifications.push_back(std::move(mod));
    }
    return std::move(record);
  }

  std::optional<LdifRecord> parse_modrdn(LdifRecord& record, const std::vector<LogicalLine>& lines, size_t i,
                                         RecordError& error) const {
    record.type = LdifRecord::Type::kModRdn;
    bool have_rdn = false, have_delete = false;
    for (; i < lines.size(); ++i) {
      AttributeValue av;
      if (!parse_line(lines[i], av, error)) return std::nullopt;
      const std::string name = ascii_lower(av.description);
      const std::string value(trim(av.value));
      if (name == "newrdn") {
        record.new_rdn = value;
        have_rdn = !value.empty();
      } else if (name == "deleteoldrdn" && (value == "0" || value == "1")) {
        record.delete_old_rdn = value == "1";
        have_delete = true;
      } else if (name == "newsuperior") {
        record.new_superior = value;
      } else {
        fail(error, "modrdn: unexpected line '" + av.description + "'");
        return std::nullopt;
      }
    }
    if (!have_rdn || !have_delete) {
      error.line = record.line;
      fail(error, "modrdn needs newrdn: and deleteoldrdn: 0 or 1");
      return std::nullopt;
    }
    return std::move(record);
  }

  // attr:< file:///path — only local files under the LDIF file's directory (no escaping it
  // through "..", symbolic links or other URL schemes).
  bool read_url(std::string_view url, AttributeValue& out, RecordError& error) const {
    std::string_view rest = url;
    if (rest.substr(0, 7) != "file://") return fail(error, "only file:// URL values are read, not '" + std::string(url) + "'");
    rest.remove_prefix(7);
    if (rest.substr(0, 10) == "localhost/") rest.remove_prefix(9);
    if (rest.empty() || rest[0] != '/') return fail(error, "file URL '" + std::string(url) + "' is not a local absolute path");
    std::error_code ec;
    const fs::path file = fs::weakly_canonical(fs::path(percent_decode(rest)), ec);
    const fs::path relative = ec ? fs::path() : file.lexically_relative(directory_);
    if (relative.empty() || *relative.begin() == "..")
      return fail(error, "file URL '" + std::string(url) + "' is outside the LDIF file's directory");
    const uintmax_t size = fs::file_size(file, ec);
    if (ec) return fail(error, "cannot read '" + std::string(url) + "': " + ec.message());
    if (size > kMaxUrlValueBytes) return fail(error, "file URL '" + std::string(url) + "' is larger than 10 MB");
    std::ifstream in(file, std::ios::binary);
    out.value.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad() || !in.is_open()) return fail(error, "cannot read '" + std::string(url) + "'");
    return true;
  }

  fs::path directory_;
};

// The entries of one LDIF file, with the file's changes applied in order.
class EntryStore {
 public:
  explicit EntryStore(const DirectoryMapping& mapping) : mapping_(mapping) {}

  // Applies one record; returns a problem message, empty on success.
  std::string apply(LdifRecord&& record, const std::string& origin) {
    switch (record.type) {
      case LdifRecord::Type::kAdd: return add(std::move(record), origin);
      case LdifRecord::Type::kDelete: return remove(record.dn);
      case LdifRecord::Type::kModify: return modify(record);
      case LdifRecord::Type::kModRdn: return modrdn(record);
    }
    return {};
  }

  std::vector<const DirectoryEntry*> entries() const {
    std::vector<const DirectoryEntry*> out;
    for (const auto& e : entries_)
      if (e) out.push_back(e.get());
    return out;
  }
  // Profile ids of persons deleted or renamed by the file's changes, in order.
  const std::vector<std::string>& deleted_ids() const { return deleted_ids_; }

 private:
  DirectoryEntry* find(const std::string& dn) {
    const auto it = by_dn_.find(normalize_dn(dn));
    return it == by_dn_.end() ? nullptr : entries_[it->second].get();
  }

  std::string add(LdifRecord&& record, const std::string& origin) {
    if (DirectoryEntry* existing = find(record.dn)) {
      // An add of an existing entry fails, as on a server. A second content record for one DN
      // (exports that split a large entry, or a group listed once per role) adds its values.
      if (record.change_record) return "entry " + record.dn + " already exists (" + existing->origin + ")";
      DirectoryEntry merged = *existing;
      for (AttributeValue& av : record.attributes) {
        std::vector<std::string>& values = merged.attributes[ascii_lower(av.description)];
        if (std::find(values.begin(), values.end(), av.value) == values.end()) values.push_back(std::move(av.value));
      }
      replace(*existing, std::move(merged));
      return {};
    }
    auto entry = std::make_unique<DirectoryEntry>();
    entry->dn = std::move(record.dn);
    entry->origin = origin;
    for (AttributeValue& av : record.attributes) entry->add(av.description, std::move(av.value));
    by_dn_.emplace(normalize_dn(entry->dn), entries_.size());
    entries_.push_back(std::move(entry));
    return {};
  }

  std::string remove(const std::string& dn) {
    const auto it = by_dn_.find(normalize_dn(dn));
    if (it != by_dn_.end()) {
      std::unique_ptr<DirectoryEntry>& entry = entries_[it->second];
      if (classify_entry(*entry) == EntryClass::kPerson) deleted_ids_.push_back(directory_profile_id(*entry, mapping_));
      entry.reset();
      by_dn_.erase(it);
      return {};
    }
    // Not in this file: the profile id follows from the DN when its RDN is an id attribute.
    LDAPDN parsed = nullptr;
    std::string id;
    if (ldap_str2dn(dn.c_str(), &parsed, LDAP_DN_FORMAT_LDAP) == LDAP_SUCCESS && parsed && parsed[0]) {
      const LDAPAVA* ava = parsed[0][0];
      const std::string attribute(ava->la_attr.bv_val, ava->la_attr.bv_len);
      for (const std::string& name : mapping_.id)
        if (iequals(name, attribute)) id = "ldap:" + std::string(ava->la_value.bv_val, ava->la_value.bv_len);
    }
    if (parsed) ldap_dnfree(parsed);
    if (id.empty()) return "delete of " + dn + ": not earlier in this file, and its RDN names no profile id";
    deleted_ids_.push_back(std::move(id));
    return {};
  }

  std::string modify(const LdifRecord& record) {
    DirectoryEntry* entry = find(record.dn);
    if (!entry) return "modify of " + record.dn + ": the entry is not earlier in this file";
    DirectoryEntry changed = *entry;
    for (const Modification& mod : record.modifications) {
      const std::string key = ascii_lower(mod.attribute);
      std::vector<std::string>& values = changed.attributes[key];
      if (mod.op == Modification::Op::kReplace) {
        values = mod.values;
      } else if (mod.op == Modification::Op::kAdd) {
        for (const std::string& v : mod.values) {
          if (std::find(values.begin(), values.end(), v) != values.end())
            return "modify of " + record.dn + ": " + mod.attribute + " already has the value '" + v + "'";
          values.push_back(v);
        }
      } else if (values.empty()) {
        return "modify of " + record.dn + ": cannot delete " + mod.attribute + ", the entry has no such attribute";
      } else if (mod.values.empty()) {
        values.clear();
      } else {
        for (const std::string& v : mod.values) {
          const auto it = std::find(values.begin(), values.end(), v);
          if (it == values.end())
            return "modify of " + record.dn + ": " + mod.attribute + " has no value '" + v + "' to delete";
          values.erase(it);
        }
      }
      if (values.empty()) changed.attributes.erase(key);
    }
    replace(*entry, std::move(changed));
    return {};
  }

  std::string modrdn(const LdifRecord& record) {
    DirectoryEntry* entry = find(record.dn);
    if (!entry) return "modrdn of " + record.dn + ": the entry is not earlier in this file";
    LDAPDN old_dn = nullptr, new_rdn = nullptr;
    std::string problem;
    if (ldap_str2dn(entry->dn.c_str(), &old_dn, LDAP_DN_FORMAT_LDAP) != LDAP_SUCCESS || !old_dn || !old_dn[0]) {
      problem = "modrdn of " + record.dn + ": cannot parse the DN";
    } else if (ldap_str2dn(record.new_rdn.c_str(), &new_rdn, LDAP_DN_FORMAT_LDAP) != LDAP_SUCCESS || !new_rdn ||
               !new_rdn[0] || new_rdn[1]) {
      problem = "modrdn of " + record.dn + ": '" + record.new_rdn + "' is not one RDN";
    } else {
      DirectoryEntry changed = *entry;
      if (record.delete_old_rdn) remove_rdn_values(changed, old_dn[0]);
      for (int i = 0; new_rdn[0][i]; ++i) {
        const LDAPAVA* ava = new_rdn[0][i];
        const std::string value(ava->la_value.bv_val, ava->la_value.bv_len);
        std::vector<std::string>& values =
            changed.attributes[ascii_lower(std::string_view(ava->la_attr.bv_val, ava->la_attr.bv_len))];
        if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
      }
      const std::string parent = record.new_superior ? *record.new_superior : parent_dn(entry->dn);
      changed.dn = record.new_rdn + (parent.empty() ? "" : "," + parent);
      if (normalize_dn(changed.dn) != normalize_dn(entry->dn) && find(changed.dn))
        problem = "modrdn of " + record.dn + ": " + changed.dn + " already exists";
      else
        replace(*entry, std::move(changed));
    }
    if (old_dn) ldap_dnfree(old_dn);
    if (new_rdn) ldap_dnfree(new_rdn);
    return problem;
  }

  static void remove_rdn_values(DirectoryEntry& entry, LDAPRDN rdn) {
    for (int i = 0; rdn[i]; ++i) {
      const std::string key = ascii_lower(std::string_view(rdn[i]->la_attr.bv_val, rdn[i]->la_attr.bv_len));
      const std::string value = ascii_lower(std::string_view(rdn[i]->la_value.bv_val, rdn[i]->la_value.bv_len));
      const auto it = entry.attributes.find(key);
      if (it == entry.attributes.end()) continue;
      auto& values = it->second;
      values.erase(std::remove_if(values.begin(), values.end(), [&](const std::string& v) { return ascii_lower(v) == value; }),
                   values.end());
      if (values.empty()) entry.attributes.erase(it);
    }
  }

  // Everything after the first unescaped comma of a DN.
  static std::string parent_dn(const std::string& dn) {
    bool quoted = false;
    for (size_t i = 0; i < dn.size(); ++i) {
      if (dn[i] == '\\') ++i;
      else if (dn[i] == '"') quoted = !quoted;
      else if (dn[i] == ',' && !quoted) return std::string(trim(std::string_view(dn).substr(i + 1)));
    }
    return {};
  }

  // Replaces an entry by its changed version, keeping the DN index and noting a changed id.
  void replace(DirectoryEntry& entry, DirectoryEntry&& changed) {
    if (classify_entry(entry) == EntryClass::kPerson) {
      std::string old_id = directory_profile_id(entry, mapping_);
      if (classify_entry(changed) != EntryClass::kPerson || directory_profile_id(changed, mapping_) != old_id)
        deleted_ids_.push_back(std::move(old_id));
    }
    const auto it = by_dn_.find(normalize_dn(entry.dn));
    const size_t index = it->second;
    by_dn_.erase(it);
    by_dn_.emplace(normalize_dn(changed.dn), index);
    entry = std::move(changed);
  }

  const DirectoryMapping& mapping_;
  std::vector<std::unique_ptr<DirectoryEntry>> entries_;  // null once deleted
  std::unordered_map<std::string, size_t> by_dn_;         // normalised DN -> index in entries_
  std::vector<std::string> deleted_ids_;
};

class LdifConnector : public Connector {
 public:
  LdifConnector(std::string path, DirectoryMapping mapping) : path_(std::move(path)), mapping_(std::move(mapping)) {}

  void read(const SourceSink& sink) override {
    initialise_libldap();
    std::ifstream file(path_, std::ios::binary);
    if (!file) throw Error(ErrorCode::kIo, "cannot read " + path_ + ": " + std::strerror(errno));
    std::error_code ec;
    fs::path directory = fs::weakly_canonical(fs::absolute(fs::path(path_)).parent_path(), ec);
    if (ec) throw Error(ErrorCode::kIo, "cannot resolve the directory of " + path_ + ": " + ec.message());
    RecordReader reader(file);
    const RecordParser parser(std::move(directory));
    EntryStore store(mapping_);
    std::vector<LogicalLine> lines;
    bool first = true;
    while (reader.next(lines)) {
      if (first) {
        first = false;
        if (!read_version(lines, sink)) continue;
      }
      RecordError error;
      std::optional<LdifRecord> record = parser.parse_record(lines, error);
      if (!record) {
        sink.problem({origin(error.line), std::move(error.message)});
        continue;
      }
      const std::string where = origin(record->line);
      if (std::string problem = store.apply(std::move(*record), where); !problem.empty())
        sink.problem({where, std::move(problem)});
    }
    if (reader.failed()) throw Error(ErrorCode::kIo, "reading " + path_ + " failed: " + std::strerror(errno));
    const std::unordered_set<std::string> emitted = map_directory(store.entries(), mapping_, sink);
    std::unordered_set<std::string> reported;
    for (const std::string& id : store.deleted_ids())
      if (!emitted.count(id) && reported.insert(id).second && sink.deleted) sink.deleted(Kind::kProfile, id);
  }

 private:
  std::string origin(uint64_t line) const { return path_ + ":" + std::to_string(line); }

  // Consumes a leading "version: 1" line of the first record. False when nothing is left of it.
  bool read_version(std::vector<LogicalLine>& lines, const SourceSink& sink) const {
    const std::string& text = lines.front().text;
    if (!iequals(text.substr(0, 8), "version:")) return true;
    if (trim(std::string_view(text).substr(8)) != "1")
      sink.problem({origin(lines.front().line), "unsupported LDIF version '" + text.substr(8) + "'; reading as version 1"});
    lines.erase(lines.begin());
    return !lines.empty();
  }

  std::string path_;
  DirectoryMapping mapping_;
};

}  // namespace

std::unique_ptr<Connector> make_ldif_connector(std::string path, DirectoryMapping mapping) {
  return std::make_unique<LdifConnector>(std::move(path), std::move(mapping));
}

std::unique_ptr<Connector> make_ldif_connector(SourceOptions& options) {
  std::string path = options.required_string("path");
  DirectoryMapping mapping = read_directory_mapping(options);
  options.finish();
  return make_ldif_connector(std::move(path), std::move(mapping));
}

}  // namespace kennis
