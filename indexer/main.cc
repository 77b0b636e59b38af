// kennis-index: index JSON Lines files of posts, documents and profiles into a Xapian index.
//
// Exit codes: 0 every record indexed; 1 finished, but some records were rejected (see the log);
// 2 failed: nothing of this run was committed.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <thread>

#include "kennis/analysis.h"
#include "kennis/error.h"
#include "kennis/log.h"
#include "pipeline.h"

namespace {

constexpr int kExitClean = 0;
constexpr int kExitRejected = 1;
constexpr int kExitFailed = 2;
constexpr const char* kProgram = "kennis-index";

struct Options {
  std::string index;
  std::vector<std::string> posts, documents, profiles;
  unsigned threads = 0;
  std::string default_lang = "en";
  bool json = false;
  bool quiet = false;
  bool no_spelling = false;
};

std::string summary_text(const kennis::RunSummary& s) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer,
                "%llu records: %llu added, %llu replaced, %llu rejected; index holds %llu; %.2f s (%.0f records/s)",
                static_cast<unsigned long long>(s.records), static_cast<unsigned long long>(s.added),
                static_cast<unsigned long long>(s.replaced), static_cast<unsigned long long>(s.rejected),
                static_cast<unsigned long long>(s.documents), s.seconds,
                s.seconds > 0 ? static_cast<double>(s.records) / s.seconds : 0.0);
  return buffer;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"kennis-index: index posts, documents and profiles (JSON Lines) into a kennis index.\n"
               "Exit codes: 0 clean, 1 some records rejected, 2 failed (nothing committed)."};
  app.add_option("-i,--index", o.index, "Index directory (created if missing)")->required()->envname("KENNIS_INDEX");
  app.add_option("--posts", o.posts, "JSON Lines file of posts (schemas/post.schema.json); '-' for stdin");
  app.add_option("--documents", o.documents, "JSON Lines file of documents (schemas/document.schema.json)");
  app.add_option("--profiles", o.profiles, "JSON Lines file of profiles (schemas/profile.schema.json)");
  app.add_option("-j,--threads", o.threads, "Analysis threads (default: cores - 1, at least 1)");
  app.add_option("--default-lang", o.default_lang, "Stemming language of records without lang")->capture_default_str();
  app.add_flag("--json", o.json, "Print the summary as one line of JSON on stdout");
  app.add_flag("-q,--quiet", o.quiet, "Print nothing on success");
  app.add_flag("--no-spelling", o.no_spelling, "Do not build spelling data");
  CLI11_PARSE(app, argc, argv);

  kennis::PipelineOptions options;
  options.index_path = o.index;
  for (const auto& [kind, files] : {std::pair{kennis::Kind::kPost, &o.posts}, std::pair{kennis::Kind::kDocument, &o.documents},
                                    std::pair{kennis::Kind::kProfile, &o.profiles}})
    for (const std::string& f : *files) options.inputs.push_back({kind, f});
  if (options.inputs.empty()) {
    kennis::log_line(kennis::LogLevel::kError, kProgram, "nothing to index: give --posts, --documents or --profiles");
    return kExitFailed;
  }
  if (!kennis::Analyzer::has_stemmer(kennis::primary_language(o.default_lang)) && o.default_lang != "none") {
    kennis::log_line(kennis::LogLevel::kError, kProgram, "--default-lang " + o.default_lang + ": no stemmer for this language");
    return kExitFailed;
  }
  options.mapping.default_lang = o.default_lang == "none" ? "" : kennis::primary_language(o.default_lang);
  options.mapping.spelling = !o.no_spelling;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  options.workers = o.threads > 0 ? o.threads : std::max(1u, cores - 1);

  try {
    const kennis::RunSummary summary = kennis::run_pipeline(options, [](const kennis::RecordError& e) {
      kennis::log_line(kennis::LogLevel::kWarning, kProgram,
                       e.file + ":" + std::to_string(e.line) + ": " + (e.pointer.empty() ? "" : e.pointer + ": ") +
                           e.message + " (record skipped)");
    });
    const int code = summary.rejected > 0 ? kExitRejected : kExitClean;
    if (o.json) {
      nlohmann::json j = {{"status", code == kExitClean ? "ok" : "rejected"}, {"records", summary.records},
                          {"added", summary.added},     {"replaced", summary.replaced},
                          {"rejected", summary.rejected}, {"documents", summary.documents},
                          {"seconds", summary.seconds}, {"index", o.index}};
      std::cout << j.dump() << std::endl;
    } else if (!o.quiet || code != kExitClean) {
      kennis::log_line(code == kExitClean ? kennis::LogLevel::kInfo : kennis::LogLevel::kWarning, kProgram,
                       "indexed into " + o.index + ": " + summary_text(summary));
    }
    return code;
  } catch (const kennis::Error& e) {
    kennis::log_line(kennis::LogLevel::kError, kProgram, std::string(e.what()) + " (nothing committed)");
    if (o.json) std::cout << nlohmann::json{{"status", "failed"}, {"error", e.what()}, {"index", o.index}}.dump() << std::endl;
    return kExitFailed;
  } catch (const std::exception& e) {
    kennis::log_line(kennis::LogLevel::kError, kProgram, std::string("unexpected failure: ") + e.what() + " (nothing committed)");
    return kExitFailed;
  } catch (const Xapian::Error& e) {
    kennis::log_line(kennis::LogLevel::kError, kProgram, "Xapian: " + e.get_description() + " (nothing committed)");
    return kExitFailed;
  }
}
