// The stages of a search (search_stages.h): plan, match, render, suggest.
#include "kennis/search_stages.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "kennis/error.h"
#include "kennis/schema.h"
#include "people_directory.h"
#include "query_language.h"
#include "snippets.h"
#include "stored_record.h"

namespace kennis::search {
namespace {

using Q = Xapian::Query;
using layout::FacetField;

struct FacetSpec {
  const char* name;
  FacetField field;
};

const FacetSpec kFacets[] = {
    {"kind", FacetField::kKind}, {"lang", FacetField::kLang},   {"group", FacetField::kGroup},
    {"author", FacetField::kAuthor}, {"year", FacetField::kYear},
};
constexpr size_t kFacetValues = 10;

// Counts every requested facet from the one facets slot (schema.h kFacetsSlot): one value read
// per match, whatever the number of facets.
class FacetSpy : public Xapian::MatchSpy {
 public:
  explicit FacetSpy(const std::vector<std::string>& names) {
    std::fill(std::begin(wanted_), std::end(wanted_), -1);
    for (const std::string& name : names) {
      const FacetSpec* spec = std::find_if(std::begin(kFacets), std::end(kFacets),
                                           [&](const FacetSpec& f) { return name == f.name; });
      int& slot = wanted_[static_cast<unsigned char>(spec->field)];
      if (slot < 0) {
        slot = static_cast<int>(counts_.size());
        counts_.emplace_back();
      }
      of_name_.push_back(static_cast<size_t>(slot));
    }
  }
  void operator()(const Xapian::Document& doc, double) override {
    ++seen_;
    const std::string value = doc.get_value(layout::kFacetsSlot);
    std::string_view in = value;
    // serialise_list(): "<length>:<bytes>" entries; each entry is a field code, then the value.
    while (!in.empty()) {
      const size_t colon = in.find(':');
      if (colon == std::string_view::npos || colon == 0 || colon > 9) return;
      size_t length = 0;
      for (size_t i = 0; i < colon; ++i) {
        if (in[i] < '0' || in[i] > '9') return;
        length = length * 10 + static_cast<size_t>(in[i] - '0');
      }
      if (colon + 1 + length > in.size() || length == 0) return;
      const std::string_view entry = in.substr(colon + 1, length);
      const int slot = wanted_[static_cast<unsigned char>(entry[0])];
      if (slot >= 0) {
        // Facet values are few and repeat: find without making a string, add once.
        auto& counts = counts_[static_cast<size_t>(slot)];
        const std::string_view v = entry.substr(1);
        const auto found = counts.find(v);
        if (found != counts.end()) ++found->second;
        else counts.emplace(std::string(v), 1);
      }
      in.remove_prefix(colon + 1 + length);
    }
  }
  std::string name() const override { return "kennis.FacetSpy"; }
  Xapian::doccount seen() const { return seen_; }
  /// The counts of the i-th facet asked for.
  const std::map<std::string, Xapian::doccount, std::less<>>& counts(size_t i) const { return counts_[of_name_[i]]; }

 private:
  int wanted_[256];  // field code -> index in counts_, -1 when not asked for
  std::vector<std::map<std::string, Xapian::doccount, std::less<>>> counts_;
  std::vector<size_t> of_name_;
  Xapian::doccount seen_ = 0;
};

std::vector<FacetValue> top_values(const std::map<std::string, Xapian::doccount, std::less<>>& counts) {
  std::vector<FacetValue> values;
  values.reserve(counts.size());
  for (const auto& [value, count] : counts) values.push_back({value, count, {}});
  const size_t n = std::min(kFacetValues, values.size());
  auto by_count = [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  };
  std::partial_sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(n), values.end(), by_count);
  values.resize(n);
  return values;
}

// Records where the query's words stand together, in order and at most two other words
// apart, rank above records that merely contain them somewhere: what people type is often
// a phrase of what they look for ("send a message to a message queue"). The boost is the
// words' own BM25 weight once more, scaled by `weight`.
std::optional<Q> proximity_query(const BuiltQuery& built, double weight) {
  constexpr size_t kMaxWords = 12, kSlack = 2;
  std::vector<std::string> exact;
  for (const BuiltQuery::Word& w : built.words)
    if (std::find(w.terms.begin(), w.terms.end(), w.token) != w.terms.end()) exact.push_back(w.token);  // not title:
  if (weight <= 0 || exact.size() < 2 || exact.size() > kMaxWords) return std::nullopt;
  return Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_PHRASE, exact.begin(), exact.end(), static_cast<Xapian::termcount>(exact.size() + kSlack)),
           weight);
}

