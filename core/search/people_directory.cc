// PeopleDirectory: profiles of every source joined into persons by e-mail and alias.
#include <algorithm>
#include <limits>
#include <map>

#include "people_directory.h"
#include "kennis/schema.h"
#include "stored_record.h"

namespace kennis {
namespace {

constexpr size_t kAmbiguous = std::numeric_limits<size_t>::max();


size_t richness(const PersonProfile& p) {
  size_t n = 0;
  for (const std::string* field : {&p.name, &p.email, &p.job_title, &p.department, &p.location, &p.url})
    n += field->empty() ? 0 : 1;
  return n + (p.languages.empty() ? 0 : 1);
}

// Every id by which sources may refer to the person of this profile, folded.
std::vector<std::string> profile_keys(const StoredRecord& r) {
  std::vector<std::string> keys;
  auto add = [&](std::string_view value) {
    if (value.empty()) return;
    std::string key = fold_keyword(value);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  };
  add(r.email);
  add(r.person_id);
  add(r.id);
  for (std::string_view alias : r.aliases) add(alias);
  return keys;
}

PersonProfile read_profile(const Xapian::Document& doc, const StoredRecord& r) {
  PersonProfile p;
  p.docid = doc.get_docid();
  p.id = r.id;
  p.name = r.name;
  p.email = r.email;
  p.job_title = r.job_title.text;
  p.department = r.department;
  p.location = r.location;
  p.url = r.url;
  p.languages.assign(r.languages.begin(), r.languages.end());
  p.groups.assign(r.groups.begin(), r.groups.end());
  p.active = r.active;
  p.ids = profile_keys(r);
  const std::string acl(layout::kAclPrefix);
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    t.skip_to(acl);
    if (t == doc.termlist_end() || (*t).compare(0, acl.size(), acl) != 0) break;
    p.access.push_back(*t);
  }
  return p;
}

using Q = Xapian::Query;

// Counts the people of the records it is shown (author/owner values), with whether each
// record is a document (whose authors may be display names).
class AuthorSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    layout::ItemValues item = layout::unserialise_item(doc.get_value(layout::kItemSlot));
    for (std::string& ref : item.people) ++counts_[{std::move(ref), item.is_document}];
    for (std::string& ref : item.mentions) ++mentions_[std::move(ref)];
    ++items_;
  }
  std::string name() const override { return "kennis.AuthorSpy"; }
  const std::map<std::pair<std::string, bool>, Xapian::doccount>& counts() const { return counts_; }
  const std::map<std::string, Xapian::doccount>& mentions() const { return mentions_; }
  Xapian::doccount items() const { return items_; }

 private:
  std::map<std::pair<std::string, bool>, Xapian::doccount> counts_;
  std::map<std::string, Xapian::doccount> mentions_;
  Xapian::doccount items_ = 0;
};

}  // namespace

PersonProfile Person::details(const std::unordered_set<std::string>& visible, size_t* visible_profiles) const {
  PersonProfile out;
  size_t used = 0;
  for (const PersonProfile& p : profiles) {
    if (std::none_of(p.access.begin(), p.access.end(), [&](const std::string& t) { return visible.count(t) > 0; }))
      continue;
    ++used;
    for (auto [from, to] : {std::pair{&p.name, &out.name}, std::pair{&p.email, &out.email},
                            std::pair{&p.job_title, &out.job_title}, std::pair{&p.department, &out.department},
                            std::pair{&p.location, &out.location}, std::pair{&p.url, &out.url}, std::pair{&p.id, &out.id}})
      if (to->empty()) *to = *from;
    for (const std::string& lang : p.languages)
      if (std::find(out.languages.begin(), out.languages.end(), lang) == out.languages.end()) out.languages.push_back(lang);
  }
  out.active = active;
  if (visible_profiles) *visible_profiles = used;
  return out;
}

std::string PeopleDirectory::name_key(std::string_view name, const Analyzer& analyzer) {
  std::string key;
  for (const Token& token : analyzer.analyze(name)) {
    if (!key.empty() && key.size() + 1 + token.text.size() > 512) break;
    if (!key.empty()) key += ' ';
    key += token.text;
  }
  return key;
}

