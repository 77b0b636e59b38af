#include "extract_html.h"

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/tree.h>
#include <strings.h>

#include <climits>
#include <memory>
#include <string>
#include <unordered_map>

namespace kennis {
namespace {

using DocPtr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

constexpr int kParseOptions =
    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;

// How an element contributes to the text layout.
enum class Role { kInline, kSkip, kParagraph, kLine, kCell, kPre };

Role role_of(const xmlChar* name) {
  static const std::unordered_map<std::string_view, Role> kRoles = {
      {"script", Role::kSkip},       {"style", Role::kSkip},
      {"nav", Role::kSkip},          {"noscript", Role::kSkip},
      {"template", Role::kSkip},     {"head", Role::kSkip},
      {"iframe", Role::kSkip},       {"object", Role::kSkip},
      {"svg", Role::kSkip},          {"select", Role::kSkip},
      {"button", Role::kSkip},       {"p", Role::kParagraph},
      {"div", Role::kParagraph},     {"h1", Role::kParagraph},
      {"h2", Role::kParagraph},      {"h3", Role::kParagraph},
      {"h4", Role::kParagraph},      {"h5", Role::kParagraph},
      {"h6", Role::kParagraph},      {"section", Role::kParagraph},
      {"article", Role::kParagraph}, {"header", Role::kParagraph},
      {"footer", Role::kParagraph},  {"main", Role::kParagraph},
      {"aside", Role::kParagraph},   {"blockquote", Role::kParagraph},
      {"ul", Role::kParagraph},      {"ol", Role::kParagraph},
      {"dl", Role::kParagraph},      {"table", Role::kParagraph},
      {"form", Role::kParagraph},    {"fieldset", Role::kParagraph},
      {"figure", Role::kParagraph},  {"address", Role::kParagraph},
      {"hr", Role::kParagraph},      {"details", Role::kParagraph},
      {"center", Role::kParagraph},  {"body", Role::kParagraph},
      {"li", Role::kLine},           {"dt", Role::kLine},
      {"dd", Role::kLine},           {"tr", Role::kLine},
      {"br", Role::kLine},           {"caption", Role::kLine},
      {"figcaption", Role::kLine},   {"summary", Role::kLine},
      {"option", Role::kLine},       {"td", Role::kCell},
      {"th", Role::kCell},           {"pre", Role::kPre},
      {"listing", Role::kPre},       {"xmp", Role::kPre},
  };
  const auto it = kRoles.find(reinterpret_cast<const char*>(name));
  return it == kRoles.end() ? Role::kInline : it->second;
}

std::string_view view(const xmlChar* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && node->name &&
         strcasecmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string out(view(value));
  xmlFree(value);
  return out;
}

std::string content(xmlNode* node) {
  xmlChar* text = xmlNodeGetContent(node);
  std::string out(view(text));
  xmlFree(text);
  return out;
}

void walk(const xmlNode* parent, bool pre, TextBuilder& out) {
  for (const xmlNode* node = parent->children; node && !out.full(); node = node->next) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (pre)
        out.preformatted(view(node->content));
      else
        out.text(view(node->content));
      continue;
    }
    if (node->type != XML_ELEMENT_NODE) continue;
    switch (role_of(node->name)) {
      case Role::kSkip:
        break;
      case Role::kInline:
        walk(node, pre, out);
        break;
      case Role::kParagraph:
        out.paragraph_break();
        walk(node, pre, out);
        out.paragraph_break();
        break;
      case Role::kLine:
        out.line_break();
        walk(node, pre, out);
        out.line_break();
        break;
      case Role::kCell:
        out.space();
        walk(node, pre, out);
        out.space();
        break;
      case Role::kPre:
        out.paragraph_break();
        walk(node, /*pre=*/true, out);
        out.paragraph_break();
        break;
    }
  }
}

// Depth-first search for the first element called `name`, not descending into skipped ones.
xmlNode* find_element(xmlNode* parent, const char* name) {
  for (xmlNode* node = parent ? parent->children : nullptr; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (named(node, name)) return node;
    if (named(node, "script") || named(node, "style") || named(node, "svg")) continue;
    if (xmlNode* found = find_element(node, name)) return found;
  }
  return nullptr;
}

void read_meta(xmlNode* meta, Extracted& out, std::string& declared_lang) {
  const std::string value = attribute(meta, "content");
  if (value.empty()) return;
  std::string key = attribute(meta, "name");
  if (key.empty()) key = attribute(meta, "property");
  if (key.empty()) key = attribute(meta, "http-equiv");
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (key == "author" || key == "dc.creator" || key == "dcterms.creator") {
    if (std::string author = clean_line(value); !author.empty()) out.authors.push_back(author);
  } else if (key == "dcterms.created" || key == "dc.date.created" || key == "date" || key == "dc.date" ||
             key == "article:published_time") {
    if (!out.created) out.created = parse_metadata_date(value);
  } else if (key == "dcterms.modified" || key == "dc.date.modified" || key == "last-modified" ||
             key == "article:modified_time") {
    if (!out.modified) out.modified = parse_metadata_date(value);
  } else if (key == "content-language" || key == "language" || key == "dc.language") {
    // Content-Language may list several; the first is the main one.
    if (declared_lang.empty()) declared_lang = value.substr(0, value.find(','));
  }
}

Extracted read_document(xmlDoc* doc) {
  Extracted out;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return out;
  std::string declared_lang = attribute(root, "lang");
  if (declared_lang.empty()) declared_lang = attribute(root, "xml:lang");
  std::string meta_lang;
  if (xmlNode* head = find_element(root, "head")) {
    if (xmlNode* title = find_element(head, "title")) out.title = clean_line(content(title));
    for (xmlNode* node = head->children; node; node = node->next)
      if (named(node, "meta")) read_meta(node, out, meta_lang);
  }
  out.lang = normalize_lang(declared_lang);
  if (out.lang.empty()) out.lang = normalize_lang(meta_lang);
  if (out.title.empty()) {
    if (xmlNode* h1 = find_element(root, "h1")) out.title = clean_line(content(h1));
  }
  TextBuilder text;
  walk(root, /*pre=*/false, text);
  out.body = text.finish();
  return out;
}

DocPtr parse(std::string_view bytes, const char* encoding) {
  int options = kParseOptions;
  if (encoding) options |= HTML_PARSE_IGNORE_ENC;
  return DocPtr(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding, options), xmlFreeDoc);
}

}  // namespace

ExtractResult extract_html(std::string_view bytes) {
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return ExtractError{"HTML file too large"};
  // Valid UTF-8 is read as UTF-8 whatever the page claims (a stale <meta charset> is common);
  // otherwise libxml2 honours the BOM or the page's declaration, and when there is none we ask
  // uchardet instead of letting libxml2 assume ISO-8859-1.
  const bool utf8 = is_valid_utf8(bytes);
  DocPtr doc = parse(bytes, utf8 ? "UTF-8" : nullptr);
  if (!utf8 && doc && !doc->encoding) {
    const std::string utf8_text = to_utf8(bytes);
    doc = parse(utf8_text, "UTF-8");
  }
  if (!doc) return ExtractError{"not readable as HTML"};
  return read_document(doc.get());
}

std::string html_to_text(std::string_view utf8) {
  if (utf8.size() > static_cast<size_t>(INT_MAX)) return {};
  DocPtr doc = parse(utf8, "UTF-8");
  if (!doc) return {};
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return {};
  TextBuilder text;
  walk(root, /*pre=*/false, text);
  return text.finish();
}

}  // namespace kennis
