// searchd's limits (issue 6): query length, page size and depth, body, URI and header size,
// read timeout, per-caller rate limiting, TLS, and logs that never hold what people searched for.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "harness.h"

namespace kennis::it {
namespace {

using Clock = std::chrono::steady_clock;

// What a raw TCP exchange with searchd gave: every byte received until the server closed
// the connection, and how long that took (`closed` false if it had not closed by the deadline).
struct RawExchange {
  std::string received;
  bool closed = false;
  std::chrono::milliseconds elapsed{0};
};

// Sends `bytes` to 127.0.0.1:port as they are (no HTTP client fixing them up), then reads
// until the server closes the connection or `deadline` passes.
RawExchange raw_exchange(int port, const std::string& bytes, std::chrono::seconds deadline) {
  RawExchange out;
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    ADD_FAILURE() << "socket() failed";
    return out;
  }
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ADD_FAILURE() << "cannot connect to port " << port;
    close(fd);
    return out;
  }
  const auto start = Clock::now();
  size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may close before it has read everything
    sent += static_cast<size_t>(n);
  }
  char buffer[4096];
  while (Clock::now() - start < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) {
      out.closed = true;
      break;
    }
    out.received.append(buffer, static_cast<size_t>(n));
  }
  out.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
  close(fd);
  return out;
}

// The status, Content-Type and body of a raw HTTP/1.1 answer (status 0 if it is not one).
struct RawAnswer {
  int status = 0;
  std::string content_type, body;
};

RawAnswer parse_answer(const std::string& raw) {
  RawAnswer a;
  if (raw.rfind("HTTP/1.1 ", 0) != 0) return a;
  a.status = std::atoi(raw.c_str() + 9);
  const size_t end = raw.find("\r\n\r\n");
  const std::string head = raw.substr(0, end);
  if (const size_t ct = head.find("Content-Type: "); ct != std::string::npos)
    a.content_type = head.substr(ct + 14, head.find("\r\n", ct) - ct - 14);
  if (end != std::string::npos) a.body = raw.substr(end + 4);
  return a;
}

std::string error_code_of(const std::string& body) {
  const json j = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("error")) return {};
  return j.at("error").value("code", "");
}

// Runs a shell command; its exit status (-1 if it could not run).
int shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return status == -1 ? -1 : WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

bool have_program(const std::string& name) { return shell("command -v " + name + " >/dev/null 2>&1") == 0; }

class Limits : public ::testing::Test {
 protected:
  void SetUp() override {
    Records records;
    for (int i = 0; i < 30; ++i) records.posts.push_back(post("p" + std::to_string(i), "harbour report " + std::to_string(i)));
    records.profiles = {profile("ldap:anna", "Anna Harbour", {{"skills", json::array({"harbour"})}})};
    const IndexerRun run = index_records(ws_, index_, records);
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }

  static void expect_error(const Response& r, int status, const std::string& code, const std::string& mentions) {
    EXPECT_EQ(r.status, status) << r.raw;
    EXPECT_EQ(r.error_code(), code) << r.raw;
    if (r.body.is_object() && r.body.contains("error")) {
      EXPECT_NE(r.body["error"].value("message", "").find(mentions), std::string::npos)
          << "the message should name the limit (" << mentions << "): " << r.raw;
    }
  }

  Workspace ws_;
  const std::string index_ = ws_.path("index");
};

TEST_F(Limits, QueryLongerThanTheLimitSaysHowLong) {
  Searchd searchd(ws_, index_, {"--max-query-bytes", "100"});
  EXPECT_EQ(searchd.search({{"q", std::string(100, 'a')}}).status, 200);
  const Response r = searchd.search({{"q", std::string(101, 'a')}});
  expect_error(r, 400, "invalid_query", "the limit is 100");
  EXPECT_EQ(r.body["error"].value("path", ""), "q");
  expect_error(searchd.get("/v1/experts?q=" + std::string(101, 'a')), 400, "invalid_query", "the limit is 100");
}

TEST_F(Limits, PageSizeAndDeepPagingNameTheirLimits) {
  Searchd searchd(ws_, index_, {"--max-page-size", "20", "--max-page", "50", "--max-result-window", "100"});
  expect_error(searchd.search({{"size", "21"}}), 400, "invalid_parameter", "between 1 and 20");
  expect_error(searchd.search({{"page", "51"}}), 400, "invalid_parameter", "between 1 and 50");
  // page * size = 100 is the last hit a request may reach; 105 is beyond the window.
  const Response last = searchd.search({{"q", "harbour"}, {"page", "5"}, {"size", "20"}});
  EXPECT_EQ(last.status, 200) << last.raw;
  const Response deep = searchd.search({{"q", "harbour"}, {"page", "21"}, {"size", "5"}});
  expect_error(deep, 400, "invalid_parameter", "at most 100");
  EXPECT_EQ(deep.body["error"].value("path", ""), "page");
  expect_error(searchd.get("/v1/experts?q=harbour&page=11&size=10"), 400, "invalid_parameter", "at most 100");
}

