// Nothing leaks (issue 6): a seeded random organisation (people with group memberships,
// posts with threads, replies and mentions, documents, profiles) with random ACLs, indexed
// by the real kennis-index, and for many callers every endpoint checked against an oracle
// written here from the generated records alone: the records a caller may see are the
// public ones, those shared with one of the caller's groups and those shared with one of the
// caller's person ids. No answer may contain a record, a word, a count or a detail of a
// profile that this oracle hides from the caller.
//
// Every record carries a unique marker word, so a leak of any of its text into any answer
// (title, snippet, highlight, facet value, suggestion, expert detail) is visible by scanning
// the answer's words. KENNIS_LEAK_SEED=<n> replays a seed; failures print the seed.
//
// Callers: in-process (Searcher and ExpertFinder given a Caller) for anonymous, people and
// group-only tools; over HTTP through searchd's --access: anonymous, people through the
// proxy's X-Remote-User header (any of their ids), tools by API token with fixed groups.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <httplib.h>

#include "harness.h"
#include "kennis/api_json.h"
#include "kennis/error.h"
#include "kennis/experts.h"
#include "kennis/searcher.h"

namespace kennis::it {
namespace {

// ---------------------------------------------------------------------------------------------
// The generated organisation.

// Markers are "zq" and three consonants: no vowel, so no stemmer of en, nl, fr or de changes
// them, no compound splitter finds a word in them, and all have the same length, so a cut
// snippet never shows a prefix of one marker that is another marker.
constexpr char kConsonants[] = "bcdfghjklmnpqrstvwxz";
constexpr int kMarkerDigits = 3;

std::string marker(int n) {
  std::string digits;
  for (int i = 0; i < kMarkerDigits; ++i, n /= 20) digits.insert(digits.begin(), kConsonants[n % 20]);
  return "zq" + digits;
}

// Shared words: every query matches visible and invisible records together.
const std::vector<std::string> kVocabulary = {"alpha", "bravo", "delta", "gamma", "kappa", "sigma",
                                              "omega", "tango", "oscar", "sierra"};
// Words only private records contain (spelling must never suggest them), and one only public
// records contain (the control: spelling does suggest it).
const std::vector<std::string> kPrivateRare = {"quibblefrost", "morvelquist", "kestrelvane"};
const std::string kPublicRare = "plinthorpe";
const std::vector<std::string> kLangs = {"en", "nl", "fr", "de"};

struct Acl {
  bool is_public = false;
  std::set<std::string> groups;   // as written in the record
  std::set<std::string> persons;  // as written (mixed case sometimes)
};

struct Item {
  Kind kind = Kind::kPost;
  std::string id;
  std::string marker;
  Acl acl;
  std::set<std::string> words;            // every word of its searchable text that queries use
  std::vector<std::string> people;        // author/authors/owner, or the profile's person id (refs)
  std::vector<std::string> mentions;      // refs
  std::string group, lang, year, thread;  // thread: the first post's id (posts)
  int person = -1;                        // profiles: whose
  bool active = true;                     // profiles
  std::set<std::string> profile_fields;   // profiles: words of skills, ask_me_about, job_title, about
  std::map<std::string, std::string> details;  // profiles: name, title, department, email, url
};

struct Person {
  std::vector<std::string> ids;  // lower case: person_id, e-mail, alias, profile ids
  bool alias_only = false;       // records name them by their alias only (a chat user id)
  std::vector<int> profiles;     // item indexes
  std::set<std::string> groups;  // union of the `groups` of their profiles
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

struct Org {
  std::vector<Person> people;
  std::vector<Item> items;
  std::vector<std::string> groups;
  std::map<std::string, int> by_ref;  // folded ref -> person (profiled people only)
  Records records;
};

class Generator {
 public:
  explicit Generator(uint32_t seed) : rng_(seed) {}

  Org make(int people, int groups, int posts, int documents) {
    Org org;
    for (int g = 0; g < groups; ++g) org.groups.push_back("grp" + std::to_string(10 + g));
    for (int p = 0; p < people; ++p) {
      Person person;
      person.ids = {"person" + std::to_string(p), "person" + std::to_string(p) + "@example.org",
                    "u" + std::to_string(1000 + p)};
      person.alias_only = chance(0.25);
      org.people.push_back(person);
    }
    // Profiles: most people one, some two, some none (they post but are nobody's expert).
    for (int p = 0; p < people; ++p) {
      const int n = chance(0.1) ? 0 : chance(0.25) ? 2 : 1;
      for (int k = 0; k < n; ++k) add_profile(org, p, k);
    }
    for (int i = 0; i < posts; ++i) add_post(org, i);
    for (int i = 0; i < documents; ++i) add_document(org, i);
    for (size_t p = 0; p < org.people.size(); ++p)
      if (!org.people[p].profiles.empty())
        for (const std::string& id : org.people[p].ids) org.by_ref[id] = static_cast<int>(p);
    return org;
  }

 private:
  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[static_cast<size_t>(below(static_cast<int>(v.size())))]; }

  // A reference to a person as a source would write it: any of their ids, sometimes in capitals.
  std::string ref(const Org& org, int p) {
    const Person& person = org.people[static_cast<size_t>(p)];
    std::string r = person.ids[person.alias_only ? 2 : static_cast<size_t>(below(3))];
    if (chance(0.15)) r[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(r[0])));
    return r;
  }

  Acl acl(const Org& org, double public_share) {
    Acl a;
    const double r = std::uniform_real_distribution<double>(0, 1)(rng_);
    if (r < public_share) {
      a.is_public = true;
      return a;
    }
    const double rest = (r - public_share) / (1 - public_share);
    const bool groups = rest < 0.75, persons = rest >= 0.45;
    if (groups)
      for (int n = 1 + below(2); n > 0; --n) a.groups.insert(pick(org.groups));
    if (persons)
      for (int n = 1 + below(2); n > 0; --n) a.persons.insert(ref(org, below(static_cast<int>(org.people.size()))));
    return a;
  }

