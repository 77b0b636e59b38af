/// @file schema.h
/// The index layout, in one place: term prefixes, value slots, stored data and metadata keys.
/// Nothing else in kennis spells a prefix or a slot number.
///
/// Terms
///   (none)  word, positional, from title (wdf x3), body and searchable fields (exact form)
///   Z       stem of a word ("Z" + stem), no positions; for all of the above
///   S       title word, positional (exact form);  ZS title stem
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
///   10 thread: the post's XH term (bool_term), so the experts model can gather a thread's posts
///   11 mentions: mentioned person ids, serialise_list()
///   12 reply_to: the unique id term of the post a post answers (id_term("post", reply_to))
///
/// Document data: the record's JSON as given, plus "kind", compact.
///
/// Metadata: kennis.analyzer_version, kennis.layout_version; spelling data from title and body.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

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
inline constexpr Xapian::valueno kThreadSlot = 10;
inline constexpr Xapian::valueno kMentionsSlot = 11;
inline constexpr Xapian::valueno kReplyToSlot = 12;

/// Word positions between fields, so that a phrase never spans two fields.
inline constexpr Xapian::termpos kFieldGap = 100;
/// wdf of a title word relative to a body word.
inline constexpr Xapian::termcount kTitleWeight = 3;

inline constexpr std::string_view kAnalyzerVersionKey = "kennis.analyzer_version";
inline constexpr std::string_view kLayoutVersionKey = "kennis.layout_version";
/// Version of this layout; bump when a prefix, slot or the stored data changes meaning.
/// 2: slots 10-12 (thread, mentions, reply_to) for the experts model; XM also from e-mail
/// addresses in the body.
inline constexpr int kLayoutVersion = 2;

/// Encodes several strings in one value slot ("<length>:<bytes>" each).
std::string serialise_list(const std::vector<std::string>& values);
/// Inverse of serialise_list(); stops at the first malformed entry.
std::vector<std::string> unserialise_list(std::string_view value);

/// Unique id term of a record.
std::string id_term(std::string_view kind, std::string_view id);
/// prefix + value, with the value normalised the same way everywhere (lower-cased, trimmed).
std::string bool_term(std::string_view prefix, std::string_view value);

}  // namespace kennis::layout
