// QueryAst -> Xapian::Query, analysing words with the shared Analyzer (see query.h).
#include <algorithm>
#include <map>
#include <set>

#include "kennis/document.h"
#include "kennis/error.h"
#include "kennis/query.h"
#include "kennis/schema.h"

namespace kennis {
namespace {

using Q = Xapian::Query;
using Type = QueryAst::Type;

struct Part {
  enum class Role { kEmpty, kText, kFilter };
  Role role = Role::kEmpty;
  Q query;
  bool stopword = false;  ///< a plain word that is a stopword of one of the query's languages
};

class Builder {
 public:
  Builder(const Analyzer& analyzer, const BuildOptions& options, BuiltQuery& out)
      : analyzer_(analyzer), options_(options), out_(out) {}

  Part build(const QueryAst& node, bool positive) {
    switch (node.type) {
      case Type::kWord: return word(node, positive);
      case Type::kPhrase: return phrase(node.text, field_prefix(node.field), positive);
      case Type::kFilter: return {Part::Role::kFilter, filter(node)};
      case Type::kDateRange: return {Part::Role::kFilter, date_range(node)};
      case Type::kNot: return build(node.children.front(), !positive);
      case Type::kOr: return any_of(node, positive);
      case Type::kAnd: return all_of(node, positive);
    }
    return {};
  }

 private:
  static std::string field_prefix(const std::string& field) {
    return field == "title" ? std::string(layout::kTitlePrefix) : std::string();
  }

  void highlight(const std::string& term, bool positive) {
    if (positive && std::find(out_.highlight_terms.begin(), out_.highlight_terms.end(), term) == out_.highlight_terms.end())
      out_.highlight_terms.push_back(term);
  }

  // One word: its exact form or its stem in any of the candidate languages, weighted as one
  // term (OP_SYNONYM), so that a word with several stems does not count several times.
  Q term(const Token& token, const std::string& prefix, bool positive) {
    std::vector<std::string> terms{prefix + token.text};
    highlight(token.text, positive);
    for (const std::string& lang : options_.stem_languages) {
      const std::string stem = analyzer_.stem(token, lang);
      if (stem.empty()) continue;
      std::string t = layout::stem_term(prefix, lang, stem);
      highlight(layout::stem_term("", lang, stem), positive);
      if (std::find(terms.begin(), terms.end(), t) == terms.end()) terms.push_back(std::move(t));
    }
    if (terms.size() == 1) return Q(terms.front());
    return Q(Q::OP_SYNONYM, terms.begin(), terms.end());
  }

  // A compound also matches its parts, in any order and place ("Projektleitung" finds "die
  // Leitung des Projekts"), for each candidate language that splits it; the parts together
  // weigh half of the compound, so records with the compound itself rank first.
  Q compound_alternatives(const Token& token, const std::string& prefix, bool positive, Q query) {
    for (const std::string& lang : options_.compound_languages) {
      const std::vector<Token> parts = analyzer_.compound_parts(token, lang, /*leaves_only=*/true);
      if (parts.size() < 2) continue;
      std::vector<Q> all;
      for (const Token& part : parts) all.push_back(term(part, prefix, positive));
      query = Q(Q::OP_OR, query, Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_AND, all.begin(), all.end()), kCompoundPartsWeight));
    }
    return query;
  }
  static constexpr double kCompoundPartsWeight = 0.5;

  // Exact terms in order, one per word position (joined forms such as "email" for "e-mail"
  // share the first part's position and are left out of the phrase).
  Q exact_phrase(const std::vector<Token>& tokens, const std::string& prefix, bool positive,
                 std::vector<std::string>* joined) {
    std::vector<Q> terms;
    uint32_t first = tokens.front().position, last = first;
    bool have_position = false;
    uint32_t previous = 0;
    for (const Token& token : tokens) {
      if (have_position && token.position <= previous) {
        if (joined) joined->push_back(prefix + token.text);
        continue;
      }
      have_position = true;
      previous = last = token.position;
      terms.emplace_back(prefix + token.text);
      highlight(token.text, positive);
    }
    if (terms.size() == 1) return terms.front();
    return Q(Q::OP_PHRASE, terms.begin(), terms.end(), last - first + 1);
  }

