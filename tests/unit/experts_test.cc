// The experts model (experts.h) and the identity directory (people_directory.h) on small JSON Lines
// fixtures, in-process: role weights, volume normalisation, recency, deactivated people, the
// join of Slack-style, Viva Engage-style and directory ids, and document authors by name.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kennis/error.h"
#include "kennis/experts.h"
#include "kennis/searcher.h"
#include "test_index.h"

namespace kennis {
namespace {

using nlohmann::json;
using test::TestRecord;

constexpr int64_t kNow = 1767225600;  // 2026-01-01T00:00:00Z

TestRecord post(const std::string& id, const std::string& author, const std::string& body, json extra = {}) {
  json j = {{"id", id}, {"author", author}, {"body", body}, {"lang", "en"}, {"created", "2025-06-01T00:00:00Z"},
            {"acl", "public"}};
  if (extra.is_object()) j.update(extra);
  return {Kind::kPost, j.dump()};
}

TestRecord profile(const std::string& id, const std::string& name, json extra = {}) {
  json j = {{"id", id}, {"name", name}, {"acl", "public"}};
  if (extra.is_object()) j.update(extra);
  return {Kind::kProfile, j.dump()};
}

// The model with every optional part off, so that each test turns on only what it tests.
ExpertsConfig plain_config() {
  ExpertsConfig c;
  c.sharpness = 3;
  c.volume_norm = 0;
  c.half_life_days = 0;
  c.prf_terms = 0;
  c.now = [] { return kNow; };
  return c;
}

class ExpertsTest : public ::testing::Test {
 protected:
  ExpertsResult find(const std::vector<TestRecord>& records, const std::string& q, const ExpertsConfig& config,
                     ExpertsRequest request = {}) {
    const std::string dir = test::fresh_dir("-" + std::to_string(++runs_));
    test::build_index(dir, records);
    const IndexReader reader(dir);
    SearcherConfig sc;
    sc.languages = {"en"};
    const ExpertFinder finder(reader, sc, config);
    request.q = q;
    return finder.find(request, Caller{});
  }

  static std::vector<std::string> ids(const ExpertsResult& r) {
    std::vector<std::string> out;
    for (const Expert& e : r.experts) out.push_back(e.id);
    return out;
  }

  static const Expert& expert(const ExpertsResult& r, const std::string& id) {
    for (const Expert& e : r.experts)
      if (e.id == id) return e;
    static const Expert kNone;
    ADD_FAILURE() << "no expert " << id;
    return kNone;
  }

