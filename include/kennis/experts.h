/// @file experts.h
/// "Who knows X": people ranked by expertise on a topic, each with the evidence for it.
///
/// The model ranks items first, then lets them vote for people (document-centric, as in
/// Balog et al.'s Model 2 and Macdonald & Ounis's expCombSUM voting model):
///
///   1. Items. The query (query.h syntax, words OR-ed) is run over the posts and documents the
///      caller may see; the best K = top_items are the votes. Optionally (prf_terms > 0) the
///      prf_docs best items give prf_terms expansion terms (Xapian ESet), added to the query
///      with weight prf_weight, and the K items are taken from that expanded query.
///   2. Item strength, for an item d with matcher weight w(d) and the best weight w_max:
///        s(d)   = exp(sharpness · (w(d) / w_max − 1))                   (1 for the best item)
///        rec(d) = recency_floor + (1 − recency_floor) · 2^(−age(d) / half_life_days)
///      where age(d) is the time in days from d's `created` to now (rec = 1 without a date).
///   3. Association of person p with item d, by the strongest role p has (one role per item):
///        author/owner a = w_author; replier (a post of p in d's thread answers d, or d starts
///        the thread p replied in) a = w_replier; mentioned in d (`mentions`, or an e-mail
///        address in its text) a = w_mention; other thread participant a = w_participant.
///      Item values (people, mentions, thread, reply_to, created) are read by a MatchSpy during
///      the match, never from stored records; threads are gathered, the same way, from the
///      posts the caller sees.
///   4. Item evidence: c(p,d) = a(p,d) · s(d) · rec(d); only p's best items_per_person count.
///      A mention is damped by how many public items mention p (N public items, m(p) of them
///      mentioning p): a(p,d) = w_mention · ((1 − mention_idf) + mention_idf · ln(N/m(p))/ln N).
///      Volume normalisation, so that prolific posters do not win every topic by volume:
///        norm(p) = 1 / (1 + volume_norm · ln(1 + n(p) / n_mean))
///      with n(p) the public items naming p as author/owner and n_mean its mean over people with
///      any (public, so that no caller's scores depend on records they may not see).
///   5. Profile evidence: the profile_matches best matching profiles the caller may see; for a
///      field f of p's profiles, cov_f(p) = min(1, distinct query words marked in f / query
///      words). P(p) = profile_weight · Σ_f w_f · cov_f(p), f ∈ {skills, ask_me_about,
///      title (job title), about}.
///   6. score(p) = P(p) + norm(p) · Σ_{d ∈ best items of p} c(p,d)
///      Deactivated people rank below every active one; scores are reported divided by the
///      best score, so the best person has 1, and `breakdown` splits the score by source.
///
/// Identity (core/search/people_directory.h): authors, owners and mentions of every source resolve to one person;
/// only people the directory knows are ranked.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kennis/document.h"
#include "kennis/index_reader.h"
#include "kennis/searcher.h"

namespace kennis {

/// Every constant of the model (see the formula above); searchd sets them from its flags.
struct ExpertsConfig {
  Xapian::doccount top_items = 1000;        ///< K: best items that vote
  Xapian::doccount thread_posts = 20000;    ///< most posts read (values only) to find repliers
  Xapian::doccount profile_matches = 200;   ///< best matching profiles looked at
  double sharpness = 5.0;                   ///< s(d): how much more the best items count
  double w_author = 1.0;
  double w_replier = 0.6;
  double w_mention = 0.4;
  double w_participant = 0.15;
  size_t items_per_person = 10;             ///< best items of a person that count
  double volume_norm = 0.5;                 ///< 0 turns the volume normalisation off
  double mention_idf = 1.0;                 ///< 0..1: how much a mention's specificity counts
  double half_life_days = 730;              ///< 0 turns recency off
  double recency_floor = 0.25;              ///< weight of evidence infinitely old
  double profile_weight = 1.0;
  double w_skills = 1.0;
  double w_ask_me_about = 1.0;
  double w_title = 0.5;
  double w_about = 0.3;
  Xapian::doccount prf_docs = 3;            ///< best items that feed query expansion
  Xapian::termcount prf_terms = 10;         ///< expansion terms; 0 turns expansion off
  double prf_weight = 0.6;                  ///< weight of the expansion terms relative to the query's
  size_t evidence_items = 5;                ///< evidence shown per person
  size_t snippet_bytes = 200;
  /// Seconds since the epoch; injectable for tests. Empty: the system clock.
  std::function<int64_t()> now;

  /// Throws Error(kInvalidConfig) naming the first constant out of range.
  void validate() const;
};

/// A request of GET /v1/experts.
struct ExpertsRequest {
  std::string q;
  uint32_t page = 1;                    ///< 1-based
  uint32_t size = 10;
  std::string department;               ///< filters: empty means any; compared case- and accent-blind
  std::string location;
  std::string language;                 ///< a language the person speaks (profile `languages`)
  std::optional<int64_t> active_since;  ///< has authored a visible item created at or after
  bool include_inactive = true;         ///< false drops deactivated people
  std::vector<std::string> langs;       ///< query language hints; empty: the index's languages
  QuerySyntax syntax = QuerySyntax::kForgiving;  ///< as SearchRequest::syntax
};

struct ExpertEvidence {
  Kind kind = Kind::kPost;
  std::string id;
  std::string role;                     ///< author, replier, mentioned, participant, profile
  std::string title;
  std::string snippet_html;             ///< HTML-escaped, matches in <mark>
  std::optional<int64_t> created;
  std::string url;
  std::string field;                    ///< profile evidence: skills, ask_me_about, title, about
  double score = 0;                     ///< share of the person's score, same scale as Expert::score
};

/// Where a person's score came from; the parts add up to the score.
struct ExpertBreakdown {
  double profile = 0, authored = 0, replies = 0, mentions = 0, participation = 0;
};

struct Expert {
  std::string id;
  std::string name, title, department, email, url;
  bool active = true;
  double score = 0;                     ///< 1 for the best person of the answer
  ExpertBreakdown breakdown;
  std::vector<ExpertEvidence> evidence; ///< best first
};

struct ExpertsResult {
  std::string query;
  uint64_t total = 0;                   ///< people with evidence, after the filters
  uint32_t page = 1;
  uint32_t size = 10;
  std::vector<Expert> experts;
  std::vector<QueryWarning> warnings;   ///< what the forgiving parser read differently
  double took_ms = 0;
};

/// The topic of an expert question: a leading question frame in nl, en, de or fr ("wie weet
/// iets van", "who knows about", "wer weiß etwas über", "qui connaît") and a final question mark
/// removed. Frames are compared word by word as the analysis chain reads them (case and accents
/// folded). A query that is only a frame is returned as it is.
std::string expert_topic(const std::string& q, const Analyzer& analyzer);

/// Ranks people on the index a reader serves, with the search's query limits, languages and
/// access rules (`search`). The identity directory comes from the reader, once per revision.
/// Thread-safe. Throws Error: kInvalidQuery (no words to rank by), kInvalidParameter (page,
/// size), and what IndexReader::read throws.
class ExpertFinder {
 public:
  ExpertFinder(const IndexReader& reader, SearcherConfig search, ExpertsConfig config);
  ~ExpertFinder();

  ExpertsResult find(const ExpertsRequest& request, const Caller& caller) const;
  const ExpertsConfig& config() const { return config_; }

 private:
  const IndexReader& reader_;
  SearcherConfig search_;
  ExpertsConfig config_;
};

}  // namespace kennis
