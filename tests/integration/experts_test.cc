// GET /v1/experts over the real binaries: ranking with evidence, filters, paging, bad input,
// and access: a person whose only evidence is in a private group is not listed for a caller
// outside it (callers are anonymous, so public records only, until issue 6).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "harness.h"

namespace kennis::it {
namespace {

std::vector<std::string> expert_ids(const Response& r) {
  std::vector<std::string> ids;
  for (const json& e : r.body.value("experts", json::array())) ids.push_back(e.at("id"));
  return ids;
}

class ExpertsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Records& records = records_;
    records.profiles = {
        profile("ldap:anna", "Anna de Vries",
                {{"person_id", "anna@x.org"}, {"email", "anna@x.org"}, {"job_title", "Hydrologist"},
                 {"department", "Water"}, {"location", "Utrecht"}, {"languages", {"nl", "en"}},
                 {"skills", {"groundwater modelling"}}, {"url", "https://people.x.org/anna"},
                 {"aliases", {"uid=anna,ou=People,dc=x,dc=org"}}}),
        profile("slack:U0ANNA", "anna", {{"person_id", "anna@x.org"}, {"aliases", {"U0ANNA"}}}),
        profile("ldap:ben", "Ben Okafor",
                {{"person_id", "ben@x.org"}, {"email", "ben@x.org"}, {"department", "Water"},
                 {"location", "Gent"}, {"languages", {"en", "fr"}}}),
        profile("ldap:cor", "Cor Jansen",
                {{"person_id", "cor@x.org"}, {"email", "cor@x.org"}, {"department", "Energy"},
                 {"location", "Utrecht"}, {"languages", {"nl"}}, {"active", false}}),
        profile("ldap:mal", "Mallory Secret", {{"person_id", "mal@x.org"}, {"email", "mal@x.org"}}),
    };
    records.posts = {
        post("s1", "Groundwater modelling for the polder: we calibrated the model on ten wells.",
             {{"author", "U0ANNA"}, {"created", "2025-03-01T09:00:00Z"}, {"lang", "en"},
              {"url", "https://x.slack.com/s1"}}),
        post("s2", "How do we start groundwater modelling for a new site?",
             {{"author", "ben@x.org"}, {"created", "2023-02-01T09:00:00Z"}, {"lang", "en"}}),
        post("s3", "Start with the wells; I can help.",
             {{"author", "anna@x.org"}, {"thread", "s2"}, {"reply_to", "s2"}, {"created", "2023-02-02T09:00:00Z"},
              {"lang", "en"}}),
        post("c1", "Old notes on groundwater modelling with MODFLOW.",
             {{"author", "cor@x.org"}, {"created", "2019-05-01T09:00:00Z"}, {"lang", "en"}}),
        // Mallory's evidence is all in the private board group.
        post("m1", "Groundwater modelling and aquifer tests for the confidential takeover site.",
             {{"author", "mal@x.org"}, {"group", "board"}, {"acl", {{"groups", {"board"}}}},
              {"created", "2025-06-01T09:00:00Z"}, {"lang", "en"}}),
        post("m2", "Aquifer pumping tests: groundwater drawdown results.",
             {{"author", "mal@x.org"}, {"group", "board"}, {"acl", {{"groups", {"board"}}}},
              {"created", "2025-06-02T09:00:00Z"}, {"lang", "en"}}),
    };
    records.documents = {document("d1", "Groundwater model report", "Groundwater modelling report for Lith.",
                                  {{"authors", {"Anna de Vries"}}, {"created", "2024-06-01T00:00:00Z"}, {"lang", "en"}})};
    const IndexerRun run = index_records(ws_, index_, records);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    // Expansion off: the evidence asserted below is exactly what the words match.
    searchd_ = std::make_unique<Searchd>(ws_, index_, std::vector<std::string>{"--experts-prf-terms", "0"});
  }

  Response experts(const Params& params) const { return searchd_->get("/v1/experts?" + query_string(params)); }

  Records records_;
  Workspace ws_;
  const std::string index_ = ws_.path("index");
  std::unique_ptr<Searchd> searchd_;
};