  Part word(const QueryAst& node, bool positive) {
    const std::vector<Token> tokens = analyzer_.analyze(node.text);
    if (tokens.empty()) return {};
    const std::string prefix = field_prefix(node.field);
    if (tokens.size() == 1) {
      Q query = term(tokens.front(), prefix, positive);
      if (positive) {
        std::vector<std::string> terms(query.get_terms_begin(), query.get_terms_end());
        out_.words.push_back({node.start, node.end, tokens.front().text, std::move(terms)});
      }
      return {Part::Role::kText, compound_alternatives(tokens.front(), prefix, positive, query),
              node.field.empty() && stopword(tokens.front())};
    }
    // A word the analyser splits ("e-mail", "东京大学", "example.org") is a phrase of its parts,
    // or any of its joined forms.
    std::vector<std::string> joined;
    Q query = exact_phrase(tokens, prefix, positive, &joined);
    for (const std::string& j : joined) query = Q(Q::OP_OR, query, Q(j));
    if (!joined.empty()) {
      // A hyphenated word ("Exchange-migratie") is also found by its parts in any order and
      // inflection ("E-mailmigratie naar Exchange"), at half weight, like a compound's parts.
      std::vector<Q> parts;
      uint32_t previous = 0;
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0 && tokens[i].position <= previous) continue;  // joined forms
        previous = tokens[i].position;
        parts.push_back(term(tokens[i], prefix, positive));
      }
      if (parts.size() >= 2)
        query = Q(Q::OP_OR, query, Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_AND, parts.begin(), parts.end()), kCompoundPartsWeight));
    }
    return {Part::Role::kText, query};
  }

  Part phrase(const std::string& text, const std::string& prefix, bool positive) {
    const std::vector<Token> tokens = analyzer_.analyze(text);
    if (tokens.empty()) return {};
    return {Part::Role::kText, exact_phrase(tokens, prefix, positive, nullptr)};
  }

  Q filter(const QueryAst& node) {
    const std::string& f = node.field;
    // The forgiving parser has read such values as words already; a strict parse lets them through.
    if (const std::optional<std::string> problem = filter_value_problem(f, node.text))
      throw Error(ErrorCode::kInvalidQuery, *problem, "q");
    return filter_query(f, node.text);
  }

  static Q date_range(const QueryAst& node) { return created_range_query(node.from, node.to); }

  Part any_of(const QueryAst& node, bool positive) {
    Part out;
    std::vector<Q> queries;
    for (const QueryAst& child : node.children) {
      Part p = build(child, positive);
      if (p.role == Part::Role::kEmpty) continue;
      // A filter inside OR ranks nothing but must still match: give it no weight.
      queries.push_back(p.role == Part::Role::kFilter ? Q(Q::OP_SCALE_WEIGHT, p.query, 0) : p.query);
      if (p.role == Part::Role::kText || out.role == Part::Role::kEmpty) out.role = p.role;
    }
    if (queries.empty()) return {};
    out.query = queries.size() == 1 ? queries.front() : Q(Q::OP_OR, queries.begin(), queries.end());
    return out;
  }

  // Whether a word is a stopword in one of the query's languages.
  bool stopword(const Token& token) const {
    return std::any_of(options_.stopword_languages.begin(), options_.stopword_languages.end(),
                       [&](const std::string& lang) { return Analyzer::is_stopword(token, lang); });
  }

  Part all_of(const QueryAst& node, bool positive) {
    std::vector<Q> text, excluded, optional;
    std::map<std::string, std::vector<Q>> filters;  // same field: any of them; fields: all
    for (const QueryAst& child : node.children) {
      const bool negated = child.type == Type::kNot;
      Part p = build(child, positive);
      if (p.role == Part::Role::kEmpty) continue;
      if (negated) {
        excluded.push_back(p.query);
      } else if (p.role == Part::Role::kFilter) {
        filters[child.field].push_back(p.query);
      } else if (options_.default_op == Q::OP_AND && p.stopword) {
        optional.push_back(p.query);
      } else {
        text.push_back(p.query);
      }
    }
    if (text.empty()) {
      text.swap(optional);  // stopwords only ("to be or not to be"): they are the query
    }
    std::vector<Q> filter_parts;
    for (auto& [field, queries] : filters)
      filter_parts.push_back(queries.size() == 1 ? queries.front() : Q(Q::OP_OR, queries.begin(), queries.end()));
    Part out;
    if (!text.empty()) {
      out.role = Part::Role::kText;
      out.query = text.size() == 1 ? text.front() : Q(options_.default_op, text.begin(), text.end());
      if (!optional.empty())
        out.query = Q(Q::OP_AND_MAYBE, out.query,
                      optional.size() == 1 ? optional.front() : Q(Q::OP_OR, optional.begin(), optional.end()));
      if (!filter_parts.empty())
        out.query = Q(Q::OP_FILTER, out.query, Q(Q::OP_AND, filter_parts.begin(), filter_parts.end()));
    } else if (!filter_parts.empty()) {
      out.role = Part::Role::kFilter;
      out.query = filter_parts.size() == 1 ? filter_parts.front() : Q(Q::OP_AND, filter_parts.begin(), filter_parts.end());
    } else if (!excluded.empty()) {
      out.role = Part::Role::kFilter;  // the positive words were all punctuation: match all
      out.query = Q::MatchAll;
    } else {
      return {};
    }
    if (!excluded.empty())
      out.query = Q(Q::OP_AND_NOT, out.query, excluded.size() == 1 ? excluded.front() : Q(Q::OP_OR, excluded.begin(), excluded.end()));
    return out;
  }

  const Analyzer& analyzer_;
  const BuildOptions& options_;
  BuiltQuery& out_;
};

}  // namespace

