// OOXML (ECMA-376) packages: the main part is found through _rels/.rels, sheets and slides
// through the main part's relationships, so files from any producer are read in their order.
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "extract_office.h"
#include "extract_package.h"

namespace kennis {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string directory_of(const std::string& part) {
  const size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

std::string rels_of(const std::string& part) {
  const size_t slash = part.rfind('/');
  return slash == std::string::npos ? "_rels/" + part + ".rels"
                                    : part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
}

// docProps/core.xml (Dublin Core).
class CoreProperties : public XmlHandler {
 public:
  explicit CoreProperties(Extracted& out) : out_(out) {}
  bool start(std::string_view name, const XmlAttributes&) override {
    field_ = std::string(name);
    value_.clear();
    return true;
  }
  void end(std::string_view name) override {
    if (name == "title")
      out_.title = clean_line(value_);
    else if (name == "creator" && !clean_line(value_).empty())
      out_.authors.push_back(clean_line(value_));
    else if (name == "created")
      out_.created = parse_metadata_date(value_);
    else if (name == "modified")
      out_.modified = parse_metadata_date(value_);
    else if (name == "language")
      out_.lang = normalize_lang(value_);
    field_.clear();
    value_.clear();
  }
  void text(std::string_view text) override {
    if (!field_.empty()) value_ += text;
  }

 private:
  Extracted& out_;
  std::string field_;
  std::string value_;
};

// Text of WordprocessingML and DrawingML: only <t> elements hold content (w:t, a:t, m:t);
// w:delText, w:instrText and the numbers of drawing positions are left out. A paragraph of a
// document ends with a blank line; one of a slide (a bullet, a title) with a line break.
enum class ParagraphEnd { kBlankLine, kLineBreak };

class RunText : public XmlHandler {
 public:
  RunText(TextBuilder& out, ParagraphEnd paragraph_end) : out_(out), paragraph_end_(paragraph_end) {}
  bool start(std::string_view name, const XmlAttributes&) override {
    if (name == "t")
      ++in_text_;
    else if (name == "tc")
      ++in_cell_;
    else if (name == "tab")
      out_.space();
    else if (name == "br" || name == "cr")
      out_.line_break();
    return true;
  }
  void end(std::string_view name) override {
    if (name == "t") {
      --in_text_;
    } else if (name == "p") {
      if (in_cell_ > 0)
        out_.space();
      else if (paragraph_end_ == ParagraphEnd::kLineBreak)
        out_.line_break();
      else
        out_.paragraph_break();
    } else if (name == "tc") {
      --in_cell_;
      out_.space();
    } else if (name == "tr") {
      out_.line_break();
    } else if (name == "tbl") {
      out_.paragraph_break();
    }
  }
  void text(std::string_view text) override {
    if (in_text_ > 0) out_.text(text);
  }

 private:
  TextBuilder& out_;
  ParagraphEnd paragraph_end_;
  int in_text_ = 0;
  int in_cell_ = 0;
};

// xl/sharedStrings.xml: one string per <si>, phonetic runs (<rPh>) left out.
class SharedStrings : public XmlHandler {
 public:
  explicit SharedStrings(std::vector<std::string>& strings) : strings_(strings) {}
  bool start(std::string_view name, const XmlAttributes&) override {
    if (name == "rPh") return false;
    if (name == "si") current_.clear();
    if (name == "t") in_text_ = true;
    return true;
  }
  void end(std::string_view name) override {
    if (name == "si") strings_.push_back(current_);
    if (name == "t") in_text_ = false;
  }
  void text(std::string_view text) override {
    if (in_text_) current_ += text;
  }

 private:
  std::vector<std::string>& strings_;
  std::string current_;
  bool in_text_ = false;
};

// A worksheet: each <c> is written as its shown value; rows become lines.
class Worksheet : public XmlHandler {
 public:
  Worksheet(const std::vector<std::string>& shared, TextBuilder& out) : shared_(shared), out_(out) {}
  bool start(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "f") return false;  // the formula; its cached result is in <v>
    if (name == "c") {
      type_ = attributes.get("t");
      value_.clear();
    } else if (name == "v" || name == "t") {
      in_value_ = true;
    }
    return true;
  }
  void end(std::string_view name) override {
    if (name == "v" || name == "t") {
      in_value_ = false;
    } else if (name == "c") {
      write_cell();
    } else if (name == "row") {
      out_.line_break();
    }
  }
  void text(std::string_view text) override {
    if (in_value_) value_ += text;
  }

 private:
  void write_cell() {
    if (type_ == "e" || value_.empty()) return;  // error values (#DIV/0!) are not content
    out_.space();
    if (type_ == "s") {
      const size_t index = std::strtoul(value_.c_str(), nullptr, 10);
      if (index < shared_.size()) out_.text(shared_[index]);
    } else if (type_ == "b") {
      out_.text(value_ == "1" ? "TRUE" : "FALSE");
    } else {
      out_.text(value_);
    }
    out_.space();
  }

