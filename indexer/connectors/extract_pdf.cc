#include "extract_pdf.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

namespace kennis {
namespace {

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// poppler reports recoverable damage on stderr; the outcome is what the caller sees instead.
void quiet(const std::string&, void*) {}

std::optional<int64_t> date(time_t value) {
  if (value == static_cast<time_t>(-1) || value == 0) return std::nullopt;
  return static_cast<int64_t>(value);
}

}  // namespace

ExtractResult extract_pdf(std::string_view bytes) {
  static std::once_flag silenced;
  std::call_once(silenced, [] { poppler::set_debug_error_function(quiet, nullptr); });
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return ExtractError{"PDF file too large"};
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return ExtractError{"not a readable PDF file"};
  if (doc->is_locked()) return ExtractError{"PDF file is encrypted with a password"};
  Extracted out;
  out.title = clean_line(utf8(doc->get_title()));
  if (std::string author = clean_line(utf8(doc->get_author())); !author.empty()) out.authors.push_back(author);
  out.created = date(doc->get_creation_date_t());
  out.modified = date(doc->get_modification_date_t());
  TextBuilder text;
  const int pages = doc->pages();
  for (int i = 0; i < pages && !text.full(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    text.paragraph_break();
    text.preformatted(utf8(page->text(poppler::rectf(), poppler::page::raw_order_layout)));
  }
  out.body = text.finish();
  return out;
}

}  // namespace kennis
