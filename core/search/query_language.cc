// Choosing the stemming languages of a query of unknown language.
//
// Short queries rarely reveal their language to a detector: CLD2 needs sentences, and "cache",
// "delen" or "erzeugt einen Kindprozess" are too short to be reliable. Stemming every word in
// every language of the index finds inflections whatever the language, but floods: the French
// stem of the Dutch "delen" is "del", which also stems the French "délai". So each candidate
// language is scored by how well the index itself explains the query in that language:
//
//   L(lang) = Σ_words log((df(Z<lang>:stem_lang(word)) + 0.5) / (N_lang + 1))   (+ log hint)
//
// df is the number of records whose text has that language-tagged stem, N_lang the records
// in the language. The index is the language model: it knows the organisation's vocabulary
// (product names, jargon) that a general detector does not. Languages within a factor
// `margin` of the best survive; a one-word query present in several languages keeps them
// all (truly ambiguous), a Dutch sentence keeps Dutch. Exact word forms match in every
// language regardless, so a pruned language still finds records with the very same words.
// The caller's Accept-Language and a reliable CLD2 verdict on the query text count as a prior.
#include "query_language.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "kennis/schema.h"

namespace kennis::detail {
namespace {

void collect_words(const QueryAst& node, bool positive, std::string& out) {
  switch (node.type) {
    case QueryAst::Type::kWord:
    case QueryAst::Type::kPhrase:
      if (positive) out.append(node.text).append(" ");
      return;
    case QueryAst::Type::kNot:
      for (const QueryAst& child : node.children) collect_words(child, !positive, out);
      return;
    default:
      for (const QueryAst& child : node.children) collect_words(child, positive, out);
  }
}

constexpr size_t kMaxWords = 16;

}  // namespace

QueryLanguages choose_query_languages(const QueryAst& ast, const Analyzer& analyzer, const Xapian::Database& db,
                                      const std::vector<std::string>& candidates,
                                      const std::vector<std::string>& hints, const QueryLanguageOptions& options) {
  QueryLanguages out;
  out.stem_languages = candidates;
  if (candidates.size() < 2) return out;
  std::string text;
  collect_words(ast, true, text);
  std::vector<Token> tokens = analyzer.analyze(text);
  if (tokens.empty()) return out;
  if (tokens.size() > kMaxWords) tokens.resize(kMaxWords);

  std::vector<std::string> priors = hints;
  if (const std::string detected = detect_language(text); !detected.empty()) priors.push_back(detected);

  // df of each word's stem in each language; words no language knows say nothing.
  std::vector<std::string> languages;
  std::vector<double> sizes;
  for (const std::string& lang : candidates) {
    const auto n = db.get_termfreq(layout::bool_term(layout::kLangPrefix, lang));
    // A language without records cannot be judged (and has nothing to find) unless asked for.
    if (n == 0 && std::find(priors.begin(), priors.end(), lang) == priors.end()) continue;
    languages.push_back(lang);
    sizes.push_back(static_cast<double>(n) + 1.0);
  }
  if (languages.empty()) return out;
  std::vector<double> scores(languages.size(), 0.0);
  for (const Token& token : tokens) {
    std::vector<double> df(languages.size(), 0.0);
    bool known = false;
    for (size_t i = 0; i < languages.size(); ++i) {
      const std::string stem = analyzer.stem(token, languages[i]);
      if (stem.empty()) continue;
      df[i] = static_cast<double>(db.get_termfreq(layout::stem_term("", languages[i], stem)));
      known = known || df[i] > 0;
    }
    if (!known) continue;
    for (size_t i = 0; i < languages.size(); ++i) scores[i] += std::log((df[i] + 0.5) / sizes[i]);
  }
  std::vector<std::pair<double, std::string>> scored;
  for (size_t i = 0; i < languages.size(); ++i) {
    double score = scores[i];
    if (std::find(priors.begin(), priors.end(), languages[i]) != priors.end()) score += std::log(options.hint_factor);
    scored.emplace_back(score, languages[i]);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  out.stem_languages.clear();
  const double floor = scored.front().first - std::log(options.margin);
  for (const auto& [score, lang] : scored)
    if (score >= floor) out.stem_languages.push_back(lang);
  out.decided = out.stem_languages.size() < candidates.size();
  return out;
}

}  // namespace kennis::detail
