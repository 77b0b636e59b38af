#include "extract_formats.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

#include "extract_html.h"
#include "extract_mail.h"
#include "extract_office.h"
#include "extract_pdf.h"
#include "extract_text.h"

namespace kennis {
namespace {

// libxml2's HTML parser is robust and linear, but a huge page can still take a while and much
// memory; above this size it gets a child process like the risky formats.
constexpr uint64_t kHtmlInProcessBytes = 1u << 20;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Plain system calls rather than iostreams: this also runs in forked children.
ExtractResult read_and_extract(const std::filesystem::path& file, const FileFormat& format, uint64_t max_bytes) {
  const int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ExtractError{"failed: cannot open the file: " + std::generic_category().message(errno)};
  struct stat info;
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    close(fd);
    return ExtractError{"failed: not a regular file"};
  }
  if (static_cast<uint64_t>(info.st_size) > max_bytes) {
    close(fd);
    return ExtractError{"skipped: the file grew past max_file_bytes (" + std::to_string(info.st_size) + " bytes)"};
  }
  std::string bytes(static_cast<size_t>(info.st_size), '\0');
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int error = errno;
      close(fd);
      return ExtractError{"failed: cannot read the file: " + std::generic_category().message(error)};
    }
    if (n == 0) break;  // shrank while we read: take what is there
    done += static_cast<size_t>(n);
  }
  close(fd);
  bytes.resize(done);
  ExtractResult result = format.extract(bytes);
  if (auto* error = std::get_if<ExtractError>(&result)) error->message = "failed: " + error->message;
  return result;
}

}  // namespace

const std::vector<FileFormat>& builtin_formats() {
  static const std::vector<FileFormat> kFormats = {
      {"txt", "text/plain", extract_plain_text},
      {"text", "text/plain", extract_plain_text},
      {"md", "text/markdown", extract_markdown},
      {"markdown", "text/markdown", extract_markdown},
      {"html", "text/html", extract_html, kHtmlInProcessBytes},
      {"htm", "text/html", extract_html, kHtmlInProcessBytes},
      {"xhtml", "application/xhtml+xml", extract_html, kHtmlInProcessBytes},
      {"pdf", "application/pdf", extract_pdf, 0},
      {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extract_docx, 0},
      {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extract_xlsx, 0},
      {"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", extract_pptx, 0},
      {"odt", "application/vnd.oasis.opendocument.text", extract_odf, 0},
      {"ods", "application/vnd.oasis.opendocument.spreadsheet", extract_odf, 0},
      {"odp", "application/vnd.oasis.opendocument.presentation", extract_odf, 0},
      {"eml", "message/rfc822", extract_mail, 0},
  };
  return kFormats;
}

const FileFormat* find_format(const std::vector<FileFormat>& formats, const std::filesystem::path& file) {
  const std::string extension = file.extension().string();
  if (extension.size() < 2) return nullptr;
  const std::string name = lower(extension.substr(1));
  const auto it =
      std::find_if(formats.begin(), formats.end(), [&](const FileFormat& f) { return f.extension == name; });
  return it == formats.end() ? nullptr : &*it;
}

ExtractResult extract_file(const std::filesystem::path& file, const FileFormat& format, const ExtractLimits& limits) {
  std::error_code error;
  const uintmax_t size = std::filesystem::file_size(file, error);
  if (error) return ExtractError{"failed: cannot read the file: " + error.message()};
  const auto work = [&] { return read_and_extract(file, format, limits.max_file_bytes); };
  if (size >= format.isolate_from_bytes) return run_isolated(work, limits.isolation);
  return run_in_process(work);
}

}  // namespace kennis