  const std::vector<std::string>& shared_;
  TextBuilder& out_;
  std::string type_;
  std::string value_;
  bool in_value_ = false;
};

// An ordered list of child parts: <sheet name r:id> in workbook.xml, <sldId r:id> in
// presentation.xml.
class PartList : public XmlHandler {
 public:
  explicit PartList(std::string element) : element_(std::move(element)) {}
  bool start(std::string_view name, const XmlAttributes& attributes) override {
    if (name == element_) entries.push_back({attributes.get_namespaced("id"), attributes.get("name")});
    return true;
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}

  struct Entry {
    std::string relationship_id;
    std::string name;
  };
  std::vector<Entry> entries;

 private:
  std::string element_;
};

struct Package {
  std::string main_part;        // "word/document.xml"
  std::string core_properties;  // "docProps/core.xml"
};

Package locate_parts(const ZipPackage& zip, const char* default_main) {
  Package package{default_main, "docProps/core.xml"};
  std::string error;
  if (auto rels = zip.read("_rels/.rels", error)) {
    std::map<std::string, std::string> types;
    for (const auto& [id, target] : read_relationships(*rels, "", &types)) {
      if (ends_with(types[id], "/officeDocument"))
        package.main_part = target;
      else if (ends_with(types[id], "/core-properties"))
        package.core_properties = target;
    }
  }
  return package;
}

void read_core_properties(const ZipPackage& zip, const Package& package, Extracted& out) {
  std::string error;
  if (auto xml = zip.read(package.core_properties, error)) {
    CoreProperties handler(out);
    walk_xml(*xml, handler);  // metadata is optional: a damaged core.xml costs only the title
  }
}

// Reads the parts named in `list_element` entries of the main part, in order, through `read`.
template <typename ReadPart>
std::string for_each_listed_part(const ZipPackage& zip, const std::string& main_xml, const std::string& main_part,
                                 const char* list_element, ReadPart read) {
  PartList list(list_element);
  if (std::string error = walk_xml(main_xml, list); !error.empty()) return main_part + ": " + error;
  std::string error;
  std::map<std::string, std::string> targets;
  if (auto rels = zip.read(rels_of(main_part), error)) targets = read_relationships(*rels, directory_of(main_part));
  for (const PartList::Entry& entry : list.entries) {
    const auto target = targets.find(entry.relationship_id);
    if (target == targets.end()) continue;
    auto xml = zip.read(target->second, error);
    if (!xml) return error;
    if (std::string failure = read(entry, *xml); !failure.empty()) return target->second + ": " + failure;
  }
  return {};
}

enum class Application { kWord, kExcel, kPowerPoint };

ExtractResult read_package(std::string_view bytes, Application application) {
  static const char* const kMainParts[] = {"word/document.xml", "xl/workbook.xml", "ppt/presentation.xml"};
  static const char* const kNames[] = {"a Word document", "an Excel workbook", "a PowerPoint presentation"};
  const auto which = static_cast<size_t>(application);
  ZipPackage zip(bytes);
  if (!zip.error().empty()) return ExtractError{zip.error()};
  const Package package = locate_parts(zip, kMainParts[which]);
  std::string error;
  auto main_xml = zip.read(package.main_part, error);
  if (!main_xml) return ExtractError{std::string("not ") + kNames[which] + ": " + error};
  Extracted out;
  read_core_properties(zip, package, out);
  TextBuilder text;
  std::string failure;
  if (application == Application::kWord) {
    RunText handler(text, ParagraphEnd::kBlankLine);
    failure = walk_xml(*main_xml, handler);
    if (!failure.empty()) failure = package.main_part + ": " + failure;
  } else if (application == Application::kExcel) {
    std::vector<std::string> shared;
    const std::string strings_part = directory_of(package.main_part) + "sharedStrings.xml";
    if (auto strings = zip.read(strings_part, error)) {
      SharedStrings handler(shared);
      if (std::string e = walk_xml(*strings, handler); !e.empty()) return ExtractError{strings_part + ": " + e};
    }
    failure = for_each_listed_part(zip, *main_xml, package.main_part, "sheet",
                                   [&](const PartList::Entry& sheet, const std::string& xml) {
                                     text.paragraph_break();
                                     text.text(sheet.name);
                                     text.line_break();
                                     Worksheet handler(shared, text);
                                     return walk_xml(xml, handler);
                                   });
  } else {
    failure = for_each_listed_part(zip, *main_xml, package.main_part, "sldId",
                                   [&](const PartList::Entry&, const std::string& xml) {
                                     text.paragraph_break();
                                     RunText handler(text, ParagraphEnd::kLineBreak);
                                     return walk_xml(xml, handler);
                                   });
  }
  if (!failure.empty()) return ExtractError{failure};
  out.body = text.finish();
  return out;
}

}  // namespace

ExtractResult extract_docx(std::string_view bytes) {
  return read_package(bytes, Application::kWord);
}

ExtractResult extract_xlsx(std::string_view bytes) {
  return read_package(bytes, Application::kExcel);
}

ExtractResult extract_pptx(std::string_view bytes) {
  return read_package(bytes, Application::kPowerPoint);
}

}  // namespace kennis
