// Fuzzes the Slack export connector (indexer/connectors/slack.cc, chat_mrkdwn.cc, chat_text.cc):
// the input's NUL-separated sections become the files of an export folder, in this order:
// users.json, channels.json, groups.json, mpims.json, dms.json, then the day files
// general/2024-03-01.json, secret/2024-03-01.json, D01/2024-03-01.json and
// mpdm-a--b-1/2024-03-01.json (the seeds name conversations so). Bad files and messages go to
// the sink as problems; an exception other than Error(kIo), a crash or a sanitizer report is a
// bug.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "slack.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const kennis::fuzz::ScratchDir scratch;
  static const char* const kFiles[] = {
      "users.json", "channels.json", "groups.json", "mpims.json", "dms.json",
      "general/2024-03-01.json", "secret/2024-03-01.json", "D01/2024-03-01.json", "mpdm-a--b-1/2024-03-01.json"};
  scratch.clear();
  const std::vector<std::string_view> sections = kennis::fuzz::split_sections(kennis::fuzz::as_text(data, size));
  for (size_t i = 0; i < sections.size() && i < std::size(kFiles); ++i) scratch.write(kFiles[i], sections[i]);
  kennis::SlackOptions options;
  options.path = scratch.path().string();
  options.url_prefix = "https://acme.slack.com";
  kennis::fuzz::read_all(*kennis::make_slack_connector(options));
  return 0;
}
