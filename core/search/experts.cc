// ExpertFinder: items ranked by the matcher vote for the people they name (experts.h).
#include "kennis/experts.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <queue>
#include <unordered_map>
#include <unordered_set>

#include "kennis/error.h"
#include "kennis/schema.h"
#include "people_directory.h"
#include "snippets.h"
#include "stored_record.h"

namespace kennis {
namespace {

using Q = Xapian::Query;

// Roles, strongest first: a person takes the strongest role they have for an item.
enum class Role { kAuthor, kReplier, kMention, kParticipant };
constexpr const char* kRoleNames[] = {"author", "replier", "mentioned", "participant"};

// What the model reads of an item: one value (schema.h kItemSlot), never the stored record.
using ItemValues = layout::ItemValues;

ItemValues read_values(const Xapian::Document& doc) { return layout::unserialise_item(doc.get_value(layout::kItemSlot)); }

// Reads the values of the documents the matcher finds that are, when seen, among the `k`
// best: the matcher's candidates, without a second pass over the matches.
class TopItemsSpy : public Xapian::MatchSpy {
 public:
  explicit TopItemsSpy(Xapian::doccount k) : k_(std::max<Xapian::doccount>(k, 1)) {}
  void operator()(const Xapian::Document& doc, double weight) override {
    if (best_.size() >= k_ && weight < best_.top()) return;
    best_.push(weight);
    if (best_.size() > k_) best_.pop();
    // The raw value: most candidates drop out of the best k later, so decoding waits.
    items_.try_emplace(doc.get_docid(), doc.get_value(layout::kItemSlot));
  }
  std::string name() const override { return "kennis.TopItemsSpy"; }
  /// The item values of a candidate the spy read; nullopt when it did not see it.
  std::optional<ItemValues> find(Xapian::docid docid) const {
    const auto it = items_.find(docid);
    if (it == items_.end()) return std::nullopt;
    return layout::unserialise_item(it->second);
  }

 private:
  Xapian::doccount k_;
  std::priority_queue<double, std::vector<double>, std::greater<double>> best_;
  std::unordered_map<Xapian::docid, std::string> items_;
};

// Collects every post it is shown (the posts of a set of threads), by thread.
struct ThreadPost {
  Xapian::docid docid;
  ItemValues values;
};
class ThreadSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    ItemValues v = read_values(doc);
    threads_[v.thread].push_back({doc.get_docid(), std::move(v)});
  }
  std::string name() const override { return "kennis.ThreadSpy"; }
  const std::vector<ThreadPost>* thread(const std::string& term) const {
    const auto it = threads_.find(term);
    return it == threads_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<std::string, std::vector<ThreadPost>> threads_;
};

// Expansion terms: plain words (no prefix) of two bytes or more that are not numbers (short
// product and package names are often the best expansion).
class WordDecider : public Xapian::ExpandDecider {
 public:
  explicit WordDecider(const std::vector<std::string>& query_terms) : skip_(query_terms.begin(), query_terms.end()) {}
  bool operator()(const std::string& term) const override {
    if (term.size() < 2 || (term[0] >= 'A' && term[0] <= 'Z') || skip_.count(term)) return false;
    return std::any_of(term.begin(), term.end(), [](char c) { return c < '0' || c > '9'; });
  }