// The ranked query: the words, then when the query's language is known a small bonus for
// records in it (of two equally good matches, the one the caller can read comes first), then
// the proximity boost.
Q ranked_query(const Plan& p, const SearcherConfig& config) {
  Q ranked = p.built.query;
  if (p.languages_known && config.language_bonus > 0 && p.built.has_text) {
    auto* bonus = new Xapian::ValueMapPostingSource(layout::kLangSlot);
    for (const std::string& lang : p.options.stem_languages) bonus->add_mapping(lang, config.language_bonus);
    ranked = Q(Q::OP_AND_MAYBE, ranked, Q(bonus->release()));
  }
  if (const auto near = proximity_query(p.built, config.proximity_weight)) ranked = Q(Q::OP_AND_MAYBE, ranked, *near);
  return ranked;
}

// The filter without the facet filters on `field`: what that field's disjunctive counts are over.
Q filter_without(const Plan& p, const std::string& field) {
  Q out = p.base_filter;
  for (const auto& [f, q] : p.facet_filters)
    if (f != field) out = Q(Q::OP_AND, out, q);
  return out;
}

// Counts at least `check_at_least` matches (facets are counted over them, and the total is
// exact up to there).
Xapian::MSet run(const Plan& p, const Q& filter, Xapian::doccount first, Xapian::doccount size,
                 Xapian::doccount check_at_least, const SearcherConfig& config, const Xapian::Database& db, FacetSpy* spy) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Q(Q::OP_FILTER, p.ranked, filter));
  if (config.query_time_limit > 0) enquire.set_time_limit(config.query_time_limit);
  Xapian::MultiValueKeyMaker newest_first;
  if (p.by_date) {
    // Newest first; equal dates by relevance, then by the unique id.
    newest_first.add_value(layout::kCreatedSlot, /*reverse=*/true);
    newest_first.add_value(layout::kIdTermSlot);
    enquire.set_sort_by_key_then_relevance(&newest_first, false);
  } else {
    // Equal scores are ordered by the unique id, so answers do not depend on indexing order.
    enquire.set_sort_by_relevance_then_value(layout::kIdTermSlot, false);
  }
  if (spy) enquire.add_matchspy(spy);
  return enquire.get_mset(first, size, check_at_least);
}

}  // namespace

Plan plan(ParsedQuery parsed, const SearchRequest& request, const SearcherConfig& config, const IndexReader::View& view,
          const Caller& caller) {
  Plan p;
  p.parsed = std::move(parsed);
  p.options.stem_languages = request.langs.empty() ? config.languages : request.langs;
  p.options.default_op = request.default_op == DefaultOperator::kOr ? Q::OP_OR : Q::OP_AND;
  if (request.langs.empty()) {
    // The request names no language: the index decides among the candidates, the index's
    // languages and those of the caller (Accept-Language) that kennis can stem.
    std::vector<std::string> candidates = p.options.stem_languages;
    std::vector<std::string> hints;
    for (const std::string& lang : request.preferred_langs) {
      if (!Analyzer::has_stemmer(lang)) continue;
      hints.push_back(lang);
      if (std::find(candidates.begin(), candidates.end(), lang) == candidates.end()) candidates.push_back(lang);
    }
    const detail::QueryLanguages chosen = detail::choose_query_languages(p.parsed.ast, view.analyzer(), view.db(),
                                                                         candidates, hints, config.query_languages);
    p.options.stem_languages = chosen.stem_languages;
    p.languages_known = chosen.decided;
  } else {
    p.languages_known = true;
  }
  if (p.languages_known) {
    for (const std::string& lang : p.options.stem_languages)
      if (Analyzer::splits_compounds(lang)) p.options.compound_languages.push_back(lang);
    p.options.stopword_languages = p.options.stem_languages;
  }
  p.built = build_query(p.parsed.ast, view.analyzer(), p.options);

  p.access = view.access(caller);
  p.base_filter = p.access;
  if (!request.kinds.empty()) {
    std::vector<Q> kinds;
    for (Kind k : request.kinds) kinds.emplace_back(layout::kind_term(k));
    p.base_filter = Q(Q::OP_AND, p.base_filter, Q(Q::OP_OR, kinds.begin(), kinds.end()));
  }
  if (request.created_from || request.created_to)
    p.base_filter = Q(Q::OP_AND, p.base_filter, created_range_query(request.created_from, request.created_to));
  for (const FacetFilter& f : request.filters) {
    auto field = std::find_if(p.facet_filters.begin(), p.facet_filters.end(), [&](const auto& e) { return e.first == f.field; });
    const Q value = filter_query(f.field, f.value);
    if (field == p.facet_filters.end()) p.facet_filters.emplace_back(f.field, value);
    else field->second = Q(Q::OP_OR, field->second, value);
  }
  p.filter = p.base_filter;
  for (const auto& [field, q] : p.facet_filters) p.filter = Q(Q::OP_AND, p.filter, q);
  p.by_date = request.sort == SortOrder::kDate || !p.built.has_text;
  p.ranked = ranked_query(p, config);
  return p;
}

