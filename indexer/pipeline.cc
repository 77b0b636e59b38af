#include "pipeline.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include "blocking_queue.h"
#include "kennis/error.h"
#include "kennis/records.h"
#include "kennis/schema.h"

namespace kennis {
namespace {

using Fingerprints = std::unordered_map<std::string, std::string>;

// What the writer does with one item, decided on a worker thread.
struct Put {
  PreparedDocument document;
};
struct Unchanged {
  std::string id_term;
};
struct Remove {
  std::string id_term;
};
struct Reject {
  RecordError error;
  std::string id_term;  // when known: the old version stays, so it must not count as vanished
};
using Action = std::variant<Put, Unchanged, Remove, Reject>;

struct Item {
  SourceRecord record;
  bool deletion = false;
  std::string deleted_id_term;
};

struct Batch {
  uint64_t seq = 0;
  std::vector<Item> items;
};

struct Done {
  uint64_t seq = 0;
  std::vector<Action> actions;
};

class Worker {
 public:
  Worker(const RecordSchemas& schemas, const MappingOptions& mapping) : schemas_(schemas), mapping_(mapping) {
    // A change of mapping options changes the documents made from unchanged items.
    salt_ = "/" + mapping.key();
  }

  Action handle(Item& item, const std::string& source, const Fingerprints& known) {
    if (item.deletion) return Remove{item.deleted_id_term};
    SourceRecord& r = item.record;
    const std::string kind(kind_name(r.kind));
    auto reject = [&](std::string pointer, std::string message, std::string id_term) {
      RecordError e;
      e.file = r.origin;
      e.pointer = std::move(pointer);
      e.message = std::move(message);
      return Reject{std::move(e), std::move(id_term)};
    };
    auto unchanged = [&](const std::string& id_term, const std::string& fingerprint) {
      const auto it = known.find(id_term);
      return it != known.end() && it->second == fingerprint;
    };
    // Connectors that know an item's id and fingerprint before the costly load skip it here.
    std::string id_term;
    if (const auto id = r.record.find("id"); id != r.record.end() && id->is_string())
      id_term = layout::id_term(kind, id->get<std::string>());
    if (!r.fingerprint.empty()) r.fingerprint += salt_;
    if (!id_term.empty() && !r.fingerprint.empty() && unchanged(id_term, r.fingerprint)) return Unchanged{id_term};
    if (r.load) {
      std::string message;
      bool ok = false;
      try {
        ok = r.load(r.record, message);
      } catch (const std::exception& e) {
        message = e.what();
      }
      if (!ok) return reject("", message.empty() ? "could not be read" : message, id_term);
    }
    if (r.fingerprint.empty()) r.fingerprint = content_hash(r.record.dump()) + salt_;
    auto parsed = to_record(r.kind, std::move(r.record), schemas_);
    if (auto* error = std::get_if<RecordError>(&parsed)) return reject(error->pointer, error->message, id_term);
    const Record& record = std::get<Record>(parsed);
    id_term = layout::id_term(kind, record.id);
    if (unchanged(id_term, r.fingerprint)) return Unchanged{id_term};
    PreparedDocument prepared = prepare_document(record, analyzer_, mapping_);
    set_origin(prepared, source, r.fingerprint);
    return Put{std::move(prepared)};
  }

 private:
  const RecordSchemas& schemas_;
  const MappingOptions& mapping_;
  const Analyzer analyzer_;
  std::string salt_;
};

// The single writer: applies actions in source order and tracks what each source still has.
class Writer {
 public:
  Writer(IndexWriter& index, const RejectHandler& on_reject) : index_(index), on_reject_(on_reject) {}

  void apply(Action& action, SourceSummary& summary) {
    ++handled_;
    if (auto* put = std::get_if<Put>(&action)) {
      seen_.insert(put->document.id_term);
      const uint64_t replaced_before = index_.stats().replaced;
      index_.put(std::move(put->document));
      ++(index_.stats().replaced > replaced_before ? summary.replaced : summary.added);
    } else if (auto* same = std::get_if<Unchanged>(&action)) {
      seen_.insert(same->id_term);
      ++summary.unchanged;
    } else if (auto* remove = std::get_if<Remove>(&action)) {
      if (index_.remove_term(remove->id_term)) ++summary.removed;
    } else {
      auto& reject = std::get<Reject>(action);
      if (!reject.id_term.empty()) seen_.insert(reject.id_term);
      ++summary.rejected;
      on_reject_(reject.error);
    }
  }

  /// Removes what a fully read source did not produce this time.
  void remove_vanished(const Fingerprints& before, SourceSummary& summary) {
    for (const auto& [id_term, fingerprint] : before)
      if (!seen_.count(id_term) && index_.remove_term(id_term)) ++summary.removed;
  }

