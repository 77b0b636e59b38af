/// @file extract_package.h
/// The containers of OOXML and ODF files: ZIP entries read with libzip, XML parts streamed
/// with libxml2's xmlTextReader (no DOM, so a large sheet costs little memory; no entity
/// expansion or network access, so a hostile part cannot reach outside the file).
#pragma once

#include <zip.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kennis {

/// A ZIP archive over bytes the caller keeps alive. Not thread-safe (one per extraction).
class ZipPackage {
 public:
  explicit ZipPackage(std::string_view bytes);
  ~ZipPackage();
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;

  /// Empty when the archive opened; else why not ("not a ZIP container: …").
  const std::string& error() const { return error_; }
  bool has(const std::string& name) const;
  /// The uncompressed entry; nullopt with `error` set when it is missing, damaged or larger
  /// than kMaxEntryBytes (a ZIP bomb is refused before it is inflated).
  std::optional<std::string> read(const std::string& name, std::string& error) const;

  static constexpr size_t kMaxEntryBytes = 256u << 20;

 private:
  zip_t* archive_ = nullptr;
  std::string error_;
};

/// One element's attributes, looked up by local name (prefixes vary between producers).
class XmlAttributes {
 public:
  explicit XmlAttributes(void* reader) : reader_(reader) {}
  std::string get(std::string_view local_name) const;
  /// The attribute with this local name that is in a namespace: r:id, not a plain id.
  std::string get_namespaced(std::string_view local_name) const;

 private:
  std::string find(std::string_view local_name, bool namespaced) const;
  void* reader_;
};

/// Receives the events of walk_xml().
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  /// An element starts; return false to skip it and everything inside (end() is then not
  /// called). `name` is the local name, without prefix.
  virtual bool start(std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void end(std::string_view name) = 0;
  /// Character data (text, CDATA, significant whitespace), already decoded to UTF-8.
  virtual void text(std::string_view text) = 0;
};

/// Streams `xml` through `handler`. Returns an empty string, or why the XML is malformed.
std::string walk_xml(std::string_view xml, XmlHandler& handler);

/// Relationship id → target part name, from an OOXML .rels part, with targets resolved
/// against `base_dir` ("word/") to package part names ("word/media/image1.png").
/// External targets are left out. `types` (optional) receives id → relationship type.
std::map<std::string, std::string> read_relationships(std::string_view rels_xml, const std::string& base_dir,
                                                      std::map<std::string, std::string>* types = nullptr);

/// Resolves a relationship target against the directory of its source part.
std::string resolve_part(const std::string& base_dir, std::string_view target);

}  // namespace kennis
