/// @file chat_text.h
/// Small text helpers shared by the chat connectors (Slack, Viva Engage): what the record
/// schemas demand of strings (valid UTF-8, length limits, e-mail shape) and the person ids the
/// connectors agree on.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kennis::chat {

/// Longest name, id or person reference the record schemas accept, in characters.
constexpr size_t kMaxNameChars = 200;

/// `text` with every invalid UTF-8 sequence replaced by U+FFFD (returned unchanged when valid).
std::string valid_utf8(std::string_view text);

/// `text` cut to at most `max_chars` code points (of valid UTF-8), never inside a character.
std::string clip(std::string_view text, size_t max_chars = kMaxNameChars);

/// ASCII lower case (e-mail addresses; non-ASCII bytes are left alone).
std::string ascii_lower(std::string_view text);

/// `text` without leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

/// Whether `text` has the shape profile.schema.json demands of "email".
bool is_email(std::string_view text);

/// The person id of an e-mail address (lower-cased, trimmed), or nullopt when `email` is not
/// an address. Connectors that know a person's address use it as the person id, so that the
/// same person found in Slack, Viva Engage and the directory is one person.
std::optional<std::string> person_id_from_email(std::string_view email);

/// Appends `value` to `list` unless it is already there.
void append_unique(std::vector<std::string>& list, std::string value);

/// Longest first line split_heading() takes for a heading, in characters.
constexpr size_t kMaxHeadingChars = 150;

/// A heading and the text under it, when `text` (trimmed) opens with a line of its own: a line
/// of at most kMaxHeadingChars characters, not ending in ',', ':' or ';', followed by a blank
/// line and more text. That is how chat posts that have a subject write it. Else nullopt.
std::optional<std::pair<std::string, std::string>> split_heading(std::string_view text);

/// Whether `text` is "YYYY-MM-DD" (a Slack day file's stem).
bool is_iso_date(std::string_view text);

}  // namespace kennis::chat
