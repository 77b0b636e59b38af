#include "chat_mrkdwn.h"

#include <algorithm>
#include <cstring>
#include <map>

#include "chat_text.h"

namespace kennis::chat {
namespace {

// Slack escapes exactly these three in message text, labels and URLs.
std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      const std::string_view rest = text.substr(i);
      if (rest.substr(0, 5) == "&amp;") { out += '&'; i += 4; continue; }
      if (rest.substr(0, 4) == "&lt;") { out += '<'; i += 3; continue; }
      if (rest.substr(0, 4) == "&gt;") { out += '>'; i += 3; continue; }
    }
    out += text[i];
  }
  return out;
}

std::string_view without_prefix(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix ? text.substr(prefix.size()) : text;
}

// Letters and digits, counting every non-ASCII byte as one.
bool is_word(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Converts the inside of one <…> escape.
std::string convert_escape(std::string_view inside, const SlackNames& names, PlainText& out) {
  const size_t bar = inside.find('|');
  const std::string target = decode_entities(inside.substr(0, bar));
  const std::string label = bar == std::string_view::npos ? "" : decode_entities(inside.substr(bar + 1));
  if (target.empty()) return label;
  const std::string_view id = std::string_view(target).substr(1);
  switch (target[0]) {
    case '@': {
      append_unique(out.mentioned_users, std::string(id));
      std::string name = names.user ? names.user(id) : "";
      if (name.empty()) name = label.empty() ? std::string(id) : std::string(without_prefix(label, "@"));
      return "@" + name;
    }
    case '#': {
      std::string name = label;
      if (name.empty() && names.channel) name = names.channel(id);
      return "#" + (name.empty() ? std::string(id) : name);
    }
    case '!': {  // <!here>, <!channel>, <!subteam^S1|@team>, <!date^…|fallback>
      if (!label.empty()) return label;
      const std::string_view command = id.substr(0, id.find('^'));
      return "@" + std::string(command);
    }
    default: {
      const std::string_view url = without_prefix(target, "mailto:");
      const std::string_view bare = without_prefix(without_prefix(url, "https://"), "http://");
      if (label.empty() || label == target || label == url || label == bare) return std::string(url);
      return label + " (" + std::string(url) + ")";
    }
  }
}

class Converter {
 public:
  Converter(std::string_view text, const SlackNames& names)
      : text_(text), names_(names), drop_(text.size(), false), protect_(text.size(), false) {}

  PlainText run() {
    find_escapes();
    find_code();
    for (char marker : {'*', '_', '~'}) find_emphasis(marker);
    PlainText out;
    std::string plain;
    plain.reserve(text_.size());
    size_t copied = 0;  // text_[copied, i) is plain text not yet written
    const auto flush = [&](size_t end) {
      plain += decode_entities(text_.substr(copied, end - copied));
    };
    for (size_t i = 0; i < text_.size();) {
      if (auto escape = escapes_.find(i); escape != escapes_.end()) {
        flush(i);
        plain += convert_escape(text_.substr(i + 1, escape->second - i - 2), names_, out);
        copied = i = escape->second;
      } else if (drop_[i]) {
        flush(i);
        copied = ++i;
      } else {
        ++i;
      }
    }
    flush(text_.size());
    out.text = std::string(trim(plain));
    return out;
  }

 private:
  // <…> on one line. Slack writes a literal '<' as &lt;, so every '<' opens an escape.
  void find_escapes() {
    for (size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] != '<') continue;
      const size_t end = text_.find_first_of("<>\n", i + 1);
      if (end == std::string_view::npos || text_[end] != '>') continue;
      // Slack's escapes start with an id or a URL: no blank before the '|' (so "a < b > c",
      // which Slack itself would have written with &lt; and &gt;, stays text).
      const std::string_view target = text_.substr(i + 1, std::min(end, text_.find('|', i + 1)) - i - 1);
      if (target.empty() || target.find_first_of(" \t") != std::string_view::npos) continue;
      escapes_[i] = end + 1;
      for (size_t k = i; k <= end; ++k) protect_[k] = true;
      i = end;
    }
  }

  // ```block``` (may span lines) and `code` (one line): backticks dropped, content protected
  // from emphasis.
  void find_code() {
    for (size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] != '`' || protect_[i]) continue;
      if (text_.compare(i, 3, "```") == 0) {
        const size_t close = text_.find("```", i + 3);
        if (close == std::string_view::npos) { i += 2; continue; }
        // A fence on a line of its own takes its line end with it.
        const bool open_line = text_[i + 3] == '\n' && close > i + 3;
        const bool close_line = close > i + 4 && text_[close - 1] == '\n';
        mark_code(i, open_line ? 4 : 3, close_line ? close - 1 : close, close_line ? 4 : 3);
        i = close + 2;
      } else {
        const size_t close = text_.find_first_of("`\n", i + 1);
        if (close == std::string_view::npos || text_[close] != '`' || close == i + 1) continue;
        mark_code(i, 1, close, 1);
        i = close;
      }
    }
  }

  void mark_code(size_t open, size_t open_size, size_t close, size_t close_size) {
    for (size_t k = open; k < open + open_size; ++k) drop_[k] = true;
    for (size_t k = close; k < close + close_size; ++k) drop_[k] = true;
    for (size_t k = open + open_size; k < close; ++k) protect_[k] = true;
  }

  bool free_marker(size_t i, char marker) const {
    return text_[i] == marker && !protect_[i] && !drop_[i];
  }

  // Markers format only at word edges: the opening one after the start of the text, a blank,
  // an opening bracket or quote (or another marker), the closing one before the end, a blank
  // or punctuation, on the same line, neither touching a blank on the inside. So snake_case,
  // 2*3, debian/*.install and *glob*.patch keep their markers.
  bool opens(size_t i, char marker) const {
    const char before = i == 0 ? ' ' : text_[i - 1];
    const char after = text_[i + 1];
    return before != marker && (is_blank(before) || std::strchr("([{\"'*_~", before)) &&
           !is_blank(after) && after != marker;
  }

  bool closes(size_t j, char marker) const {
    const char inner = text_[j - 1];
    const char next = j + 1 < text_.size() ? text_[j + 1] : ' ';
    const char after_next = j + 2 < text_.size() ? text_[j + 2] : ' ';
    if (is_blank(inner) || inner == marker || next == marker) return false;
    if (is_blank(next) || std::strchr(")]}\"'*_~,;:!?", next)) return true;
    return next == '.' && !is_word(after_next);
  }

  void find_emphasis(char marker) {
    for (size_t i = 0; i + 2 < text_.size(); ++i) {
      if (!free_marker(i, marker) || !opens(i, marker)) continue;
      for (size_t j = i + 2; j < text_.size() && text_[j] != '\n'; ++j) {
        if (!free_marker(j, marker) || !closes(j, marker)) continue;
        drop_[i] = drop_[j] = true;
        i = j;
        break;
      }
    }
  }

  std::string_view text_;
  const SlackNames& names_;
  std::vector<bool> drop_;     // markers and backticks left out of the output
  std::vector<bool> protect_;  // inside an escape or code: no emphasis there
  std::map<size_t, size_t> escapes_;  // '<' position → one past its '>'
};

}  // namespace

PlainText slack_to_plain_text(std::string_view mrkdwn, const SlackNames& names) {
  return Converter(mrkdwn, names).run();
}

}  // namespace kennis::chat
