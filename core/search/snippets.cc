#include "snippets.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <unordered_map>
#include <vector>

#include "kennis/schema.h"
#include "stored_record.h"

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

// A word of the text: its byte span, the distinct query term it matches (-1: none), and which
// distinct word of the text it is.
struct Span {
  uint32_t start, end;
  int match;
  uint32_t word;
};

// Which tokens match, and which distinct query term each stands for (-1: none). The one place
// where the words of a text meet the query's terms.
std::vector<Span> match_tokens(const std::vector<Token>& tokens, const Analyzer& analyzer, const std::string& lang,
                               const HighlightTerms& terms) {
  std::vector<Span> match(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) match[i] = {tokens[i].start, tokens[i].end, -1, 0};
  std::map<std::string, int> ids;
  std::unordered_map<std::string, uint32_t> words;
  // Words repeat: stem each distinct word once ("" when its stem is not a query term).
  std::unordered_map<std::string, std::string> stem_terms;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    match[i].word = words.try_emplace(token.text, static_cast<uint32_t>(words.size())).first->second;
    if (terms.count(token.text)) {
      match[i].match = ids.emplace(token.text, static_cast<int>(ids.size())).first->second;
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
    if (!it->second.empty()) match[i].match = ids.emplace(it->second, static_cast<int>(ids.size())).first->second;
  }
  return match;
}

// The same from the words the indexer stored: each distinct word is looked up once, and no
// text is analysed again.
std::vector<Span> match_stored(const StoredText& text, const HighlightTerms& terms) {
  std::vector<int> word_match;
  word_match.reserve(TextWords(text).size());
  std::unordered_map<std::string, int> ids;
  std::string stem_term;
  TextWords words(text);
  std::string_view word, stem;
  while (words.next(&word, &stem)) {
    int id = -1;
    std::string key(word);
    if (!terms.count(key)) {
      key.clear();
      if (!stem.empty()) {
        stem_term = layout::stem_term("", text.lang, stem);
        if (terms.count(stem_term)) key = stem_term;
      }
    }
    if (!key.empty()) id = ids.emplace(std::move(key), static_cast<int>(ids.size())).first->second;
    word_match.push_back(id);
  }
  std::vector<Span> spans;
  TextTokens tokens(text);
  spans.reserve(tokens.size());
  uint32_t start = 0, end = 0, w = 0;
  while (tokens.next(&start, &end, &w)) {
    if (end > text.text.size() || start > end) break;  // corrupt: keep what was read
    spans.push_back({start, end, w < word_match.size() ? word_match[w] : -1, w});
  }
  return spans;
}