TEST_F(Limits, BodyLargerThanTheLimitIs413) {
  Searchd searchd(ws_, index_, {"--max-body-bytes", "1000"});
  Contract contract;
  // A GET that declares a body over the limit (httplib reads no GET body; searchd refuses it).
  const std::string get = "GET /v1/search?q=harbour HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000\r\n"
                          "Connection: close\r\n\r\n" + std::string(5000, 'x');
  RawAnswer a = parse_answer(raw_exchange(searchd.port(), get, std::chrono::seconds(10)).received);
  EXPECT_EQ(a.status, 413) << a.body;
  EXPECT_EQ(error_code_of(a.body), "payload_too_large") << a.body;
  EXPECT_NE(a.body.find("1000"), std::string::npos) << a.body;
  contract.check("GET", "/v1/search?q=harbour", a.status, a.content_type, a.body);
  // A POST (no route takes one) with a large body is refused the same way.
  const std::string post = "POST /v1/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                           "Content-Length: 5000\r\nConnection: close\r\n\r\n" + std::string(5000, 'x');
  a = parse_answer(raw_exchange(searchd.port(), post, std::chrono::seconds(10)).received);
  EXPECT_EQ(a.status, 413) << a.body;
  EXPECT_EQ(error_code_of(a.body), "payload_too_large") << a.body;
  EXPECT_EQ(a.content_type.rfind("application/json", 0), 0u) << a.content_type;
  // Within the limit, a GET's body is simply not read.
  EXPECT_EQ(searchd.search({{"q", "harbour"}}).status, 200);
}

TEST_F(Limits, LongUriIs414WithAJsonError) {
  Searchd searchd(ws_, index_, {"--max-query-bytes", "100000"});
  const Response r = searchd.get("/v1/search?q=" + std::string(9000, 'a'));
  expect_error(r, 414, "uri_too_long", "8192");
  EXPECT_EQ(searchd.health().status, 200) << "searchd still serves";
}

TEST_F(Limits, HugeHeaderIsAJsonError) {
  Searchd searchd(ws_, index_);
  // Debian's libcpp-httplib 0.11.4 refuses a header line over CPPHTTPLIB_HEADER_MAX_LENGTH
  // (8192) while reading, as 400 (not 431); searchd's error handler makes it a JSON error.
  const Response r = searchd.search({{"q", "harbour"}}, {{"X-Filler", std::string(10000, 'h')}});
  expect_error(r, 400, "invalid_request", "8192");
  EXPECT_EQ(searchd.search({{"q", "harbour"}}, {{"X-Filler", std::string(4000, 'h')}}).status, 200);
  // Lines within httplib's limit but more header bytes in all than --max-header-bytes: 431.
  Headers many;
  for (int i = 0; i < 5; ++i) many.emplace_back("X-Filler-" + std::to_string(i), std::string(8000, 'h'));
  expect_error(searchd.search({{"q", "harbour"}}, many), 431, "headers_too_large", "32768");
  EXPECT_EQ(searchd.health().status, 200);
}

