#include "directory_mapping.h"

#include "openldap_api.h"

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <unordered_map>
#include <utility>

#include "kennis/error.h"

namespace kennis {
namespace {

// Active Directory userAccountControl flag for a disabled account (MS-ADTS 2.2.16).
constexpr long long kAccountDisable = 0x2;
// Limits from schemas/common.schema.json: a person_ref and a name are at most 200 characters.
constexpr size_t kMaxRefLength = 200;

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

void append_unique(std::vector<std::string>& list, std::string value) {
  if (value.empty()) return;
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

bool is_email(std::string_view s) {
  static const std::regex kEmail(R"(^[^@\s]+@[^@\s]+$)");
  return s.size() <= 320 && std::regex_match(s.begin(), s.end(), kEmail);
}

bool is_language_tag(std::string_view s) {
  static const std::regex kTag(R"(^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$)");
  return std::regex_match(s.begin(), s.end(), kTag);
}

// A person reference is compared case-insensitively when it is an e-mail address.
std::string person_ref(std::string_view value) {
  return value.find('@') != std::string_view::npos ? ascii_lower(value) : std::string(value);
}

// Percent-encodes one URL path segment (RFC 3986: unreserved, sub-delims, ':' and '@' stay).
std::string encode_path_segment(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      std::string_view("-._~!$&'()*+,;=:@").find(static_cast<char>(c)) != std::string_view::npos;
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

bool has_object_class(const DirectoryEntry& entry, std::initializer_list<std::string_view> classes) {
  for (const std::string& value : entry.values("objectClass")) {
    const std::string lower = ascii_lower(trim(value));
    for (std::string_view c : classes)
      if (lower == c) return true;
  }
  return false;
}

// Reads an entry's mapped values, remembering the first problem (a value that is not UTF-8).
class EntryReader {
 public:
  explicit EntryReader(const DirectoryEntry& entry) : entry_(entry) {}

  // Trimmed non-empty values of the first attribute in `names` that has any.
  std::vector<std::string> first_attribute(const std::vector<std::string>& names) {
    for (const std::string& name : names) {
      std::vector<std::string> out;
      for (const std::string& v : checked(name)) append_unique(out, std::string(trim(v)));
      if (!out.empty()) return out;
    }
    return {};
  }
  // Trimmed non-empty values of every attribute in `names`, without duplicates.
  std::vector<std::string> all_attributes(const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const std::string& name : names)
      for (const std::string& v : checked(name)) append_unique(out, std::string(trim(v)));
    return out;
  }
  std::string first_value(const std::vector<std::string>& names) {
    std::vector<std::string> values = first_attribute(names);
    return values.empty() ? std::string() : std::move(values.front());
  }
  const std::string& problem() const { return problem_; }

 private:
  std::vector<std::string> checked(const std::string& name) {
    std::vector<std::string> values = entry_.values(name);
    for (const std::string& v : values) {
      if (!directory::is_valid_utf8(v)) {
        if (problem_.empty()) problem_ = "attribute " + name + " has a value that is not valid UTF-8";
        return {};
      }
    }
    return values;
  }

  const DirectoryEntry& entry_;
  std::string problem_;
};

bool is_disabled(const DirectoryEntry& entry, const DirectoryMapping& mapping) {
  for (const std::string& value : entry.values("userAccountControl")) {
    const std::string text(trim(value));
    char* end = nullptr;
    const long long flags = std::strtoll(text.c_str(), &end, 10);
    if (end != text.c_str() && *end == '\0' && (flags & kAccountDisable)) return true;
  }
  for (const std::string& name : mapping.disabled) {
    for (const std::string& value : entry.values(name)) {
      const std::string v = ascii_lower(trim(value));
      if (v != "false" && v != "no" && v != "0") return true;
    }
  }
  return false;
}

std::vector<std::string> parse_languages(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    // RFC 2798 preferredLanguage uses the Accept-Language syntax: "nl-BE, nl;q=0.8, en;q=0.5".
    size_t start = 0;
    while (start <= value.size()) {
      size_t comma = value.find(',', start);
      if (comma == std::string::npos) comma = value.size();
      std::string_view item(value.data() + start, comma - start);
      item = trim(item.substr(0, item.find(';')));
      if (is_language_tag(item)) append_unique(out, std::string(item));
      start = comma + 1;
    }
  }
  return out;
}

struct Person {
  const DirectoryEntry* entry = nullptr;
  std::string id;
  std::string person_id;                   // empty when the entry has no e-mail address
  std::vector<std::string> member_of;      // group names from group entries' member lists
  const std::string& ref() const { return person_id.empty() ? id : person_id; }
};

std::string group_name(const DirectoryEntry& group) {
  for (const std::string& cn : group.values("cn"))
    if (!trim(cn).empty() && directory::is_valid_utf8(cn)) return std::string(trim(cn));
  return first_rdn_value(group.dn);
}

void set_text(nlohmann::json& j, const char* key, std::string value) {
  if (!value.empty()) j[key] = std::move(value);
}
void set_list(nlohmann::json& j, const char* key, std::vector<std::string> values) {
  if (!values.empty()) j[key] = std::move(values);
}

// The persons and groups of one directory, indexed for the cross-entry fields.
struct DirectoryIndex {
  std::vector<Person> persons;                                  // in entry order
  std::unordered_map<std::string, Person*> persons_by_dn;       // normalised DN
  std::unordered_map<std::string, std::string> groups_by_dn;    // normalised DN -> group name
  // Nested groups: group name -> names of the groups it is a member of.
  std::unordered_map<std::string, std::vector<std::string>> parents;
};

Person make_person(const DirectoryEntry& entry, const DirectoryMapping& mapping) {
  Person p;
  p.entry = &entry;
  p.id = directory_profile_id(entry, mapping);
  EntryReader reader(entry);
  for (const std::string& value : reader.all_attributes(mapping.person_id)) {
    if (value.find('@') == std::string::npos || is_email(value)) {
      p.person_id = person_ref(value);
      break;
    }
  }
  return p;
}

// Membership from the groups' side (member, uniqueMember, memberUid), so that directories
// without memberOf work too.
void add_members(const DirectoryEntry& group, const std::string& name, DirectoryIndex& index,
                 const std::unordered_map<std::string, Person*>& persons_by_uid) {
  for (const char* attribute : {"member", "uniqueMember"}) {
    for (std::string dn : group.values(attribute)) {
      // uniqueMember is a nameAndOptionalUID: "uid=a,dc=x#'0101'B".
      if (const auto hash = dn.rfind("#'"); hash != std::string::npos && dn.back() == 'B') dn.resize(hash);
      const std::string key = normalize_dn(dn);
      if (const auto it = index.persons_by_dn.find(key); it != index.persons_by_dn.end())
        append_unique(it->second->member_of, name);
      else if (const auto sub = index.groups_by_dn.find(key); sub != index.groups_by_dn.end() && sub->second != name)
        append_unique(index.parents[sub->second], name);
    }
  }
  for (const std::string& uid : group.values("memberUid")) {
    const auto it = persons_by_uid.find(std::string(trim(uid)));
    if (it != persons_by_uid.end()) append_unique(it->second->member_of, name);
  }
}

DirectoryIndex index_directory(const std::vector<const DirectoryEntry*>& entries, const DirectoryMapping& mapping,
                          const SourceSink& sink) {
  DirectoryIndex index;
  std::vector<const DirectoryEntry*> groups;
  for (const DirectoryEntry* entry : entries) {
    if (entry->values("objectClass").empty()) {
      sink.problem({entry->origin, "entry " + entry->dn + " has no objectClass; cannot tell whether it is a person"});
      continue;
    }
    const EntryClass kind = classify_entry(*entry);
    if (kind == EntryClass::kPerson) index.persons.push_back(make_person(*entry, mapping));
    if (kind == EntryClass::kGroup) groups.push_back(entry);
  }
  std::unordered_map<std::string, Person*> persons_by_uid;
  for (Person& p : index.persons) {  // the vector is complete: pointers stay valid
    index.persons_by_dn.emplace(normalize_dn(p.entry->dn), &p);
    for (const std::string& uid : p.entry->values("uid")) persons_by_uid.emplace(std::string(trim(uid)), &p);
  }
  for (const DirectoryEntry* group : groups) index.groups_by_dn.emplace(normalize_dn(group->dn), group_name(*group));
  for (const DirectoryEntry* group : groups) {
    const std::string name = group_name(*group);
    if (name.empty()) continue;
    add_members(*group, name, index, persons_by_uid);
    // Active Directory also states a group's own memberships on the group (memberOf).
    for (const std::string& dn : group->values("memberOf")) {
      const auto parent = index.groups_by_dn.find(normalize_dn(dn));
      if (parent != index.groups_by_dn.end() && !parent->second.empty() && parent->second != name)
        append_unique(index.parents[name], parent->second);
    }
  }
  return index;
}

// `groups` and every group that contains one of them, however deep; cycles end the walk.
std::vector<std::string> with_enclosing_groups(std::vector<std::string> groups, const DirectoryIndex& index) {
  for (size_t i = 0; i < groups.size(); ++i) {  // groups grows while we walk it: breadth first
    const auto parents = index.parents.find(groups[i]);
    if (parents == index.parents.end()) continue;
    for (const std::string& parent : parents->second) append_unique(groups, parent);
  }
  return groups;
}

// Builds one profile; returns a problem message instead when the entry cannot be mapped.
std::string build_profile(const Person& person, const DirectoryMapping& mapping, const DirectoryIndex& index,
                          nlohmann::json& profile) {
  const DirectoryEntry& entry = *person.entry;
  if (!directory::is_valid_utf8(entry.dn)) return "the DN is not valid UTF-8";
  if (!directory::is_valid_utf8(person.id)) return "the id attribute's value is not valid UTF-8";
  EntryReader reader(entry);
  profile = nlohmann::json::object();
  profile["id"] = person.id;
  if (!person.person_id.empty()) profile["person_id"] = person.person_id;
  if (!mapping.source.empty()) profile["source"] = mapping.source;

  const std::string name = reader.first_value(mapping.name);
  if (name.empty()) return reader.problem().empty() ? "entry " + entry.dn + " has no name" : reader.problem();
  profile["name"] = name;
  for (const std::string& mail : reader.all_attributes(mapping.email)) {
    if (is_email(mail)) {
      profile["email"] = mail;
      break;
    }
  }
  set_text(profile, "job_title", reader.first_value(mapping.job_title));
  set_text(profile, "department", reader.first_value(mapping.department));
  set_text(profile, "location", reader.first_value(mapping.location));
  set_list(profile, "languages", parse_languages(reader.first_attribute(mapping.languages)));
  {
    std::string about;
    for (const std::string& line : reader.first_attribute(mapping.about)) about += (about.empty() ? "" : "\n") + line;
    set_text(profile, "about", std::move(about));
  }
  set_list(profile, "skills", reader.all_attributes(mapping.skills));
  set_list(profile, "ask_me_about", reader.all_attributes(mapping.ask_me_about));

  std::vector<std::string> groups;
  for (const std::string& dn : reader.all_attributes(mapping.groups)) {
    const auto known = index.groups_by_dn.find(normalize_dn(dn));
    std::string group = known != index.groups_by_dn.end() ? known->second : first_rdn_value(dn);
    append_unique(groups, group.empty() ? dn : std::move(group));
  }
  for (const std::string& group : person.member_of) append_unique(groups, group);
  set_list(profile, "groups", with_enclosing_groups(std::move(groups), index));

  if (const std::string manager = reader.first_value(mapping.manager); !manager.empty()) {
    const auto known = index.persons_by_dn.find(normalize_dn(manager));
    std::string ref = known != index.persons_by_dn.end() ? known->second->ref() : manager;
    if (ref.size() <= kMaxRefLength && directory::is_valid_utf8(ref)) profile["manager"] = std::move(ref);
  }

  // The DN, the other ids and the further addresses, so that references to this person by any
  // of them resolve. Over-long values (deep DNs) are left out: the schema caps a reference at
  // 200 characters, and one unusable alias must not cost the whole profile.
  std::vector<std::string> aliases;
  if (!entry.dn.empty() && entry.dn.size() <= kMaxRefLength) aliases.push_back(entry.dn);
  for (const std::string& value : reader.all_attributes(mapping.aliases)) {
    std::string ref = person_ref(value);
    if (ref != person.person_id && ref.size() <= kMaxRefLength) append_unique(aliases, std::move(ref));
  }
  set_list(profile, "aliases", std::move(aliases));

  profile["active"] = !is_disabled(entry, mapping);
  profile["acl"] = "public";
  if (!mapping.base_url.empty()) profile["url"] = mapping.base_url + encode_path_segment(person.ref());
  return reader.problem();
}

}  // namespace

void DirectoryEntry::add(std::string_view description, std::string value) {
  attributes[ascii_lower(description)].push_back(std::move(value));
}

std::vector<std::string> DirectoryEntry::values(std::string_view name) const {
  const std::string key = ascii_lower(name);
  std::vector<std::string> out;
  if (const auto it = attributes.find(key); it != attributes.end()) out = it->second;
  if (key.find(';') != std::string::npos) return out;
  const std::string prefix = key + ";";
  for (auto it = attributes.lower_bound(prefix); it != attributes.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
    out.insert(out.end(), it->second.begin(), it->second.end());
  return out;
}

std::vector<std::string> DirectoryMapping::attributes() const {
  std::vector<std::string> out{"objectClass", "userAccountControl", "cn", "member", "uniqueMember", "memberUid"};
  for (const auto* list : {&id, &person_id, &aliases, &name, &email, &job_title, &department, &location,
                           &languages, &about, &groups, &manager, &skills, &ask_me_about, &disabled})
    for (const std::string& a : *list) append_unique(out, a);
  return out;
}

DirectoryMapping read_directory_mapping(SourceOptions& options) {
  DirectoryMapping mapping;
  mapping.source = options.name();
  if (auto base_url = options.string("base_url")) mapping.base_url = *base_url;
  const toml::table* table = options.table("mapping");
  if (!table) return mapping;
  const std::pair<const char*, std::vector<std::string>*> fields[] = {
      {"id", &mapping.id},
      {"person_id", &mapping.person_id},
      {"aliases", &mapping.aliases},
      {"name", &mapping.name},
      {"email", &mapping.email},
      {"job_title", &mapping.job_title},
      {"department", &mapping.department},
      {"location", &mapping.location},
      {"languages", &mapping.languages},
      {"about", &mapping.about},
      {"groups", &mapping.groups},
      {"manager", &mapping.manager},
      {"skills", &mapping.skills},
      {"ask_me_about", &mapping.ask_me_about},
      {"disabled", &mapping.disabled},
  };
  for (const auto& [key, node] : *table) {
    const std::string field(key.str());
    const auto it = std::find_if(std::begin(fields), std::end(fields), [&](const auto& f) { return field == f.first; });
    if (it == std::end(fields)) options.fail("mapping", "unknown profile field '" + field + "'");
    std::vector<std::string> names;
    if (node.is_string()) {
      names.push_back(node.as_string()->get());
    } else if (node.is_array()) {
      for (const toml::node& item : *node.as_array()) {
        if (!item.is_string()) options.fail("mapping", field + " must be an attribute name or a list of them");
        names.push_back(item.as_string()->get());
      }
    } else {
      options.fail("mapping", field + " must be an attribute name or a list of them");
    }
    for (const std::string& n : names)
      if (n.empty() || n.find_first_of(" \t,=") != std::string::npos)
        options.fail("mapping", field + ": '" + n + "' is not an attribute name");
    *it->second = std::move(names);
  }
  return mapping;
}

std::string normalize_dn(std::string_view dn) {
  const std::string text(trim(dn));
  LDAPDN parsed = nullptr;
  if (ldap_str2dn(text.c_str(), &parsed, LDAP_DN_FORMAT_LDAP) != LDAP_SUCCESS || !parsed) return ascii_lower(text);
  std::string out;
  for (int i = 0; parsed[i]; ++i) {
    if (i) out += ',';
    for (int j = 0; parsed[i][j]; ++j) {
      const LDAPAVA* ava = parsed[i][j];
      if (j) out += '+';
      out += ascii_lower(std::string_view(ava->la_attr.bv_val, ava->la_attr.bv_len));
      out += '=';
      for (char c : ascii_lower(std::string_view(ava->la_value.bv_val, ava->la_value.bv_len))) {
        if (c == ',' || c == '+' || c == '=' || c == '\\') out += '\\';
        out += c;
      }
    }
  }
  ldap_dnfree(parsed);
  return out;
}

std::string first_rdn_value(std::string_view dn) {
  const std::string text(trim(dn));
  LDAPDN parsed = nullptr;
  if (ldap_str2dn(text.c_str(), &parsed, LDAP_DN_FORMAT_LDAP) != LDAP_SUCCESS || !parsed) return {};
  std::string out;
  if (parsed[0] && parsed[0][0]) out.assign(parsed[0][0]->la_value.bv_val, parsed[0][0]->la_value.bv_len);
  ldap_dnfree(parsed);
  // Hex escapes and BER values ("#04...") may decode to bytes that are not text.
  return directory::is_valid_utf8(out) ? out : std::string();
}

EntryClass classify_entry(const DirectoryEntry& entry) {
  // Active Directory computer accounts are persons by class (computer derives from user).
  if (has_object_class(entry, {"computer"})) return EntryClass::kOther;
  if (has_object_class(entry, {"person", "organizationalperson", "inetorgperson", "user"})) return EntryClass::kPerson;
  if (has_object_class(entry, {"groupofnames", "groupofuniquenames", "groupofmembers", "group", "posixgroup"}))
    return EntryClass::kGroup;
  return EntryClass::kOther;
}

std::string directory_profile_id(const DirectoryEntry& entry, const DirectoryMapping& mapping) {
  for (const std::string& name : mapping.id)
    for (const std::string& value : entry.values(name))
      if (!trim(value).empty() && directory::is_valid_utf8(value)) return "ldap:" + std::string(trim(value));
  return "ldap:" + entry.dn;
}

bool directory::is_valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    const uint32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

std::unordered_set<std::string> map_directory(const std::vector<const DirectoryEntry*>& entries,
                                              const DirectoryMapping& mapping, const SourceSink& sink) {
  const DirectoryIndex index = index_directory(entries, mapping, sink);
  std::unordered_map<std::string, const DirectoryEntry*> emitted;
  for (const Person& person : index.persons) {
    const DirectoryEntry& entry = *person.entry;
    if (person.id.size() > kMaxRefLength) {
      sink.problem({entry.origin, "profile id " + person.id + " is longer than 200 characters"});
      continue;
    }
    if (const auto it = emitted.find(person.id); it != emitted.end()) {
      sink.problem({entry.origin, "profile id " + person.id + " is already used by " + it->second->dn + " (" +
                                      it->second->origin + ")"});
      continue;
    }
    SourceRecord record;
    record.kind = Kind::kProfile;
    record.origin = entry.origin;
    if (std::string problem = build_profile(person, mapping, index, record.record); !problem.empty()) {
      sink.problem({entry.origin, std::move(problem)});
      continue;
    }
    emitted.emplace(person.id, &entry);
    sink.record(std::move(record));
  }
  std::unordered_set<std::string> ids;
  for (const auto& [id, entry] : emitted) ids.insert(id);
  return ids;
}

}  // namespace kennis
