// Query text -> QueryAst: syntax only, no analysis. Grammar:
//   or_expr  := and_expr ("OR" and_expr)*
//   and_expr := unary (["AND"] unary)*
//   unary    := ("-" | "NOT") primary | ["+"] primary
//   primary  := "(" or_expr ")" | '"' words '"' | field ":" (value | '"' words '"') | word
#include <cctype>
#include <cstdio>
#include <ctime>

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

class Parser {
 public:
  Parser(std::string_view text, const QueryLimits& limits) : text_(text), limits_(limits) {}

  QueryAst parse() {
    if (text_.size() > limits_.max_bytes)
      throw Error(ErrorCode::kInvalidQuery,
                  "query is " + std::to_string(text_.size()) + " bytes; the limit is " + std::to_string(limits_.max_bytes),
                  "q");
    QueryAst ast = or_expr();
    skip_space();
    if (pos_ < text_.size()) {  // only a stray ')' stops or_expr early
      throw Error(ErrorCode::kInvalidQuery, "')' at " + column(pos_) + " closes no '('", "q");
    }
    return ast;
  }

 private:
  void skip_space() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
  }

  bool at_keyword(std::string_view keyword) {
    skip_space();
    if (text_.compare(pos_, keyword.size(), keyword) != 0) return false;
    const size_t after = pos_ + keyword.size();
    return after == text_.size() || ends_word(text_[after]);
  }

  bool at_part_start() {
    skip_space();
    return pos_ < text_.size() && text_[pos_] != ')' && !at_keyword("OR") && !at_keyword("AND");
  }

  void count_part() {
    if (++parts_ > limits_.max_parts)
      throw Error(ErrorCode::kInvalidQuery,
                  "query has more than " + std::to_string(limits_.max_parts) + " words and filters", "q");
  }

  QueryAst or_expr() {
    const size_t start = (skip_space(), pos_);
    if (at_keyword("OR")) throw Error(ErrorCode::kInvalidQuery, "OR at " + column(start) + " needs a part before it", "q");
    QueryAst first = and_expr();
    if (!at_keyword("OR")) return first;
    QueryAst node;
    node.type = QueryAst::Type::kOr;
    node.children.push_back(std::move(first));
    while (at_keyword("OR")) {
      const size_t or_pos = pos_;
      pos_ += 2;
      if (!at_part_start())
        throw Error(ErrorCode::kInvalidQuery, "OR at " + column(or_pos) + " needs a part after it", "q");
      node.children.push_back(and_expr());
    }
    return node;
  }

  QueryAst and_expr() {
    QueryAst node;
    node.type = QueryAst::Type::kAnd;
    const size_t start = (skip_space(), pos_);
    bool positive = false;
    while (true) {
      if (at_keyword("AND")) {
        const size_t and_pos = pos_;
        pos_ += 3;
        if (node.children.empty() || !at_part_start())
          throw Error(ErrorCode::kInvalidQuery, "AND at " + column(and_pos) + " needs a part on each side", "q");
      }
      if (!at_part_start()) break;
      QueryAst part = unary();
      if (part.type != QueryAst::Type::kNot) positive = true;
      node.children.push_back(std::move(part));
    }
    if (!node.children.empty() && !positive)
      throw Error(ErrorCode::kInvalidQuery,
                  "the part at " + column(start) + " only excludes; add a word or filter to search for", "q");
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

  QueryAst unary() {
    skip_space();
    bool negate = false;
    if (text_[pos_] == '-' && pos_ + 1 < text_.size() && !is_space(text_[pos_ + 1])) {
      // German and Dutch leave out a shared part of compounds with a hyphen: "Zugriffs- und
      // -änderungszeiten", "in- en -uitvoer". After such a word, "-word" is the second half,
      // not an exclusion.
      if (suspended_compound_before(pos_)) return primary();
      negate = true;
      ++pos_;
    } else if (at_keyword("NOT")) {
      negate = true;
      pos_ += 3;
      if (!at_part_start()) throw Error(ErrorCode::kInvalidQuery, "NOT at " + column(pos_ - 3) + " needs a part after it", "q");
    } else if (text_[pos_] == '+' && pos_ + 1 < text_.size() && !is_space(text_[pos_ + 1]) &&
               text_[pos_ + 1] != '+') {
      ++pos_;  // the default is AND already
    }
    QueryAst part = primary();
    if (!negate) return part;
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
      if (pos_ < text_.size() && text_[pos_] == ')')
        throw Error(ErrorCode::kInvalidQuery, "empty parentheses at " + column(open), "q");
      QueryAst inner = or_expr();
      skip_space();
      if (pos_ >= text_.size() || text_[pos_] != ')')
        throw Error(ErrorCode::kInvalidQuery, "'(' at " + column(open) + " is never closed", "q");
      ++pos_;
      return inner;
    }
    if (c == '"') return phrase("");
    return word_or_field();
  }

  QueryAst phrase(std::string field) {
    const size_t open = pos_++;
    const size_t close = text_.find('"', pos_);
    if (close == std::string_view::npos)
      throw Error(ErrorCode::kInvalidQuery, "the quote at " + column(open) + " is never closed", "q");
    count_part();
    QueryAst node;
    node.type = QueryAst::Type::kPhrase;
    node.field = std::move(field);
    node.text = std::string(text_.substr(pos_, close - pos_));
    node.start = static_cast<uint32_t>(pos_);
    node.end = static_cast<uint32_t>(close);
    pos_ = close + 1;
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
    count_part();
    QueryAst node;
    node.type = QueryAst::Type::kWord;
    node.text = std::string(text_.substr(start, pos_ - start));
    node.start = static_cast<uint32_t>(start);
    node.end = static_cast<uint32_t>(pos_);
    return node;
  }

  QueryAst field_value(const std::string& field, size_t start) {
    ++pos_;  // ':'
    if (pos_ < text_.size() && text_[pos_] == '"') {
      if (!one_of(field, kWordFields)) {
        QueryAst value = phrase(field);
        value.type = QueryAst::Type::kFilter;  // author:"Anna de Vries"
        if (value.text.empty()) throw Error(ErrorCode::kInvalidQuery, field + ": at " + column(start) + " needs a value", "q");
        return value;
      }
      return phrase(field);
    }
    const size_t value_start = pos_;
    while (pos_ < text_.size() && !ends_word(text_[pos_])) ++pos_;
    const std::string value(text_.substr(value_start, pos_ - value_start));
    if (value.empty()) throw Error(ErrorCode::kInvalidQuery, field + ": at " + column(start) + " needs a value", "q");
    count_part();
    QueryAst node;
    node.field = field;
    node.text = value;
    node.start = static_cast<uint32_t>(value_start);
    node.end = static_cast<uint32_t>(pos_);
    if (field == "date") return date_range(value, start);
    node.type = one_of(field, kWordFields) ? QueryAst::Type::kWord : QueryAst::Type::kFilter;
    return node;
  }

  QueryAst date_range(const std::string& value, size_t start) {
    QueryAst node;
    node.type = QueryAst::Type::kDateRange;
    node.field = "date";
    node.text = value;
    const size_t dots = value.find("..");
    const std::string from = dots == std::string::npos ? value : value.substr(0, dots);
    const std::string to = dots == std::string::npos ? value : value.substr(dots + 2);
    int64_t begin = 0, end = 0;
    const std::string expected = "; expected date:FROM..TO with YYYY, YYYY-MM or YYYY-MM-DD";
    if (!from.empty()) {
      if (!parse_period(from, &begin, &end))
        throw Error(ErrorCode::kInvalidQuery, "'" + from + "' at " + column(start) + " is not a date" + expected, "q");
      node.from = begin;
    }
    if (!to.empty()) {
      if (!parse_period(to, &begin, &end))
        throw Error(ErrorCode::kInvalidQuery, "'" + to + "' at " + column(start) + " is not a date" + expected, "q");
      node.to = end;
    }
    if (!node.from && !node.to)
      throw Error(ErrorCode::kInvalidQuery, "date: at " + column(start) + " needs a start or an end" + expected, "q");
    if (node.from && node.to && *node.from >= *node.to)
      throw Error(ErrorCode::kInvalidQuery, "date range at " + column(start) + " ends before it starts", "q");
    return node;
  }

  std::string_view text_;
  const QueryLimits& limits_;
  size_t pos_ = 0;
  size_t parts_ = 0;
};

std::string format_day(int64_t seconds) {
  const auto t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

}  // namespace

QueryAst parse_query(std::string_view text, const QueryLimits& limits) { return Parser(text, limits).parse(); }

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