  static json acl_json(const Acl& a) {
    if (a.is_public) return "public";
    json j = json::object();
    if (!a.groups.empty()) j["groups"] = std::vector<std::string>(a.groups.begin(), a.groups.end());
    if (!a.persons.empty()) j["persons"] = std::vector<std::string>(a.persons.begin(), a.persons.end());
    return j;
  }

  std::string created(Item& item) {
    const int year = 2019 + below(6);
    item.year = std::to_string(year);
    char text[96];
    std::snprintf(text, sizeof text, "%d-%02d-%02dT%02d:%02d:00Z", year, 1 + below(12), 1 + below(28), below(24), below(60));
    return text;
  }

  // Words of a text: the item's marker, shared words, now and then a rare word.
  std::string text(Item& item, bool with_marker) {
    std::vector<std::string> words;
    if (with_marker) words.push_back(item.marker);
    for (int n = 1 + below(3); n > 0; --n) words.push_back(pick(kVocabulary));
    if (!item.acl.is_public && chance(0.04)) words.push_back(pick(kPrivateRare));
    if (item.acl.is_public && chance(0.03)) words.push_back(kPublicRare);
    std::shuffle(words.begin(), words.end(), rng_);
    std::string out;
    for (const std::string& w : words) {
      item.words.insert(w);
      out += (out.empty() ? "" : " ") + w;
    }
    return out;
  }

  Item& next(Org& org, Kind kind, std::string id, double public_share) {
    Item item;
    item.kind = kind;
    item.id = std::move(id);
    item.marker = marker(static_cast<int>(org.items.size()));
    item.acl = acl(org, public_share);
    item.lang = pick(kLangs);
    org.items.push_back(std::move(item));
    return org.items.back();
  }

  void add_profile(Org& org, int p, int k) {
    const std::string id = "prof" + std::to_string(p) + (k == 0 ? "a" : "b");
    Item& item = next(org, Kind::kProfile, id, 0.7);
    const int index = static_cast<int>(org.items.size()) - 1;
    Person& person = org.people[static_cast<size_t>(p)];
    person.ids.push_back(id);
    person.profiles.push_back(index);
    item.person = p;
    item.people = {person.ids[0]};
    item.active = !chance(0.1);
    std::vector<std::string> groups;
    for (int n = below(5); n > 0; --n) groups.push_back(pick(org.groups));
    for (const std::string& g : groups) person.groups.insert(g);
    const std::string skill = pick(kVocabulary), ask = pick(kVocabulary), job = pick(kVocabulary);
    const std::string about = text(item, /*with_marker=*/true);
    item.words.insert({skill, ask, job, "lead"});
    item.profile_fields = item.words;
    item.words.insert("example");
    item.details = {{"name", item.marker + " Example"},
                    {"title", job + " lead"},
                    {"department", item.marker + " unit"},
                    {"email", person.ids[1]},
                    {"url", "https://people.example.org/" + item.marker}};
    json record = profile(id, item.details["name"],
                          {{"person_id", person.ids[0]},
                           {"email", person.ids[1]},
                           {"aliases", {person.ids[2]}},
                           {"job_title", item.details["title"]},
                           {"department", item.details["department"]},
                           {"url", item.details["url"]},
                           {"skills", {skill}},
                           {"ask_me_about", {ask}},
                           {"about", about},
                           {"groups", groups},
                           {"lang", item.lang},
                           {"active", item.active},
                           {"acl", acl_json(item.acl)}});
    org.records.profiles.push_back(std::move(record));
  }

  void add_post(Org& org, int i) {
    // A reply answers an earlier post of some thread; a third of the posts start threads.
    std::vector<int> posts;
    for (size_t k = 0; k < org.items.size(); ++k)
      if (org.items[k].kind == Kind::kPost) posts.push_back(static_cast<int>(k));
    const int answers = !posts.empty() && chance(0.65) ? pick(posts) : -1;
    const std::string reply_to = answers < 0 ? "" : org.items[static_cast<size_t>(answers)].id;
    const std::string thread = answers < 0 ? "" : org.items[static_cast<size_t>(answers)].thread;
    Item& item = next(org, Kind::kPost, "post" + std::to_string(i), 0.35);
    item.thread = answers < 0 ? item.id : thread;
    const int author = below(static_cast<int>(org.people.size()));
    item.people = {ref(org, author)};
    for (int n = chance(0.3) ? 1 + below(2) : 0; n > 0; --n)
      item.mentions.push_back(ref(org, below(static_cast<int>(org.people.size()))));
    item.group = pick(org.groups);
    json extra = {{"author", item.people[0]}, {"group", item.group}, {"lang", item.lang},
                  {"created", created(item)}, {"acl", acl_json(item.acl)}};
    if (!reply_to.empty()) extra.update({{"reply_to", reply_to}, {"thread", item.thread}});
    if (!item.mentions.empty()) extra["mentions"] = item.mentions;
    if (chance(0.5)) extra["title"] = text(item, /*with_marker=*/false);
    org.records.posts.push_back(post(item.id, text(item, /*with_marker=*/true), extra));
  }

  void add_document(Org& org, int i) {
    Item& item = next(org, Kind::kDocument, "doc" + std::to_string(i), 0.35);
    for (int n = 1 + below(2); n > 0; --n) {
      const std::string r = ref(org, below(static_cast<int>(org.people.size())));
      if (std::find(item.people.begin(), item.people.end(), r) == item.people.end()) item.people.push_back(r);
    }
    json extra = {{"authors", item.people}, {"lang", item.lang}, {"created", created(item)}, {"acl", acl_json(item.acl)}};
    if (chance(0.3)) {
      const std::string owner = ref(org, below(static_cast<int>(org.people.size())));
      extra["owner"] = owner;
      if (std::find(item.people.begin(), item.people.end(), owner) == item.people.end()) item.people.push_back(owner);
    }
    if (chance(0.7)) {
      item.group = pick(org.groups);
      extra["group"] = item.group;
    }
    const std::string title = text(item, /*with_marker=*/false);
    org.records.documents.push_back(document(item.id, title, text(item, /*with_marker=*/true), extra));
  }

