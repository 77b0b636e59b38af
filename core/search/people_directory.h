// The identity directory: one person however many sources know them. Profiles from every
/// source (directory, Slack, Viva Engage) are joined by lower-cased e-mail address, and every id
/// a source uses for the person (profile id, person_id, Slack "U…", Viva Engage numeric id,
/// directory DN, e-mail) becomes an alias, so authors and mentions of every source resolve to
/// the same person. Document authors that are display names (file metadata) resolve by their
/// normalised name when exactly one person has it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "kennis/analysis.h"
#include "kennis/index_reader.h"

namespace kennis {

/// One profile record of a person, as stored in the index.
struct PersonProfile {
  Xapian::docid docid = 0;
  std::string id;                      ///< the profile record's id ("ldap:jan", "slack:U123")
  std::string name, email, job_title, department, location, url;
  std::vector<std::string> languages;  ///< primary subtags
  bool active = true;
  std::vector<std::string> access;     ///< the record's access terms (schema.h XA…)
  /// The profile's ids as the directory joins them, folded: e-mail, person_id, id, aliases.
  std::vector<std::string> ids;
  /// The groups the profile says the person is in (directory memberOf with nested groups
  /// resolved, Slack private channels, Viva Engage private groups).
  std::vector<std::string> groups;
};

/// A person: the profiles that describe them, and what their items count.
struct Person {
  std::string id;                      ///< canonical: lower-cased e-mail, else the first profile's person id
  std::vector<PersonProfile> profiles; ///< richest first (most fields set), then by profile id
  std::vector<std::string> keys;       ///< every alias, folded as in person terms (schema.h XP)
  /// The person terms (XP…) that name the person: one per alias, and the display name when
  /// no one else has it (document authors from file metadata).
  std::vector<std::string> terms;
  bool active = true;                  ///< false when any profile says the account is deactivated
  /// Every group any of the person's profiles names, whoever may see those profiles: what the
  /// person may see is decided by them (index_reader.h Caller), they are never shown.
  std::vector<std::string> groups;
  /// Public items (posts, documents) that name the person as author or owner.
  Xapian::doccount items = 0;
  /// Public items that mention the person (a translator credited on hundreds of pages).
  Xapian::doccount mentions = 0;

  /// The person's details as `visible` (a set of access terms) lets the caller see them:
  /// each field from the richest visible profile that has it. `visible_profiles` is set to the
  /// number of profiles used; with none, every field is empty.
  PersonProfile details(const std::unordered_set<std::string>& visible, size_t* visible_profiles = nullptr) const;
};

/// Every person of an index, built from its profile records. Immutable once built, so one
/// instance may be shared by threads.
class PeopleDirectory {
 public:
  /// Reads every profile record of `db` (document data and access terms) and the author
  /// values of its public posts and documents (for Person::items). `analyzer` normalises
  /// display names.
  static std::shared_ptr<const PeopleDirectory> load(const Xapian::Database& db, const Analyzer& analyzer);

  const std::vector<Person>& people() const { return people_; }
  /// The person an id of any source names (author, mention, alias, e-mail), or nullptr.
  const Person* resolve(std::string_view ref) const;
  /// The one person whose normalised display name is `name`, or nullptr (unknown or ambiguous).
  const Person* resolve_name(std::string_view name, const Analyzer& analyzer) const;
  /// resolve(), then resolve_name() for document authors.
  const Person* resolve_author(std::string_view ref, bool is_document, const Analyzer& analyzer) const;
  /// Mean of Person::items over people with at least one item (1 when nobody has any).
  double mean_items() const { return mean_items_; }
  /// Public posts and documents counted.
  Xapian::doccount public_items() const { return public_items_; }

  /// How names are compared: the analyser's tokens joined by one space ("Jan de Vries" and
  /// "JAN  de vries" give "jan de vries").
  static std::string name_key(std::string_view name, const Analyzer& analyzer);

 private:
  std::vector<Person> people_;
  std::unordered_map<std::string, size_t> by_key_;   // folded alias -> index in people_
  std::unordered_map<std::string, size_t> by_name_;  // name_key -> index, or kAmbiguous
  double mean_items_ = 1;
  Xapian::doccount public_items_ = 0;
};

}  // namespace kennis
