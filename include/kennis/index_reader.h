/// @file index_reader.h
/// The read side's one way into an index: opening it, a pool of per-thread sessions, reopening
/// on a new revision (and retrying work a commit overtook), the layout and analyser version
/// checks, the access filter, and the caches that belong to one revision (the people
/// directory). Searcher, ExpertFinder and any later reader (suggestions) take an IndexReader;
/// none of them knows another's internals.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "kennis/analysis.h"

namespace kennis {

/// Who is asking. Access is part of the Xapian query: a caller sees public records, records
/// shared with one of `groups`, and records shared with `person` or one of `aliases`.
struct Caller {
  std::string person;               ///< empty for anonymous callers and tools acting for groups
  std::vector<std::string> groups;
  std::vector<std::string> aliases; ///< the person's other ids (e-mail, each source's user id)
};

/// State of the index as searchd sees it.
struct IndexStatus {
  bool ok = false;
  std::string message;               ///< why not ok
  uint64_t documents = 0;
  uint64_t revision = 0;
  int analyzer_version = 0;
};

class PeopleDirectory;  // core/search/people_directory.h

/// Thread-safe. Every method that reads throws Error: kIndexUnavailable when the index is
/// missing, unreadable or corrupt, kIndexIncompatible when another analyser, layout or set of
/// compound dictionaries made it (with the rebuild hint).
class IndexReader {
 public:
  explicit IndexReader(std::string index_path);
  ~IndexReader();
  IndexReader(const IndexReader&) = delete;
  IndexReader& operator=(const IndexReader&) = delete;

  /// One request's view of the index: a database handle at one revision and an analyser, used
  /// by one thread.
  class View {
   public:
    const Xapian::Database& db() const { return db_; }
    const Analyzer& analyzer() const { return analyzer_; }
    /// The query every record `caller` may see matches: OR of their access terms that some
    /// record has (a term no record has costs the matcher without matching).
    Xapian::Query access(const Caller& caller) const;
    /// The identity directory of this revision (built once per revision, shared).
    const PeopleDirectory& people() const;

   private:
    friend class IndexReader;
    View(const IndexReader& reader, const Xapian::Database& db, const Analyzer& analyzer)
        : reader_(reader), db_(db), analyzer_(analyzer) {}
    const IndexReader& reader_;
    const Xapian::Database& db_;
    const Analyzer& analyzer_;
    mutable std::shared_ptr<const PeopleDirectory> people_;
  };

  /// Runs `work` on a fresh view of the index. `work` runs again from the start if a commit
  /// overtook it (Xapian::DatabaseModifiedError), so it must not keep state between runs;
  /// Xapian errors in it become kIndexUnavailable.
  using Work = std::function<void(const View& view)>;
  void read(const Work& work) const;

  /// Never throws.
  IndexStatus status() const;

  /// The caller that `user` is: `user` may be any id of a person (e-mail, profile id,
  /// person_id, a source's user id); the caller gets all the person's ids and the groups of all
  /// their profiles. A user the directory does not know is a caller with that id and no groups.
  Caller caller_for(std::string_view user) const;

  const std::string& path() const { return path_; }

  struct Session;  ///< opaque: a database handle and an analyser used by one thread at a time
  class Pool;     ///< opaque: the free sessions

 private:
  std::shared_ptr<const PeopleDirectory> people(const Xapian::Database& db, const Analyzer& analyzer) const;
  std::string path_;
  std::unique_ptr<Pool> pool_;
  struct PeopleCache;
  std::unique_ptr<PeopleCache> people_;
};

}  // namespace kennis