 private:
  std::unordered_set<std::string> skip_;
};

struct Vote {
  Role role;
  double value;           // a · s(d) · rec(d)
  Xapian::docid shown;    // the post or document shown as evidence
};

struct ProfileField {
  const char* name;       // API name of the field
  double coverage = 0;    // cov_f
  double weight = 0;      // w_f
  std::string snippet_html;
  Xapian::docid docid = 0;
};

struct Candidate {
  const Person* person = nullptr;
  std::vector<Vote> votes;
  std::vector<ProfileField> fields;
  double norm = 1;
  double profile = 0;
  double roles[4] = {0, 0, 0, 0};  // norm(p) · Σ c(p,d) per role
  double score = 0;
  PersonProfile details;
  bool active = true;  // as the profiles the caller may see say
  std::string shown;   // shown_id(), once needed
};

// What one request's model reads: the request, the constants and the index it runs on.
struct Context {
  const ExpertsRequest& request;
  const ExpertsConfig& config;
  const Xapian::Database& db;
  const Analyzer& analyzer;
  const PeopleDirectory& directory;
  Q text;                             // the query's words
  Q access;
  Q items;                            // what items may vote: visible posts and documents
  std::vector<std::string> langs;
  detail::HighlightTerms highlight;
  size_t query_words = 1;
  int64_t now = 0;
};

std::vector<std::string> query_terms(const Q& q) {
  return std::vector<std::string>(q.get_terms_begin(), q.get_terms_end());
}

Xapian::MSet run(const Context& r, const Q& q, Xapian::doccount k, Xapian::MatchSpy* spy) {
  Xapian::Enquire enquire(r.db);
  enquire.set_query(Q(Q::OP_FILTER, q, r.items));
  enquire.set_sort_by_relevance_then_value(layout::kIdTermSlot, false);
  if (spy) enquire.add_matchspy(spy);
  return enquire.get_mset(0, k);
}

// Step 1 of the formula: the query, expanded by pseudo-relevance feedback when configured.
Q expanded_query(const Context& r) {
  if (r.config.prf_terms == 0 || r.config.prf_docs == 0 || r.config.prf_weight <= 0) return r.text;
  Xapian::Enquire enquire(r.db);
  enquire.set_query(Q(Q::OP_FILTER, r.text, r.items));
  enquire.set_sort_by_relevance_then_value(layout::kIdTermSlot, false);
  const Xapian::MSet top = enquire.get_mset(0, r.config.prf_docs);
  if (top.empty()) return r.text;
  Xapian::RSet rset;
  for (auto it = top.begin(); it != top.end(); ++it) rset.add_document(*it);
  const WordDecider decider(query_terms(r.text));
  const Xapian::ESet eset = enquire.get_eset(r.config.prf_terms, rset, &decider);
  if (eset.empty()) return r.text;
  const std::vector<std::string> terms(eset.begin(), eset.end());
  const Q expansion(Q::OP_OR, terms.begin(), terms.end());
  return Q(Q::OP_OR, r.text, Q(Q::OP_SCALE_WEIGHT, expansion, r.config.prf_weight));
}

double recency(const Context& r, const std::optional<int64_t>& created) {
  if (!created || r.config.half_life_days <= 0) return 1.0;
  const double age_days = std::max<double>(0, static_cast<double>(r.now - *created)) / 86400.0;
  return r.config.recency_floor + (1 - r.config.recency_floor) * std::exp2(-age_days / r.config.half_life_days);
}

// The strongest role of each person for one item, and the record shown for it.
using Roles = std::unordered_map<const Person*, std::pair<Role, Xapian::docid>>;

void offer(Roles& roles, const Person* person, Role role, Xapian::docid shown) {
  if (!person) return;
  auto [it, fresh] = roles.try_emplace(person, role, shown);
  if (!fresh && role < it->second.first) it->second = {role, shown};
}

Roles roles_of(const Context& r, Xapian::docid docid, const ItemValues& item, const ThreadSpy& threads) {
  Roles roles;
  for (const std::string& ref : item.people)
    offer(roles, r.directory.resolve_author(ref, item.is_document, r.analyzer), Role::kAuthor, docid);
  if (const auto* posts = item.thread.empty() ? nullptr : threads.thread(item.thread)) {
    for (const ThreadPost& post : *posts) {
      if (post.docid == docid) continue;
      const bool answers = post.values.reply_to == item.id_term || (item.reply_to.empty() && !post.values.reply_to.empty());
      for (const std::string& ref : post.values.people)
        offer(roles, r.directory.resolve(ref), answers ? Role::kReplier : Role::kParticipant, post.docid);
    }
  }
  for (const std::string& ref : item.mentions) offer(roles, r.directory.resolve(ref), Role::kMention, docid);
  return roles;
}

// A mention says more about a person the fewer items mention them: a maintainer named on the
// pages of their five packages against a translator credited on four hundred man pages. An
// inverse document frequency over public items, 1 for someone mentioned once:
//   spec(p) = ln(N / m(p)) / ln(N)   (N public items, m(p) public items mentioning p; >= 0).
double mention_specificity(const Context& r, const Person& person) {
  const double n = static_cast<double>(r.directory.public_items());
  const double m = static_cast<double>(std::max<Xapian::doccount>(person.mentions, 1));
  if (n <= 1 || r.config.mention_idf <= 0) return 1.0;
  const double idf = std::max(0.0, std::log(n / m) / std::log(n));
  return (1.0 - r.config.mention_idf) + r.config.mention_idf * idf;
}

// Steps 1-4: the K best items vote for the people they name.
void item_votes(const Context& r, std::unordered_map<const Person*, Candidate>& candidates) {
  TopItemsSpy spy(r.config.top_items);
  const Xapian::MSet mset = run(r, expanded_query(r), r.config.top_items, &spy);
  if (mset.empty()) return;
  std::vector<std::pair<Xapian::docid, ItemValues>> items;
  std::vector<std::string> thread_terms;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    std::optional<ItemValues> v = spy.find(*it);
    items.emplace_back(*it, v ? std::move(*v) : read_values(it.get_document()));
    if (!items.back().second.thread.empty()) thread_terms.push_back(items.back().second.thread);
  }
  std::sort(thread_terms.begin(), thread_terms.end());
  thread_terms.erase(std::unique(thread_terms.begin(), thread_terms.end()), thread_terms.end());
  ThreadSpy threads;
  if (!thread_terms.empty()) {
    Xapian::Enquire enquire(r.db);
    enquire.set_query(Q(Q::OP_FILTER, Q(Q::OP_OR, thread_terms.begin(), thread_terms.end()), r.items));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.add_matchspy(&threads);
    enquire.get_mset(0, 0, r.config.thread_posts);
  }
  const double w_max = mset.begin().get_weight();
  const double weights[] = {r.config.w_author, r.config.w_replier, r.config.w_mention, r.config.w_participant};
  size_t i = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it, ++i) {
    const auto& [docid, item] = items[i];
    const double s = w_max > 0 ? std::exp(r.config.sharpness * (it.get_weight() / w_max - 1)) : 1.0;
    const double strength = s * recency(r, item.created);
    for (const auto& [person, role] : roles_of(r, docid, item, threads)) {
      double value = weights[static_cast<int>(role.first)] * strength;
      if (role.first == Role::kMention) value *= mention_specificity(r, *person);
      if (value <= 0) continue;
      Candidate& c = candidates[person];
      c.person = person;
      c.votes.push_back({role.first, value, role.second});
    }
  }
}