using Q = Xapian::Query;

Xapian::Query filter_query(std::string_view field, std::string_view value) {
  const std::string v(value);
  if (field == "kind") return Q(std::string(layout::kKindPrefix) + v);
  if (field == "year") return Q(std::string(layout::kYearPrefix) + v);
  if (field == "lang") return Q(layout::bool_term(layout::kLangPrefix, primary_language(v)));
  if (field == "author") return Q(layout::bool_term(layout::kPersonPrefix, v));
  if (field == "group") return Q(layout::bool_term(layout::kGroupPrefix, v));
  if (field == "tag") return Q(layout::bool_term(layout::kTagPrefix, v));
  if (field == "mention") return Q(layout::bool_term(layout::kMentionPrefix, v));
  throw Error(ErrorCode::kInvalidQuery, "unknown filter " + std::string(field), "q");
}

Xapian::Query created_range_query(std::optional<int64_t> from, std::optional<int64_t> to) {
  // Stored dates are whole seconds; [from, to) becomes the inclusive range [from, to - 1].
  if (from && to)
    return Q(Q::OP_VALUE_RANGE, layout::kCreatedSlot, Xapian::sortable_serialise(static_cast<double>(*from)),
             Xapian::sortable_serialise(static_cast<double>(*to - 1)));
  if (from) return Q(Q::OP_VALUE_GE, layout::kCreatedSlot, Xapian::sortable_serialise(static_cast<double>(*from)));
  return Q(Q::OP_VALUE_LE, layout::kCreatedSlot, Xapian::sortable_serialise(static_cast<double>(*to - 1)));
}

BuiltQuery build_query(const QueryAst& ast, const Analyzer& analyzer, const BuildOptions& options) {
  BuiltQuery out;
  Part part = Builder(analyzer, options, out).build(ast, /*positive=*/true);
  switch (part.role) {
    case Part::Role::kEmpty:
      out.query = Xapian::Query::MatchAll;
      out.has_text = false;
      break;
    case Part::Role::kFilter:
      out.query = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, part.query, 0);
      out.has_text = false;
      break;
    case Part::Role::kText:
      out.query = part.query;
      out.has_text = true;
      break;
  }
  return out;
}

}  // namespace kennis