Plan relax(const Plan& plan, const SearcherConfig& config, const IndexReader::View& view) {
  Plan p = plan;
  p.options.default_op = Q::OP_OR;
  p.built = build_query(p.parsed.ast, view.analyzer(), p.options);
  p.ranked = ranked_query(p, config);
  return p;
}

Matches match(Plan& plan, const SearchRequest& request, const SearcherConfig& config, const IndexReader::View& view) {
  for (const std::string& facet : request.facets) {
    if (std::none_of(std::begin(kFacets), std::end(kFacets), [&](const FacetSpec& f) { return facet == f.name; }))
      throw Error(ErrorCode::kInvalidParameter, "unknown facet '" + facet + "'; use kind, lang, group, author or year",
                  "facets");
  }
  // Disjunctive counts: a facet with filters of its own is counted apart, over the matches of
  // every other filter; the rest are counted over the page's matches, as conjunctive counts.
  std::vector<std::string> apart, together;
  for (const std::string& facet : request.facets) {
    const bool own_filter = std::any_of(plan.facet_filters.begin(), plan.facet_filters.end(),
                                        [&](const auto& e) { return e.first == facet; });
    (request.facet_counts == FacetCounts::kDisjunctive && own_filter ? apart : together).push_back(facet);
  }
  Matches m;
  std::optional<FacetSpy> spy;
  auto attempt = [&] {
    spy.reset();
    if (!together.empty()) spy.emplace(together);
    m.mset = run(plan, plan.filter, (request.page - 1) * request.size, request.size,
                 request.facets.empty() ? 0 : config.facet_sample, config, view.db(), spy ? &*spy : nullptr);
  };
  attempt();
  if (m.mset.get_matches_estimated() == 0 && plan.built.has_text && plan.options.default_op == Q::OP_AND &&
      plan.built.words.size() > 1) {
    // Nothing has every word: rank by any word instead, and say so.
    plan = relax(plan, config, view);
    attempt();
    m.relaxed = true;
  }
  std::map<std::string, std::vector<FacetValue>> counted;
  if (spy) {
    for (size_t i = 0; i < together.size(); ++i) counted[together[i]] = top_values(spy->counts(i));
    m.facet_accuracy.counted = spy->seen();
    m.facet_accuracy.exact = m.mset.get_matches_lower_bound() == m.mset.get_matches_upper_bound() &&
                             spy->seen() >= m.mset.get_matches_estimated();
  } else if (!apart.empty()) {
    m.facet_accuracy.counted = 0;
    m.facet_accuracy.exact = true;
  }
  for (const std::string& facet : apart) {
    FacetSpy own({facet});
    const Xapian::MSet counts = run(plan, filter_without(plan, facet), 0, 0, config.facet_sample, config, view.db(), &own);
    counted[facet] = top_values(own.counts(0));
    m.facet_accuracy.counted = std::max<uint64_t>(m.facet_accuracy.counted, own.seen());
    m.facet_accuracy.exact = m.facet_accuracy.exact && counts.get_matches_lower_bound() == counts.get_matches_upper_bound() &&
                             own.seen() >= counts.get_matches_estimated();
  }
  for (const std::string& facet : request.facets) {
    auto found = counted.find(facet);
    if (found != counted.end()) m.facets.push_back({facet, found->second});
  }
  return m;
}