// The bytes [start, end) of `text` to show: the window of at most about `max_bytes` with the
// most distinct matches, ties going to the earliest, or all of `text` when it fits.
TextRange choose_window(std::string_view text, const std::vector<Span>& tokens, size_t max_bytes) {
  auto match = [&](size_t i) { return tokens[i].match; };
  if (text.size() <= max_bytes) return {0, static_cast<uint32_t>(text.size())};
  size_t best_first = 0, best_last = 0, best_score = 0;
  std::map<int, int> in_window;
  for (size_t first = 0, last = 0; first < tokens.size(); ++first) {
    while (last < tokens.size() && tokens[last].end - tokens[first].start <= max_bytes) {
      if (match(last) >= 0) ++in_window[match(last)];
      ++last;
    }
    if (in_window.size() > best_score) {
      best_score = in_window.size();
      best_first = first;
      best_last = last;
    }
    if (match(first) >= 0 && --in_window[match(first)] == 0) in_window.erase(match(first));
  }

  // Start a little before the window's first match, on a word, so the passage reads naturally,
  // but not so far before it that the window's last match would fall off the end.
  size_t begin = 0;
  if (best_score > 0) {
    size_t anchor = best_first;
    while (match(anchor) < 0) ++anchor;
    size_t last_end = tokens[anchor].end;
    for (size_t i = anchor; i < best_last; ++i)
      if (match(i) >= 0) last_end = std::max<size_t>(last_end, tokens[i].end);
    const size_t matches_bytes = last_end - tokens[anchor].start;
    const size_t lead = matches_bytes >= max_bytes ? 0 : std::min(max_bytes / 4, max_bytes - matches_bytes);
    size_t first = anchor;
    while (first > 0 && tokens[first - 1].start <= tokens[anchor].start &&
           tokens[anchor].start - tokens[first - 1].start <= lead)
      --first;
    begin = first == 0 && tokens[anchor].start <= lead ? 0 : tokens[first].start;
  }
  size_t end = begin + std::min(max_bytes, text.size() - begin);
  // End on the end of a word, when one ends inside the window.
  if (end < text.size()) {
    size_t word_end = begin;
    for (const Span& token : tokens)
      if (token.start >= begin && token.end <= end) word_end = token.end;
    end = word_end > begin ? word_end : utf8_floor(text, end);
  }
  return {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

// Appends text with \n, \r and \t as spaces, as the passage shows it (one byte for one byte,
// so offsets into the stored text and into the passage differ by a constant).
void append_plain(std::string& out, std::string_view text) {
  const size_t at = out.size();
  out += text;
  for (size_t i = at; i < out.size(); ++i)
    if (out[i] == '\n' || out[i] == '\r' || out[i] == '\t') out[i] = ' ';
}

// Sorts spans and merges those that overlap or touch, so each stretch is reported once.
std::vector<TextRange> merge_spans(std::vector<TextRange> spans) {
  std::sort(spans.begin(), spans.end(), [](const TextRange& a, const TextRange& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  std::vector<TextRange> out;
  for (const TextRange& span : spans) {
    if (!out.empty() && span.start <= out.back().end) out.back().end = std::max(out.back().end, span.end);
    else out.push_back(span);
  }
  return out;
}

}  // namespace

namespace {

Passage make_passage(std::string_view text, const std::vector<Span>& tokens, size_t max_bytes) {
  const TextRange window = choose_window(text, tokens, max_bytes);
  Passage passage;
  if (window.start > 0) passage.text += "… ";
  const uint32_t lead = static_cast<uint32_t>(passage.text.size());
  append_plain(passage.text, text.substr(window.start, window.end - window.start));
  if (window.end < text.size()) passage.text += " …";

  std::vector<TextRange> spans;
  std::vector<uint32_t> words;
  for (const Span& token : tokens) {
    if (token.match < 0 || token.start < window.start || token.end > window.end) continue;
    spans.push_back({lead + token.start - window.start, lead + token.end - window.start});
    words.push_back(token.word);
  }
  std::sort(words.begin(), words.end());
  passage.marked_words = static_cast<size_t>(std::unique(words.begin(), words.end()) - words.begin());
  passage.marks = merge_spans(std::move(spans));
  return passage;
}

}  // namespace

Passage highlight(std::string_view text, const Analyzer& analyzer, const std::string& lang,
                  const HighlightTerms& terms, size_t max_bytes) {
  const std::string_view analysed = text.substr(0, utf8_floor(text, kMaxAnalysedBytes));
  const std::vector<Token> tokens = analyzer.analyze(analysed, lang);
  return make_passage(text, match_tokens(tokens, analyzer, lang, terms), max_bytes);
}

Passage highlight(const StoredText& text, const HighlightTerms& terms, size_t max_bytes) {
  return make_passage(text.text, match_stored(text, terms), max_bytes);
}

std::string to_html(const Passage& passage) {
  const std::string_view text = passage.text;
  std::string out;
  size_t at = 0;
  for (const TextRange& mark : passage.marks) {
    append_escaped(out, text.substr(at, mark.start - at));
    out += "<mark>";
    append_escaped(out, text.substr(mark.start, mark.end - mark.start));
    out += "</mark>";
    at = mark.end;
  }
  append_escaped(out, text.substr(at));
  return out;
}

}  // namespace kennis::detail

namespace kennis {

std::vector<Highlight> to_highlights(std::string_view utf8, const std::vector<TextRange>& byte_spans) {
  std::vector<Highlight> out;
  out.reserve(byte_spans.size());
  // Counts up to `target` bytes: a code point starts at every byte that is not a continuation
  // byte (10xxxxxx), and one that starts with 11110xxx (four bytes, above U+FFFF) takes a
  // UTF-16 surrogate pair.
  uint32_t bytes = 0, code_points = 0, utf16 = 0;
  auto advance = [&](uint32_t target) {
    assert(target >= bytes && target <= utf8.size());
    for (; bytes < target && bytes < utf8.size(); ++bytes) {
      const auto c = static_cast<unsigned char>(utf8[bytes]);
      if ((c & 0xC0) == 0x80) continue;
      ++code_points;
      utf16 += c >= 0xF0 ? 2 : 1;
    }
  };
  for (const TextRange& span : byte_spans) {
    assert(span.start <= span.end);
    Highlight h;
    advance(span.start);
    h.bytes.start = bytes, h.code_points.start = code_points, h.utf16.start = utf16;
    advance(span.end);
    h.bytes.end = bytes, h.code_points.end = code_points, h.utf16.end = utf16;
    out.push_back(h);
  }
  return out;
}

}  // namespace kennis