std::shared_ptr<const PeopleDirectory> PeopleDirectory::load(const Xapian::Database& db, const Analyzer& analyzer) {
  auto dir = std::make_shared<PeopleDirectory>();
  const std::string profile_term = layout::kind_term(Kind::kProfile);
  for (auto it = db.postlist_begin(profile_term); it != db.postlist_end(profile_term); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    const std::optional<StoredRecord> record = read_stored_record(doc.get_data());
    if (!record) continue;
    PersonProfile profile = read_profile(doc, *record);
    const std::vector<std::string>& keys = profile.ids;
    if (keys.empty()) continue;
    size_t index = kAmbiguous;
    for (const std::string& key : keys) {
      if (const auto found = dir->by_key_.find(key); found != dir->by_key_.end()) {
        index = found->second;
        break;
      }
    }
    if (index == kAmbiguous) {
      index = dir->people_.size();
      dir->people_.emplace_back();
    }
    Person& person = dir->people_[index];
    for (const std::string& key : keys) {
      if (dir->by_key_.emplace(key, index).second) person.keys.push_back(key);
    }
    // One person, one id: the e-mail address once any profile gives one.
    const std::string email = fold_keyword(profile.email);
    const std::string person_id = fold_keyword(record->person_id);
    if (person.id.empty() || (person.id.find('@') == std::string::npos && !email.empty()))
      person.id = !email.empty() ? email : !person_id.empty() ? person_id : fold_keyword(profile.id);
    if (!profile.active) person.active = false;
    for (const std::string& group : profile.groups)
      if (std::find(person.groups.begin(), person.groups.end(), group) == person.groups.end()) person.groups.push_back(group);
    person.profiles.push_back(std::move(profile));
  }

  // Display names, for document authors that carry a name instead of an id.
  for (size_t i = 0; i < dir->people_.size(); ++i) {
    Person& person = dir->people_[i];
    std::stable_sort(person.profiles.begin(), person.profiles.end(), [](const PersonProfile& a, const PersonProfile& b) {
      const size_t ra = richness(a), rb = richness(b);
      return ra != rb ? ra > rb : a.id < b.id;
    });
    for (const PersonProfile& p : person.profiles) {
      const std::string key = name_key(p.name, analyzer);
      if (key.empty()) continue;
      auto [it, fresh] = dir->by_name_.emplace(key, i);
      if (!fresh && it->second != i) it->second = kAmbiguous;
    }
  }

  // The person terms of each person, and their volume for the experts model's normalisation
  // (experts.h): public posts and documents that name them as author or owner. Public only,
  // so that no caller's scores depend on records they may not see.
  for (size_t i = 0; i < dir->people_.size(); ++i) {
    Person& person = dir->people_[i];
    std::vector<std::string> terms;
    for (const std::string& key : person.keys) terms.push_back(layout::person_term(key));
    for (const PersonProfile& p : person.profiles) {
      const auto named = dir->by_name_.find(name_key(p.name, analyzer));
      if (!p.name.empty() && named != dir->by_name_.end() && named->second == i)
        terms.push_back(layout::person_term(p.name));
    }
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    person.terms = std::move(terms);
  }
  AuthorSpy authors;
  Xapian::Enquire enquire(db);
  enquire.set_query(Q(Q::OP_FILTER, Q(Q::OP_OR, Q(layout::kind_term(Kind::kPost)), Q(layout::kind_term(Kind::kDocument))),
                      Q(layout::public_access_term())));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.add_matchspy(&authors);
  enquire.get_mset(0, 0, db.get_doccount());
  for (const auto& [ref, count] : authors.counts()) {
    const Person* person = dir->resolve_author(ref.first, ref.second, analyzer);
    if (person) dir->people_[static_cast<size_t>(person - dir->people_.data())].items += count;
  }
  for (const auto& [ref, count] : authors.mentions()) {
    const Person* person = dir->resolve(ref);
    if (person) dir->people_[static_cast<size_t>(person - dir->people_.data())].mentions += count;
  }
  dir->public_items_ = authors.items();
  double total = 0;
  size_t counted = 0;
  for (const Person& person : dir->people_) {
    if (person.items == 0) continue;
    total += person.items;
    ++counted;
  }
  dir->mean_items_ = counted > 0 ? total / static_cast<double>(counted) : 1.0;
  return dir;
}

const Person* PeopleDirectory::resolve(std::string_view ref) const {
  if (ref.empty()) return nullptr;
  const auto it = by_key_.find(fold_keyword(ref));
  return it == by_key_.end() ? nullptr : &people_[it->second];
}

const Person* PeopleDirectory::resolve_name(std::string_view name, const Analyzer& analyzer) const {
  const auto it = by_name_.find(name_key(name, analyzer));
  return it == by_name_.end() || it->second == kAmbiguous ? nullptr : &people_[it->second];
}

const Person* PeopleDirectory::resolve_author(std::string_view ref, bool is_document, const Analyzer& analyzer) const {
  if (const Person* p = resolve(ref)) return p;
  return is_document ? resolve_name(ref, analyzer) : nullptr;
}

}  // namespace kennis