TEST_F(Limits, HalfARequestIsDisconnectedAfterTheReadTimeout) {
  Searchd searchd(ws_, index_, {"--timeout", "1"});
  // The request line and one header, then silence: the server must not wait forever.
  const RawExchange x = raw_exchange(searchd.port(), "GET /v1/search?q=harbour HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                                     std::chrono::seconds(20));
  EXPECT_TRUE(x.closed) << "still connected after " << x.elapsed.count() << " ms";
  EXPECT_GE(x.elapsed.count(), 900) << "closed before the timeout";
  EXPECT_EQ(x.received.find("200 OK"), std::string::npos) << x.received;
  EXPECT_EQ(searchd.health().status, 200);
}

TEST_F(Limits, RateLimitAnswers429WithRetryAfterButNotOnHealthz) {
  // One token per 100 s and a burst of 3: the fourth request in a row is refused whatever the
  // machine's speed.
  Searchd searchd(ws_, index_, {"--rate-limit", "0.01", "--rate-burst", "3"});
  for (int i = 0; i < 3; ++i) EXPECT_EQ(searchd.search({{"q", "harbour"}}).status, 200) << i;
  const Response r = searchd.search({{"q", "harbour"}});
  expect_error(r, 429, "rate_limited", "retry after");
  ASSERT_EQ(r.headers.count("retry-after"), 1u) << r.raw;
  const int retry = std::atoi(r.headers.at("retry-after").c_str());
  EXPECT_GE(retry, 1);
  EXPECT_LE(retry, 100);
  expect_error(searchd.get("/v1/experts?q=harbour"), 429, "rate_limited", "retry after");
  expect_error(searchd.document("post", "p1"), 429, "rate_limited", "retry after");
  EXPECT_EQ(searchd.health().status, 200) << "health probes are never rate limited";
}

TEST_F(Limits, RateLimitOffServesEveryRequest) {
  Searchd searchd(ws_, index_, {"--rate-limit", "0", "--rate-burst", "1"});
  for (int i = 0; i < 20; ++i) ASSERT_EQ(searchd.search({{"q", "harbour"}}).status, 200) << i;
}

// --- TLS ------------------------------------------------------------------------------------

class Tls : public Limits {
 protected:
  void SetUp() override {
    if (!have_program("openssl") || !have_program("curl"))
      GTEST_SKIP() << "needs the openssl and curl programs (scripts/bootstrap.sh installs them)";
    Limits::SetUp();
    cert_ = ws_.path("cert.pem");
    key_ = ws_.path("key.pem");
    const int made = shell("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 "
                           "-addext subjectAltName=IP:127.0.0.1 -keyout " + key_ + " -out " + cert_ + " >" +
                           ws_.path("openssl.log") + " 2>&1");
    ASSERT_EQ(made, 0) << read_file(ws_.path("openssl.log"));
  }

  // curl's HTTP status for `url` (0 when it got no HTTP answer); the body goes to `body`.
  int curl(const std::string& url, std::string& body, const std::string& options = "") const {
    const std::string out = ws_.unique_path("curl");
    const int code = shell("curl -sS --max-time 10 " + options + " -o " + out + ".body -w '%{http_code}' '" + url +
                           "' >" + out + ".status 2>" + out + ".err");
    std::ifstream body_in(out + ".body");
    body.assign(std::istreambuf_iterator<char>(body_in), {});
    std::ifstream status_in(out + ".status");
    int status = 0;
    status_in >> status;
    return code == 0 ? status : 0;
  }

  std::string cert_, key_;
};

TEST_F(Tls, CurlSearchesOverHttpsWithTheCertificate) {
  Searchd searchd(ws_, index_, {"--tls-cert", cert_, "--tls-key", key_});
  const std::string base = "https://127.0.0.1:" + std::to_string(searchd.port());
  std::string body;
  ASSERT_EQ(curl(base + "/v1/search?q=harbour&kind=post&size=5", body, "--cacert " + cert_), 200) << body;
  const json answer = json::parse(body, nullptr, false);
  ASSERT_TRUE(answer.is_object()) << body;
  EXPECT_EQ(answer.value("total", 0), 30);
  EXPECT_EQ(answer.at("hits").size(), 5u);
  Contract().check("GET", "/v1/search?q=harbour&kind=post&size=5", 200, "application/json", body);
  // Errors are JSON over TLS too.
  ASSERT_EQ(curl(base + "/v1/search?size=0", body, "--cacert " + cert_), 400) << body;
  EXPECT_EQ(error_code_of(body), "invalid_parameter");
  // Without the certificate as a trust anchor, curl refuses the self-signed server.
  EXPECT_EQ(curl(base + "/healthz", body), 0);
  EXPECT_NE(searchd.log().find("listening on https://"), std::string::npos) << searchd.log();
}

TEST_F(Tls, PlainHttpToTheTlsPortGetsNoAnswer) {
  Searchd searchd(ws_, index_, {"--tls-cert", cert_, "--tls-key", key_});
  const RawExchange x =
      raw_exchange(searchd.port(), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", std::chrono::seconds(15));
  EXPECT_TRUE(x.closed) << "the server should drop a client that does not speak TLS";
  EXPECT_EQ(x.received.find("HTTP/"), std::string::npos) << x.received;
  std::string body;
  EXPECT_EQ(curl("http://127.0.0.1:" + std::to_string(searchd.port()) + "/healthz", body), 0) << body;
}

TEST_F(Tls, MissingOrUnusableFilesStopTheStartWithExit2) {
  const std::string bad = ws_.write_text("bad.pem", "not a certificate\n");
  struct Case {
    std::vector<std::string> args;
    std::string says;
  };
  const Case kCases[] = {
      {{"--tls-cert", ws_.path("nope.pem"), "--tls-key", key_}, "nope.pem: No such file"},
      {{"--tls-cert", cert_, "--tls-key", ws_.path("nokey.pem")}, "nokey.pem: No such file"},
      {{"--tls-cert", cert_}, "give both or neither"},
      {{"--tls-key", key_}, "give both or neither"},
      {{"--tls-cert", bad, "--tls-key", key_}, "not a PEM certificate"},
      {{"--tls-cert", key_, "--tls-key", cert_}, "not a PEM certificate"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.says);
    std::vector<std::string> argv{KENNIS_SEARCHD_BIN, "--index", index_, "--port", "0"};
    argv.insert(argv.end(), c.args.begin(), c.args.end());
    const std::string base = ws_.unique_path("bad-tls");
    ChildProcess searchd(argv, base + ".out", base + ".err");
    EXPECT_EQ(searchd.wait(std::chrono::seconds(20)), 2);
    const std::string log = read_file(base + ".err");
    EXPECT_NE(log.find(c.says), std::string::npos) << log;
  }
}

// --- what the logs may hold -----------------------------------------------------------------

TEST(LogPrivacy, SearchdLogsNeitherQueriesNorIdsNorTokens) {
  Workspace ws;
  const std::string index = ws.path("index");
  Records records;
  records.posts = {post("secret-id-okapi", "the quokkabody memo about harbours")};
  ASSERT_EQ(index_records(ws, index, records).exit_code, 0);
  const IssuedToken token = issue_token(ws, {"--name", "log-test", "--scope", "search,experts"});
  const std::string access = ws.write_text("access.toml", "[proxy]\naddresses = [\"10.9.9.9\"]\n" + token.entry);
  Searchd searchd(ws, index, {"--access-log", "--access", access});
  const Headers auth{{"Authorization", "Bearer " + token.token}, {"X-Remote-User", "narwhaluser"}};
  EXPECT_EQ(searchd.search({{"q", "harbour"}}, {{"Authorization", "Bearer tok-PANGOLINSECRET"}}).status, 401);
  EXPECT_EQ(searchd.search({{"q", "harbour"}}, {{"X-Remote-User", "narwhaluser"}}).status, 200);  // not from the proxy
  EXPECT_EQ(searchd.search({{"q", "quokkabody axolotlquery"}, {"op", "or"}}, auth).status, 200);
  EXPECT_EQ(searchd.search({{"q", "\"unbalanced capybaraquery"}, {"syntax", "strict"}}, auth).status, 400);
  EXPECT_EQ(searchd.search({{"q", "harbour"}, {"size", "wombatsize"}}, auth).status, 400);
  EXPECT_EQ(searchd.get("/v1/experts?q=ibexquery", auth).status, 200);
  EXPECT_EQ(searchd.document("post", "secret-id-okapi").status, 200);
  EXPECT_EQ(searchd.document("post", "secret-id-tapir").status, 404);
  EXPECT_EQ(searchd.get("/v1/lemurpath", auth).status, 404);
  EXPECT_EQ(searchd.get("/v1/search?q=" + std::string(9000, 'z')).status, 414);
  const std::string log = searchd.log();
  for (const char* secret : {"quokkabody", "axolotlquery", "capybaraquery", "wombatsize", "ibexquery", "okapi", "tapir",
                             "PANGOLINSECRET", token.token.c_str(), "Bearer", "narwhaluser", "lemurpath", "zzzzzzzz"}) {
    EXPECT_EQ(log.find(secret), std::string::npos) << "'" << secret << "' is in searchd's log:\n" << log;
  }
  // The log still tells an operator what happened.
  EXPECT_NE(log.find("GET /v1/search 200"), std::string::npos) << log;
  EXPECT_NE(log.find("GET /v1/search 400 invalid_query"), std::string::npos) << log;
  EXPECT_NE(log.find("GET /v1/search 400 invalid_parameter"), std::string::npos) << log;
  EXPECT_NE(log.find("GET /v1/documents/{kind}/{id} 404 document_not_found"), std::string::npos) << log;
  EXPECT_NE(log.find("GET (other) 404 not_found"), std::string::npos) << log;
}

TEST(LogPrivacy, IndexerNamesFileAndLineButNotTheRecordText) {
  Workspace ws;
  const std::string posts = ws.write_text(
      "posts.jsonl",
      post("ok1", "harbour").dump() + "\n" +
          R"({"id": "bad1", "body": "the confidential marmosetbody text, "author": "x"})" + "\n" +
          post("bad2", "the serval text", {{"created", "sometime in slothdate"}}).dump() + "\n" +
          R"({"id": "bad3", "body": "an unterminated jaguarbody string)" + "\n" +
          post("bad4", "the caracal text", {{"lang", 42}}).dump() + "\n");
  const IndexerRun run = run_indexer(ws, {"--index", ws.path("index"), "--posts", posts});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  for (const char* where : {"posts.jsonl:2", "posts.jsonl:3", "posts.jsonl:4", "posts.jsonl:5"})
    EXPECT_NE(run.err.find(where), std::string::npos) << where << " is not named:\n" << run.err;
  for (const char* secret : {"confidential", "marmoset", "serval", "slothdate", "jaguar", "caracal"})
    EXPECT_EQ(run.err.find(secret), std::string::npos) << "'" << secret << "' is in kennis-index's log:\n" << run.err;
}

}  // namespace
}  // namespace kennis::it
