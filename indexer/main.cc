// kennis-index: index sources (Slack and Viva Engage exports, file shares, directories, JSON
// Lines) into a kennis index. Safe to run from cron: incremental, locked, atomic.
//
// Exit codes: 0 everything indexed; 1 finished, but some items were rejected (see the log);
// 3 finished, but at least one source could not be read (the others were indexed, its records
// were kept); 2 failed: nothing of this run was committed.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include "config.h"
#include "kennis/analysis.h"
#include "kennis/error.h"
#include "kennis/index_location.h"
#include "kennis/log.h"
#include "pipeline.h"
#include "registry.h"
#include "jsonl.h"

namespace {

constexpr int kExitClean = 0;
constexpr int kExitRejected = 1;
constexpr int kExitFailed = 2;
constexpr int kExitSourceFailed = 3;
constexpr const char* kProgram = "kennis-index";

struct Options {
  std::string config;
  std::vector<std::string> only_sources;
  bool rebuild = false;
  std::string index;
  std::vector<std::string> posts, documents, profiles;
  unsigned threads = 0;
  std::string default_lang;
  bool json = false;
  bool quiet = false;
  bool no_spelling = false;
  bool no_detect_language = false;
  bool no_compounds = false;
  std::string stem_language;
};

std::string counts(const kennis::SourceSummary& s) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer, "%llu items: %llu added, %llu replaced, %llu unchanged, %llu removed, %llu rejected",
                static_cast<unsigned long long>(s.items), static_cast<unsigned long long>(s.added),
                static_cast<unsigned long long>(s.replaced), static_cast<unsigned long long>(s.unchanged),
                static_cast<unsigned long long>(s.removed), static_cast<unsigned long long>(s.rejected));
  return buffer;
}

nlohmann::json to_json(const kennis::SourceSummary& s) {
  nlohmann::json j = {{"name", s.name},         {"items", s.items},         {"added", s.added},
                      {"replaced", s.replaced}, {"unchanged", s.unchanged}, {"removed", s.removed},
                      {"rejected", s.rejected}};
  if (!s.failure.empty()) j["failure"] = s.failure;
  return j;
}

void log(kennis::LogLevel level, const std::string& message) { kennis::log_line(level, kProgram, message); }

// Turns the command line and configuration into sources. Throws kennis::Error.
std::vector<kennis::SourceRun> make_sources(const Options& o, const kennis::IndexerConfig& config) {
  std::vector<kennis::SourceRun> runs;
  for (const kennis::SourceConfig& source : config.sources) {
    if (!o.only_sources.empty() &&
        std::find(o.only_sources.begin(), o.only_sources.end(), source.name) == o.only_sources.end())
      continue;
    kennis::SourceOptions options(source.table, source.name);
    runs.push_back({source.name, kennis::make_connector(source.type, options), true});
  }
  for (const std::string& name : o.only_sources) {
    if (std::none_of(config.sources.begin(), config.sources.end(), [&](const auto& s) { return s.name == name; }))
      throw kennis::Error(kennis::ErrorCode::kInvalidConfig, "--source " + name + ": no such source in " + o.config);
  }
  // Files named on the command line may hold part of a collection: nothing is removed for them.
  for (const auto& [kind, files] : {std::pair{kennis::Kind::kProfile, &o.profiles}, std::pair{kennis::Kind::kPost, &o.posts},
                                    std::pair{kennis::Kind::kDocument, &o.documents}}) {
    for (const std::string& file : *files) {
      const std::string name = "file:" + (file == "-" ? file : std::filesystem::absolute(file).lexically_normal().string());
      runs.push_back({name, kennis::make_jsonl_connector(kind, file), false});
    }
  }
  return runs;
}