  std::mt19937 rng_;
};

// ---------------------------------------------------------------------------------------------
// The oracle: who sees what, from the generated records only.

struct Viewer {
  std::string name;
  std::optional<Caller> caller;  // what the in-process engine is given
  std::set<std::string> ids;     // folded person ids the caller is known by
  std::set<std::string> groups;
  Headers headers;               // how the caller authenticates over HTTP
};

bool visible(const Item& item, const Viewer& v) {
  if (item.acl.is_public) return true;
  for (const std::string& g : item.acl.groups)
    if (v.groups.count(lower(g))) return true;
  for (const std::string& p : item.acl.persons)
    if (v.ids.count(lower(p))) return true;
  return false;
}

// A query the test asks, in a form both the in-process and the HTTP driver can send.
struct Ask {
  std::vector<std::string> words;
  bool or_syntax = false;  // "a OR b" in the text
  bool op_or = false;      // op=or
  std::string filter;      // e.g. "group:grp12"
  std::string filter_group;
  std::vector<Kind> kinds;
  uint32_t page = 1, size = 10;
  bool by_date = false;

  std::string q() const {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : or_syntax ? " OR " : " ") + w;
    if (!filter.empty()) out += (out.empty() ? "" : " ") + filter;
    return out;
  }
};

bool kind_ok(const Item& item, const Ask& ask) {
  return ask.kinds.empty() || std::find(ask.kinds.begin(), ask.kinds.end(), item.kind) != ask.kinds.end();
}

