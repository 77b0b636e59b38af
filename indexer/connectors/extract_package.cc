#include "extract_package.h"

#include <libxml/xmlreader.h>

#include <climits>
#include <memory>
#include <vector>

namespace kennis {
namespace {

std::string_view view(const xmlChar* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

xmlTextReaderPtr as_reader(void* reader) {
  return static_cast<xmlTextReaderPtr>(reader);
}

class RelationshipHandler : public XmlHandler {
 public:
  RelationshipHandler(const std::string& base_dir, std::map<std::string, std::string>& targets,
                      std::map<std::string, std::string>* types)
      : base_dir_(base_dir), targets_(targets), types_(types) {}

  bool start(std::string_view name, const XmlAttributes& attributes) override {
    if (name != "Relationship" || attributes.get("TargetMode") == "External") return true;
    const std::string id = attributes.get("Id");
    targets_[id] = resolve_part(base_dir_, attributes.get("Target"));
    if (types_) (*types_)[id] = attributes.get("Type");
    return true;
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}

 private:
  const std::string& base_dir_;
  std::map<std::string, std::string>& targets_;
  std::map<std::string, std::string>* types_;
};

}  // namespace

ZipPackage::ZipPackage(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), /*freep=*/0, &error);
  if (source) {
    archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive_) zip_source_free(source);
  }
  if (!archive_) error_ = std::string("not a ZIP container: ") + zip_error_strerror(&error);
  zip_error_fini(&error);
}

ZipPackage::~ZipPackage() {
  if (archive_) zip_discard(archive_);
}

bool ZipPackage::has(const std::string& name) const {
  return archive_ && zip_name_locate(archive_, name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipPackage::read(const std::string& name, std::string& error) const {
  const zip_int64_t index = archive_ ? zip_name_locate(archive_, name.c_str(), 0) : -1;
  if (index < 0) {
    error = name + " is missing";
    return std::nullopt;
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) &&
      stat.size > kMaxEntryBytes) {
    error = name + " is too large (" + std::to_string(stat.size >> 20) + " MiB uncompressed)";
    return std::nullopt;
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(
      zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0), zip_fclose);
  if (!file) {
    error = name + ": " + zip_strerror(archive_);
    return std::nullopt;
  }
  std::string out;
  std::vector<char> buffer(64 << 10);
  for (;;) {
    const zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
    if (n < 0) {
      error = name + ": " + zip_file_strerror(file.get());
      return std::nullopt;
    }
    if (n == 0) break;
    // The size in the directory can lie; the limit holds for what is actually inflated.
    if (out.size() + static_cast<size_t>(n) > kMaxEntryBytes) {
      error = name + " is too large (over " + std::to_string(kMaxEntryBytes >> 20) + " MiB uncompressed)";
      return std::nullopt;
    }
    out.append(buffer.data(), static_cast<size_t>(n));
  }
  return out;
}

std::string XmlAttributes::get(std::string_view local_name) const {
  return find(local_name, false);
}

std::string XmlAttributes::get_namespaced(std::string_view local_name) const {
  return find(local_name, true);
}

std::string XmlAttributes::find(std::string_view local_name, bool namespaced) const {
  xmlTextReaderPtr reader = as_reader(reader_);
  std::string value;
  for (int more = xmlTextReaderMoveToFirstAttribute(reader); more == 1;
       more = xmlTextReaderMoveToNextAttribute(reader)) {
    if (view(xmlTextReaderConstLocalName(reader)) == local_name &&
        (!namespaced || !view(xmlTextReaderConstNamespaceUri(reader)).empty())) {
      value = std::string(view(xmlTextReaderConstValue(reader)));
      break;
    }
  }
  xmlTextReaderMoveToElement(reader);
  return value;
}

std::string walk_xml(std::string_view xml, XmlHandler& handler) {
  if (xml.size() > static_cast<size_t>(INT_MAX)) return "XML part too large";
  // No XML_PARSE_NOENT (entities stay unexpanded) and no DTD loading: XXE and billion laughs
  // have nothing to work with. XML_PARSE_NONET forbids any fetch.
  std::unique_ptr<xmlTextReader, decltype(&xmlFreeTextReader)> reader(
      xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT),
      xmlFreeTextReader);
  if (!reader) return "cannot read XML";
  XmlAttributes attributes(reader.get());
  int status = xmlTextReaderRead(reader.get());
  while (status == 1) {
    switch (xmlTextReaderNodeType(reader.get())) {
      case XML_READER_TYPE_ELEMENT: {
        const std::string name(view(xmlTextReaderConstLocalName(reader.get())));
        const bool empty = xmlTextReaderIsEmptyElement(reader.get()) == 1;
        if (!handler.start(name, attributes)) {
          status = empty ? xmlTextReaderRead(reader.get()) : xmlTextReaderNext(reader.get());
          continue;
        }
        if (empty) handler.end(name);
        break;
      }
      case XML_READER_TYPE_END_ELEMENT:
        handler.end(view(xmlTextReaderConstLocalName(reader.get())));
        break;
      case XML_READER_TYPE_TEXT:
      case XML_READER_TYPE_CDATA:
      case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        handler.text(view(xmlTextReaderConstValue(reader.get())));
        break;
      default:
        break;
    }
    status = xmlTextReaderRead(reader.get());
  }
  return status < 0 ? "malformed XML" : "";
}

std::map<std::string, std::string> read_relationships(std::string_view rels_xml, const std::string& base_dir,
                                                      std::map<std::string, std::string>* types) {
  std::map<std::string, std::string> targets;
  RelationshipHandler handler(base_dir, targets, types);
  walk_xml(rels_xml, handler);  // a damaged .rels leaves what was read so far; callers fall back
  return targets;
}

std::string resolve_part(const std::string& base_dir, std::string_view target) {
  std::string joined =
      !target.empty() && target.front() == '/' ? std::string(target.substr(1)) : base_dir + std::string(target);
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    const std::string part = joined.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "/") + part;
  return out;
}

}  // namespace kennis
