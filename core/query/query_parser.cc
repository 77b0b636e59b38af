// Query text -> QueryAst: syntax only, no analysis. Grammar:
//   or_expr  := and_expr ("OR" and_expr)*
//   and_expr := unary (["AND"] unary)*
//   unary    := ("-" | "NOT") primary | ["+"] primary
//   primary  := "(" or_expr ")" | '"' words '"' | field ":" (value | '"' words '"') | word
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>

#include "kennis/document.h"
#include "kennis/error.h"
#include "kennis/query.h"

namespace kennis {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool ends_word(char c) { return is_space(c) || c == '(' || c == ')' || c == '"'; }

const char* const kWordFields[] = {"title"};
const char* const kFilterFields[] = {"author", "group", "kind", "lang", "tag", "year", "mention", "date"};

template <size_t N>
bool one_of(std::string_view s, const char* const (&list)[N]) {
  for (const char* item : list)
    if (s == item) return true;
  return false;
}

std::string column(size_t pos) { return "column " + std::to_string(pos + 1); }

// "2024", "2024-03" or "2024-03-05" -> [start, end) in seconds since the epoch, UTC.
bool parse_period(std::string_view s, int64_t* start, int64_t* end) {
  int year = 0, month = 0, day = 0;
  auto digits = [&](size_t pos, size_t n, int* out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  if (!digits(0, 4, &year)) return false;
  std::tm from{}, to{};
  from.tm_year = to.tm_year = year - 1900;
  from.tm_mday = to.tm_mday = 1;
  if (s.size() == 4) {
    to.tm_year += 1;
  } else if (s.size() == 7 && s[4] == '-' && digits(5, 2, &month) && month >= 1 && month <= 12) {
    from.tm_mon = month - 1;
    to.tm_mon = month;  // timegm normalises month 12 to January of the next year
  } else if (s.size() == 10 && s[4] == '-' && s[7] == '-' && digits(5, 2, &month) && digits(8, 2, &day) &&
             month >= 1 && month <= 12 && day >= 1 && day <= 31) {
    from.tm_mon = to.tm_mon = month - 1;
    from.tm_mday = day;
    to.tm_mday = day + 1;
    std::tm check = from;
    timegm(&check);
    if (check.tm_mday != day) return false;  // 2023-02-30
  } else {
    return false;
  }
  *start = timegm(&from);
  *end = timegm(&to);
  return true;
}

// A node that stands for nothing (a dropped part): never a child in a parsed AST.
bool is_empty(const QueryAst& node) { return node.type == QueryAst::Type::kAnd && node.children.empty(); }

bool is_keyword(std::string_view word) { return word == "AND" || word == "OR" || word == "NOT"; }

// Text of AND, OR and NOT only: a person searching for the word, not joining anything.
bool only_keywords(std::string_view text) {
  bool any = false;
  for (size_t pos = 0; pos < text.size();) {
    if (is_space(text[pos])) {
      ++pos;
      continue;
    }
    size_t end = pos;
    while (end < text.size() && !is_space(text[end])) ++end;
    if (!is_keyword(text.substr(pos, end - pos))) return false;
    any = true;
    pos = end;
  }
  return any;
}

// One recursive-descent parser for both syntaxes: at each place where the strict syntax
// refuses the text, the forgiving one records a warning and reads on.
class Parser {
 public:
  Parser(std::string_view text, const QueryLimits& limits, QuerySyntax syntax)
      : text_(text), limits_(limits), strict_(syntax == QuerySyntax::kStrict) {}

  ParsedQuery parse() {
    if (text_.size() > limits_.max_bytes)
      throw Error(ErrorCode::kInvalidQuery,
                  "query is " + std::to_string(text_.size()) + " bytes; the limit is " + std::to_string(limits_.max_bytes),
                  "q");
    if (!strict_ && only_keywords(text_)) keywords_are_words();
    ParsedQuery out;
    out.ast = or_expr();
    skip_space();
    // Only a stray ')' stops or_expr early, and the forgiving parser drops those as it meets them.
    if (pos_ < text_.size()) throw Error(ErrorCode::kInvalidQuery, "')' at " + column(pos_) + " closes no '('", "q");
    out.warnings = std::move(warnings_);
    return out;
  }

 private:
  void skip_space() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
  }

  void warn(const char* code, size_t start, size_t end, std::string message) {
    warnings_.push_back({code, std::move(message), static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }

  // "AND" as the whole query (or "NOT AND"): every keyword is read as a word.
  void keywords_are_words() {
    keywords_are_words_ = true;
    for (size_t pos = 0; pos < text_.size(); ++pos) {
      if (is_space(text_[pos])) continue;
      size_t end = pos;
      while (end < text_.size() && !is_space(text_[end])) ++end;
      const std::string word(text_.substr(pos, end - pos));
      warn("dangling_operator", pos, end, word + " at " + column(pos) + " joins nothing; it was searched as a word");
      pos = end;
    }
  }

  bool at_keyword(std::string_view keyword) {
    skip_space();
    if (keywords_are_words_) return false;
    if (text_.compare(pos_, keyword.size(), keyword) != 0) return false;
    const size_t after = pos_ + keyword.size();
    return after == text_.size() || ends_word(text_[after]);
  }

  bool at_part_start() {
    skip_space();
    while (!strict_ && depth_ == 0 && pos_ < text_.size() && text_[pos_] == ')') {
      warn("unbalanced_parenthesis", pos_, pos_ + 1, "the ')' at " + column(pos_) + " closes no '('; it was dropped");
      ++pos_;
      skip_space();
    }
    return pos_ < text_.size() && text_[pos_] != ')' && !at_keyword("OR") && !at_keyword("AND");
  }

  // Counts a part starting at `start`; false when it is one too many and is to be dropped.
  bool count_part(size_t start) {
    if (++parts_ <= limits_.max_parts) return true;
    if (strict_)
      throw Error(ErrorCode::kInvalidQuery,
                  "query has more than " + std::to_string(limits_.max_parts) + " words and filters", "q");
    if (parts_ == limits_.max_parts + 1)
      warn("too_many_parts", start, text_.size(),
           "a query has at most " + std::to_string(limits_.max_parts) + " words and filters; the rest from " +
               column(start) + " was left out");
    return false;
  }

  QueryAst or_expr() {
    std::vector<QueryAst> parts;
    QueryAst first = and_expr();
    if (!is_empty(first)) parts.push_back(std::move(first));
    while (at_keyword("OR")) {
      const size_t or_pos = pos_;
      pos_ += 2;
      if (parts.empty()) {
        if (strict_) throw Error(ErrorCode::kInvalidQuery, "OR at " + column(or_pos) + " needs a part before it", "q");
        warn("dangling_operator", or_pos, or_pos + 2, "OR at " + column(or_pos) + " has no part before it; it was dropped");
      } else if (strict_ && !at_part_start()) {
        throw Error(ErrorCode::kInvalidQuery, "OR at " + column(or_pos) + " needs a part after it", "q");
      }
      QueryAst next = and_expr();
      if (is_empty(next)) {
        if (!parts.empty())
          warn("dangling_operator", or_pos, or_pos + 2, "OR at " + column(or_pos) + " has no part after it; it was dropped");
        continue;
      }
      parts.push_back(std::move(next));
    }
    if (parts.size() == 1) return std::move(parts.front());
    QueryAst node;
    node.type = parts.empty() ? QueryAst::Type::kAnd : QueryAst::Type::kOr;
    node.children = std::move(parts);
    return node;
  }

  QueryAst and_expr() {
    QueryAst node;
    node.type = QueryAst::Type::kAnd;
    const size_t start = (skip_space(), pos_);
    size_t end = start;
    bool positive = false;
    while (true) {
      if (at_keyword("AND")) {
        const size_t and_pos = pos_;
        pos_ += 3;
        const bool before = !node.children.empty();
        if (!before || !at_part_start()) {
          if (strict_) throw Error(ErrorCode::kInvalidQuery, "AND at " + column(and_pos) + " needs a part on each side", "q");
          warn("dangling_operator", and_pos, and_pos + 3,
               "AND at " + column(and_pos) + " has no part " + (before ? "after" : "before") + " it; it was dropped");
        }
        continue;
      }
      if (!at_part_start()) {
        if (at_keyword("AND")) continue;  // after a stray ')' that at_part_start() dropped
        break;
      }
      QueryAst part = unary();
      end = pos_;
      if (is_empty(part)) continue;
      if (part.type != QueryAst::Type::kNot) positive = true;
      node.children.push_back(std::move(part));
    }
    if (!node.children.empty() && !positive) {
      if (strict_)
        throw Error(ErrorCode::kInvalidQuery,
                    "the part at " + column(start) + " only excludes; add a word or filter to search for", "q");
      // Nothing to exclude from: "-Wall" or "--help" alone is most likely the thing sought.
      warn("only_excludes", start, end,
           "the part at " + column(start) + " only excludes; what it excludes was searched for instead");
      for (QueryAst& child : node.children) child = QueryAst(std::move(child.children.front()));
    }
    if (node.children.size() == 1) return std::move(node.children.front());
    return node;
  }

  // True when a word ending in a hyphen ("Zugriffs- ") comes before `at`.
  bool suspended_compound_before(size_t at) const {
    for (size_t i = 1; i + 1 < at; ++i) {
      const auto before = static_cast<unsigned char>(text_[i - 1]);
      if (text_[i] == '-' && is_space(text_[i + 1]) && (before >= 0x80 || std::isalpha(before))) return true;
    }
    return false;
  }

  // A '+' before a part ("+budget"); not "C++", "+ b" or (forgiving) "+)".
  bool plus_sign() const {
    if (pos_ + 1 >= text_.size() || text_[pos_] != '+') return false;
    const char next = text_[pos_ + 1];
    return !is_space(next) && next != '+' && (strict_ || next != ')');
  }

  QueryAst dropped_operator(size_t at, size_t length, const std::string& what) {
    warn("dangling_operator", at, at + length, what + " at " + column(at) + " has no part after it; it was dropped");
    return {};
  }

  QueryAst unary() {
    skip_space();
    const size_t op = pos_;
    size_t op_length = 0;
    const bool sign_alone = pos_ + 1 == text_.size() || is_space(text_[pos_ + 1]) || text_[pos_ + 1] == ')';
    if (text_[pos_] == '-' && pos_ + 1 < text_.size() && !is_space(text_[pos_ + 1])) {
      // German and Dutch leave out a shared part of compounds with a hyphen: "Zugriffs- und
      // -änderungszeiten", "in- en -uitvoer". After such a word, "-word" is the second half,
      // not an exclusion.
      if (suspended_compound_before(pos_)) return primary();
      if (!strict_ && sign_alone) {
        ++pos_;
        return dropped_operator(op, 1, "'-'");
      }
      op_length = 1;
      ++pos_;
    } else if (!strict_ && text_[pos_] == '-') {  // "a - b", "a -": a dash, not an exclusion
      ++pos_;
      return dropped_operator(op, 1, "'-'");
    } else if (at_keyword("NOT")) {
      op_length = 3;
      pos_ += 3;
      if (!at_part_start()) {
        if (strict_) throw Error(ErrorCode::kInvalidQuery, "NOT at " + column(op) + " needs a part after it", "q");
        return dropped_operator(op, 3, "NOT");
      }
    } else if (plus_sign()) {
      ++pos_;  // the default is AND already
    }
    if (op_length > 0 && !strict_) {
      // -"draft: the quote is ignored, the exclusion kept. -+draft: the plus adds nothing (and
      // a word "+draft" could not be written where a part starts).
      if (pos_ < text_.size() && text_[pos_] == '"' && !quote_closed()) unclosed_quote();
      if (plus_sign()) ++pos_;
      if (pos_ == text_.size() || is_space(text_[pos_]) || text_[pos_] == ')')
        return dropped_operator(op, op_length, op_length == 1 ? "'-'" : "NOT");
    }
    QueryAst part = primary();
    if (op_length == 0) return part;
    if (is_empty(part)) return dropped_operator(op, op_length, op_length == 1 ? "'-'" : "NOT");
    QueryAst node;
    node.type = QueryAst::Type::kNot;
    node.children.push_back(std::move(part));
    return node;
  }

  QueryAst primary() {
    skip_space();
    const char c = text_[pos_];
    if (c == '(') {
      const size_t open = pos_++;
      skip_space();
      if (pos_ < text_.size() && text_[pos_] == ')') {
        if (strict_) throw Error(ErrorCode::kInvalidQuery, "empty parentheses at " + column(open), "q");
        warn("empty_parentheses", open, pos_ + 1, "the empty parentheses at " + column(open) + " were dropped");
        ++pos_;
        return {};
      }
      ++depth_;
      QueryAst inner = or_expr();
      --depth_;
      skip_space();
      if (pos_ >= text_.size() || text_[pos_] != ')') {
        if (strict_) throw Error(ErrorCode::kInvalidQuery, "'(' at " + column(open) + " is never closed", "q");
        warn("unbalanced_parenthesis", open, open + 1,
             "the '(' at " + column(open) + " is never closed; it was closed at the end");
        return inner;
      }
      ++pos_;
      return inner;
    }
    if (c == '"') {
      if (quote_closed()) return phrase("");
      unclosed_quote();  // what follows is read as if the quote were not there
      return {};
    }
    return word_or_field();
  }

  bool quote_closed() const { return text_.find('"', pos_ + 1) != std::string_view::npos; }

  // At an opening quote that nothing closes: throws (strict) or skips it with a warning.
  void unclosed_quote() {
    if (strict_) throw Error(ErrorCode::kInvalidQuery, "the quote at " + column(pos_) + " is never closed", "q");
    warn("unbalanced_quote", pos_, pos_ + 1,
         "the quote at " + column(pos_) + " is never closed; it was ignored and the words after it searched as words");
    ++pos_;
  }

  // At an opening quote with a closing one: moves past both, gives the span between them.
  std::pair<size_t, size_t> quoted() {
    const size_t open = pos_;
    const size_t close = text_.find('"', open + 1);
    pos_ = close + 1;
    return {open + 1, close};
  }

  QueryAst phrase(std::string field) {
    const size_t open = pos_;
    const auto [start, end] = quoted();
    if (!count_part(open)) return {};
    QueryAst node;
    node.type = QueryAst::Type::kPhrase;
    node.field = std::move(field);
    node.text = std::string(text_.substr(start, end - start));
    node.start = static_cast<uint32_t>(start);
    node.end = static_cast<uint32_t>(end);
    return node;
  }

  QueryAst word_or_field() {
    const size_t start = pos_;
    while (pos_ < text_.size() && !ends_word(text_[pos_]) && text_[pos_] != ':') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == ':' && pos_ > start) {
      const std::string field(text_.substr(start, pos_ - start));
      if (one_of(field, kWordFields) || one_of(field, kFilterFields)) return field_value(field, start);
    }
    while (pos_ < text_.size() && !ends_word(text_[pos_])) ++pos_;
    if (!count_part(start)) return {};
    QueryAst node;
    node.type = QueryAst::Type::kWord;
    node.text = std::string(text_.substr(start, pos_ - start));
    node.start = static_cast<uint32_t>(start);
    node.end = static_cast<uint32_t>(pos_);
    return node;
  }

  QueryAst empty_value(const std::string& field, size_t start) {
    if (strict_) throw Error(ErrorCode::kInvalidQuery, field + ": at " + column(start) + " needs a value", "q");
    warn("empty_field_value", start, pos_, field + ": at " + column(start) + " has no value; it was dropped");
    return {};
  }

  QueryAst field_value(const std::string& field, size_t start) {
    ++pos_;  // ':'
    const bool word_field = one_of(field, kWordFields);
    if (pos_ < text_.size() && text_[pos_] == '"') {
      if (quote_closed()) {
        if (word_field) return phrase(field);
        if (strict_) {
          QueryAst value = phrase(field);
          value.type = QueryAst::Type::kFilter;  // author:"Anna de Vries"
          if (value.text.empty()) throw Error(ErrorCode::kInvalidQuery, field + ": at " + column(start) + " needs a value", "q");
          return value;
        }
        const auto [value_start, value_end] = quoted();
        if (value_start == value_end) return empty_value(field, start);
        return filter(field, start, value_start, value_end);
      }
      unclosed_quote();  // author:"Anna: the quote is ignored
    }
    const size_t value_start = pos_;
    while (pos_ < text_.size() && !ends_word(text_[pos_])) ++pos_;
    if (pos_ == value_start) return empty_value(field, start);
    if (!strict_ && !word_field) return filter(field, start, value_start, pos_);
    if (!count_part(start)) return {};
    QueryAst node;
    node.field = field;
    node.text = std::string(text_.substr(value_start, pos_ - value_start));
    node.start = static_cast<uint32_t>(value_start);
    node.end = static_cast<uint32_t>(pos_);
    if (field == "date") return date_range(node.text, start);
    node.type = word_field ? QueryAst::Type::kWord : QueryAst::Type::kFilter;
    return node;
  }

  // Forgiving: a filter (or date) value read from [value_start, value_end); one that cannot
  // match is searched as the phrase of the text as typed.
  QueryAst filter(const std::string& field, size_t start, size_t value_start, size_t value_end) {
    if (!count_part(start)) return {};
    const std::string value(text_.substr(value_start, value_end - value_start));
    if (field == "date") {
      std::string problem;
      QueryAst range = date_range(value, start, &problem);
      if (problem.empty()) return range;
      warn("invalid_date", start, pos_, problem + "; it was searched as words");
      return as_typed(field, value, start);
    }
    if (const std::optional<std::string> problem = filter_value_problem(field, value)) {
      warn("invalid_filter_value", start, pos_, *problem + "; it was searched as words");
      return as_typed(field, value, start);
    }
    QueryAst node;
    node.type = QueryAst::Type::kFilter;
    node.field = field;
    node.text = value;
    node.start = static_cast<uint32_t>(value_start);
    node.end = static_cast<uint32_t>(value_end);
    return node;
  }

  QueryAst as_typed(const std::string& field, const std::string& value, size_t start) const {
    QueryAst node;
    node.type = QueryAst::Type::kPhrase;
    node.text = field + ":" + value;
    node.start = static_cast<uint32_t>(start);
    node.end = static_cast<uint32_t>(pos_);
    return node;
  }

  // Throws for a bad range unless `problem` is given, which then receives the message.
  QueryAst date_range(const std::string& value, size_t start, std::string* problem = nullptr) const {
    QueryAst node;
    node.type = QueryAst::Type::kDateRange;
    node.field = "date";
    node.text = value;
    const auto fail = [&](std::string message) {
      if (!problem) throw Error(ErrorCode::kInvalidQuery, message, "q");
      *problem = std::move(message);
      return node;
    };
    const size_t dots = value.find("..");
    const std::string from = dots == std::string::npos ? value : value.substr(0, dots);
    const std::string to = dots == std::string::npos ? value : value.substr(dots + 2);
    int64_t begin = 0, end = 0;
    const std::string expected = "; expected date:FROM..TO with YYYY, YYYY-MM or YYYY-MM-DD";
    if (!from.empty()) {
      if (!parse_period(from, &begin, &end)) return fail("'" + from + "' at " + column(start) + " is not a date" + expected);
      node.from = begin;
    }
    if (!to.empty()) {
      if (!parse_period(to, &begin, &end)) return fail("'" + to + "' at " + column(start) + " is not a date" + expected);
      node.to = end;
    }
    if (!node.from && !node.to) return fail("date: at " + column(start) + " needs a start or an end" + expected);
    if (node.from && node.to && *node.from >= *node.to)
      return fail("date range at " + column(start) + " ends before it starts");
    return node;
  }

  std::string_view text_;
  const QueryLimits& limits_;
  const bool strict_;
  bool keywords_are_words_ = false;
  size_t pos_ = 0;
  size_t parts_ = 0;
  int depth_ = 0;  ///< open parentheses around pos_
  std::vector<QueryWarning> warnings_;
};

std::string format_day(int64_t seconds) {
  const auto t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

// A day in the strict syntax's YYYY-MM-DD, for any year parse_period() reads (0000 to 9999).
std::string strict_day(int64_t seconds) {
  const auto t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buffer;
}

bool needs_quotes(std::string_view value) {
  return value.empty() || std::any_of(value.begin(), value.end(), ends_word);
}

// A word that the strict syntax would read as something else when written as it is:
// "AND", "-Wall". Written after '+', it is read as a word ("+AND", "+-Wall").
bool needs_plus(std::string_view word) { return is_keyword(word) || (!word.empty() && word.front() == '-'); }

void append_text(const QueryAst& node, std::string& out);

// `node` where the strict syntax expects one part (after NOT, or as a part of AND or OR).
void append_part(const QueryAst& node, bool after_not, std::string& out) {
  using Type = QueryAst::Type;
  const bool group = node.type == Type::kAnd || node.type == Type::kOr;
  const bool plus = node.type == Type::kWord && node.field.empty() && needs_plus(node.text);
  if (group || (plus && after_not)) {  // after NOT a part is a primary: no '+' there
    out += '(';
    append_text(node, out);
    if (out.back() == '+') out += ' ';  // "+)" is an empty word; "+ )" the word "+"
    out += ')';
    return;
  }
  append_text(node, out);
}

void append_text(const QueryAst& node, std::string& out) {
  using Type = QueryAst::Type;
  switch (node.type) {
    case Type::kWord:
      if (!node.field.empty()) {
        out += node.field + ":" + node.text;
      } else {
        if (needs_plus(node.text)) out += '+';
        out += node.text;
      }
      return;
    case Type::kPhrase:
      if (!node.field.empty()) out += node.field + ":";
      out += "\"" + node.text + "\"";
      return;
    case Type::kFilter:
      out += node.field + ":";
      out += needs_quotes(node.text) ? "\"" + node.text + "\"" : node.text;
      return;
    case Type::kDateRange:
      // [from, to) is whole days: the last day is the one before `to`.
      out += "date:" + (node.from ? strict_day(*node.from) : "") + ".." + (node.to ? strict_day(*node.to - 1) : "");
      return;
    case Type::kNot:
      out += "NOT ";  // never "-": after a suspended compound ("in- en") "-x" is a word
      append_part(node.children.front(), /*after_not=*/true, out);
      return;
    case Type::kAnd:
    case Type::kOr:
      for (size_t i = 0; i < node.children.size(); ++i) {
        if (i) out += node.type == Type::kAnd ? " " : " OR ";
        append_part(node.children[i], /*after_not=*/false, out);
      }
      return;
  }
}

}  // namespace

std::string QueryAst::to_text() const {
  std::string out;
  append_text(*this, out);
  return out;
}

ParsedQuery parse_query(std::string_view text, const QueryLimits& limits, QuerySyntax syntax) {
  return Parser(text, limits, syntax).parse();
}

QueryAst parse_query(std::string_view text, const QueryLimits& limits) {
  return parse_query(text, limits, QuerySyntax::kStrict).ast;
}

std::optional<std::string> filter_value_problem(std::string_view field, std::string_view value) {
  const std::string typed = std::string(field) + ":" + std::string(value);
  if (field == "kind" && !parse_kind(value)) return typed + " is not a kind; use post, document or profile";
  if (field == "year" && !(value.size() == 4 && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })))
    return typed + " is not a year such as 2024";
  return std::nullopt;
}

std::string QueryAst::describe() const {
  switch (type) {
    case Type::kWord:
      return field.empty() ? text : field + ":" + text;
    case Type::kPhrase:
      return (field.empty() ? "" : field + ":") + "\"" + text + "\"";
    case Type::kFilter:
      return field + "=" + text;
    case Type::kDateRange:
      return "date[" + (from ? format_day(*from) : "") + ".." + (to ? format_day(*to) : "") + ")";
    case Type::kNot:
      return "NOT " + children.front().describe();
    case Type::kAnd:
    case Type::kOr: {
      if (children.empty()) return "()";
      std::string out = "(";
      for (size_t i = 0; i < children.size(); ++i) {
        if (i) out += type == Type::kAnd ? " AND " : " OR ";
        out += children[i].describe();
      }
      return out + ")";
    }
  }
  return {};
}

}  // namespace kennis