// The records the caller should get for `ask`, and whether any word was then enough.
std::vector<int> expected_matches(const Org& org, const Viewer& v, const Ask& ask, bool* relaxed) {
  auto matches = [&](bool any) {
    std::vector<int> out;
    for (size_t i = 0; i < org.items.size(); ++i) {
      const Item& item = org.items[i];
      if (!visible(item, v) || !kind_ok(item, ask)) continue;
      if (!ask.filter_group.empty() && lower(item.group) != lower(ask.filter_group)) continue;
      bool ok = !any;
      for (const std::string& w : ask.words) {
        const bool has = item.words.count(w) > 0;
        ok = any ? (ok || has) : (ok && has);
      }
      if (ask.words.empty()) ok = true;
      if (ok) out.push_back(static_cast<int>(i));
    }
    return out;
  };
  const bool any = ask.or_syntax || ask.op_or;
  std::vector<int> out = matches(any);
  *relaxed = false;
  if (out.empty() && !any && ask.words.size() > 1) {
    out = matches(true);
    *relaxed = true;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Drivers: the same questions in-process (Searcher, ExpertFinder) or over HTTP (searchd).

struct Answer {
  int status = 0;
  json body;
};

class Driver {
 public:
  virtual ~Driver() = default;
  virtual Answer search(const Viewer& v, const Ask& ask) = 0;
  /// `department`: the filter of that name, when not empty.
  virtual Answer experts(const Viewer& v, const std::string& q, uint32_t size, const std::string& department = "") = 0;
  virtual Answer document(const Viewer& v, Kind kind, const std::string& id) = 0;
};

class InProcess : public Driver {
 public:
  InProcess(const std::string& index, Xapian::doccount facet_sample, Xapian::termcount prf_terms) {
    reader_ = std::make_unique<IndexReader>(index);
    SearcherConfig config;
    config.facet_sample = facet_sample;
    searcher_ = std::make_unique<Searcher>(*reader_, config);
    ExpertsConfig experts;
    experts.prf_terms = prf_terms;
    experts.now = [] { return int64_t{1767225600}; };  // 2026-01-01
    experts_ = std::make_unique<ExpertFinder>(*reader_, config, experts);
  }
  Answer search(const Viewer& v, const Ask& ask) override {
    SearchRequest r;
    r.q = ask.q();
    r.kinds = ask.kinds;
    r.page = ask.page;
    r.size = ask.size;
    r.sort = ask.by_date ? SortOrder::kDate : SortOrder::kRelevance;
    if (ask.op_or) r.default_op = DefaultOperator::kOr;
    return run([&] { return to_json(searcher_->search(r, *v.caller)); });
  }
  Answer experts(const Viewer& v, const std::string& q, uint32_t size, const std::string& department) override {
    ExpertsRequest r;
    r.q = q;
    r.size = size;
    r.department = department;
    return run([&] { return to_json(experts_->find(r, *v.caller)); });
  }
  Answer document(const Viewer& v, Kind kind, const std::string& id) override {
    return run([&] { return searcher_->get_document(kind, id, *v.caller); });
  }

 private:
  static Answer run(const std::function<json()>& call) {
    try {
      return {200, call()};
    } catch (const Error& e) {
      return {e.code() == ErrorCode::kDocumentNotFound ? 404 : 400, to_json(e)};
    }
  }
  std::unique_ptr<IndexReader> reader_;
  std::unique_ptr<Searcher> searcher_;
  std::unique_ptr<ExpertFinder> experts_;
};

// Callers over HTTP, authenticated by the headers of their Viewer. With `contract`, through
// the harness (a connection per request, every answer validated against schemas/); without,
// on one keep-alive connection (the other integration tests check the contract).
class Http : public Driver {
 public:
  Http(const Searchd& searchd, bool contract) : searchd_(searchd) {
    if (contract) return;
    client_ = std::make_unique<httplib::Client>("127.0.0.1", searchd.port());
    client_->set_keep_alive(true);
    client_->set_read_timeout(10);
  }
  Answer search(const Viewer& v, const Ask& ask) override {
    Params params{{"q", ask.q()}, {"page", std::to_string(ask.page)}, {"size", std::to_string(ask.size)}};
    if (ask.op_or) params.emplace_back("op", "or");
    if (ask.by_date) params.emplace_back("sort", "date");
    std::string kinds;
    for (Kind k : ask.kinds) kinds += (kinds.empty() ? "" : ",") + std::string(kind_name(k));
    if (!kinds.empty()) params.emplace_back("kind", kinds);
    return get("/v1/search?" + query_string(params), v.headers);
  }
  Answer experts(const Viewer& v, const std::string& q, uint32_t size, const std::string& department) override {
    Params params{{"q", q}, {"size", std::to_string(size)}};
    if (!department.empty()) params.emplace_back("department", department);
    return get("/v1/experts?" + query_string(params), v.headers);
  }
  Answer document(const Viewer& v, Kind kind, const std::string& id) override {
    return get("/v1/documents/" + std::string(kind_name(kind)) + "/" + id, v.headers);
  }

 private:
  Answer get(const std::string& target, const Headers& headers) {
    if (!client_) {
      const Response r = searchd_.get(target, headers);
      return {r.status, r.body};
    }
    httplib::Headers h(headers.begin(), headers.end());
    const httplib::Result result = client_->Get(target.c_str(), h);
    if (!result) return {0, nullptr};
    return {result->status, json::parse(result->body, nullptr, /*allow_exceptions=*/false)};
  }
  const Searchd& searchd_;
  std::unique_ptr<httplib::Client> client_;
};

// ---------------------------------------------------------------------------------------------
// The checks.

class Checker {
 public:
  Checker(const Org& org, uint32_t seed, Xapian::doccount facet_sample)
      : org_(org), seed_(seed), facet_sample_(facet_sample), rng_(seed ^ 0x5eedu) {
    for (size_t i = 0; i < org.items.size(); ++i) by_marker_[org.items[i].marker] = static_cast<int>(i);
    for (size_t i = 0; i < org.items.size(); ++i)
      by_id_[std::string(kind_name(org.items[i].kind)) + "/" + org.items[i].id] = static_cast<int>(i);
  }

  uint64_t checks() const { return checks_; }
  /// With query expansion, items that match expansion terms vote too: the experts oracle then
  /// only knows that every expert is named by some visible record.
  void set_query_expansion(bool on) { expansion_ = on; }

  // One assertion; counted, and with the seed and the caller in its message.
  bool check(bool ok, const Viewer& v, const std::string& what) {
    ++checks_;
    if (!ok && ++failures_ <= 60)
      ADD_FAILURE() << "seed " << seed_ << " (KENNIS_LEAK_SEED=" << seed_ << "), caller " << v.name << ": " << what;
    return ok;
  }

  void run_caller(Driver& d, const Viewer& v, int rounds) {
    forbidden_.clear();
    for (const Item& item : org_.items)
      if (!visible(item, v)) forbidden_.insert(item.marker);
    for (const std::string& w : kPrivateRare) {
      bool seen = false;
      for (const Item& item : org_.items) seen = seen || (item.words.count(w) && visible(item, v));
      if (!seen) forbidden_.insert(w);
    }
    std::vector<int> seen, hidden;
    for (size_t i = 0; i < org_.items.size(); ++i) (visible(org_.items[i], v) ? seen : hidden).push_back(static_cast<int>(i));

    // Everything the caller may see, listed newest first, page by page.
    search_all(d, v, Ask{});
    for (int r = 0; r < rounds; ++r) {
      Ask ask;
      ask.words = {pick(kVocabulary)};
      const int shape = below(4);
      if (shape >= 1) ask.words.push_back(pick(kVocabulary));
      ask.or_syntax = shape == 2;
      ask.op_or = shape == 3;
      if (below(3) == 0) ask.kinds = {static_cast<Kind>(below(3))};
      if (below(3) == 0) ask.kinds = {Kind::kPost, Kind::kDocument};
      ask.by_date = below(2) == 0;
      search_all(d, v, ask);
    }
    for (int r = 0; r < 2; ++r) {
      Ask ask;
      ask.filter_group = pick(org_.groups);
      ask.filter = "group:" + ask.filter_group;
      search_all(d, v, ask);
    }
    // Markers: a visible one is found alone, an invisible one is nowhere.
    for (int r = 0; r < rounds && !seen.empty(); ++r) marker_search(d, v, org_.items[static_cast<size_t>(pick(seen))], true);
    for (int r = 0; r < 2 * rounds && !hidden.empty(); ++r)
      marker_search(d, v, org_.items[static_cast<size_t>(pick(hidden))], false);
    // An invisible marker with a shared word: AND finds nothing with both, so the answer is
    // relaxed to OR over what the caller sees; OR gives the same set.
    for (int r = 0; r < rounds / 2 && !hidden.empty(); ++r) {
      Ask ask;
      ask.words = {org_.items[static_cast<size_t>(pick(hidden))].marker, pick(kVocabulary)};
      ask.or_syntax = below(2) == 0;
      search_all(d, v, ask);
    }
    spelling(d, v);
    documents(d, v, seen, hidden, rounds);
    experts(d, v, hidden, rounds);
  }

  // Spelling: a typo of a public word is corrected (control); a typo of a word only private
  // records have is never corrected to it, for anyone.
  void spelling(Driver& d, const Viewer& v) {
    for (const std::string& w : kPrivateRare) {
      Ask ask;
      ask.words = {w.substr(0, 4) + w.substr(5)};
      const Answer a = d.search(v, ask);
      check(a.status == 200, v, "typo search answered");
      const std::string s = a.body.value("suggestion", json()).is_string() ? a.body["suggestion"].get<std::string>() : "";
      check(s.find(w) == std::string::npos, v, "typo '" + ask.words[0] + "' suggested the private word '" + w + "'");
      scan(v, a.body, "typo of a private word");
    }
  }

  void public_spelling_control(Driver& d, const Viewer& v) {
    Ask ask;
    ask.words = {kPublicRare.substr(0, 4) + kPublicRare.substr(5)};
    const Answer a = d.search(v, ask);
    check(a.body.value("suggestion", json()) == kPublicRare, v,
          "control: a typo of the public word '" + kPublicRare + "' is corrected: " + a.body.dump());
  }

 private:
  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[static_cast<size_t>(below(static_cast<int>(v.size())))]; }

  // Every word of an answer (but the query it echoes) that names a record or a rare word the
  // caller may not see is a leak.
  void scan(const Viewer& v, json body, const std::string& what, const std::set<std::string>& asked = {}) {
    if (body.is_object()) body.erase("query");
    const std::string text = body.dump();
    std::string word;
    bool clean = true;
    std::string found;
    for (size_t i = 0; i <= text.size(); ++i) {
      const char c = i < text.size() ? text[i] : ' ';
      if (c >= 'a' && c <= 'z') {
        word += c;
        continue;
      }
      if (!word.empty() && forbidden_.count(word) && !asked.count(word)) {
        clean = false;
        found = word;
      }
      word.clear();
    }
    check(clean, v, what + ": the answer contains '" + found + "', which the caller may not see: " + text.substr(0, 600));
  }

  const Item* item_of(const json& hit) const {
    const auto it = by_id_.find(hit.value("kind", "") + "/" + hit.value("id", ""));
    return it == by_id_.end() ? nullptr : &org_.items[static_cast<size_t>(it->second)];
  }

  static std::set<std::string> words_of(const Ask& ask) { return {ask.words.begin(), ask.words.end()}; }

  // All pages of `ask` (size 100), the first page's facets and total against the oracle.
  void search_all(Driver& d, const Viewer& v, Ask ask) {
    bool relaxed = false;
    const std::vector<int> expected = expected_matches(org_, v, ask, &relaxed);
    const std::string what = "search '" + ask.q() + "'";
    ask.size = 100;
    std::set<int> got;
    for (ask.page = 1; ask.page <= 10; ++ask.page) {
      const Answer a = d.search(v, ask);
      if (!check(a.status == 200, v, what + " answered 200: " + a.body.dump())) return;
      scan(v, a.body, what, words_of(ask));
      for (const json& hit : a.body["hits"]) {
        const Item* item = item_of(hit);
        if (!check(item != nullptr, v, what + ": hit of an unknown record " + hit.dump())) continue;
        check(visible(*item, v), v, what + ": hit " + item->id + " is not visible to the caller");
        got.insert(static_cast<int>(item - org_.items.data()));
      }
      if (ask.page == 1) {
        check(a.body.value("relaxed", false) == relaxed, v, what + ": relaxed is " + a.body.value("relaxed", json()).dump());
        const uint64_t total = a.body.value("total", uint64_t{0});
        if (a.body.value("total_exact", false))
          check(total == expected.size(), v,
                what + ": total " + std::to_string(total) + ", visible matches " + std::to_string(expected.size()));
        facets(v, a.body, expected, what);
      }
      if (a.body["hits"].size() < 100) break;
    }
    check(got == std::set<int>(expected.begin(), expected.end()), v,
          what + ": pages hold " + std::to_string(got.size()) + " records, the oracle " + std::to_string(expected.size()));
  }

  // Facet counts: exact when every match was counted, never above the oracle's otherwise.
  void facets(const Viewer& v, const json& body, const std::vector<int>& matches, const std::string& what) {
    std::map<std::string, std::map<std::string, uint64_t>> counts;
    for (int i : matches) {
      const Item& item = org_.items[static_cast<size_t>(i)];
      ++counts["kind"][std::string(kind_name(item.kind))];
      ++counts["lang"][item.lang];
      if (!item.group.empty()) ++counts["group"][item.group];
      std::set<std::string> people(item.people.begin(), item.people.end());
      for (const std::string& p : people) ++counts["author"][p];
      if (!item.year.empty()) ++counts["year"][item.year];
    }
    const bool exact = matches.size() <= facet_sample_;
    for (const char* name : {"kind", "lang", "group", "author", "year"}) {
      json values = body["facets"][name];
      if (!check(values.is_array(), v, what + ": facet " + name + " present")) continue;
      // Author labels are names from profiles the caller may see: scan() checks they name no
      // hidden record; the oracle counts values.
      for (json& value : values) value.erase("label");
      if (exact) {
        std::vector<std::pair<std::string, uint64_t>> want(counts[name].begin(), counts[name].end());
        std::sort(want.begin(), want.end(), [](const auto& a, const auto& b) {
          return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (want.size() > 10) want.resize(10);
        json expected = json::array();
        for (const auto& [value, count] : want) expected.push_back({{"value", value}, {"count", count}});
        check(values == expected, v, what + ": facet " + name + " " + values.dump() + ", oracle " + expected.dump());
      } else {
        for (const json& fv : values) {
          const std::string value = fv.value("value", "");
          const auto it = counts[name].find(value);
          check(it != counts[name].end() && fv.value("count", uint64_t{0}) <= it->second, v,
                what + ": sampled facet " + name + " value " + fv.dump() + " exceeds the visible matches");
        }
      }
    }
  }

  void marker_search(Driver& d, const Viewer& v, const Item& item, bool is_visible) {
    Ask ask;
    ask.words = {item.marker};
    const std::string what = "marker of " + item.id + (is_visible ? " (visible)" : " (invisible)");
    const Answer a = d.search(v, ask);
    if (!check(a.status == 200, v, what + " answered 200")) return;
    scan(v, a.body, what, words_of(ask));
    const json& hits = a.body["hits"];
    if (is_visible) {
      check(a.body.value("total", 0) == 1 && hits.size() == 1 && hits[0].value("id", "") == item.id, v,
            what + ": found alone: " + a.body.dump().substr(0, 400));
    } else {
      check(a.body.value("total", -1) == 0, v, what + ": total " + a.body.value("total", json()).dump());
      check(hits.empty(), v, what + ": no hits");
      for (const auto& [name, values] : a.body["facets"].items())
        check(values.empty(), v, what + ": facet " + name + " is " + values.dump());
      check(!a.body.contains("suggestion") || a.body["suggestion"].is_null() ||
                a.body["suggestion"].get<std::string>().find(item.marker) == std::string::npos,
            v, what + ": suggestion " + a.body.value("suggestion", json()).dump());
      // Answered as a word no record has: "did you mean" a public word one letter away, if
      // there is one. No suggestion would tell that some record has the word.
      if (one_letter_from_public(item.marker))
        check(a.body.value("suggestion", json()).is_string(), v,
              what + ": no suggestion, unlike a word no record has: the answer tells that the word exists");
    }
  }

 public:
  // A marker that some public post or document has, one letter away from `word`.
  bool one_letter_from_public(const std::string& word) const {
    for (const Item& other : org_.items) {
      if (!other.acl.is_public || other.kind == Kind::kProfile || other.marker == word) continue;
      int diff = 0;
      for (size_t i = 0; i < word.size(); ++i) diff += word[i] != other.marker[i];
      if (diff == 1) return true;
    }
    return false;
  }

  // Control for the check above: markers no record has, one letter from a public one, get a
  // suggestion.
  void unknown_word_control(Driver& d, const Viewer& v) {
    int asked = 0;
    for (int n = static_cast<int>(org_.items.size()); asked < 10 && n < 8000; ++n) {
      const std::string word = marker(n);
      if (!one_letter_from_public(word)) continue;
      ++asked;
      Ask ask;
      ask.words = {word};
      const Answer a = d.search(v, ask);
      check(a.body.value("suggestion", json()).is_string(), v,
            "control: the unknown word " + word + " gets a suggestion: " + a.body.dump().substr(0, 300));
    }
    check(asked == 10, v, "control: ten unknown markers asked");
  }

 private:

  void documents(Driver& d, const Viewer& v, const std::vector<int>& seen, const std::vector<int>& hidden, int rounds) {
    const Answer missing = d.document(v, Kind::kPost, "no-such-post");
    for (int r = 0; r < 2 * rounds; ++r) {
      const bool want_visible = r % 2 == 0;
      const std::vector<int>& from = want_visible ? seen : hidden;
      if (from.empty()) continue;
      const Item& item = org_.items[static_cast<size_t>(pick(from))];
      const Answer a = d.document(v, item.kind, item.id);
      const std::string what = "document " + std::string(kind_name(item.kind)) + "/" + item.id;
      if (want_visible) {
        check(a.status == 200 && a.body.value("id", "") == item.id, v, what + ": visible, 200 " + a.body.dump().substr(0, 300));
        continue;
      }
      check(a.status == 404, v, what + ": invisible, 404, got " + std::to_string(a.status));
      // The same answer as for an id that does not exist, but for the id and kind it repeats.
      std::string body = a.body.dump(), none = missing.body.dump();
      const auto swap = [](std::string& s, const std::string& from_text, const std::string& to) {
        for (size_t at = s.find(from_text); at != std::string::npos; at = s.find(from_text, at + to.size()))
          s.replace(at, from_text.size(), to);
      };
      swap(none, "no-such-post", item.id);
      swap(none, "no post ", "no " + std::string(kind_name(item.kind)) + " ");
      check(body == none, v, what + ": " + body + " differs from the answer for a missing id " + none);
    }
  }

  // Experts: the people with evidence the caller may see for `words` (OR), as the model defines
  // evidence (experts.h): author or owner, mentioned, another poster in the item's thread, or a
  // matching profile field. Only people with a profile are ranked.
  std::set<int> expected_experts(const Viewer& v, const std::vector<std::string>& words, bool any_item) {
    auto matches = [&](const std::set<std::string>& have) {
      return any_item || std::any_of(words.begin(), words.end(), [&](const std::string& w) { return have.count(w) > 0; });
    };
    auto person = [&](const std::string& ref) {
      const auto it = org_.by_ref.find(lower(ref));
      return it == org_.by_ref.end() ? -1 : it->second;
    };
    std::set<int> out;
    for (const Item& item : org_.items) {
      if (!visible(item, v)) continue;
      if (item.kind == Kind::kProfile) {
        if (matches(item.profile_fields)) out.insert(item.person);
        continue;
      }
      if (!matches(item.words)) continue;
      for (const std::string& r : item.people) out.insert(person(r));
      for (const std::string& r : item.mentions) out.insert(person(r));
      if (item.kind != Kind::kPost) continue;
      for (const Item& other : org_.items)
        if (other.kind == Kind::kPost && other.thread == item.thread && visible(other, v))
          for (const std::string& r : other.people) out.insert(person(r));
    }
    out.erase(-1);
    return out;
  }

  void experts(Driver& d, const Viewer& v, const std::vector<int>& hidden, int rounds) {
    // Filters read only what the caller sees: the department of a hidden profile (each has its
    // own, with its marker) selects nobody, even asked with words of that profile.
    for (int r = 0, asked = 0; r < 20 && asked < 2 && !hidden.empty(); ++r) {
      const Item& profile = org_.items[static_cast<size_t>(pick(hidden))];
      if (profile.kind != Kind::kProfile) continue;
      ++asked;
      const std::string q = *profile.profile_fields.begin() + " " + pick(kVocabulary);
      const Answer a = d.experts(v, q, 100, profile.details.at("department"));
      check(a.status == 200 && a.body["experts"].empty() && a.body.value("total", -1) == 0, v,
            "experts '" + q + "' in the department of hidden profile " + profile.id + ": " + a.body.dump().substr(0, 300));
      scan(v, a.body, "experts by a hidden department", {});
    }
    for (int r = 0; r < rounds; ++r) {
      std::vector<std::string> words;
      if (r % 3 == 2 && !hidden.empty()) words.push_back(org_.items[static_cast<size_t>(pick(hidden))].marker);
      words.push_back(pick(kVocabulary));
      if (r % 2 == 1) words.push_back(pick(kVocabulary));
      std::string q;
      for (const std::string& w : words) q += (q.empty() ? "" : " ") + w;
      const std::string what = "experts '" + q + "'";
      const Answer a = d.experts(v, q, 100);
      if (!check(a.status == 200, v, what + " answered 200: " + a.body.dump())) continue;
      scan(v, a.body, what, {words.begin(), words.end()});
      const std::set<int> expected = expected_experts(v, words, expansion_);
      std::set<int> got;
      for (const json& e : a.body["experts"]) {
        const std::string id = e.value("id", "");
        const auto it = org_.by_ref.find(id);
        if (!check(it != org_.by_ref.end(), v, what + ": expert " + id + " is nobody the index knows")) continue;
        const int p = it->second;
        got.insert(p);
        check(expected.count(p) > 0, v, what + ": expert " + id + " has no evidence the caller may see: " + e.dump());
        expert_details(v, e, p, what);
        for (const json& ev : e["evidence"]) {
          const Item* item = item_of(ev);
          if (!check(item != nullptr, v, what + ": evidence of an unknown record " + ev.dump())) continue;
          check(visible(*item, v), v, what + ": evidence " + item->id + " of " + id + " is not visible to the caller");
          if (item->kind == Kind::kProfile)
            check(item->person == p, v, what + ": profile evidence " + item->id + " is not " + id + "'s");
        }
      }
      if (a.body.value("total", uint64_t{0}) <= 100 && !expansion_)
        check(got == expected, v,
              what + ": " + std::to_string(got.size()) + " experts, the oracle " + std::to_string(expected.size()));
    }
  }

  // An expert's details come from the profiles the caller may see, and from nothing else.
  void expert_details(const Viewer& v, const json& e, int p, const std::string& what) {
    std::vector<const Item*> profiles;
    for (int i : org_.people[static_cast<size_t>(p)].profiles)
      if (visible(org_.items[static_cast<size_t>(i)], v)) profiles.push_back(&org_.items[static_cast<size_t>(i)]);
    // The id shown is one the caller could know: an id of a visible profile of the person, or
    // a reference to them in a record the caller sees.
    std::set<std::string> known;
    const Person& person = org_.people[static_cast<size_t>(p)];
    if (!profiles.empty()) known.insert(person.ids.begin(), person.ids.begin() + 3);
    for (const Item* profile : profiles) known.insert(profile->id);
    for (const Item& item : org_.items) {
      if (!visible(item, v)) continue;
      for (const auto* refs : {&item.people, &item.mentions})
        for (const std::string& r : *refs)
          if (const auto it = org_.by_ref.find(lower(r)); it != org_.by_ref.end() && it->second == p) known.insert(lower(r));
    }
    const std::string id = e.value("id", "");
    check(known.count(id) > 0, v, what + ": expert id '" + id + "' is known only from records the caller may not see");
    bool active = true;
    for (const Item* profile : profiles) active = active && profile->active;
    check(e.value("active", true) == active, v,
          what + ": " + id + " shown as active=" + e.value("active", json()).dump() + ", the visible profiles say " +
              (active ? "true" : "false"));
    for (const char* field : {"name", "title", "department", "email", "url"}) {
      const std::string value = e.value(field, "");
      // Without a visible profile the answer names the person by their id (checked above).
      bool ok = value.empty() || (std::string(field) == "name" && value == e.value("id", ""));
      for (const Item* profile : profiles) ok = ok || profile->details.at(field) == value;
      check(ok, v, what + ": " + field + " '" + value + "' of " + e.value("id", "") + " is from no profile the caller sees");
    }
  }

  const Org& org_;
  uint32_t seed_;
  Xapian::doccount facet_sample_;
  std::mt19937 rng_;
  std::map<std::string, int> by_marker_, by_id_;
  std::set<std::string> forbidden_;
  uint64_t checks_ = 0, failures_ = 0;
  bool expansion_ = false;
};

uint32_t leak_seed() {
  if (const char* env = std::getenv("KENNIS_LEAK_SEED"); env && *env) return static_cast<uint32_t>(std::strtoul(env, nullptr, 10));
  return 20261127;
}

// Callers: anonymous, people (by one of their ids, with the groups of their profiles),
// group-only callers (tools), and a person without groups.
std::vector<Viewer> viewers(const Org& org, std::mt19937& rng, size_t people) {
  std::vector<Viewer> out;
  out.push_back({"anonymous", Caller{}, {}, {}, {}});
  std::vector<int> order(org.people.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::shuffle(order.begin(), order.end(), rng);
  for (size_t k = 0; k < people && k < order.size(); ++k) {
    const Person& person = org.people[static_cast<size_t>(order[k])];
    const std::string id = person.ids[k % 3];
    Viewer v;
    v.name = "person " + id + " in {";
    for (const std::string& g : person.groups) v.name += g + " ";
    v.name += "}";
    // Half of them as searchd resolves a person (every id of theirs), half by one id only.
    std::vector<std::string> aliases;
    if (k % 2 == 0)
      for (const std::string& other : person.ids)
        if (other != id) aliases.push_back(other);
    v.caller = Caller{id, std::vector<std::string>(person.groups.begin(), person.groups.end()), aliases};
    v.ids = {id};
    v.ids.insert(aliases.begin(), aliases.end());
    v.groups = person.groups;
    out.push_back(std::move(v));
  }
  for (int k = 0; k < 3; ++k) {
    Viewer v;
    v.name = "tool in {";
    for (int n = 0; n < 1 + k * 2; ++n) v.groups.insert(org.groups[static_cast<size_t>((k * 5 + n * 3) % org.groups.size())]);
    for (const std::string& g : v.groups) v.name += g + " ";
    v.name += "}";
    v.caller = Caller{"", std::vector<std::string>(v.groups.begin(), v.groups.end()), {}};
    out.push_back(std::move(v));
  }
  return out;
}

// Tools authenticate with tokens that see public records and fixed groups; searchd's access
// file holds the SHA-256 of each token (printf %s TOKEN | sha256sum).
struct Token {
  const char* text;
  const char* sha256;
  std::vector<int> groups;  // indexes into Org::groups
};
const Token kTokens[] = {
    {"leak-tool-0", "136dccd567cc52fb0180b8787b32fa423aa7ed0e15cee8ea67cd9e7c3e10ab90", {0}},
    {"leak-tool-1", "c7634a585c1a20c050f96b1bb003d15d8faa7d44abdb1d3e0fe7b70d686272d1", {1, 4, 7}},
    {"leak-tool-2", "418433699b19f6335916959b19a1701abbf147e8faef863f291aa1e3858dfb3f", {2, 3, 5, 8, 11}},
};

// searchd's --access file: anonymous callers see public records, 127.0.0.1 is the proxy whose
// X-Remote-User is believed, and the tokens above.
std::string access_file(const Workspace& ws, const Org& org) {
  std::string toml = "anonymous = \"public\"\n[proxy]\naddresses = [\"127.0.0.1\"]\nuser_header = \"X-Remote-User\"\n";
  for (const Token& t : kTokens) {
    toml += "\n[[tokens]]\nname = \"" + std::string(t.text) + "\"\nsha256 = \"" + t.sha256 +
            "\"\nscopes = [\"search\", \"experts\"]\ngroups = [";
    for (size_t i = 0; i < t.groups.size(); ++i)
      toml += (i ? ", \"" : "\"") + org.groups[static_cast<size_t>(t.groups[i])] + "\"";
    toml += "]\n";
  }
  return ws.write_text("access.toml", toml);
}

// Callers over HTTP: anonymous, people through the proxy header (known by every id of theirs,
// in the groups of all their profiles: the lead's interface), tools by token.
std::vector<Viewer> http_viewers(const Org& org, std::mt19937& rng, size_t people) {
  std::vector<Viewer> out;
  out.push_back({"anonymous over HTTP", std::nullopt, {}, {}, {}});
  std::vector<int> order;
  for (size_t p = 0; p < org.people.size(); ++p)
    if (!org.people[p].profiles.empty()) order.push_back(static_cast<int>(p));
  std::shuffle(order.begin(), order.end(), rng);
  for (size_t k = 0; k < people && k < order.size(); ++k) {
    const Person& person = org.people[static_cast<size_t>(order[k])];
    const std::string id = person.ids[k % person.ids.size()];
    Viewer v;
    v.name = "X-Remote-User " + id;
    for (const std::string& i : person.ids) v.ids.insert(lower(i));
    v.groups = person.groups;
    v.headers = {{"X-Remote-User", id}};
    out.push_back(std::move(v));
  }
  for (const Token& t : kTokens) {
    Viewer v;
    v.name = std::string("token ") + t.text;
    for (int g : t.groups) v.groups.insert(org.groups[static_cast<size_t>(g)]);
    v.headers = {{"Authorization", std::string("Bearer ") + t.text}};
    out.push_back(std::move(v));
  }
  return out;
}

TEST(LeakTest, NoEndpointShowsWhatTheCallerMayNotSee) {
  const auto started = std::chrono::steady_clock::now();
  const uint32_t seed = leak_seed();
  SCOPED_TRACE("KENNIS_LEAK_SEED=" + std::to_string(seed));
  Generator generator(seed);
  const Org org = generator.make(/*people=*/40, /*groups=*/12, /*posts=*/300, /*documents=*/110);
  Workspace ws;
  const std::string index = ws.path("index");
  const IndexerRun run = index_records(ws, index, org.records);
  ASSERT_EQ(run.exit_code, 0) << run.err;

  constexpr Xapian::doccount kFacetSample = 64;  // small: both exact and sampled facets occur
  std::mt19937 rng(seed);
  const std::vector<Viewer> callers = viewers(org, rng, 20);
  Checker checker(org, seed, kFacetSample);

  // In-process, every kind of caller; the strict experts oracle needs no query expansion.
  InProcess engine(index, kFacetSample, /*prf_terms=*/0);
  for (const Viewer& v : callers) checker.run_caller(engine, v, 6);
  const double in_process = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  checker.public_spelling_control(engine, callers.front());
  checker.unknown_word_control(engine, callers.front());
  // With query expansion (searchd's default), for a few callers.
  InProcess expanding(index, kFacetSample, ExpertsConfig{}.prf_terms);
  checker.set_query_expansion(true);
  for (size_t k = 0; k < 4; ++k) checker.run_caller(expanding, callers[k], 3);
  checker.set_query_expansion(false);

  // Over HTTP, through searchd's authentication.
  Searchd searchd(ws, index,
                  {"--facet-sample", std::to_string(kFacetSample), "--experts-prf-terms", "0", "--access", access_file(ws, org)});
  Http checked(searchd, /*contract=*/true), http(searchd, /*contract=*/false);
  const std::vector<Viewer> remote = http_viewers(org, rng, 14);
  checker.run_caller(checked, remote.back(), 2);  // a token's answers, validated
  for (const Viewer& v : remote) {
    // searchd's idea of the caller's groups is the oracle's: the union of their profiles' groups.
    const Response who = searchd.get("/v1/whoami", v.headers);
    std::set<std::string> groups;
    for (const json& g : who.body.value("groups", json::array())) groups.insert(g.get<std::string>());
    checker.check(who.status == 200 && groups == v.groups, v, "/v1/whoami: " + who.raw);
    checker.run_caller(http, v, 4);
  }
  checker.public_spelling_control(http, remote.front());

  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "[ leak     ] seed " << seed << ": " << org.items.size() << " records, " << callers.size()
            << " in-process callers, " << remote.size() << " over HTTP, " << checker.checks() << " checks in " << seconds
            << " s (indexing and in-process " << in_process << " s)\n";
  EXPECT_GE(checker.checks(), 5000u) << "too few checks to mean anything";
}

// The spelling dictionary only grows: a record that was public and is now shared with a group
// (or deleted) leaves its words in it. "Did you mean" must still not offer them to callers
// who may not see the record now.
TEST(LeakTest, SpellingForgetsWordsOfRecordsThatBecameHidden) {
  Workspace ws;
  const std::string index = ws.path("index");
  Records before;
  before.posts = {post("memo", "The zorblattix merger plan"), post("other", "Quarterly canteen plan")};
  ASSERT_EQ(index_records(ws, index, before).exit_code, 0);
  const IndexReader reader(index);
  const Searcher searcher(reader, SearcherConfig{});
  SearchRequest typo;
  typo.q = "zorblatix";
  ASSERT_EQ(searcher.search(typo, Caller{}).suggestion, std::optional<std::string>("zorblattix"))
      << "control: the word of a public record is suggested";

  Records after;
  after.posts = {post("memo", "The zorblattix merger plan", {{"acl", {{"groups", {"board"}}}}})};
  ASSERT_EQ(index_records(ws, index, after).exit_code, 0);
  EXPECT_EQ(searcher.search(typo, Caller{}).suggestion, std::nullopt) << "the record is the board's now";
  EXPECT_EQ(searcher.search(typo, Caller{"", {"board"}, {}}).suggestion, std::optional<std::string>("zorblattix"))
      << "the board still sees it";
}

}  // namespace
}  // namespace kennis::it