// Step 5: the best matching profiles the caller may see, field by field.
void profile_votes(const Context& r, std::unordered_map<const Person*, Candidate>& candidates) {
  Xapian::Enquire enquire(r.db);
  enquire.set_query(Q(Q::OP_FILTER, r.text, Q(Q::OP_AND, r.access, Q(layout::kind_term(Kind::kProfile)))));
  enquire.set_sort_by_relevance_then_value(layout::kIdTermSlot, false);
  const Xapian::MSet mset = enquire.get_mset(0, r.config.profile_matches);
  const char* const kFields[] = {"skills", "ask_me_about", "title", "about"};
  const double weights[] = {r.config.w_skills, r.config.w_ask_me_about, r.config.w_title, r.config.w_about};
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    const std::vector<std::string> people = layout::unserialise_list(doc.get_value(layout::kPeopleSlot));
    const Person* person = people.empty() ? nullptr : r.directory.resolve(people.front());
    if (!person) continue;
    const std::optional<StoredRecord> record = read_stored_record(doc.get_data());
    if (!record) continue;
    Candidate& c = candidates[person];
    c.person = person;
    if (c.fields.empty()) {
      for (size_t f = 0; f < std::size(kFields); ++f) c.fields.push_back({kFields[f], 0, weights[f], {}, 0});
    }
    const StoredText* texts[] = {&record->skills, &record->ask_me_about, &record->job_title, &record->about};
    for (size_t f = 0; f < std::size(kFields); ++f) {
      if (texts[f]->empty() || weights[f] <= 0) continue;
      const detail::Passage passage = detail::highlight(*texts[f], r.highlight, r.config.snippet_bytes);
      const double coverage =
          std::min(1.0, static_cast<double>(passage.marked_words) / static_cast<double>(r.query_words));
      if (coverage > c.fields[f].coverage) c.fields[f] = {kFields[f], coverage, weights[f], detail::to_html(passage), *it};
    }
  }
}

