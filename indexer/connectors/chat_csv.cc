#include "chat_csv.h"

#include <csv.h>

#include <deque>

#include "chat_text.h"
#include "kennis/error.h"

namespace kennis::chat {

// libcsv pushes fields and record ends through callbacks and knows nothing of lines. To give
// each record the physical line it starts on, the input is fed to it one line at a time: a
// record starts on the first non-blank line fed after the previous record ended (libcsv skips
// blank lines between records, and a record can only end at a line end).
struct CsvReader::Impl {
  ChunkReader next;
  csv_parser parser{};
  std::string pending;       // input read but not yet fed, from pending_pos on
  size_t pending_pos = 0;
  bool input_done = false;   // `next` has signalled the end
  bool finished = false;     // csv_fini has run
  uint64_t lines_fed = 0;
  bool between_records = true;
  uint64_t record_line = 0;  // line the record being parsed started on
  std::vector<std::string> fields;
  std::deque<CsvRow> ready;
  bool have_header = false;
  std::vector<std::string> header;

  static void on_field(void* data, size_t length, void* self) {
    auto* impl = static_cast<Impl*>(self);
    impl->fields.push_back(valid_utf8({static_cast<const char*>(data), data ? length : 0}));
  }

  static void on_record(int /*terminator*/, void* self) { static_cast<Impl*>(self)->end_record(); }

  void end_record() {
    CsvRow row;
    row.line = record_line;
    row.fields = std::move(fields);
    fields.clear();
    between_records = true;
    if (!have_header) {
      have_header = true;
      for (std::string& name : row.fields) header.emplace_back(trim(name));
      return;
    }
    if (row.fields.size() != header.size()) {
      row.error = "the record has " + std::to_string(row.fields.size()) + " fields, the header " +
                  std::to_string(header.size());
    }
    ready.push_back(std::move(row));
  }

  void feed(std::string_view line) {
    if (finished) return;
    if (lines_fed++ == 0 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (between_records && line.find_first_not_of(" \t\r\n") != std::string_view::npos) {
      record_line = lines_fed;
      between_records = false;
    }
    if (csv_parse(&parser, line.data(), line.size(), on_field, on_record, this) == line.size()) return;
    if (csv_error(&parser) != CSV_EPARSE)
      throw Error(ErrorCode::kIo, std::string("CSV parser failed: ") + csv_strerror(csv_error(&parser)));
    // A quote inside an unquoted field, or text right after a closing quote: the record is
    // reported, and reading starts afresh on the next line.
    malformed("a quote in the wrong place (not RFC 4180 quoting)");
    csv_free(&parser);
    start_parser();
    between_records = true;
  }

  void start_parser() {
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) throw std::bad_alloc();
  }

  void malformed(std::string message) {
    fields.clear();
    if (!have_header) {  // without a header no record can be read
      have_header = true;
      finished = true;
      return;
    }
    CsvRow row;
    row.line = record_line;
    row.error = std::move(message);
    ready.push_back(std::move(row));
  }

  void finish() {
    finished = true;
    if (csv_fini(&parser, on_field, on_record, this) != 0 && csv_error(&parser) == CSV_EPARSE)
      malformed("a quoted field is not closed: the file ends inside it");
  }

  // Feeds lines until a record is ready or the input is exhausted.
  void fill() {
    while (ready.empty() && !finished) {
      const size_t end = pending.find('\n', pending_pos);
      if (end != std::string::npos) {
        feed(std::string_view(pending).substr(pending_pos, end + 1 - pending_pos));
        pending_pos = end + 1;
      } else if (!input_done) {
        pending.erase(0, pending_pos);
        pending_pos = 0;
        const std::string_view chunk = next();
        if (chunk.empty()) input_done = true;
        pending.append(chunk);
      } else {
        if (pending_pos < pending.size()) feed(std::string_view(pending).substr(pending_pos));
        pending.clear();
        pending_pos = 0;
        finish();
      }
    }
  }
};

CsvReader::CsvReader(ChunkReader next) : impl_(std::make_unique<Impl>()) {
  impl_->next = std::move(next);
  impl_->start_parser();
  while (!impl_->have_header && !impl_->finished) impl_->fill();
}

CsvReader::~CsvReader() { csv_free(&impl_->parser); }

const std::vector<std::string>& CsvReader::header() const { return impl_->header; }

std::optional<size_t> CsvReader::column(std::string_view name) const {
  const std::string wanted = ascii_lower(name);
  for (size_t i = 0; i < impl_->header.size(); ++i)
    if (ascii_lower(impl_->header[i]) == wanted) return i;
  return std::nullopt;
}

bool CsvReader::read(CsvRow& row) {
  impl_->fill();
  if (impl_->ready.empty()) return false;
  row = std::move(impl_->ready.front());
  impl_->ready.pop_front();
  return true;
}

}  // namespace kennis::chat
