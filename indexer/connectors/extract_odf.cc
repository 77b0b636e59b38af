// OpenDocument (ISO/IEC 26300) packages: content.xml for the text, meta.xml for metadata.
#include <algorithm>

#include "extract_office.h"
#include "extract_package.h"

namespace kennis {
namespace {

// content.xml. Text nodes anywhere inside <office:body> are content, except in the subtrees
// skipped below (deleted text of tracked changes, comments, speaker notes, form controls).
class ContentText : public XmlHandler {
 public:
  ContentText(TextBuilder& out, bool spreadsheet) : out_(out), spreadsheet_(spreadsheet) {}

  bool start(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "tracked-changes" || name == "annotation" || name == "notes" || name == "forms") return false;
    if (name == "body")
      ++in_body_;
    else if (name == "table-cell" || name == "covered-table-cell")
      ++in_cell_;
    else if (name == "list-item")
      ++in_item_;
    else if (name == "s" || name == "tab")
      out_.space();
    else if (name == "line-break")
      out_.line_break();
    else if (name == "table" && spreadsheet_ && in_body_ > 0) {
      out_.paragraph_break();
      out_.text(attributes.get("name"));  // the sheet name
      out_.line_break();
    }
    return true;
  }

  void end(std::string_view name) override {
    if (name == "body") {
      --in_body_;
    } else if (name == "p" || name == "h") {
      if (in_cell_ > 0)
        out_.space();
      else if (in_item_ > 0)
        out_.line_break();
      else
        out_.paragraph_break();
    } else if (name == "table-cell" || name == "covered-table-cell") {
      --in_cell_;
      out_.space();
    } else if (name == "list-item") {
      --in_item_;
      out_.line_break();
    } else if (name == "table-row") {
      out_.line_break();
    } else if (name == "table" || name == "page" || name == "list" || name == "frame") {
      out_.paragraph_break();
    }
  }

  void text(std::string_view text) override {
    if (in_body_ > 0) out_.text(text);
  }

 private:
  TextBuilder& out_;
  bool spreadsheet_;
  int in_body_ = 0;
  int in_cell_ = 0;
  int in_item_ = 0;
};

// meta.xml.
class MetaFields : public XmlHandler {
 public:
  explicit MetaFields(Extracted& out) : out_(out) {}
  bool start(std::string_view, const XmlAttributes&) override {
    value_.clear();
    return true;
  }
  void end(std::string_view name) override {
    const std::string value = clean_line(value_);
    value_.clear();
    if (value.empty()) return;
    if (name == "title") {
      out_.title = value;
    } else if (name == "initial-creator" || name == "creator") {
      if (std::find(out_.authors.begin(), out_.authors.end(), value) == out_.authors.end())
        out_.authors.push_back(value);
    } else if (name == "creation-date") {
      out_.created = parse_metadata_date(value);
    } else if (name == "date") {
      out_.modified = parse_metadata_date(value);
    } else if (name == "language") {
      out_.lang = normalize_lang(value);
    }
  }
  void text(std::string_view text) override { value_ += text; }

 private:
  Extracted& out_;
  std::string value_;
};

// styles.xml: the language of the default style (of paragraphs, else of any family, as in
// spreadsheets), which is what ODF producers record as the document language when meta.xml
// has no dc:language.
class DefaultLanguage : public XmlHandler {
 public:
  bool start(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "default-style") {
      in_default_ = true;
      paragraph_ = attributes.get("family") == "paragraph";
    } else if (name == "text-properties" && in_default_) {
      const std::string language = attributes.get("language");
      const std::string country = attributes.get("country");
      if (language.empty() || language == "zxx" || language == "none") return true;
      std::string& slot = paragraph_ ? paragraph_lang_ : other_lang_;
      if (slot.empty()) slot = country.empty() || country == "none" ? language : language + "-" + country;
    }
    return true;
  }
  void end(std::string_view name) override {
    if (name == "default-style") in_default_ = false;
  }
  void text(std::string_view) override {}

  const std::string& lang() const { return paragraph_lang_.empty() ? other_lang_ : paragraph_lang_; }

 private:
  bool in_default_ = false;
  bool paragraph_ = false;
  std::string paragraph_lang_;
  std::string other_lang_;
};

}  // namespace

ExtractResult extract_odf(std::string_view bytes) {
  ZipPackage zip(bytes);
  if (!zip.error().empty()) return ExtractError{zip.error()};
  std::string error;
  const auto content = zip.read("content.xml", error);
  if (!content) return ExtractError{"not an OpenDocument file: " + error};
  const std::string mimetype = zip.read("mimetype", error).value_or("");
  Extracted out;
  if (auto meta = zip.read("meta.xml", error)) {
    MetaFields handler(out);
    walk_xml(*meta, handler);  // metadata is optional: a damaged meta.xml costs only the title
  }
  if (out.lang.empty()) {
    if (auto styles = zip.read("styles.xml", error)) {
      DefaultLanguage handler;
      walk_xml(*styles, handler);
      out.lang = normalize_lang(handler.lang());
    }
  }
  TextBuilder text;
  ContentText handler(text, mimetype.find("spreadsheet") != std::string::npos);
  if (std::string failure = walk_xml(*content, handler); !failure.empty())
    return ExtractError{"content.xml: " + failure};
  out.body = text.finish();
  return out;
}

}  // namespace kennis
