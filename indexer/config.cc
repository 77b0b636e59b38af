#include "config.h"

#include <filesystem>
#include <set>

#include "kennis/analysis.h"
#include "kennis/error.h"

namespace kennis {

namespace {

[[noreturn]] void fail(const std::string& file, const toml::node& node, const std::string& message) {
  throw Error(ErrorCode::kInvalidConfig, file + ":" + std::to_string(node.source().begin.line) + ": " + message);
}

std::string string_value(const std::string& file, const toml::node& node, const std::string& key) {
  if (!node.is_string()) fail(file, node, key + " must be a string");
  return node.as_string()->get();
}

}  // namespace

IndexerConfig load_indexer_config(const std::string& path) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    if (!std::filesystem::exists(path)) throw Error(ErrorCode::kIo, "cannot read configuration " + path);
    throw Error(ErrorCode::kInvalidConfig, path + ":" + std::to_string(e.source().begin.line) + ": " +
                                               std::string(e.description()));
  }
  IndexerConfig config;
  const std::filesystem::path base = std::filesystem::path(path).parent_path();
  auto relative_to_file = [&](const std::string& p) {
    return std::filesystem::path(p).is_absolute() || base.empty() ? p : (base / p).string();
  };
  for (const auto& [key, node] : root) {
    const std::string k(key.str());
    if (k == "index") {
      config.index = relative_to_file(string_value(path, node, k));
    } else if (k == "threads") {
      if (!node.is_integer() || node.as_integer()->get() < 0 || node.as_integer()->get() > 256)
        fail(path, node, "threads must be a whole number from 0 to 256");
      config.threads = static_cast<unsigned>(node.as_integer()->get());
    } else if (k == "default_lang") {
      config.default_lang = string_value(path, node, k);
      if (config.default_lang != "none" && !Analyzer::has_stemmer(primary_language(config.default_lang)))
        fail(path, node, "default_lang: no stemmer for '" + config.default_lang + "'");
    } else if (k == "spelling" || k == "detect_language" || k == "compounds") {
      if (!node.is_boolean()) fail(path, node, k + " must be true or false");
      (k == "spelling" ? config.spelling : k == "compounds" ? config.compounds : config.detect_language) =
          node.as_boolean()->get();
    } else if (k == "stem_language") {
      config.stem_language = primary_language(string_value(path, node, k));
      if (!Analyzer::has_stemmer(config.stem_language))
        fail(path, node, "stem_language: no stemmer for '" + config.stem_language + "'");
    } else if (k == "source") {
      if (!node.is_array_of_tables()) fail(path, node, "source must be written as [[source]] tables");
      std::set<std::string> names;
      for (const toml::node& item : *node.as_array()) {
        const toml::table& t = *item.as_table();
        SourceConfig source;
        const toml::node* name = t.get("name");
        const toml::node* type = t.get("type");
        if (!name) fail(path, item, "a [[source]] needs a name");
        if (!type) fail(path, item, "a [[source]] needs a type");
        source.name = string_value(path, *name, "name");
        source.type = string_value(path, *type, "type");
        if (source.name.empty() || !names.insert(source.name).second)
          fail(path, *name, "source names must be unique and not empty: '" + source.name + "'");
        source.table = t;
        // Paths in a source are relative to the configuration file, like `index`.
        if (const toml::node* p = t.get("path"); p && p->is_string())
          source.table.insert_or_assign("path", relative_to_file(p->as_string()->get()));
        config.sources.push_back(std::move(source));
      }
    } else {
      fail(path, node, "unknown key '" + k + "' (known: index, threads, default_lang, spelling, detect_language, compounds, stem_language, [[source]])");
    }
  }
  if (config.index.empty()) throw Error(ErrorCode::kInvalidConfig, path + ": index = \"…\" is required");
  return config;
}

}  // namespace kennis