TEST_F(ExpertsTest, RanksPeopleWithEvidence) {
  const Response r = experts({{"q", "groundwater modelling"}});
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(expert_ids(r), (std::vector<std::string>{"anna@x.org", "ben@x.org", "cor@x.org"}));
  EXPECT_EQ(r.body["total"], 3);
  const json& anna = r.body["experts"][0];
  EXPECT_EQ(anna["name"], "Anna de Vries");
  EXPECT_EQ(anna["title"], "Hydrologist");
  EXPECT_EQ(anna["department"], "Water");
  EXPECT_EQ(anna["email"], "anna@x.org");
  EXPECT_EQ(anna["url"], "https://people.x.org/anna");
  EXPECT_EQ(anna["active"], true);
  EXPECT_DOUBLE_EQ(anna["score"].get<double>(), 1.0);
  // Evidence from the Slack post (by Slack id), the reply, the document (by author name) and
  // the profile's skills.
  std::set<std::string> evidence;
  for (const json& e : anna["evidence"]) {
    evidence.insert(e["kind"].get<std::string>() + ":" + e["id"].get<std::string>() + ":" + e["role"].get<std::string>());
    if (e["role"] != "replier") {
      EXPECT_NE(e["snippet_html"].get<std::string>().find("<mark>"), std::string::npos) << e;
    }
  }
  EXPECT_EQ(evidence, (std::set<std::string>{"post:s1:author", "post:s3:replier", "document:d1:author",
                                             "profile:ldap:anna:profile"}));
  double parts = 0;
  for (const auto& [name, value] : anna["breakdown"].items()) parts += value.get<double>();
  EXPECT_NEAR(parts, 1.0, 1e-9);
  EXPECT_GT(anna["breakdown"]["profile"].get<double>(), 0);
  EXPECT_GT(anna["breakdown"]["replies"].get<double>(), 0);
  // The deactivated person is marked and last.
  EXPECT_EQ(r.body["experts"][2]["active"], false);
}

TEST_F(ExpertsTest, PrivateEvidenceDoesNotList) {
  // Only Mallory wrote about aquifers, in the board group: an outsider finds nobody.
  for (const char* q : {"aquifer", "groundwater modelling", "drawdown"}) {
    SCOPED_TRACE(q);
    const Response r = experts({{"q", q}});
    ASSERT_EQ(r.status, 200) << r.raw;
    const std::vector<std::string> ids = expert_ids(r);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "mal@x.org"), 0);
    for (const json& e : r.body["experts"])
      for (const json& ev : e["evidence"]) EXPECT_NE(ev["id"].get<std::string>()[0], 'm') << ev;
  }
  EXPECT_EQ(experts({{"q", "aquifer"}}).body["total"], 0);
  // The same records shared publicly do list Mallory, with that evidence: the test can fail.
  Records open = records_;
  for (json& p : open.posts) p["acl"] = "public";
  const std::string index = ws_.path("open-index");
  ASSERT_EQ(index_records(ws_, index, open).exit_code, 0);
  const Searchd searchd(ws_, index);
  const Response r = searchd.get("/v1/experts?q=aquifer");
  ASSERT_FALSE(expert_ids(r).empty()) << r.raw;
  EXPECT_EQ(expert_ids(r)[0], "mal@x.org");
}

TEST_F(ExpertsTest, Filters) {
  const Params q{{"q", "groundwater modelling"}};
  auto with = [&](Params extra) {
    Params p = q;
    p.insert(p.end(), extra.begin(), extra.end());
    const Response r = experts(p);
    EXPECT_EQ(r.status, 200) << r.raw;
    return expert_ids(r);
  };
  EXPECT_EQ(with({{"department", "water"}}), (std::vector<std::string>{"anna@x.org", "ben@x.org"}));
  EXPECT_EQ(with({{"location", "Utrecht"}}), (std::vector<std::string>{"anna@x.org", "cor@x.org"}));
  EXPECT_EQ(with({{"language", "fr-BE"}}), std::vector<std::string>{"ben@x.org"});
  EXPECT_EQ(with({{"active_since", "2024-01-01"}}), std::vector<std::string>{"anna@x.org"});
  EXPECT_EQ(with({{"active_since", "2020-01-01T00:00:00Z"}}), (std::vector<std::string>{"anna@x.org", "ben@x.org"}));
  EXPECT_EQ(with({{"include_inactive", "false"}}), (std::vector<std::string>{"anna@x.org", "ben@x.org"}));
  EXPECT_EQ(with({{"department", "nowhere"}}), std::vector<std::string>{});
}

TEST_F(ExpertsTest, Paging) {
  const Response first = experts({{"q", "groundwater modelling"}, {"size", "2"}});
  const Response second = experts({{"q", "groundwater modelling"}, {"size", "2"}, {"page", "2"}});
  const Response beyond = experts({{"q", "groundwater modelling"}, {"size", "2"}, {"page", "3"}});
  EXPECT_EQ(expert_ids(first), (std::vector<std::string>{"anna@x.org", "ben@x.org"}));
  EXPECT_EQ(expert_ids(second), std::vector<std::string>{"cor@x.org"});
  EXPECT_EQ(expert_ids(beyond), std::vector<std::string>{});
  for (const Response* r : {&first, &second, &beyond}) {
    EXPECT_EQ(r->body["total"], 3);
    EXPECT_EQ(r->body["size"], 2);
  }
  EXPECT_EQ(second.body["page"], 2);
}

