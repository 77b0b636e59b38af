// IndexReader: sessions of (database, analyser), reopening, version checks, access filter and
// the per-revision people directory.
#include "kennis/index_reader.h"

#include <algorithm>
#include <mutex>
#include <optional>

#include "kennis/error.h"
#include "kennis/index_location.h"
#include "kennis/schema.h"
#include "people_directory.h"
#include "stored_record.h"

namespace kennis {

using Q = Xapian::Query;

// A database handle and an analyser, used by one thread at a time.
struct IndexReader::Session {
  std::optional<Xapian::Database> db;
  std::string opened;  // the directory db was opened from (index_location.h)
  Analyzer analyzer;
};

class IndexReader::Pool {
 public:
  std::unique_ptr<Session> acquire() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (free_.empty()) return std::make_unique<Session>();
    std::unique_ptr<Session> s = std::move(free_.back());
    free_.pop_back();
    return s;
  }
  void release(std::unique_ptr<Session> s) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(s));
  }

 private:
  std::mutex mutex_;
  std::vector<std::unique_ptr<Session>> free_;
};

// A session taken from the pool for one read, given back however the read ends.
class Lease {
 public:
  explicit Lease(IndexReader::Pool& pool) : pool_(pool), session_(pool.acquire()) {}
  ~Lease() { pool_.release(std::move(session_)); }
  IndexReader::Session* operator->() { return session_.get(); }

 private:
  IndexReader::Pool& pool_;
  std::unique_ptr<IndexReader::Session> session_;
};

struct IndexReader::PeopleCache {
  std::mutex mutex;
  std::string key;  // uuid@revision of the index `directory` was built from
  std::shared_ptr<const PeopleDirectory> directory;
};

namespace {

void check_version(const Xapian::Database& db, const std::string& path) {
  const std::string version = db.get_metadata(std::string(layout::kAnalyzerVersionKey));
  const std::string ours = std::to_string(kAnalyzerVersion);
  if (version != ours) {
    throw Error(ErrorCode::kIndexIncompatible,
                version.empty() ? "index " + path + " was not made by kennis-index (no analyser version)"
                                : "index " + path + " was built with analyser version " + version +
                                      " but this searchd uses version " + ours + "; rebuild it with kennis-index");
  }
  const std::string layout = db.get_metadata(std::string(layout::kLayoutVersionKey));
  if (layout != std::to_string(layout::kLayoutVersion)) {
    throw Error(ErrorCode::kIndexIncompatible,
                "index " + path + " has index layout version " + (layout.empty() ? "(none)" : layout) +
                    " but this searchd reads version " + std::to_string(layout::kLayoutVersion) +
                    " (stored records, version " + std::to_string(kStoredRecordVersion) +
                    "); rebuild it with kennis-index --rebuild");
  }
  // Queries are split with the installed dictionaries: they must be those the index was made with.
  const std::string data = db.get_metadata(std::string(layout::kAnalysisDataKey));
  if (data != analysis_data_id()) {
    throw Error(ErrorCode::kIndexIncompatible,
                "index " + path + " was made with other compound dictionaries (" + (data.empty() ? "none" : data) +
                    ") than this searchd has (" + (analysis_data_id().empty() ? "none" : analysis_data_id()) +
                    "); rebuild it with kennis-index --rebuild");
  }
}

// Opens or refreshes the session's database; maps Xapian's errors to ours. A rebuild that
// switched the index to a new generation is followed by opening that generation afresh.
void refresh(std::optional<Xapian::Database>& db, std::string& opened, const std::string& path) {
  try {
    const std::string target = resolve_index(path);
    if (db && target != opened) db.reset();
    if (!db) {
      db.emplace(target);
      opened = target;
      check_version(*db, path);
    } else if (db->reopen()) {
      check_version(*db, path);
    }
  } catch (const Xapian::DatabaseNotFoundError&) {
    db.reset();
    throw Error(ErrorCode::kIndexUnavailable, "no index at " + path + " yet; build one with kennis-index");
  } catch (const Xapian::Error& e) {
    db.reset();
    throw Error(ErrorCode::kIndexUnavailable, "index " + path + " cannot be opened: " + e.get_description());
  } catch (const Error&) {
    db.reset();
    throw;
  }
}

}  // namespace

IndexReader::IndexReader(std::string index_path)
    : path_(std::move(index_path)), pool_(std::make_unique<Pool>()), people_(std::make_unique<PeopleCache>()) {}
IndexReader::~IndexReader() = default;

void IndexReader::read(const Work& work) const {
  Lease session(*pool_);
  std::optional<Xapian::Database>& db = session->db;
  refresh(db, session->opened, path_);
  try {
    try {
      work(View(*this, *db, session->analyzer));
    } catch (const Xapian::DatabaseModifiedError&) {
      db->reopen();
      work(View(*this, *db, session->analyzer));
    }
  } catch (const Xapian::DatabaseCorruptError& e) {
    db.reset();
    throw Error(ErrorCode::kIndexUnavailable, "index " + path_ + " is corrupt: " + e.get_description());
  } catch (const Xapian::Error& e) {
    db.reset();
    throw Error(ErrorCode::kIndexUnavailable, "reading index " + path_ + " failed: " + e.get_description());
  }
}

// Terms no record of the index has are left out: they cannot match, and Xapian 1.4 pays more
// for a missing term's posting list than for a present one: 500 groups that no record names
// made the matcher 10.8x slower than no filter, and 1.3x with the pruning (bench/RESULTS.md,
// "Access filtering").
Q IndexReader::View::access(const Caller& caller) const {
  std::vector<std::string> terms{layout::public_access_term()};
  for (const std::string& group : caller.groups) terms.push_back(layout::group_access_term(group));
  if (!caller.person.empty()) terms.push_back(layout::person_access_term(caller.person));
  for (const std::string& alias : caller.aliases) terms.push_back(layout::person_access_term(alias));
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  terms.erase(std::remove_if(terms.begin(), terms.end(), [&](const std::string& t) { return !db_.term_exists(t); }),
              terms.end());
  if (terms.empty()) return Q::MatchNothing;
  return Q(Q::OP_OR, terms.begin(), terms.end());
}

const PeopleDirectory& IndexReader::View::people() const {
  if (!people_) people_ = reader_.people(db_, analyzer_);
  return *people_;
}

std::shared_ptr<const PeopleDirectory> IndexReader::people(const Xapian::Database& db, const Analyzer& analyzer) const {
  const std::string key = db.get_uuid() + "@" + std::to_string(db.get_revision());
  std::lock_guard<std::mutex> lock(people_->mutex);
  if (!people_->directory || key != people_->key) {
    people_->directory = PeopleDirectory::load(db, analyzer);
    people_->key = key;
  }
  return people_->directory;
}

Caller IndexReader::caller_for(std::string_view user) const {
  Caller caller;
  caller.person = std::string(user);
  read([&](const View& view) {
    if (const Person* person = view.people().resolve(user)) {
      caller.person = person->id;
      caller.groups = person->groups;
      caller.aliases = person->keys;
    }
  });
  return caller;
}

IndexStatus IndexReader::status() const {
  IndexStatus status;
  try {
    read([&](const View& view) {
      status.documents = view.db().get_doccount();
      status.revision = view.db().get_revision();
      status.analyzer_version = std::atoi(view.db().get_metadata(std::string(layout::kAnalyzerVersionKey)).c_str());
    });
    status.ok = true;
  } catch (const Error& e) {
    status.message = e.what();
  } catch (const std::exception& e) {
    status.message = e.what();
  }
  return status;
}

}  // namespace kennis
