// Fuzzes the Viva Engage connector (indexer/connectors/viva_engage.cc) and its CSV reader
// (chat_csv.cc, libcsv): the input's NUL-separated sections become Messages.csv, Users.csv,
// Groups.csv and Files.csv of an export folder. The CSV reader gets each file in chunks of the
// size the folder reader uses, so records spanning chunks are covered by longer inputs. Bad rows
// go to the sink as problems; an exception other than Error(kIo), a crash or a sanitizer report
// is a bug.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "chat_csv.h"
#include "fuzz_util.h"
#include "viva_engage.h"

namespace {

// The CSV reader alone, fed in chunks of `chunk` bytes, must read any text without throwing.
void read_csv(std::string_view text, size_t chunk) {
  size_t at = 0;
  kennis::chat::CsvReader csv([&]() {
    const std::string_view piece = text.substr(std::min(at, text.size()), chunk);
    at += piece.size();
    return piece;
  });
  (void)csv.column("message_id");
  kennis::chat::CsvRow row;
  while (csv.read(row)) (void)kennis::chat::field(row, csv.column("body"));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const kennis::fuzz::ScratchDir scratch;
  static const char* const kFiles[] = {"Messages.csv", "Users.csv", "Groups.csv", "Files.csv"};
  const std::vector<std::string_view> sections = kennis::fuzz::split_sections(kennis::fuzz::as_text(data, size));
  read_csv(sections[0], 1 + size % 7);
  scratch.clear();
  for (size_t i = 0; i < sections.size() && i < std::size(kFiles); ++i) scratch.write(kFiles[i], sections[i]);
  kennis::VivaEngageOptions options;
  options.path = scratch.path().string();
  options.url_prefix = "https://www.yammer.com/example.org";
  kennis::fuzz::read_all(*kennis::make_viva_engage_connector(options));
  return 0;
}
