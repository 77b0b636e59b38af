/// @file index_writer.h
/// Writing records into a Xapian index: the mapping from Record to Xapian::Document (pure,
/// any thread) and IndexWriter, the only owner of a Xapian::WritableDatabase.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "kennis/analysis.h"
#include "kennis/document.h"

namespace kennis {

/// A record turned into what the writer stores: the Xapian document, its unique id term and
/// the words to add to the spelling dictionary.
struct PreparedDocument {
  std::string id_term;
  Xapian::Document document;
  std::vector<std::string> spelling_words;
};

/// Options of the Record -> Xapian::Document mapping.
struct MappingOptions {
  std::string default_lang = "en";  ///< stemming language of records without a `lang`
  bool spelling = true;             ///< collect words for "did you mean"
  bool detect_language = true;      ///< detect the language of records without `lang`
  /// When set, every record is stemmed in this language whatever it declares or is detected
  /// as (an English-only baseline for evaluation); the lang term and facet stay as they were.
  std::string stem_language;
  bool compounds = true;            ///< index the parts of Dutch and German compound words

  /// Identifies the options that change the documents made from a record, so that an
  /// incremental run re-indexes unchanged items after the options change.
  std::string key() const;
};

/// Maps a record to its Xapian document following schema.h. Pure: uses only `analyzer`
/// (one per thread). Never throws for record content.
PreparedDocument prepare_document(const Record& record, const Analyzer& analyzer,
                                  const MappingOptions& options);

/// Marks a prepared document as coming from configured source `source` with the item's
/// `fingerprint`, so that the next run can skip it when unchanged and remove it when it vanished.
void set_origin(PreparedDocument& document, const std::string& source, const std::string& fingerprint);

/// Counts of one writer session.
struct WriteStats {
  uint64_t added = 0;
  uint64_t replaced = 0;
  uint64_t deleted = 0;
};

/// Owns a Xapian::WritableDatabase. All changes of a session become visible to readers at once,
/// at commit(): the writer works inside a Xapian transaction, so a crash or kill leaves the last
/// committed index as it was. Not thread-safe: one writer thread.
/// Throws Error kIndexLocked when another process holds the index, kIndexIncompatible when the
/// index was made by another analyser version, kIo for other Xapian errors.
class IndexWriter {
 public:
  explicit IndexWriter(const std::string& path);
  ~IndexWriter();  ///< abandons uncommitted changes

  /// Adds or replaces the record with the same unique id term.
  void put(PreparedDocument&& document);
  /// Removes a record; returns false when it was not in the index.
  bool remove(std::string_view kind, std::string_view id);
  /// Removes the record with this unique id term; returns false when it was not in the index.
  bool remove_term(const std::string& id_term);
  /// id term -> fingerprint of every record indexed from `source` (for incremental runs).
  std::unordered_map<std::string, std::string> fingerprints(const std::string& source) const;

  /// Makes all changes since construction (or the last commit) visible, atomically.
  void commit();

  const WriteStats& stats() const { return stats_; }
  Xapian::doccount document_count() const;

 private:
  void begin();
  void flush_spelling();
  static constexpr size_t kSpellingBuffer = 200000;  ///< distinct words held before flushing
  std::unique_ptr<Xapian::WritableDatabase> db_;
  std::unordered_map<std::string, Xapian::termcount> spelling_;
  bool in_transaction_ = false;
  WriteStats stats_;
};

}  // namespace kennis
