// Who is asking: each identity path of searchd --access (README "Access") against the real
// kennis-searchd — the intranet proxy's user header from an allowed and a disallowed address
// or with its shared secret, API tokens with and without the scope an endpoint needs, and
// anonymous callers allowed or refused — and that a person's groups follow the index.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>

#include "harness.h"

namespace kennis::it {
namespace {

// A token issued by `kennis-searchd token`: the secret and the [[tokens]] entry it printed.
struct IssuedToken {
  std::string token;
  std::string entry;
};

IssuedToken issue_token(const Workspace& ws, const std::vector<std::string>& args) {
  std::vector<std::string> argv{KENNIS_SEARCHD_BIN, "token"};
  argv.insert(argv.end(), args.begin(), args.end());
  const std::string out = ws.unique_path("token") + ".out";
  ChildProcess child(argv, out, out + ".err");
  EXPECT_EQ(child.wait(std::chrono::seconds(10)), 0) << read_file(out + ".err");
  const std::string text = read_file(out);
  IssuedToken issued;
  std::smatch m;
  if (std::regex_search(text, m, std::regex("#   (kennis_[A-Za-z0-9_-]{43})\n"))) issued.token = m[1];
  if (const size_t at = text.find("[[tokens]]"); at != std::string::npos) issued.entry = text.substr(at);
  EXPECT_FALSE(issued.token.empty()) << text;
  EXPECT_NE(text.find("sha256 = \""), std::string::npos) << text;
  EXPECT_EQ(issued.entry.find(issued.token), std::string::npos) << "the entry must hold the hash, not the token";
  return issued;
}

Headers bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }
Headers user(const std::string& id) { return {{"X-Remote-User", id}}; }

class AuthTest : public ::testing::Test {
 protected:
  void SetUp() override {
    records_.profiles = {
        profile("ldap:jan", "Jan Jansen",
                {{"person_id", "jan@example.org"}, {"email", "jan@example.org"}, {"groups", {"finance"}}}),
        profile("slack:U42", "Jan J.", {{"person_id", "jan@example.org"}, {"aliases", {"U42"}}}),
        profile("ldap:eva", "Eva Smit", {{"email", "eva@example.org"}, {"groups", {"hr"}}}),
    };
    records_.posts = {
        post("public-1", "Quarterly zebra report for everyone"),
        post("finance-1", "Quarterly zebra budget, finance only", {{"acl", {{"groups", {"finance"}}}}}),
        post("dm-1", "Zebra direct message to Jan on Slack", {{"acl", {{"persons", {"U42"}}}}}),
        post("hr-1", "Zebra salary review, hr only", {{"acl", {{"groups", {"hr"}}}}}),
    };
    reindex();
  }

  void reindex() {
    const IndexerRun run = index_records(ws_, index_, records_);
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }

  // A new access configuration file of `toml`; returns its path.
  std::string access_file(const std::string& toml) {
    const std::string file = ws_.unique_path("access") + ".toml";
    std::ofstream(file) << toml;
    return file;
  }
  // searchd with an access configuration of `toml`.
  std::unique_ptr<Searchd> start(const std::string& toml) {
    return std::make_unique<Searchd>(ws_, index_, std::vector<std::string>{"--access", access_file(toml)});
  }

  static std::set<std::string> zebra(const Searchd& s, const Headers& headers) {
    const Response r = s.search({{"q", "zebra"}}, headers);
    EXPECT_EQ(r.status, 200) << r.raw;
    const std::vector<std::string> ids = hit_ids(r);
    EXPECT_EQ(r.body.value("total", -1), static_cast<int>(ids.size())) << "total counts what the caller sees";
    return {ids.begin(), ids.end()};
  }

