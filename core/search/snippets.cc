#include "snippets.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <vector>

#include "kennis/schema.h"

namespace kennis::detail {

void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n': case '\r': case '\t': out += ' '; break;
      default: out += c;
    }
  }
}

namespace {

// Byte length of a prefix of `text` that ends on a UTF-8 character boundary.
size_t utf8_floor(std::string_view text, size_t n) {
  if (n >= text.size()) return text.size();
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace

std::string highlight(std::string_view text, const Analyzer& analyzer, const std::string& lang,
                      const HighlightTerms& terms, size_t max_bytes) {
  const std::string_view analysed = text.substr(0, utf8_floor(text, kMaxAnalysedBytes));
  const std::vector<Token> tokens = analyzer.analyze(analysed, lang);

  // Which tokens match, and which distinct query term each stands for.
  std::vector<int> match(tokens.size(), -1);
  std::map<std::string, int> ids;
  // Words repeat: stem each distinct word once ("" when its stem is not a query term).
  std::unordered_map<std::string, std::string> stem_terms;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (terms.count(token.text)) {
      match[i] = ids.emplace(token.text, static_cast<int>(ids.size())).first->second;
      continue;
    }
    auto [it, fresh] = stem_terms.try_emplace(token.lower.empty() ? token.text : token.lower);
    if (fresh) {
      const std::string stem = analyzer.stem(token, lang);
      if (!stem.empty()) {
        std::string stem_term = layout::stem_term("", lang, stem);
        if (terms.count(stem_term)) it->second = std::move(stem_term);
      }
    }
    if (!it->second.empty()) match[i] = ids.emplace(it->second, static_cast<int>(ids.size())).first->second;
  }

  // The window [first, last] of tokens within max_bytes with the most distinct matches, ties
  // going to the earliest.
  size_t best_first = 0, best_score = 0;
  std::map<int, int> in_window;
  for (size_t first = 0, last = 0; first < tokens.size(); ++first) {
    while (last < tokens.size() && tokens[last].end - tokens[first].start <= max_bytes) {
      if (match[last] >= 0) ++in_window[match[last]];
      ++last;
    }
    if (in_window.size() > best_score) {
      best_score = in_window.size();
      best_first = first;
    }
    if (match[first] >= 0 && --in_window[match[first]] == 0) in_window.erase(match[first]);
  }

  // Start a little before the first match, on a word, so the passage reads naturally.
  size_t begin = 0;
  if (best_score > 0 && !tokens.empty()) {
    size_t first = best_first;
    while (first > 0 && tokens[best_first].start - tokens[first - 1].start < max_bytes / 4) --first;
    begin = first == 0 ? 0 : tokens[first].start;
  }
  size_t end = std::min(text.size(), begin + max_bytes);
  // End on the end of a word, when one ends inside the window.
  if (end < text.size()) {
    size_t word_end = begin;
    for (const Token& token : tokens)
      if (token.start >= begin && token.end <= end) word_end = token.end;
    end = word_end > begin ? word_end : utf8_floor(text, end);
  }

  std::string out;
  if (begin > 0) out += "… ";
  size_t at = begin;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.start < at || token.end > end || match[i] < 0) continue;
    append_escaped(out, text.substr(at, token.start - at));
    out += "<mark>";
    append_escaped(out, text.substr(token.start, token.end - token.start));
    out += "</mark>";
    at = token.end;
  }
  append_escaped(out, text.substr(at, end - at));
  if (end < text.size()) out += " …";
  return out;
}

}  // namespace kennis::detail
