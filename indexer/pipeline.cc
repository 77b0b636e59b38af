#include "pipeline.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <thread>
#include <variant>

#include "blocking_queue.h"
#include "kennis/error.h"
#include "kennis/records.h"

namespace kennis {
namespace {

struct Batch {
  uint64_t seq = 0;
  Kind kind = Kind::kPost;
  const std::string* file = nullptr;
  uint64_t first_line = 0;
  std::vector<std::string> lines;
};

struct Prepared {
  uint64_t seq = 0;
  std::vector<std::variant<PreparedDocument, RecordError>> items;
};

bool blank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

Prepared prepare(Batch& batch, const Analyzer& analyzer, const RecordSchemas& schemas, const MappingOptions& mapping) {
  Prepared out;
  out.seq = batch.seq;
  for (size_t i = 0; i < batch.lines.size(); ++i) {
    std::string& line = batch.lines[i];
    if (blank(line)) continue;
    auto parsed = parse_record(batch.kind, line, schemas);
    if (auto* error = std::get_if<RecordError>(&parsed)) {
      error->file = *batch.file;
      error->line = batch.first_line + i;
      out.items.emplace_back(std::move(*error));
    } else {
      out.items.emplace_back(prepare_document(std::get<Record>(parsed), analyzer, mapping));
    }
  }
  return out;
}

}  // namespace

RunSummary run_pipeline(const PipelineOptions& options, const RejectHandler& on_reject) {
  const auto started = std::chrono::steady_clock::now();
  // Fail before touching the index when an input cannot be read.
  std::vector<std::unique_ptr<std::ifstream>> files;
  for (const InputFile& input : options.inputs) {
    if (input.path == "-") {
      files.emplace_back();
      continue;
    }
    auto file = std::make_unique<std::ifstream>(input.path, std::ios::binary);
    if (!*file) throw Error(ErrorCode::kIo, "cannot read " + input.path + ": " + std::strerror(errno));
    files.push_back(std::move(file));
  }

  const RecordSchemas schemas;
  IndexWriter writer(options.index_path);
  RunSummary summary;

  BlockingQueue<Batch> work(options.workers * 4);
  BlockingQueue<Prepared> done(options.workers * 4);
  std::atomic<bool> failed{false};
  std::exception_ptr failure;
  std::mutex failure_mutex;
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
        const Analyzer analyzer;
        while (auto batch = work.pop()) done.push(prepare(*batch, analyzer, schemas, options.mapping));
      } catch (...) {
        fail(std::current_exception());
      }
      if (--running == 0) done.close();
    });
  }

  // The writer applies batches in input order, so the last of two records with one id wins.
  std::thread writer_thread([&] {
    try {
      std::map<uint64_t, Prepared> waiting;
      uint64_t next = 0;
      while (auto prepared = done.pop()) {
        waiting.emplace(prepared->seq, std::move(*prepared));
        for (auto it = waiting.find(next); it != waiting.end(); it = waiting.find(++next)) {
          for (auto& item : it->second.items) {
            if (auto* error = std::get_if<RecordError>(&item)) {
              ++summary.rejected;
              on_reject(*error);
            } else {
              writer.put(std::move(std::get<PreparedDocument>(item)));
            }
          }
          waiting.erase(it);
        }
      }
    } catch (...) {
      fail(std::current_exception());
    }
  });

  uint64_t seq = 0;
  for (size_t f = 0; f < options.inputs.size() && !failed; ++f) {
    std::istream& in = files[f] ? *files[f] : std::cin;
    Batch batch{seq, options.inputs[f].kind, &options.inputs[f].path, 1, {}};
    uint64_t line_no = 0;
    std::string line;
    while (!failed && std::getline(in, line)) {
      ++line_no;
      if (!blank(line)) ++summary.records;
      batch.lines.push_back(std::move(line));
      if (batch.lines.size() >= options.batch_lines) {
        work.push(std::move(batch));
        batch = Batch{++seq, options.inputs[f].kind, &options.inputs[f].path, line_no + 1, {}};
      }
    }
    if (in.bad()) fail(std::make_exception_ptr(Error(ErrorCode::kIo, "reading " + options.inputs[f].path + " failed")));
    if (!batch.lines.empty()) {
      work.push(std::move(batch));
      ++seq;
    }
  }
  work.close();
  for (std::thread& t : workers) t.join();
  writer_thread.join();
  if (failure) std::rethrow_exception(failure);

  writer.commit();
  summary.added = writer.stats().added;
  summary.replaced = writer.stats().replaced;
  summary.documents = writer.document_count();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace kennis
