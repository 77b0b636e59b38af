#include "extract_mail.h"

#include <gmime/gmime.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "extract_html.h"

namespace kennis {
namespace {

template <typename T>
struct GObjectDeleter {
  void operator()(T* object) const { g_object_unref(object); }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectDeleter<T>>;

struct BodyParts {
  GMimeTextPart* plain = nullptr;
  GMimeTextPart* html = nullptr;
};

// Depth-first over multiparts; attachments and attached messages are not the body.
void find_body(GMimeObject* object, BodyParts& parts) {
  if (GMIME_IS_MULTIPART(object)) {
    GMimeMultipart* multipart = GMIME_MULTIPART(object);
    const int count = g_mime_multipart_get_count(multipart);
    for (int i = 0; i < count && !parts.plain; ++i) find_body(g_mime_multipart_get_part(multipart, i), parts);
    return;
  }
  if (!GMIME_IS_TEXT_PART(object) || g_mime_part_is_attachment(GMIME_PART(object))) return;
  GMimeContentType* type = g_mime_object_get_content_type(object);
  if (!parts.plain && g_mime_content_type_is_type(type, "text", "plain"))
    parts.plain = GMIME_TEXT_PART(object);
  else if (!parts.html && g_mime_content_type_is_type(type, "text", "html"))
    parts.html = GMIME_TEXT_PART(object);
}

// The part's text in UTF-8. GMime converts from the declared charset; when there is none, or
// iconv does not know it, the raw bytes come back and to_utf8 detects the charset instead.
std::string part_text(GMimeTextPart* part) {
  std::unique_ptr<char, decltype(&g_free)> text(g_mime_text_part_get_text(part), g_free);
  if (!text) return {};
  const char* charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
  return to_utf8(text.get(), charset ? charset : "");
}

std::string first_language(const char* header) {
  if (!header) return {};
  const std::string value(header);
  return normalize_lang(value.substr(0, value.find(',')));
}

}  // namespace

ExtractResult extract_mail(std::string_view bytes) {
  static std::once_flag initialised;
  std::call_once(initialised, [] { g_mime_init(); });
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!message) return ExtractError{"not a readable e-mail message"};

  Extracted out;
  if (const char* subject = g_mime_message_get_subject(message.get())) out.title = clean_line(subject);
  if (InternetAddressList* from = g_mime_message_get_from(message.get())) {
    const int count = internet_address_list_length(from);
    for (int i = 0; i < count; ++i) {
      InternetAddress* address = internet_address_list_get_address(from, i);
      if (!INTERNET_ADDRESS_IS_MAILBOX(address)) continue;
      std::string mailbox = clean_line(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
      std::transform(mailbox.begin(), mailbox.end(), mailbox.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (!mailbox.empty()) out.authors.push_back(mailbox);
    }
  }
  if (GDateTime* date = g_mime_message_get_date(message.get())) {
    out.created = g_date_time_to_unix(date);
    out.modified = out.created;
  }
  BodyParts parts;
  GMimeObject* body = g_mime_message_get_mime_part(message.get());
  if (body) find_body(body, parts);
  // GMime files Content-* headers of the message under its top-level MIME part.
  GMimeObject* chosen = GMIME_OBJECT(parts.plain ? parts.plain : parts.html);
  for (GMimeObject* object : {GMIME_OBJECT(message.get()), body, chosen})
    if (object && out.lang.empty()) out.lang = first_language(g_mime_object_get_header(object, "Content-Language"));
  TextBuilder text;
  if (parts.plain)
    text.preformatted(part_text(parts.plain));
  else if (parts.html)
    text.preformatted(html_to_text(part_text(parts.html)));
  out.body = text.finish();
  return out;
}

}  // namespace kennis
