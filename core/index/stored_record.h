// The stored record: what a Xapian document's data holds, written by the indexer and read by
// search, experts and the people directory. The one module that knows its layout.
//
// The read side needs a few fields of every hit (kind, id, title, url, the text snippets come
// from) and, for highlighting, the words the indexer found in that text. JSON would have to be
// parsed whole for each hit and the text analysed again (ICU segmentation, folding, compound
// splitting, stemming: over half the cost of a search, bench/RESULTS.md). So the data is a
// compact binary record of typed fields, each text field with its analysis: the distinct
// words (folded form and stem) and each token's byte span, as Lucene stores offsets in term
// vectors or postings for its highlighters. Views into the data are read without copying;
// the record's JSON, as given, is only decoded where a whole record is returned.
//
// Layout (all integers LEB128 varints, strings length-prefixed):
//   "k" format-version  then fields: tag, length, bytes   (unknown tags are skipped)
// A text field's bytes: text, language, word count, (word, stem)*, token count,
// (word index, start delta from the previous token's start (zigzag), length)*, in the order the
// analyser made them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kennis/analysis.h"
#include "kennis/document.h"

namespace kennis {

/// Version of the stored record layout; part of schema.h's layout version.
inline constexpr int kStoredRecordVersion = 1;

/// Tokens of a text field kept for highlighting: those within its first kMaxHighlightBytes.
inline constexpr size_t kMaxHighlightBytes = 64 * 1024;

/// A text field of a stored record: the text and the words the indexer found in it.
struct StoredText {
  std::string_view text;
  std::string_view lang;  ///< the language its words were stemmed in ("" when none)
  std::string_view words;   ///< encoded vocabulary (see TextWords)
  std::string_view tokens;  ///< encoded token spans (see TextTokens)
  bool empty() const { return text.empty(); }
};

/// Iterates the distinct words of a StoredText: folded form (Token::text) and stem.
class TextWords {
 public:
  explicit TextWords(const StoredText& t);
  size_t size() const { return count_; }
  /// Reads the next word; false at the end (or on corrupt data).
  bool next(std::string_view* word, std::string_view* stem);

 private:
  std::string_view data_;
  size_t count_ = 0, read_ = 0;
};

/// Iterates the token spans of a StoredText in text order: byte offsets and word index.
class TextTokens {
 public:
  explicit TextTokens(const StoredText& t);
  size_t size() const { return count_; }
  bool next(uint32_t* start, uint32_t* end, uint32_t* word);

 private:
  std::string_view data_;
  size_t count_ = 0, read_ = 0;
  uint32_t start_ = 0;
};

/// A stored record, read. Views point into the record's own copy of the data.
struct StoredRecord {
  Kind kind = Kind::kPost;
  std::string_view id, url;
  StoredText title;  ///< the shown title: the record's title, or a profile's name
  StoredText body;   ///< where snippets come from: the body, or a profile's about
  // Profiles only.
  std::string_view name, email, person_id, department, location;
  std::vector<std::string_view> aliases, languages, groups;
  bool active = true;
  StoredText job_title, skills, ask_me_about, about;  ///< skills and ask_me_about joined by ", "

  /// The record as it was given, with "kind" added (GET /v1/documents).
  std::string json() const;

  std::shared_ptr<const std::string> data;  ///< owns every view

 private:
  friend std::optional<StoredRecord> read_stored_record(std::string data);
  std::string_view json_;      // the JSON without the body, which is `body.text`
  bool json_body_removed_ = false;
};

/// Decodes document data; nullopt when it is not a stored record of this version.
std::optional<StoredRecord> read_stored_record(std::string data);

/// Builds a stored record from an indexed Record.
class StoredRecordWriter {
 public:
  /// The words the indexer found in a text: its tokens and their stems (same length).
  struct Analysis {
    std::string_view lang;
    const std::vector<Token>* tokens = nullptr;
    const std::vector<std::string>* stems = nullptr;
  };
  explicit StoredRecordWriter(const Record& record) : record_(record) {}
  void set_title(const Analysis& a) { title_ = a; }
  void set_body(const Analysis& a) { body_ = a; }
  /// Analyses the profile's job title, skills, ask me about and about with `analyzer` in
  /// `lang` (as the indexer does), for experts' profile evidence.
  std::string encode(const Analyzer& analyzer, const std::string& lang, bool compounds) const;

 private:
  const Record& record_;
  Analysis title_, body_;
};

}  // namespace kennis
