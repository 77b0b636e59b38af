#include "extract_text.h"

#include <cmark.h>

#include <cstdlib>
#include <memory>

#include "extract_html.h"

namespace kennis {
namespace {

using NodePtr = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;
using IterPtr = std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)>;

std::string_view literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text ? std::string_view(text) : std::string_view();
}

bool in_list_item(cmark_node* node) {
  cmark_node* parent = cmark_node_parent(node);
  return parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM;
}

}  // namespace

ExtractResult extract_plain_text(std::string_view bytes) {
  TextBuilder text;
  text.preformatted(to_utf8(bytes));
  Extracted out;
  out.body = text.finish();
  return out;
}

ExtractResult extract_markdown(std::string_view bytes) {
  const std::string utf8 = to_utf8(bytes);
  NodePtr document(cmark_parse_document(utf8.data(), utf8.size(), CMARK_OPT_VALIDATE_UTF8), cmark_node_free);
  if (!document) return ExtractError{"markdown parser failed"};
  Extracted out;
  TextBuilder text;
  TextBuilder title;
  cmark_node* title_heading = nullptr;
  IterPtr iter(cmark_iter_new(document.get()), cmark_iter_free);
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE && !text.full();) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const bool enter = event == CMARK_EVENT_ENTER;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING:
        if (enter && !title_heading && out.title.empty() && cmark_node_get_heading_level(node) == 1)
          title_heading = node;
        if (!enter && node == title_heading) {
          out.title = clean_line(title.finish());
          title_heading = nullptr;
        }
        text.paragraph_break();
        break;
      case CMARK_NODE_PARAGRAPH:
        // Items of a tight list hold one paragraph each; keep them one per line.
        if (in_list_item(node))
          text.line_break();
        else
          text.paragraph_break();
        break;
      case CMARK_NODE_ITEM:
        text.line_break();
        break;
      case CMARK_NODE_BLOCK_QUOTE:
      case CMARK_NODE_LIST:
      case CMARK_NODE_THEMATIC_BREAK:
        text.paragraph_break();
        break;
      case CMARK_NODE_CODE_BLOCK:
        text.paragraph_break();
        text.preformatted(literal(node));
        text.paragraph_break();
        break;
      case CMARK_NODE_HTML_BLOCK:
        text.paragraph_break();
        text.preformatted(html_to_text(literal(node)));
        text.paragraph_break();
        break;
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        text.text(literal(node));
        if (title_heading) title.text(literal(node));
        break;
      case CMARK_NODE_SOFTBREAK:
        text.space();
        if (title_heading) title.space();
        break;
      case CMARK_NODE_LINEBREAK:
        text.line_break();
        break;
      default:  // emphasis, links and images contribute their children's text; inline HTML nothing
        break;
    }
  }
  out.body = text.finish();
  return out;
}

}  // namespace kennis