// The people among `candidates` with an item created at or after `since` that the caller sees:
// per person, the matcher stops at the first such item.
std::unordered_set<const Person*> active_since(const Context& r, const std::vector<Candidate*>& candidates,
                                               int64_t since) {
  std::unordered_set<const Person*> out;
  const Q recent(Q::OP_AND, r.items,
                 Q(Q::OP_VALUE_GE, layout::kCreatedSlot, Xapian::sortable_serialise(static_cast<double>(since))));
  Xapian::Enquire enquire(r.db);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  for (const Candidate* c : candidates) {
    const std::vector<std::string>& terms = c->person->terms;
    if (terms.empty()) continue;
    enquire.set_query(Q(Q::OP_FILTER, Q(Q::OP_OR, terms.begin(), terms.end()), recent));
    if (!enquire.get_mset(0, 1).empty()) out.insert(c->person);
  }
  return out;
}

// Step 6 for one person: votes and fields to a score.
void score(const Context& r, Candidate& c) {
  std::sort(c.votes.begin(), c.votes.end(), [](const Vote& a, const Vote& b) {
    return a.value != b.value ? a.value > b.value : a.shown < b.shown;
  });
  if (c.votes.size() > r.config.items_per_person) c.votes.resize(r.config.items_per_person);
  const double n = static_cast<double>(c.person->items);
  c.norm = 1.0 / (1.0 + r.config.volume_norm * std::log1p(n / r.directory.mean_items()));
  for (const Vote& v : c.votes) c.roles[static_cast<int>(v.role)] += c.norm * v.value;
  for (const ProfileField& f : c.fields) c.profile += r.config.profile_weight * f.weight * f.coverage;
  c.score = c.profile + c.roles[0] + c.roles[1] + c.roles[2] + c.roles[3];
}

// The best few pieces of evidence of a person, read from the stored records.
std::vector<ExpertEvidence> evidence(const Context& r, const Candidate& c, double scale) {
  std::vector<std::pair<Xapian::docid, ExpertEvidence>> best;
  std::unordered_set<Xapian::docid> shown;
  for (const Vote& v : c.votes) {  // best first
    if (!shown.insert(v.shown).second) continue;
    ExpertEvidence e;
    e.role = kRoleNames[static_cast<int>(v.role)];
    e.score = c.norm * v.value * scale;
    best.emplace_back(v.shown, std::move(e));
  }
  for (const ProfileField& f : c.fields) {
    if (f.coverage <= 0) continue;
    ExpertEvidence e;
    e.kind = Kind::kProfile;
    e.role = "profile";
    e.field = f.name;
    e.snippet_html = f.snippet_html;
    e.score = r.config.profile_weight * f.weight * f.coverage * scale;
    best.emplace_back(f.docid, std::move(e));
  }
  std::stable_sort(best.begin(), best.end(), [](const auto& a, const auto& b) { return a.second.score > b.second.score; });
  if (best.size() > r.config.evidence_items) best.resize(r.config.evidence_items);
  std::vector<ExpertEvidence> out;
  for (auto& [docid, e] : best) {
    const Xapian::Document doc = r.db.get_document(docid);
    const std::optional<StoredRecord> record = read_stored_record(doc.get_data());
    if (record) {
      e.id = record->id;
      e.url = record->url;
    }
    if (e.kind == Kind::kProfile) {
      if (record) e.title = record->name;
    } else {
      if (record) {
        e.kind = record->kind;
        e.title = record->title.text;
        e.snippet_html = detail::to_html(detail::highlight(record->body, r.highlight, r.config.snippet_bytes));
      }
      if (const std::string created = doc.get_value(layout::kCreatedSlot); !created.empty())
        e.created = static_cast<int64_t>(Xapian::sortable_unserialise(created));
    }
    out.push_back(std::move(e));
  }
  return out;
}

