/// @file directory_mapping.h
/// Directory entries (from an LDIF file or an LDAP search) to profile records
/// (schemas/profile.schema.json): which attribute fills which profile field, with defaults that
/// cover inetOrgPerson and Active Directory, and the cross-entry parts (group membership from
/// group entries, manager DNs resolved to person ids).
#pragma once

#include <toml++/toml.h>

#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "connector.h"
#include "source_options.h"

namespace kennis {

/// One directory entry: its DN and attribute values, as read (values may be binary).
struct DirectoryEntry {
  std::string dn;
  std::string origin;  ///< for messages: "people.ldif:17" or "ldap://host:389/uid=x,dc=example"
  /// Keyed by the lower-cased attribute description, options included ("cn;lang-nl").
  std::map<std::string, std::vector<std::string>> attributes;

  /// Adds one value; `description` is matched case-insensitively.
  void add(std::string_view description, std::string value);
  /// Values of `name` and of its subtypes with options ("cn" also returns "cn;lang-nl" values,
  /// after the plain ones). A `name` with options matches exactly. Empty when absent.
  std::vector<std::string> values(std::string_view name) const;
};

/// Which attributes fill which profile field. Each list is tried in order; single-valued fields
/// take the first value of the first attribute that has one. Configured through the source's
/// [source.mapping] table, e.g. `department = "division"` or `skills = ["skills", "expertise"]`.
struct DirectoryMapping {
  std::vector<std::string> id{"uid", "sAMAccountName"};  ///< id = "ldap:" + value, else "ldap:" + DN
  std::vector<std::string> person_id{"mail"};            ///< lower-cased first e-mail address
  std::vector<std::string> aliases{"uid", "sAMAccountName", "mail"};  ///< plus the DN, always
  std::vector<std::string> name{"displayName", "cn"};
  std::vector<std::string> email{"mail"};
  std::vector<std::string> job_title{"title"};
  std::vector<std::string> department{"ou", "department", "departmentNumber"};
  std::vector<std::string> location{"l", "physicalDeliveryOfficeName"};
  std::vector<std::string> languages{"preferredLanguage"};  ///< RFC 2798 / Accept-Language lists
  std::vector<std::string> about{"description"};            ///< all values, one per line
  std::vector<std::string> groups{"memberOf"};              ///< group DNs; their cn becomes the name
  std::vector<std::string> manager{"manager"};              ///< a DN
  std::vector<std::string> skills;                          ///< all values
  std::vector<std::string> ask_me_about;                    ///< all values
  /// Present with any value but FALSE/false/no/0 marks the account disabled (e.g. nsAccountLock,
  /// pwdAccountLockedTime). Active Directory's userAccountControl ACCOUNTDISABLE bit always does.
  std::vector<std::string> disabled;

  std::string base_url;  ///< profile url = base_url + person id, when set
  std::string source;    ///< the profile's "source" field (the [[source]] name), when set

  /// Every attribute the mapping reads, for an LDAP search's attribute list.
  std::vector<std::string> attributes() const;
};

/// Reads the optional `mapping` table (profile field = attribute name or list of names) and
/// `base_url` of a [[source]]. Throws Error(kInvalidConfig) for an unknown field or a bad value.
DirectoryMapping read_directory_mapping(SourceOptions& options);

/// Lower-cases and re-serialises a DN so that equal DNs compare equal ("CN=A, dc=X" and
/// "cn=a,dc=x"). Only ASCII letters are folded. A DN that does not parse is only lower-cased.
std::string normalize_dn(std::string_view dn);

/// The value of a DN's first RDN ("Team A" for "cn=Team A,ou=Groups,dc=example,dc=org");
/// empty when the DN does not parse or the value is not UTF-8 text.
std::string first_rdn_value(std::string_view dn);

/// What an entry is, from its objectClass values.
enum class EntryClass { kPerson, kGroup, kOther };
EntryClass classify_entry(const DirectoryEntry& entry);

/// The profile id of a person entry: "ldap:" + its first id attribute value that is UTF-8
/// text, else "ldap:" + DN.
std::string directory_profile_id(const DirectoryEntry& entry, const DirectoryMapping& mapping);

namespace directory {
/// Whether `value` is well-formed UTF-8.
bool is_valid_utf8(std::string_view value);
}  // namespace directory

/// Turns the person entries among `entries` into profile records and passes them to
/// sink.record, in order; persons that cannot be mapped (no name, invalid UTF-8, an id used by
/// an earlier entry) go to sink.problem. Group entries feed the persons' groups and are not
/// emitted; other entries (organizational units, …) are ignored. Returns the ids emitted.
std::unordered_set<std::string> map_directory(const std::vector<const DirectoryEntry*>& entries,
                                              const DirectoryMapping& mapping, const SourceSink& sink);

}  // namespace kennis
