// kennis-index's configuration file (TOML): the index, run options and the sources.
#pragma once

#include <toml++/toml.h>

#include <string>
#include <vector>

namespace kennis {

/// One [[source]] table, not yet turned into a connector.
struct SourceConfig {
  std::string name;
  std::string type;
  toml::table table;
};

struct IndexerConfig {
  std::string index;            ///< index path (a database or a link to a generation)
  unsigned threads = 0;         ///< 0: cores - 1, at least 1
  std::string default_lang = "en";
  bool spelling = true;
  bool detect_language = true;  ///< CLD2 for records that do not declare their language
  bool compounds = true;        ///< split Dutch and German compound words
  std::string stem_language;    ///< stem everything in this language (baselines); empty: per record
  std::vector<SourceConfig> sources;
};

/// Reads and checks a configuration file. Throws Error(kInvalidConfig) with the file, line and
/// key of the problem (unknown keys included), or kIo when the file cannot be read.
IndexerConfig load_indexer_config(const std::string& path);

}  // namespace kennis