// Whether the caller may see the profile.
bool seen(const PersonProfile& p, const std::unordered_set<std::string>& visible) {
  return std::any_of(p.access.begin(), p.access.end(), [&](const std::string& t) { return visible.count(t) > 0; });
}

// Whether the person is active as far as the caller can tell: a profile the caller may not see
// tells nothing, not even that its account was closed (issue 6).
bool active_as_seen(const Person& person, const std::unordered_set<std::string>& visible) {
  return std::none_of(person.profiles.begin(), person.profiles.end(), [&](const PersonProfile& p) {
    return !p.active && seen(p, visible);
  });
}

// The id an answer shows for a person (issue 6): their canonical id when a profile the caller
// sees carries it; else the e-mail address (or id) of the richest profile the caller sees;
// else how the caller's evidence records name them (the smallest such reference). Never an
// address or id that only profiles hidden from the caller hold.
std::string shown_id(const Context& r, const Candidate& c, const std::unordered_set<std::string>& visible) {
  const Person& person = *c.person;
  std::string first;  // the first id of the richest visible profile
  for (const PersonProfile& p : person.profiles) {  // richest first
    if (!seen(p, visible)) continue;
    // The profile's ids as the directory joins them: e-mail, person_id, id, aliases.
    for (const std::string& folded : p.ids) {
      if (folded == person.id) return person.id;
      if (first.empty()) first = folded;
    }
  }
  if (!first.empty()) return first;
  std::string best;
  for (const Vote& v : c.votes) {
    const ItemValues item = read_values(r.db.get_document(v.shown));
    for (const std::vector<std::string>* refs : {&item.people, &item.mentions}) {
      for (const std::string& ref : *refs) {
        if (r.directory.resolve_author(ref, item.is_document && refs == &item.people, r.analyzer) != &person) continue;
        const std::string folded = fold_keyword(ref);
        if (best.empty() || folded < best) best = folded;
      }
    }
  }
  return best.empty() ? person.id : best;
}

bool same_text(const std::string& a, const std::string& b, const Analyzer& analyzer) {
  return PeopleDirectory::name_key(a, analyzer) == PeopleDirectory::name_key(b, analyzer);
}

// Filters, orders and pages the candidates; fills `result`.
void rank(const Context& r, std::unordered_map<const Person*, Candidate>& candidates, ExpertsResult& result) {
  const ExpertsRequest& q = r.request;
  const std::vector<std::string> access_terms = query_terms(r.access);
  const std::unordered_set<std::string> visible(access_terms.begin(), access_terms.end());
  std::vector<Candidate*> kept;
  for (auto& [person, c] : candidates) {
    score(r, c);
    if (c.score <= 0) continue;
    c.active = active_as_seen(*person, visible);
    if (!q.include_inactive && !c.active) continue;
    c.details = person->details(visible);
    if (!q.department.empty() && !same_text(c.details.department, q.department, r.analyzer)) continue;
    if (!q.location.empty() && !same_text(c.details.location, q.location, r.analyzer)) continue;
    if (!q.language.empty() &&
        std::find(c.details.languages.begin(), c.details.languages.end(), q.language) == c.details.languages.end())
      continue;
    kept.push_back(&c);
  }
  if (q.active_since) {
    const auto recent = active_since(r, kept, *q.active_since);
    kept.erase(std::remove_if(kept.begin(), kept.end(), [&](const Candidate* c) { return !recent.count(c->person); }),
               kept.end());
  }
  // Ties are broken by the id the caller is shown, never by one only hidden profiles hold.
  auto id_of = [&](Candidate* c) -> const std::string& {
    if (c->shown.empty()) c->shown = shown_id(r, *c, visible);
    return c->shown;
  };
  std::sort(kept.begin(), kept.end(), [&](Candidate* a, Candidate* b) {
    if (a->active != b->active) return a->active;
    if (a->score != b->score) return a->score > b->score;
    const int shown = id_of(a).compare(id_of(b));
    return shown != 0 ? shown < 0 : a->person->id < b->person->id;  // two people shown alike: stable order
  });
  result.total = kept.size();
  double best = 0;
  for (const Candidate* c : kept) best = std::max(best, c->score);
  const double scale = best > 0 ? 1.0 / best : 0.0;
  const size_t first = static_cast<size_t>(q.page - 1) * q.size;
  for (size_t i = first; i < kept.size() && i < first + q.size; ++i) {
    const Candidate& c = *kept[i];
    Expert e;
    e.id = id_of(kept[i]);
    e.name = c.details.name;
    e.title = c.details.job_title;
    e.department = c.details.department;
    e.email = c.details.email;
    e.url = c.details.url;
    e.active = c.active;
    e.score = c.score / best;  // exactly 1 for the best
    e.breakdown = {c.profile * scale, c.roles[0] * scale, c.roles[1] * scale, c.roles[2] * scale, c.roles[3] * scale};
    e.evidence = evidence(r, c, scale);
    result.experts.push_back(std::move(e));
  }
}

}  // namespace