int run(const Options& o) {
  kennis::IndexerConfig config;
  if (!o.config.empty()) config = kennis::load_indexer_config(o.config);
  if (!o.index.empty()) config.index = o.index;
  if (config.index.empty()) throw kennis::Error(kennis::ErrorCode::kInvalidConfig, "no index: give --index or --config");
  if (!o.default_lang.empty()) config.default_lang = o.default_lang;
  if (o.threads) config.threads = o.threads;
  if (o.no_spelling) config.spelling = false;
  if (o.no_detect_language) config.detect_language = false;
  if (o.no_compounds) config.compounds = false;
  if (!o.stem_language.empty()) config.stem_language = kennis::primary_language(o.stem_language);
  if (!config.stem_language.empty() && !kennis::Analyzer::has_stemmer(config.stem_language))
    throw kennis::Error(kennis::ErrorCode::kInvalidConfig, "stem language '" + config.stem_language + "' has no stemmer");
  if (config.default_lang != "none" && !kennis::Analyzer::has_stemmer(kennis::primary_language(config.default_lang)))
    throw kennis::Error(kennis::ErrorCode::kInvalidConfig, "default language '" + config.default_lang + "' has no stemmer");
  if (o.rebuild && (o.config.empty() || !o.only_sources.empty()))
    throw kennis::Error(kennis::ErrorCode::kInvalidConfig, "--rebuild needs --config and rebuilds every source (no --source)");

  std::vector<kennis::SourceRun> sources = make_sources(o, config);
  if (sources.empty()) throw kennis::Error(kennis::ErrorCode::kInvalidConfig, "nothing to index: no sources");

  kennis::PipelineOptions options;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  options.workers = config.threads > 0 ? config.threads : std::max(1u, cores - 1);
  options.mapping.default_lang = config.default_lang == "none" ? "" : kennis::primary_language(config.default_lang);
  options.mapping.spelling = config.spelling;
  options.mapping.detect_language = config.detect_language;
  options.mapping.compounds = config.compounds;
  options.mapping.stem_language = config.stem_language;
  const bool show_progress = !o.quiet && !o.json && isatty(STDERR_FILENO);
  if (show_progress) options.progress = [](uint64_t n) { std::fprintf(stderr, "\r%s: %llu items…", kProgram, static_cast<unsigned long long>(n)); };

  const kennis::IndexLock lock(config.index);
  options.index_path = o.rebuild ? kennis::new_generation(config.index) : config.index;
  kennis::RunSummary summary;
  try {
    summary = kennis::run_pipeline(options, sources, [](const kennis::RecordError& e) {
      log(kennis::LogLevel::kWarning, e.file + (e.line ? ":" + std::to_string(e.line) : "") + ": " +
                                          (e.pointer.empty() ? "" : e.pointer + ": ") + e.message + " (skipped)");
    });
    if (show_progress) std::fputs("\r", stderr);
    if (o.rebuild) kennis::switch_generation(config.index, options.index_path);
  } catch (...) {
    if (o.rebuild) std::filesystem::remove_all(options.index_path);
    throw;
  }

  const kennis::SourceSummary total = summary.total();
  const bool source_failed = std::any_of(summary.sources.begin(), summary.sources.end(),
                                         [](const auto& s) { return !s.failure.empty(); });
  const int code = source_failed ? kExitSourceFailed : total.rejected ? kExitRejected : kExitClean;
  for (const kennis::SourceSummary& s : summary.sources) {
    if (!s.failure.empty()) log(kennis::LogLevel::kError, "source " + s.name + " failed: " + s.failure + " (its records were kept)");
    else if (!o.quiet && !o.json) log(kennis::LogLevel::kInfo, "source " + s.name + ": " + counts(s));
  }
  if (o.json) {
    nlohmann::json sources_json = nlohmann::json::array();
    for (const auto& s : summary.sources) sources_json.push_back(to_json(s));
    nlohmann::json j = to_json(total);
    j.erase("name");
    j["status"] = code == kExitClean ? "ok" : code == kExitRejected ? "rejected" : "source_failed";
    j["index"] = config.index;
    j["documents"] = summary.documents;
    j["seconds"] = summary.seconds;
    j["sources"] = std::move(sources_json);
    std::cout << j.dump() << std::endl;
  } else if (!o.quiet || code != kExitClean) {
    char rate[96];
    std::snprintf(rate, sizeof rate, "; index holds %llu; %.2f s (%.0f items/s)",
                  static_cast<unsigned long long>(summary.documents), summary.seconds,
                  summary.seconds > 0 ? static_cast<double>(total.items) / summary.seconds : 0.0);
    log(code == kExitClean ? kennis::LogLevel::kInfo : kennis::LogLevel::kWarning,
        std::string(o.rebuild ? "rebuilt " : "indexed into ") + config.index + ": " + counts(total) + rate);
  }
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"kennis-index: index sources into a kennis index.\n"
               "  kennis-index --config kennis.toml [--source NAME]... [--rebuild]\n"
               "  kennis-index --index DIR [--profiles F] [--posts F] [--documents F]   (JSON Lines)\n"
               "Exit codes: 0 clean; 1 some items rejected; 3 a source could not be read (others indexed);\n"
               "2 failed, nothing committed."};
  app.add_option("-c,--config", o.config, "TOML configuration: the index and its [[source]]s")->envname("KENNIS_CONFIG");
  app.add_option("-s,--source", o.only_sources, "Run only this configured source (repeatable)");
  app.add_flag("--rebuild", o.rebuild, "Build the whole index anew beside the live one, then switch atomically");
  app.add_option("-i,--index", o.index, "Index directory (overrides the configuration's)")->envname("KENNIS_INDEX");
  app.add_option("--posts", o.posts, "JSON Lines file of posts (schemas/post.schema.json); '-' for stdin");
  app.add_option("--documents", o.documents, "JSON Lines file of documents (schemas/document.schema.json)");
  app.add_option("--profiles", o.profiles, "JSON Lines file of profiles (schemas/profile.schema.json)");
  app.add_option("-j,--threads", o.threads, "Analysis threads (default: cores - 1, at least 1)");
  app.add_option("--default-lang", o.default_lang, "Stemming language of records without lang (default en)");
  app.add_flag("--json", o.json, "Print the summary as one line of JSON on stdout");
  app.add_flag("-q,--quiet", o.quiet, "Print nothing on success");
  app.add_flag("--no-spelling", o.no_spelling, "Do not build spelling data");
  app.add_flag("--no-detect-language", o.no_detect_language, "Do not detect the language of records without lang");
  app.add_flag("--no-compounds", o.no_compounds, "Do not split Dutch and German compound words");
  app.add_option("--stem-language", o.stem_language,
                 "Stem every record in this language, whatever it declares (evaluation baselines)");
  CLI11_PARSE(app, argc, argv);

  try {
    return run(o);
  } catch (const kennis::Error& e) {
    log(kennis::LogLevel::kError, std::string(e.what()) + " (nothing committed)");
    if (o.json) std::cout << nlohmann::json{{"status", "failed"}, {"error", e.what()}, {"code", kennis::error_name(e.code())}}.dump() << std::endl;
    return kExitFailed;
  } catch (const Xapian::Error& e) {
    log(kennis::LogLevel::kError, "Xapian: " + e.get_description() + " (nothing committed)");
    return kExitFailed;
  } catch (const std::exception& e) {
    log(kennis::LogLevel::kError, std::string("unexpected failure: ") + e.what() + " (nothing committed)");
    return kExitFailed;
  }
}