TEST_F(ExpertsTest, BadRequestsAreExplained) {
  struct Case {
    Params params;
    const char* code;
    const char* path;
  };
  const Case cases[] = {
      {{}, "invalid_query", "q"},
      {{{"q", ""}}, "invalid_query", "q"},
      {{{"q", "-groundwater"}, {"syntax", "strict"}}, "invalid_query", "q"},
      {{{"q", "author:anna"}}, "invalid_query", "q"},  // no word to rank people by, whatever the syntax
      {{{"q", "\"unbalanced"}, {"syntax", "strict"}}, "invalid_query", "q"},
      {{{"q", "x"}, {"syntax", "lenient"}}, "invalid_parameter", "syntax"},
      {{{"q", "x"}, {"size", "0"}}, "invalid_parameter", "size"},
      {{{"q", "x"}, {"size", "101"}}, "invalid_parameter", "size"},
      {{{"q", "x"}, {"size", "ten"}}, "invalid_parameter", "size"},
      {{{"q", "x"}, {"page", "0"}}, "invalid_parameter", "page"},
      {{{"q", "x"}, {"page", "99999999"}}, "invalid_parameter", "page"},
      {{{"q", "x"}, {"active_since", "last year"}}, "invalid_parameter", "active_since"},
      {{{"q", "x"}, {"active_since", "2024-02-30"}}, "invalid_parameter", "active_since"},
      {{{"q", "x"}, {"language", "12"}}, "invalid_parameter", "language"},
      {{{"q", "x"}, {"include_inactive", "yes"}}, "invalid_parameter", "include_inactive"},
      {{{"q", "x"}, {"lang", "xx"}}, "invalid_parameter", "lang"},
      {{{"q", "x"}, {"q", "y"}}, "invalid_parameter", "q"},
      {{{"q", "x"}, {"kind", "post"}}, "unknown_parameter", "kind"},
      {{{"q", "x"}, {"model", "profiles"}}, "unknown_parameter", "model"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(query_string(c.params));
    const Response r = experts(c.params);
    EXPECT_EQ(r.status, 400) << r.raw;
    EXPECT_EQ(r.error_code(), c.code) << r.raw;
    EXPECT_EQ(r.body["error"].value("path", ""), c.path);
  }
}

// The demo organisation (demo/kennis.toml: LDIF, Slack, Viva Engage and the file share), as
// scripts/demo.sh serves it.
class DemoExpertsTest : public ::testing::Test {
 protected:
  // Per test, not per suite: a workspace is named after its test, and ctest runs each test in
  // a process of its own, in parallel.
  void SetUp() override {
    const IndexerRun run =
        run_indexer(ws_, {"--config", std::string(KENNIS_SOURCE_DIR) + "/demo/kennis.toml", "--index", ws_.path("index")});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    searchd_ = std::make_unique<Searchd>(ws_, ws_.path("index"));
  }
  Response experts(const std::string& q) const {
    Response r = searchd_->get("/v1/experts?" + query_string({{"q", q}, {"size", "100"}}));
    EXPECT_EQ(r.status, 200) << r.raw;
    return r;
  }

  Workspace ws_;
  std::unique_ptr<Searchd> searchd_;
};

TEST_F(DemoExpertsTest, TheEnergyAdviserKnowsHeatPumps) {
  const Response r = experts("warmtepompen");
  ASSERT_FALSE(expert_ids(r).empty());
  const json& top = r.body["experts"][0];
  EXPECT_EQ(top["id"], "lotte.willems@brughuis.example");
  EXPECT_EQ(top["title"], "Energieadviseur");
  // Her skills first, and what she wrote or answered.
  std::set<std::string> kinds;
  for (const json& e : top["evidence"]) kinds.insert(e["kind"]);
  EXPECT_EQ(top["evidence"][0]["field"], "skills") << top;
  EXPECT_EQ(kinds, (std::set<std::string>{"profile", "post", "document"})) << top;
}

TEST_F(DemoExpertsTest, PeopleWhoLeftAreMarkedAndLast) {
  const Response r = experts("exchange");
  const std::vector<std::string> ids = expert_ids(r);
  const auto dennis = std::find(ids.begin(), ids.end(), "dennis.kok@brughuis.example");
  ASSERT_NE(dennis, ids.end()) << "his profile lists Exchange";
  const json& e = r.body["experts"][dennis - ids.begin()];
  EXPECT_EQ(e["active"], false);
  for (auto it = dennis; it != ids.end(); ++it) EXPECT_EQ(r.body["experts"][it - ids.begin()]["active"], false) << *it;
}

TEST_F(DemoExpertsTest, PrivateGroupsGiveNoExperts) {
  // Words only in hr-vertrouwelijk and directie posts and documents.
  for (const char* q : {"adviesaanvraag", "cofinancieringsreserve", "klachtendossier"}) {
    SCOPED_TRACE(q);
    EXPECT_EQ(experts(q).body["total"], 0);
  }
}

}  // namespace
}  // namespace kennis::it