void ExpertsConfig::validate() const {
  auto check = [](bool ok, const char* name, const char* what) {
    if (!ok) throw Error(ErrorCode::kInvalidConfig, std::string(name) + " must be " + what, name);
  };
  check(top_items >= 1, "top_items", "at least 1");
  check(profile_matches >= 1, "profile_matches", "at least 1");
  check(items_per_person >= 1, "items_per_person", "at least 1");
  check(evidence_items >= 1, "evidence_items", "at least 1");
  check(sharpness >= 0, "sharpness", "0 or more");
  for (auto [value, name] : {std::pair{w_author, "w_author"}, std::pair{w_replier, "w_replier"},
                             std::pair{w_mention, "w_mention"}, std::pair{w_participant, "w_participant"},
                             std::pair{w_skills, "w_skills"}, std::pair{w_ask_me_about, "w_ask_me_about"},
                             std::pair{w_title, "w_title"}, std::pair{w_about, "w_about"},
                             std::pair{profile_weight, "profile_weight"}, std::pair{volume_norm, "volume_norm"},
                             std::pair{mention_idf, "mention_idf"},
                             std::pair{half_life_days, "half_life_days"}, std::pair{prf_weight, "prf_weight"}})
    check(value >= 0 && std::isfinite(value), name, "a finite number, 0 or more");
  check(recency_floor >= 0 && recency_floor <= 1, "recency_floor", "between 0 and 1");
  check(mention_idf <= 1, "mention_idf", "between 0 and 1");
}

ExpertFinder::ExpertFinder(const IndexReader& reader, SearcherConfig search, ExpertsConfig config)
    : reader_(reader), search_(std::move(search)), config_(std::move(config)) {
  config_.validate();
}
ExpertFinder::~ExpertFinder() = default;