  void start_source() { seen_.clear(); }
  uint64_t handled() const { return handled_; }

 private:
  IndexWriter& index_;
  const RejectHandler& on_reject_;
  std::unordered_set<std::string> seen_;
  uint64_t handled_ = 0;  // read by the progress report on the writer thread itself
};

}  // namespace

SourceSummary RunSummary::total() const {
  SourceSummary t;
  t.name = "total";
  for (const SourceSummary& s : sources) {
    t.items += s.items;
    t.added += s.added;
    t.replaced += s.replaced;
    t.unchanged += s.unchanged;
    t.removed += s.removed;
    t.rejected += s.rejected;
  }
  return t;
}

RunSummary run_pipeline(const PipelineOptions& options, std::vector<SourceRun>& sources, const RejectHandler& on_reject) {
  const auto started = std::chrono::steady_clock::now();
  const RecordSchemas schemas;
  IndexWriter index(options.index_path);
  Writer writer(index, on_reject);
  RunSummary run;

  for (size_t s = 0; s < sources.size(); ++s) {
    SourceRun& source = sources[s];
    SourceSummary summary;
    summary.name = source.name;
    const Fingerprints known = index.fingerprints(source.name);
    writer.start_source();

    BlockingQueue<Batch> work(options.workers * 4);
    BlockingQueue<Done> done(options.workers * 4);
    std::exception_ptr failure;
    std::mutex failure_mutex;
    std::atomic<bool> failed{false};
    auto fail = [&](std::exception_ptr e) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = e;
      failed = true;
      work.close();
      done.close();
    };

    std::vector<std::thread> workers;
    std::atomic<unsigned> running{options.workers};
    for (unsigned w = 0; w < options.workers; ++w) {
      workers.emplace_back([&] {
        try {
          Worker worker(schemas, options.mapping);
          while (auto batch = work.pop()) {
            Done out{batch->seq, {}};
            out.actions.reserve(batch->items.size());
            for (Item& item : batch->items) out.actions.push_back(worker.handle(item, source.name, known));
            done.push(std::move(out));
          }
        } catch (...) {
          fail(std::current_exception());
        }
        if (--running == 0) done.close();
      });
    }

    // Batches are applied in source order, so the last of two records with one id wins.
    std::thread writer_thread([&] {
      try {
        std::map<uint64_t, Done> waiting;
        uint64_t next = 0;
        auto last_report = std::chrono::steady_clock::now();
        while (auto batch = done.pop()) {
          waiting.emplace(batch->seq, std::move(*batch));
          for (auto it = waiting.find(next); it != waiting.end(); it = waiting.find(++next)) {
            for (Action& action : it->second.actions) writer.apply(action, summary);
            waiting.erase(it);
          }
          if (options.progress && std::chrono::steady_clock::now() - last_report > std::chrono::milliseconds(500)) {
            options.progress(writer.handled());
            last_report = std::chrono::steady_clock::now();
          }
        }
      } catch (...) {
        fail(std::current_exception());
      }
    });

    // This thread runs the connector and batches what it reads.
    std::string read_failure;
    uint64_t seq = 0;
    Batch batch{seq, {}};
    auto flush = [&] {
      if (batch.items.empty()) return;
      work.push(std::move(batch));
      batch = Batch{++seq, {}};
    };
    SourceSink sink;
    sink.record = [&](SourceRecord&& record) {
      ++summary.items;
      Item item;
      item.record = std::move(record);
      batch.items.push_back(std::move(item));
      if (batch.items.size() >= options.batch_items) flush();
    };
    sink.problem = [&](SourceProblem&& problem) {
      ++summary.items;
      Item item;
      item.record.origin = std::move(problem.origin);
      item.record.load = [message = std::move(problem.message)](nlohmann::json&, std::string& out) {
        out = message;
        return false;
      };
      batch.items.push_back(std::move(item));
    };
    sink.deleted = [&](Kind kind, const std::string& id) {
      ++summary.items;
      Item item;
      item.deletion = true;
      item.deleted_id_term = layout::id_term(kind_name(kind), id);
      batch.items.push_back(std::move(item));
    };
    try {
      if (!failed) source.connector->read(sink);
    } catch (const Error& e) {
      read_failure = e.what();
    } catch (const std::exception& e) {
      read_failure = std::string("unexpected error: ") + e.what();
    }
    flush();
    work.close();
    for (std::thread& t : workers) t.join();
    writer_thread.join();
    if (failure) std::rethrow_exception(failure);

    if (!read_failure.empty()) {
      summary.failure = read_failure;  // what it did read is indexed; nothing is removed
    } else if (source.remove_vanished) {
      writer.remove_vanished(known, summary);
    }
    run.sources.push_back(std::move(summary));
  }

  index.commit();
  run.documents = index.document_count();
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return run;
}

}  // namespace kennis