std::vector<Hit> render(const Xapian::MSet& mset, const Plan& plan, const SearcherConfig& config) {
  std::vector<Hit> hits;
  hits.reserve(mset.size());
  const detail::HighlightTerms terms(plan.built.highlight_terms.begin(), plan.built.highlight_terms.end());
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    Hit hit;
    hit.lang = doc.get_value(layout::kLangSlot);
    hit.group = doc.get_value(layout::kGroupSlot);
    hit.people = layout::unserialise_list(doc.get_value(layout::kPeopleSlot));
    hit.source = doc.get_value(layout::kSourceSlot);
    if (const std::string created = doc.get_value(layout::kCreatedSlot); !created.empty())
      hit.created = static_cast<int64_t>(Xapian::sortable_unserialise(created));
    hit.score = it.get_weight();
    if (const std::optional<StoredRecord> record = read_stored_record(doc.get_data())) {
      hit.kind = record->kind;
      hit.id = record->id;
      hit.title = record->title.text;
      hit.url = record->url;
      const detail::Passage title = detail::highlight(record->title, terms, detail::kWholeText);
      const detail::Passage snippet = detail::highlight(record->body, terms, config.snippet_bytes);
      hit.title_html = detail::to_html(title);
      hit.title_highlights = to_highlights(title.text, title.marks);
      hit.snippet = snippet.text;
      hit.snippet_html = detail::to_html(snippet);
      hit.snippet_highlights = to_highlights(snippet.text, snippet.marks);
    }
    hits.push_back(std::move(hit));
  }
  return hits;
}

void name_people(std::vector<Hit>& hits, std::vector<Facet>& facets, const Plan& plan, const IndexReader::View& view) {
  const PeopleDirectory& directory = view.people();
  const std::unordered_set<std::string> visible(plan.access.get_terms_begin(), plan.access.get_terms_end());
  std::unordered_map<const Person*, PersonProfile> seen;  // details of each person as the caller sees them
  auto details = [&](const Person* person) -> const PersonProfile* {
    if (!person) return nullptr;
    auto found = seen.find(person);
    if (found == seen.end()) found = seen.emplace(person, person->details(visible)).first;
    return found->second.name.empty() ? nullptr : &found->second;
  };
  for (Hit& hit : hits) {
    hit.authors.clear();
    for (const std::string& ref : hit.people) {
      HitAuthor author{ref, {}, {}};
      if (const PersonProfile* p = details(directory.resolve_author(ref, hit.kind == Kind::kDocument, view.analyzer()))) {
        author.name = p->name;
        author.profile_id = p->id;
      }
      hit.authors.push_back(std::move(author));
    }
  }
  for (Facet& facet : facets) {
    if (facet.name != "author") continue;
    for (FacetValue& v : facet.values)
      if (const PersonProfile* p = details(directory.resolve_author(v.value, true, view.analyzer()))) v.label = p->name;
  }
}

// "Did you mean": words the caller's records do not have, replaced by the closest known
// word. A word that only records hidden from the caller have counts as unknown (issue 6):
// leaving it uncorrected would tell that it exists. The dictionary is fed by public records
// only, and a suggestion is offered only if a record the caller may see has it.
std::optional<std::string> suggest(const Plan& plan, const std::string& q, const IndexReader::View& view) {
  if (!plan.built.has_text) return std::nullopt;
  const Xapian::Database& db = view.db();
  std::string suggestion = q;
  bool changed = false;
  // Public records first: one posting list instead of the caller's (maybe hundreds of)
  // groups, and where dictionary words are found.
  Xapian::Enquire seen(db);
  seen.set_weighting_scheme(Xapian::BoolWeight());
  const Q public_records(layout::public_access_term());
  // An anonymous caller's access is the public records: one check is enough.
  const bool only_public = plan.access.get_length() <= 1;
  auto known = [&](const std::vector<std::string>& terms) {
    std::vector<std::string> present;
    for (const std::string& t : terms)
      if (db.term_exists(t)) present.push_back(t);
    if (present.empty()) return false;
    const Q word(Q::OP_OR, present.begin(), present.end());
    for (const Q* scope : {&public_records, &plan.access}) {
      seen.set_query(Q(Q::OP_FILTER, word, *scope));
      if (!seen.get_mset(0, 1).empty()) return true;
      if (only_public) break;
    }
    return false;
  };
  for (auto w = plan.built.words.rbegin(); w != plan.built.words.rend(); ++w) {
    if (known(w->terms)) continue;
    const std::string better = db.get_spelling_suggestion(w->token, 2);
    if (better.empty() || better == w->token) continue;
    // The dictionary only grows: its word may be from a record that is hidden from the
    // caller now (shared with a group since, or deleted). Offer only words they can find.
    if (!known({better})) continue;
    suggestion.replace(w->start, w->end - w->start, better);
    changed = true;
  }
  if (!changed) return std::nullopt;
  return suggestion;
}

}  // namespace kennis::search
