// The indexing baseline: the plainest Xapian indexer of the same records kennis-index reads.
//
//   bare_xapian_index INDEX_DIR RECORDS.jsonl...
//
// For each JSON Lines record: nlohmann::json parse, Xapian::TermGenerator with the Snowball
// stemmer of the record's "lang" (default "en"), index_text(title), a position gap,
// index_text(body), the raw line as document data, replace_document() on a unique "Q" id
// term; one commit at the end. No validation, no ICU, no spelling, no values: this is what
// kennis-index is measured against (bench/run.sh), not an indexer anyone should use.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

namespace {

std::string string_field(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s INDEX_DIR RECORDS.jsonl...\n", argv[0]);
    return 2;
  }
  const auto started = std::chrono::steady_clock::now();
  try {
    Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OPEN);
    Xapian::TermGenerator generator;
    std::map<std::string, Xapian::Stem> stemmers;
    unsigned long long records = 0, bad = 0;
    for (int a = 2; a < argc; ++a) {
      std::ifstream in(argv[a], std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "cannot read %s\n", argv[a]);
        return 2;
      }
      std::string line;
      while (std::getline(in, line)) {
        if (line.empty()) continue;
        const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
        const std::string id = record.is_object() ? string_field(record, "id") : std::string();
        if (id.empty()) {
          ++bad;
          continue;
        }
        std::string lang = string_field(record, "lang");
        if (lang.empty()) lang = "en";
        auto stemmer = stemmers.find(lang);
        if (stemmer == stemmers.end()) stemmer = stemmers.emplace(lang, Xapian::Stem(lang)).first;

        Xapian::Document doc;
        generator.set_document(doc);
        generator.set_stemmer(stemmer->second);
        generator.index_text(string_field(record, "title"));
        generator.increase_termpos();
        generator.index_text(string_field(record, "body"));
        const std::string id_term = "Q" + id;
        doc.add_boolean_term(id_term);
        doc.set_data(line);
        db.replace_document(id_term, doc);
        ++records;
      }
    }
    db.commit();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("{\"records\":%llu,\"skipped\":%llu,\"documents\":%u,\"seconds\":%.3f,\"records_per_s\":%.1f}\n",
                records, bad, db.get_doccount(), seconds, seconds > 0 ? records / seconds : 0.0);
    return bad > 0 ? 1 : 0;
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "Xapian: %s\n", e.get_description().c_str());
    return 2;
  }
}
