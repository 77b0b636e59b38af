/// @file schema.h
/// The index layout, in one place: term prefixes, value slots, stored data and metadata keys.
/// Nothing else in kennis spells a prefix or a slot number.
///
/// Terms
///   (none)  word, positional, from title (wdf x3), body and searchable fields (exact form)
///   Z       stem of a word in the record's (or field's) language: "Z" + lang + ":" + stem
///           ("Znl:kennis"), no positions; for all of the above. The language tag keeps stems
///           of different languages apart, so a query stemmed as Dutch matches Dutch words only.
///   S       title word, positional (exact form);  ZS title stem ("ZSde:projekt")
///   Q       unique id: "Q" + kind + ":" + id; replace_document() on it makes re-indexing idempotent
///   XK      kind (post, document, profile)
///   XP      person the record is by (post author, document authors/owner, the profile's person)
///   XG      group or channel, normalised
///   L       language, primary subtag
///   XT      tag, normalised;  XM  mentioned person (`mentions`, and e-mail addresses in the body
///           of posts and documents);  XH  thread id
///   XY      year of `created` ("XY2024")
///   XA      access: "XApublic", "XAg:" + group, "XAu:" + person (all normalised)
///   XS      configured source the record came from (kennis-index --config), exact name
///
/// Values
///   0 created, 1 updated: Xapian::sortable_serialise(seconds since epoch)
///   2 kind, 3 language, 4 group (display form), 6 year: plain strings (facets)
///   5 people: person ids, serialise_list() (facets over several values)
///   7 source name, 8 fingerprint of the source item (incremental runs), 9 the unique id term
///   10-12 not written since layout 4 (thread, mentions, reply_to: now in slot 14)
///   13 facets: every facet value of the record, serialise_list() of facet_entry() strings, so
///      that one value read per match counts every facet
///   14 item (posts and documents): what the experts model reads of an item, ItemValues in one
///      value (serialise_item()), so that a candidate costs one value read, not seven
///
/// Document data: the stored record (core/index/stored_record.h): typed fields, each text
/// field with the words the indexer found in it, and the record's JSON as given.
///
/// Metadata: kennis.analyzer_version, kennis.layout_version, kennis.analysis_data (compound
/// dictionaries); spelling data from title and body.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "kennis/document.h"

namespace kennis::layout {

inline constexpr std::string_view kIdPrefix = "Q";
inline constexpr std::string_view kStemPrefix = "Z";
inline constexpr std::string_view kTitlePrefix = "S";
inline constexpr std::string_view kKindPrefix = "XK";
inline constexpr std::string_view kPersonPrefix = "XP";
inline constexpr std::string_view kGroupPrefix = "XG";
inline constexpr std::string_view kLangPrefix = "L";
inline constexpr std::string_view kTagPrefix = "XT";
inline constexpr std::string_view kMentionPrefix = "XM";
inline constexpr std::string_view kThreadPrefix = "XH";
inline constexpr std::string_view kYearPrefix = "XY";
inline constexpr std::string_view kAclPrefix = "XA";
inline constexpr std::string_view kSourcePrefix = "XS";
inline constexpr std::string_view kAclPublic = "public";
inline constexpr std::string_view kAclGroup = "g:";
inline constexpr std::string_view kAclPerson = "u:";

inline constexpr Xapian::valueno kCreatedSlot = 0;
inline constexpr Xapian::valueno kUpdatedSlot = 1;
inline constexpr Xapian::valueno kKindSlot = 2;
inline constexpr Xapian::valueno kLangSlot = 3;
inline constexpr Xapian::valueno kGroupSlot = 4;
inline constexpr Xapian::valueno kPeopleSlot = 5;
inline constexpr Xapian::valueno kYearSlot = 6;
inline constexpr Xapian::valueno kSourceSlot = 7;
inline constexpr Xapian::valueno kFingerprintSlot = 8;
inline constexpr Xapian::valueno kIdTermSlot = 9;
inline constexpr Xapian::valueno kFacetsSlot = 13;
inline constexpr Xapian::valueno kItemSlot = 14;

/// Word positions between fields, so that a phrase never spans two fields.
inline constexpr Xapian::termpos kFieldGap = 100;
/// wdf of a title word relative to a body word.
inline constexpr Xapian::termcount kTitleWeight = 3;

inline constexpr std::string_view kAnalyzerVersionKey = "kennis.analyzer_version";
inline constexpr std::string_view kLayoutVersionKey = "kennis.layout_version";
/// analysis_data_id() of the indexer: the compound dictionaries the index was split with.
inline constexpr std::string_view kAnalysisDataKey = "kennis.analysis_data";
/// Version of this layout; bump when a prefix, slot or the stored data changes meaning.
/// 2: language-tagged stem terms; 3: slots 10-12 (thread, mentions, reply_to) for the experts
/// model, XM also from e-mail addresses in the body; 4: the stored record replaces JSON as
/// document data, slot 13 (facets), slot 14 (item values) replaces slots 10-12.
inline constexpr int kLayoutVersion = 4;

/// Encodes several strings in one value slot ("<length>:<bytes>" each).
std::string serialise_list(const std::vector<std::string>& values);
/// Inverse of serialise_list(); stops at the first malformed entry.
std::vector<std::string> unserialise_list(std::string_view value);

/// Stem term: "Z" + field prefix + language + ":" + stem ("Zfr:ecol", "ZSnl:kennis").
std::string stem_term(std::string_view field_prefix, std::string_view lang, std::string_view stem);

/// Unique id term of a record.
std::string id_term(std::string_view kind, std::string_view id);
/// prefix + value, with the value normalised the same way everywhere (lower-cased, trimmed).
std::string bool_term(std::string_view prefix, std::string_view value);

// Boolean terms, spelled here once for the writer and every reader.
/// "XKpost": records of a kind.
std::string kind_term(Kind kind);
/// "XApublic": records everyone may see.
std::string public_access_term();
/// "XAg:<group>": records shared with a group.
std::string group_access_term(std::string_view group);
/// "XAu:<person>": records shared with a person (any of their ids).
std::string person_access_term(std::string_view person);
/// "XP<person>": records by a person (author, owner, the profile's person).
std::string person_term(std::string_view person);
/// "XY2024": records created in a year (four digits).
std::string year_term(std::string_view year);

/// What the experts model (and the people directory's counts) read of a post or document.
struct ItemValues {
  bool is_document = false;
  std::vector<std::string> people;    ///< author / authors and owner, as the record names them
  std::vector<std::string> mentions;
  std::string thread;                 ///< the XH term of the post's thread
  std::string reply_to;               ///< id_term() of the post it answers
  std::string id_term;
  std::optional<int64_t> created;
};
std::string serialise_item(const ItemValues& item);
/// Inverse of serialise_item(); an empty or malformed value gives an empty ItemValues.
ItemValues unserialise_item(std::string_view value);

/// The facets kennis counts, each with its one-letter code in slot kFacetsSlot.
enum class FacetField : char { kKind = 'k', kLang = 'l', kGroup = 'g', kAuthor = 'a', kYear = 'y' };
/// An entry of the facets slot: the field's code, then the value as shown.
std::string facet_entry(FacetField field, std::string_view value);

}  // namespace kennis::layout