// "Wie weet iets van subsidies?" asks about subsidies. The question's frame names no topic
// and, left in, ranks whoever once wrote "wie weet iets" first. A frame at the start of the
// query, in the organisation's languages, is removed, and so is a final question mark; a
// query that is nothing but a frame stays as it is.
std::string expert_topic(const std::string& q, const Analyzer& analyzer) {
  static const std::vector<std::string> kFrames = {
        // nl
        "wie weet er iets van", "wie weet er iets over", "wie weet er meer over", "wie weet er meer van",
        "wie weet iets van", "wie weet iets over", "wie weet meer over", "wie weet meer van", "wie weet wat van",
        "wie weet wat over", "wie weet van", "wie weet over", "wie weet", "wie kent", "wie heeft ervaring met",
        "wie kan helpen met", "wie kan me helpen met", "wie is expert in", "wie is expert op het gebied van",
        // en
        "who knows anything about", "who knows something about", "who knows about", "who knows",
        "who is an expert on", "who is an expert in", "who is the expert on", "who can help with",
        "does anyone know about", "anyone know about", "who has experience with",
        // de
        "wer weiß etwas über", "wer weiss etwas über", "wer weiß etwas von", "wer weiss etwas von",
        "wer weiß was über", "wer weiss was über", "wer weiß über", "wer weiss über", "wer weiß", "wer weiss",
        "wer kennt sich aus mit", "wer kennt sich mit", "wer kennt", "wer hat erfahrung mit", "wer kann helfen bei",
        // fr
        "qui sait quelque chose sur", "qui sait quelque chose à propos de", "qui s'y connaît en", "qui s'y connait en",
        "qui connaît", "qui connait", "qui est expert en", "qui peut aider avec", "qui peut m'aider avec", "qui sait",
  };

  // One token per word position: joined forms and elided alternatives share their word's.
  auto words = [&](std::string_view text) {
    std::vector<Token> out;
    for (Token& t : analyzer.analyze(text))
      if (out.empty() || t.position > out.back().position) out.push_back(std::move(t));
    return out;
  };
  // The frames as the chain reads them, longest first, made once per analyser's thread.
  thread_local std::vector<std::vector<std::string>> frames;
  if (frames.empty()) {
    for (const std::string& frame : kFrames) {
      std::vector<std::string> f;
      for (const Token& t : words(frame)) f.push_back(t.text);
      frames.push_back(std::move(f));
    }
    std::stable_sort(frames.begin(), frames.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  }
  const std::vector<Token> tokens = words(q);
  std::string topic = q;
  for (const std::vector<std::string>& frame : frames) {
    if (frame.empty() || frame.size() > tokens.size()) continue;
    if (!std::equal(frame.begin(), frame.end(), tokens.begin(), [](const std::string& f, const Token& t) { return f == t.text; }))
      continue;
    topic = frame.size() < tokens.size() ? q.substr(tokens[frame.size()].start) : std::string();
    break;
  }
  while (!topic.empty() && (topic.back() == '?' || topic.back() == ' ' || topic.back() == '\t')) topic.pop_back();
  return topic.empty() ? q : topic;
}

ExpertsResult ExpertFinder::find(const ExpertsRequest& request, const Caller& caller) const {
  const auto started = std::chrono::steady_clock::now();
  check_paging(search_, request.page, request.size);
  ExpertsResult result;
  reader_.read([&](const IndexReader::View& view) {
    const Analyzer& analyzer = view.analyzer();
    const std::string topic = expert_topic(request.q, analyzer);
    ParsedQuery parsed = parse_query(topic, search_.query_limits, request.syntax);
    // Warnings point into q: the topic is the end of it.
    if (const size_t shift = request.q.rfind(topic); shift != std::string::npos)
      for (QueryWarning& w : parsed.warnings) w.start += static_cast<uint32_t>(shift), w.end += static_cast<uint32_t>(shift);
    const PeopleDirectory& directory = view.people();
    BuildOptions options;
    options.stem_languages = request.langs.empty() ? search_.languages : request.langs;
    options.default_op = Q::OP_OR;
    const BuiltQuery built = build_query(parsed.ast, analyzer, options);
    if (!built.has_text) throw Error(ErrorCode::kInvalidQuery, "q must have at least one word to rank people by", "q");
    const Q access = view.access(caller);
    const Q kinds(Q::OP_OR, Q(layout::kind_term(Kind::kPost)), Q(layout::kind_term(Kind::kDocument)));
    Context r{request, config_, view.db(), analyzer, directory, built.query, access, Q(Q::OP_AND, access, kinds),
              options.stem_languages, {built.highlight_terms.begin(), built.highlight_terms.end()},
              std::max<size_t>(1, built.words.size()), 0};
    r.now = config_.now ? config_.now()
                        : std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    std::unordered_map<const Person*, Candidate> candidates;
    item_votes(r, candidates);
    profile_votes(r, candidates);
    ExpertsResult out;
    out.query = request.q;
    out.page = request.page;
    out.size = request.size;
    out.warnings = std::move(parsed.warnings);
    rank(r, candidates, out);
    result = std::move(out);
  });
  result.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace kennis