  Workspace ws_;
  const std::string index_ = ws_.path("index");
  Records records_;
};

const std::set<std::string> kPublic{"public-1"};
const std::set<std::string> kJan{"public-1", "finance-1", "dm-1"};

TEST_F(AuthTest, ProxyUserFromAnAllowedAddressSeesTheirGroupsAndDirectShares) {
  const auto s = start("[proxy]\naddresses = [\"10.0.0.0/8\", \"127.0.0.1\"]\n");
  EXPECT_EQ(zebra(*s, user("jan@example.org")), kJan);
  EXPECT_EQ(zebra(*s, user("U42")), kJan) << "any id of the person names them";
  EXPECT_EQ(zebra(*s, user("ldap:eva")), (std::set<std::string>{"public-1", "hr-1"}));
  EXPECT_EQ(zebra(*s, user("stranger@example.org")), kPublic) << "a user no profile names sees public records";
  EXPECT_EQ(s->document("post", "finance-1", user("jan@example.org")).status, 200);
  EXPECT_EQ(s->document("post", "finance-1", user("eva@example.org")).status, 404);

  const Response me = s->get("/v1/whoami", user("U42"));
  ASSERT_EQ(me.status, 200) << me.raw;
  EXPECT_EQ(me.body["via"], "proxy");
  EXPECT_EQ(me.body["person"], "jan@example.org");
  EXPECT_EQ(me.body["groups"], json::array({"finance"}));
}

TEST_F(AuthTest, ProxyHeaderFromADisallowedAddressIsIgnored) {
  const auto s = start("[proxy]\naddresses = [\"10.1.2.3\", \"::2\"]\n");
  EXPECT_EQ(zebra(*s, user("jan@example.org")), kPublic);
  EXPECT_EQ(s->document("post", "finance-1", user("jan@example.org")).status, 404);
  const Response me = s->get("/v1/whoami", user("jan@example.org"));
  ASSERT_EQ(me.status, 200) << me.raw;
  EXPECT_EQ(me.body["via"], "anonymous");
  const std::string log = s->log();
  EXPECT_NE(log.find("ignored the X-Remote-User header of a request from 127.0.0.1"), std::string::npos) << log;
  EXPECT_EQ(log.find("jan@example.org"), std::string::npos) << "the log must not name the user the header claimed";
}

TEST_F(AuthTest, ProxySecretHeaderIsBelievedFromAnyAddress) {
  const IssuedToken secret = issue_token(ws_, {"--name", "unused"});  // any random text will do
  std::smatch m;
  ASSERT_TRUE(std::regex_search(secret.entry, m, std::regex("sha256 = \"([0-9a-f]{64})\""))) << secret.entry;
  const std::string hash = m[1];
  const auto s = start("[proxy]\nuser_header = \"X-Forwarded-User\"\nsecret_header = \"X-Proxy-Secret\"\nsecret_sha256 = \"" +
                       hash + "\"\n");
  const Headers with_secret{{"X-Forwarded-User", "jan@example.org"}, {"X-Proxy-Secret", secret.token}};
  const Headers wrong_secret{{"X-Forwarded-User", "jan@example.org"}, {"X-Proxy-Secret", secret.token + "x"}};
  EXPECT_EQ(zebra(*s, with_secret), kJan);
  EXPECT_EQ(zebra(*s, wrong_secret), kPublic);
  EXPECT_EQ(zebra(*s, user("jan@example.org")), kPublic) << "the default header name is not configured here";
}

TEST_F(AuthTest, TokensActForTheirGroupsWithinTheirScopes) {
  const IssuedToken finance = issue_token(ws_, {"--name", "finance-bot", "--scope", "search", "--group", "finance"});
  const IssuedToken reader = issue_token(ws_, {"--name", "reader", "--scope", "search,experts"});
  const IssuedToken admin = issue_token(ws_, {"--name", "ops", "--scope", "admin"});
  const auto s = start(finance.entry + "\n" + reader.entry + "\n" + admin.entry);

  EXPECT_EQ(zebra(*s, bearer(finance.token)), (std::set<std::string>{"public-1", "finance-1"}));
  EXPECT_EQ(zebra(*s, bearer(reader.token)), kPublic) << "a token without groups sees public records";

  const Response no_scope = s->get("/v1/experts?q=zebra", bearer(finance.token));
  EXPECT_EQ(no_scope.status, 403) << no_scope.raw;
  EXPECT_EQ(no_scope.error_code(), "forbidden");
  EXPECT_NE(no_scope.body["error"]["message"].get<std::string>().find("'experts' scope"), std::string::npos);
  EXPECT_EQ(s->get("/v1/experts?q=zebra", bearer(reader.token)).status, 200);

  const Response access = s->get("/v1/admin/access?user=U42", bearer(admin.token));
  ASSERT_EQ(access.status, 200) << access.raw;
  EXPECT_EQ(access.body["person"], "jan@example.org");
  EXPECT_EQ(access.body["groups"], json::array({"finance"}));
  EXPECT_EQ(s->get("/v1/admin/access?user=U42", bearer(reader.token)).status, 403);
  EXPECT_EQ(s->get("/v1/admin/access?user=U42").status, 403) << "anonymous callers are no admins";
  EXPECT_EQ(s->search({{"q", "zebra"}}, bearer(admin.token)).status, 403) << "admin alone does not grant search";

  for (const Headers& bad : {bearer(finance.token + "x"), bearer(""), Headers{{"Authorization", "Basic amFuOmphbg=="}}}) {
    const Response r = s->search({{"q", "zebra"}}, bad);
    EXPECT_EQ(r.status, 401) << r.raw;
    EXPECT_EQ(r.error_code(), "unauthenticated");
    EXPECT_EQ(r.headers.count("www-authenticate") ? r.headers.at("www-authenticate") : "", "Bearer realm=\"kennis\"");
  }
  EXPECT_EQ(s->log().find(finance.token), std::string::npos) << "tokens never reach the log";
}

TEST_F(AuthTest, AnonymousCallersSeePublicRecordsOrAreRefused) {
  {
    const auto s = start("anonymous = \"public\"\n");
    EXPECT_EQ(zebra(*s, {}), kPublic);
    EXPECT_EQ(s->get("/v1/whoami").body["via"], "anonymous");
  }
  const auto s = start("anonymous = \"refuse\"\n[proxy]\naddresses = [\"127.0.0.1\"]\n");
  for (const char* target : {"/v1/search?q=zebra", "/v1/experts?q=zebra", "/v1/documents/post/public-1", "/v1/whoami"}) {
    const Response r = s->get(target);
    EXPECT_EQ(r.status, 401) << target << ": " << r.raw;
    EXPECT_EQ(r.error_code(), "unauthenticated") << target;
  }
  EXPECT_EQ(s->health().status, 200) << "health stays open for load balancers";
  EXPECT_EQ(zebra(*s, user("jan@example.org")), kJan);
}

TEST_F(AuthTest, GroupsFollowTheIndexWithoutARestart) {
  const auto s = start("[proxy]\naddresses = [\"127.0.0.1\"]\n");
  EXPECT_EQ(zebra(*s, user("eva@example.org")), (std::set<std::string>{"public-1", "hr-1"}));
  records_.profiles[2]["groups"] = {"finance"};  // Eva moved from hr to finance
  reindex();
  EXPECT_EQ(zebra(*s, user("eva@example.org")), (std::set<std::string>{"public-1", "finance-1"}));
}

TEST_F(AuthTest, AnInvalidAccessConfigurationStopsSearchdWithItsLine) {
  for (const auto& [toml, expected] :
       std::vector<std::pair<std::string, std::string>>{{"anonymous = \"maybe\"\n", ":1: anonymous must be"},
                                                        {"[proxy]\naddresses = [\"10.0.0.300\"]\n", "is not an IP address"},
                                                        {"[[tokens]]\nname = \"x\"\nsha256 = \"abc\"\nscopes = [\"search\"]\n",
                                                         "64 hex digits"},
                                                        {"[[tokens]]\nname = \"x\"\nsha256 = \"" + std::string(64, 'a') +
                                                             "\"\nscopes = [\"write\"]\n",
                                                         "unknown scope 'write'"},
                                                        {"colour = \"blue\"\n", "unknown key 'colour'"}}) {
    SCOPED_TRACE(toml);
    const std::string file = access_file(toml);
    const std::string out = ws_.unique_path("searchd-bad");
    ChildProcess child({KENNIS_SEARCHD_BIN, "--index", index_, "--port", "0", "--access", file}, out + ".out", out + ".err");
    EXPECT_EQ(child.wait(std::chrono::seconds(10)), 2);
    const std::string err = read_file(out + ".err");
    EXPECT_NE(err.find(file), std::string::npos) << err;
    EXPECT_NE(err.find(expected), std::string::npos) << err;
  }
}

}  // namespace
}  // namespace kennis::it