  int runs_ = 0;
};

// Everyone in the fixtures has a profile: only people the directory knows are ranked.
std::vector<TestRecord> with_profiles(std::vector<TestRecord> records, const std::vector<std::string>& people) {
  for (const std::string& p : people) records.push_back(profile("p-" + p, "Person " + p, {{"person_id", p}}));
  return records;
}

TEST_F(ExpertsTest, RolesRankAuthorThenReplierThenMentionedThenParticipant) {
  // Only r1 matches. Its author wrote it, bea answered it, cas is mentioned in it, and dirk and
  // xander posted elsewhere in the thread.
  const auto records = with_profiles(
      {post("r0", "xander", "Office move next week, any questions?", {{"thread", "r0"}}),
       post("r1", "anna", "Geothermal drilling needs a permit from the province.",
            {{"thread", "r0"}, {"reply_to", "r0"}, {"mentions", {"cas"}}}),
       post("r2", "bea", "Agreed, I filed one last year.", {{"thread", "r0"}, {"reply_to", "r1"}}),
       post("r3", "dirk", "Is there parking?", {{"thread", "r0"}, {"reply_to", "r0"}})},
      {"anna", "bea", "cas", "dirk", "xander"});
  const ExpertsResult r = find(records, "geothermal", plain_config());
  ASSERT_EQ(ids(r), (std::vector<std::string>{"anna", "bea", "cas", "dirk", "xander"}));
  EXPECT_DOUBLE_EQ(r.experts[0].score, 1.0);
  EXPECT_DOUBLE_EQ(expert(r, "bea").score, 0.6);
  EXPECT_DOUBLE_EQ(expert(r, "cas").score, 0.4);
  EXPECT_DOUBLE_EQ(expert(r, "dirk").score, 0.15);
  EXPECT_DOUBLE_EQ(expert(r, "anna").breakdown.authored, 1.0);
  EXPECT_DOUBLE_EQ(expert(r, "bea").breakdown.replies, 0.6);
  EXPECT_DOUBLE_EQ(expert(r, "cas").breakdown.mentions, 0.4);
  EXPECT_DOUBLE_EQ(expert(r, "dirk").breakdown.participation, 0.15);
  // Each shows the record that ties them to the topic.
  ASSERT_EQ(expert(r, "bea").evidence.size(), 1u);
  EXPECT_EQ(expert(r, "bea").evidence[0].id, "r2");
  EXPECT_EQ(expert(r, "bea").evidence[0].role, "replier");
  EXPECT_EQ(expert(r, "anna").evidence[0].id, "r1");
  EXPECT_NE(expert(r, "anna").evidence[0].snippet_html.find("<mark>Geothermal</mark>"), std::string::npos);
  EXPECT_EQ(expert(r, "cas").evidence[0].role, "mentioned");
  EXPECT_EQ(expert(r, "dirk").evidence[0].id, "r3");

  // The weights are the configuration's.
  ExpertsConfig c = plain_config();
  c.w_mention = 0.9;
  EXPECT_EQ(ids(find(records, "geothermal", c))[1], "cas");
}

// Being credited on hundreds of pages says less than being named on one: mentions are damped
// by how many public items mention the person.
TEST_F(ExpertsTest, MentionsOfSomeoneMentionedEverywhereCountLess) {
  std::vector<TestRecord> records;
  records.push_back(post("c1", "ann", "Culvert repair plan for the dike", {{"mentions", {"tom", "lisa"}}}));
  for (int i = 0; i < 200; ++i)
    records.push_back(post("t" + std::to_string(i), "ann", "Translation notes " + std::to_string(i), {{"mentions", {"lisa"}}}));
  for (int i = 0; i < 400; ++i) records.push_back(post("s" + std::to_string(i), "ann", "Site visit " + std::to_string(i)));
  records = with_profiles(records, {"ann", "tom", "lisa"});
  ExpertsConfig off = plain_config();
  off.mention_idf = 0;
  const ExpertsResult flat = find(records, "culvert", off);
  EXPECT_DOUBLE_EQ(expert(flat, "tom").breakdown.mentions, expert(flat, "lisa").breakdown.mentions)
      << "without damping one mention is one mention";
  const ExpertsResult damped = find(records, "culvert", plain_config());
  EXPECT_GT(expert(damped, "tom").breakdown.mentions, 2 * expert(damped, "lisa").breakdown.mentions);
  EXPECT_DOUBLE_EQ(expert(damped, "tom").breakdown.mentions, expert(flat, "tom").breakdown.mentions)
      << "someone mentioned once keeps the full mention weight";
}

TEST(ExpertTopic, QuestionFramesAreNotTheTopic) {
  const std::pair<const char*, const char*> cases[] = {
      {"wie weet iets van subsidies?", "subsidies"},
      {"Wie weet er meer over warmtepompen", "warmtepompen"},
      {"who knows about Kubernetes?", "Kubernetes"},
      {"Wer weiß etwas über Projektleitung?", "Projektleitung"},
      {"Qui connaît le RGPD ?", "le RGPD"},
      {"QUI CONNAÎT le RGPD", "le RGPD"},          // case and accents as the analysis chain folds them
      {"WER WEISS ETWAS ÜBER Zugriffsrechte", "Zugriffsrechte"},
      {"subsidies", "subsidies"},
      {"wie weet", "wie weet"},                    // only a frame: nothing else to ask about
      {"wiewel subsidies", "wiewel subsidies"},    // a frame ends at a word boundary
      {"title:subsidie OR \"who knows\"", "title:subsidie OR \"who knows\""},
  };
  const Analyzer analyzer;
  for (const auto& [q, topic] : cases) EXPECT_EQ(expert_topic(q, analyzer), topic) << q;
}

// The frame of a question must not make whoever once wrote it the expert.
TEST_F(ExpertsTest, AQuestionFindsTheExpertsOfItsTopic) {
  std::vector<TestRecord> records = with_profiles(
      {post("f1", "femke", "Soon you can ask: who knows about anything? The search box will answer."),
       post("m1", "margot", "Subsidies for the Interreg project: deadline and budget."),
       post("m2", "margot", "New subsidies call for climate adaptation.")},
      {"femke", "margot"});
  const ExpertsResult r = find(records, "who knows about subsidies?", plain_config());
  ASSERT_FALSE(r.experts.empty());
  EXPECT_EQ(r.experts.front().id, "margot");
  EXPECT_EQ(ids(r), ids(find(records, "subsidies", plain_config())));
}

TEST_F(ExpertsTest, VolumeNormalisationStopsAProlificPosterWinningByVolume) {
  std::vector<TestRecord> records;
  // pim posts about everything, hydrogen now and then in passing; eva posts little, on hydrogen.
  for (int i = 0; i < 10; ++i)
    records.push_back(post("pim-h" + std::to_string(i), "pim",
                           "Weekly notes " + std::to_string(i) +
                               ": canteen menu, parking, printer toner, the hydrogen pilot, fire drill, badges."));
  for (int i = 0; i < 300; ++i)
    records.push_back(post("pim-x" + std::to_string(i), "pim", "Weekly notes " + std::to_string(i) + ": canteen menu."));
  records.push_back(post("eva-1", "eva", "Hydrogen electrolyser sizing for the hydrogen pilot."));
  records.push_back(post("eva-2", "eva", "Hydrogen storage: pressure vessels and hydrogen safety."));
  records.push_back(post("eva-3", "eva", "Minutes of the team day."));
  // Colleagues who post an ordinary amount, so that the mean volume is not pim's alone.
  const std::vector<std::string> others = {"o1", "o2", "o3", "o4", "o5"};
  for (const std::string& o : others)
    for (int i = 0; i < 10; ++i) records.push_back(post(o + "-" + std::to_string(i), o, "Site visit report."));
  records = with_profiles(records, {"pim", "eva", "o1", "o2", "o3", "o4", "o5"});

  EXPECT_EQ(ids(find(records, "hydrogen", plain_config())), (std::vector<std::string>{"pim", "eva"}))
      << "without normalisation volume wins: the fixture must show the difference";
  ExpertsConfig c = plain_config();
  c.volume_norm = 1.0;
  const ExpertsResult r = find(records, "hydrogen", c);
  EXPECT_EQ(ids(r), (std::vector<std::string>{"eva", "pim"}));
}

TEST_F(ExpertsTest, PrivateVolumeDoesNotChangeScores) {
  // aa writes a lot, all of it in a private group; an anonymous caller's ranking must not show it.
  std::vector<TestRecord> records = {post("a1", "aa", "Quay wall inspection."), post("z1", "zz", "Quay wall inspection."),
                                     post("o1", "oo", "Lunch."), post("o2", "oo", "Lunch again.")};
  for (int i = 0; i < 50; ++i)
    records.push_back(post("hr" + std::to_string(i), "aa", "Confidential note.", {{"acl", {{"groups", {"hr"}}}}}));
  records = with_profiles(records, {"aa", "zz", "oo"});
  ExpertsConfig c = plain_config();
  c.volume_norm = 1;
  const ExpertsResult r = find(records, "quay wall", c);
  ASSERT_EQ(ids(r), (std::vector<std::string>{"aa", "zz"}));
  EXPECT_DOUBLE_EQ(r.experts[1].score, 1.0);
}

TEST_F(ExpertsTest, RecentEvidenceWeighsMore) {
  const auto records = with_profiles(
      {post("old", "anna", "Tunnel ventilation calculations.", {{"created", "2012-01-01T00:00:00Z"}}),
       post("new", "zoe", "Tunnel ventilation calculations.", {{"created", "2025-10-01T00:00:00Z"}})},
      {"anna", "zoe"});
  EXPECT_EQ(ids(find(records, "tunnel ventilation", plain_config())), (std::vector<std::string>{"anna", "zoe"}))
      << "equal evidence without recency: ties go by id";
  ExpertsConfig c = plain_config();
  c.half_life_days = 365;
  const ExpertsResult r = find(records, "tunnel ventilation", c);
  ASSERT_EQ(ids(r), (std::vector<std::string>{"zoe", "anna"}));
  // 14 years at a one-year half-life leaves about the floor.
  EXPECT_NEAR(r.experts[1].score, c.recency_floor / (c.recency_floor + (1 - c.recency_floor) * std::exp2(-92.0 / 365)),
              1e-3);
}

TEST_F(ExpertsTest, DeactivatedPeopleRankBelowActiveOnes) {
  const std::vector<TestRecord> records = {
      post("a1", "gone@x.org", "Bridge inspection drones and bridge inspection reports."),
      post("a2", "gone@x.org", "Bridge inspection schedule."),
      post("b1", "here@x.org", "A bridge inspection happened."),
      profile("ldap:gone", "Gone Person", {{"person_id", "gone@x.org"}, {"email", "gone@x.org"}, {"active", false}}),
      profile("ldap:here", "Here Person", {{"person_id", "here@x.org"}, {"email", "here@x.org"}})};
  const ExpertsResult r = find(records, "bridge inspection", plain_config());
  ASSERT_EQ(ids(r), (std::vector<std::string>{"here@x.org", "gone@x.org"}));
  EXPECT_FALSE(r.experts[1].active);
  EXPECT_GT(r.experts[1].score, r.experts[0].score) << "ranked lower by status, not by score";
  ExpertsRequest only_active;
  only_active.include_inactive = false;
  EXPECT_EQ(ids(find(records, "bridge inspection", plain_config(), only_active)),
            std::vector<std::string>{"here@x.org"});
}

TEST_F(ExpertsTest, SourcesJoinByEmailAndAliases) {
  // One person in three sources: the directory (DN alias), Slack (U…) and Viva Engage (numeric).
  const std::vector<TestRecord> records = {
      profile("ldap:jan", "Jan de Vries",
              {{"person_id", "jan@x.org"}, {"email", "Jan@X.org"}, {"job_title", "Hydrologist"},
               {"aliases", {"uid=jan,ou=People,dc=x,dc=org"}}}),
      profile("slack:U0JAN", "jan", {{"person_id", "jan@x.org"}, {"aliases", {"U0JAN"}}}),
      profile("engage:1234", "Jan de Vries", {{"email", "jan@x.org"}, {"aliases", {"1234"}}}),
      post("s1", "U0JAN", "Culvert capacity check for the polder."),
      post("e1", "1234", "Culvert replacement, the old culvert is too small."),
      post("m1", "kees", "Ask @Jan about the culvert", {{"mentions", {"JAN@x.org"}}}),
      profile("p-kees", "Kees", {{"person_id", "kees"}}),
  };
  const ExpertsResult r = find(records, "culvert", plain_config());
  ASSERT_EQ(ids(r), (std::vector<std::string>{"jan@x.org", "kees"}));
  const Expert& jan = r.experts[0];
  EXPECT_EQ(jan.name, "Jan de Vries");
  EXPECT_EQ(jan.title, "Hydrologist");
  EXPECT_EQ(jan.email, "Jan@X.org");
  std::map<std::string, std::string> roles;
  for (const ExpertEvidence& e : jan.evidence) roles[e.id] = e.role;
  EXPECT_EQ(roles, (std::map<std::string, std::string>{{"s1", "author"}, {"e1", "author"}, {"m1", "mentioned"}}));
}

TEST_F(ExpertsTest, ProfilesTheCallerMayNotSeeShowNothing) {
  // The person is known (the profile joins the ids), but a caller outside hr sees none of it.
  const std::vector<TestRecord> records = {
      profile("ldap:vic", "Victor Secret",
              {{"person_id", "vic@x.org"}, {"job_title", "Tunnel engineer"}, {"skills", {"tunnel boring"}},
               {"aliases", {"U0VIC"}}, {"acl", {{"groups", {"hr"}}}}}),
      post("t1", "U0VIC", "Tunnel boring machine maintenance.")};
  const ExpertsResult r = find(records, "tunnel boring", plain_config());
  // Not "vic@x.org": only the hidden profile says so. The caller knows Vic as the post names him.
  ASSERT_EQ(ids(r), std::vector<std::string>{"u0vic"});
  EXPECT_EQ(r.experts[0].name, "");
  EXPECT_EQ(r.experts[0].title, "");
  EXPECT_DOUBLE_EQ(r.experts[0].breakdown.profile, 0.0);
  ASSERT_EQ(r.experts[0].evidence.size(), 1u);
  EXPECT_EQ(r.experts[0].evidence[0].id, "t1");
}

TEST_F(ExpertsTest, DocumentAuthorsResolveByUnambiguousName) {
  auto doc = [](const std::string& id, const std::string& author) {
    json j = {{"id", id}, {"title", "Sluice gate maintenance"}, {"body", "Sluice gate maintenance plan."},
              {"authors", {author}}, {"created", "2025-01-01T00:00:00Z"}, {"acl", "public"}};
    return TestRecord{Kind::kDocument, j.dump()};
  };
  const std::vector<TestRecord> records = {
      doc("d1", "JAN  de vries"), doc("d2", "Piet Bakker"),
      profile("ldap:jan", "Jan de Vries", {{"person_id", "jan@x.org"}}),
      profile("ldap:piet1", "Piet Bakker", {{"person_id", "piet1@x.org"}}),
      profile("ldap:piet2", "Piet Bakker", {{"person_id", "piet2@x.org"}})};
  const ExpertsResult r = find(records, "sluice", plain_config());
  EXPECT_EQ(ids(r), std::vector<std::string>{"jan@x.org"}) << "two people are called Piet Bakker: nobody gets d2";
}

TEST_F(ExpertsTest, ProfileFieldsAreDirectEvidence) {
  const std::vector<TestRecord> records = {
      profile("p-ask", "Asker", {{"person_id", "ask"}, {"ask_me_about", {"pile foundations"}}}),
      profile("p-about", "Abouter", {{"person_id", "about"}, {"about", "I once read about pile foundations."}}),
      profile("p-none", "Nobody", {{"person_id", "none"}, {"skills", {"painting"}}})};
  const ExpertsResult r = find(records, "pile foundations", plain_config());
  ASSERT_EQ(ids(r), (std::vector<std::string>{"ask", "about"}));
  EXPECT_DOUBLE_EQ(r.experts[1].score, 0.3);
  ASSERT_EQ(r.experts[0].evidence.size(), 1u);
  const ExpertEvidence& e = r.experts[0].evidence[0];
  EXPECT_EQ(e.kind, Kind::kProfile);
  EXPECT_EQ(e.field, "ask_me_about");
  EXPECT_EQ(e.id, "p-ask");
  EXPECT_EQ(e.snippet_html, "<mark>pile</mark> <mark>foundations</mark>");
}

TEST_F(ExpertsTest, QueryExpansionFindsEvidenceWithoutTheQueryWords) {
  // Nothing by lena says "levee"; her posts share the words of the posts that do.
  const auto records = with_profiles(
      {post("k1", "kim", "Levee breach modelling: seepage, piping and dike stability."),
       post("k2", "kim", "Levee reinforcement: seepage screens against piping under the dike."),
       post("l1", "lena", "Piping and seepage under the dike at Lith: stability berm needed."),
       post("o1", "otto", "Parking garage lighting replaced.")},
      {"kim", "lena", "otto"});
  EXPECT_EQ(ids(find(records, "levee", plain_config())), std::vector<std::string>{"kim"});
  ExpertsConfig c = plain_config();
  c.prf_terms = 10;
  c.prf_docs = 2;
  EXPECT_EQ(ids(find(records, "levee", c)), (std::vector<std::string>{"kim", "lena"}));
}

TEST_F(ExpertsTest, PagingAndBadRequests) {
  const auto records = with_profiles({post("a", "a", "Asphalt mix."), post("b", "b", "Asphalt mix design."),
                                      post("c", "c", "Asphalt.")},
                                     {"a", "b", "c"});
  ExpertsRequest page2;
  page2.size = 2;
  page2.page = 2;
  const ExpertsResult r = find(records, "asphalt mix", plain_config(), page2);
  EXPECT_EQ(r.total, 3u);
  EXPECT_EQ(r.experts.size(), 1u);
  ExpertsRequest strict;
  strict.syntax = QuerySyntax::kStrict;
  for (const std::string q : {"", "   ", "-asphalt", "author:a"}) {
    SCOPED_TRACE(q);
    try {
      find(records, q, plain_config(), strict);
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kInvalidQuery);
    }
  }
  ExpertsRequest big;
  big.size = 101;
  EXPECT_THROW(find(records, "asphalt", plain_config(), big), Error);
  ExpertsConfig bad = plain_config();
  bad.recency_floor = 2;
  EXPECT_THROW(bad.validate(), Error);
}

}  // namespace
}  // namespace kennis
