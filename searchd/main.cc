// kennis-searchd: serves search over HTTP/JSON from a kennis index.
#include <CLI/CLI.hpp>
#include <httplib.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <fstream>
#include <iostream>
#include <thread>

#include "kennis/analysis.h"
#include "kennis/error.h"
#include "kennis/experts.h"
#include "kennis/index_reader.h"
#include "kennis/log.h"
#include "kennis/searcher.h"
#include "auth.h"
#include "routes.h"

namespace {

constexpr const char* kProgram = "kennis-searchd";

struct SearchdConfig {
  std::string index;
  std::string access;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string port_file;
  unsigned threads = 8;
  std::vector<std::string> languages{"en", "nl", "fr", "de"};
  uint32_t max_page_size = 100;
  uint32_t max_page = 1000;
  size_t max_query_bytes = 1024;
  uint32_t facet_sample = 500;
  int timeout_seconds = 10;
  // Limits (issue 6; README "Limits and TLS").
  uint32_t max_result_window = 10000;
  size_t max_body_bytes = 64 * 1024;
  size_t max_header_bytes = 32 * 1024;
  double query_time_limit = 1.0;
  double rate_limit = 20;
  double rate_burst = 40;
  std::string tls_cert;
  std::string tls_key;
  double language_bonus = 0.5;
  double proximity_weight = 0.5;
  bool access_log = false;
  kennis::ExpertsConfig experts;
};

// The experts model's constants (experts.h), one flag each.
void add_experts_options(CLI::App& app, kennis::ExpertsConfig& e) {
  auto* g = app.add_option_group("experts", "GET /v1/experts: the expert-finding model (README \"Who knows X\")");
  g->add_option("--experts-top-items", e.top_items, "K: best items that vote for people")->capture_default_str();
  g->add_option("--experts-thread-posts", e.thread_posts, "Most posts of the voting threads read for replies")
      ->capture_default_str();
  g->add_option("--experts-profile-matches", e.profile_matches, "Best matching profiles looked at")->capture_default_str();
  g->add_option("--experts-sharpness", e.sharpness, "s(d) = exp(sharpness * (w/w_max - 1))")->capture_default_str();
  g->add_option("--experts-w-author", e.w_author, "Association of an item's author or owner")->capture_default_str();
  g->add_option("--experts-w-replier", e.w_replier, "Association of a replier in the item's thread")->capture_default_str();
  g->add_option("--experts-w-mention", e.w_mention, "Association of a person the item mentions")->capture_default_str();
  g->add_option("--experts-w-participant", e.w_participant, "Association of another thread participant")
      ->capture_default_str();
  g->add_option("--experts-items-per-person", e.items_per_person, "Best items of a person that count")
      ->capture_default_str();
  g->add_option("--experts-mention-idf", e.mention_idf,
                "0..1: damp mentions of people mentioned by many items (translator credits); 0: off")
      ->capture_default_str();
  g->add_option("--experts-volume-norm", e.volume_norm, "norm(p) = 1 / (1 + volume_norm * ln(1 + n(p)/n_mean)); 0: off")
      ->capture_default_str();
  g->add_option("--experts-half-life-days", e.half_life_days, "Half-life of evidence, days; 0: no recency")
      ->capture_default_str();
  g->add_option("--experts-recency-floor", e.recency_floor, "Weight of evidence infinitely old (0..1)")
      ->capture_default_str();
  g->add_option("--experts-profile-weight", e.profile_weight, "Weight of profile evidence")->capture_default_str();
  g->add_option("--experts-w-skills", e.w_skills, "Profile field weight: skills")->capture_default_str();
  g->add_option("--experts-w-ask-me-about", e.w_ask_me_about, "Profile field weight: ask me about")->capture_default_str();
  g->add_option("--experts-w-title", e.w_title, "Profile field weight: job title")->capture_default_str();
  g->add_option("--experts-w-about", e.w_about, "Profile field weight: about")->capture_default_str();
  g->add_option("--experts-prf-docs", e.prf_docs, "Best items that feed query expansion")->capture_default_str();
  g->add_option("--experts-prf-terms", e.prf_terms, "Query expansion terms; 0: no expansion")->capture_default_str();
  g->add_option("--experts-prf-weight", e.prf_weight, "Weight of expansion terms")->capture_default_str();
  g->add_option("--experts-evidence", e.evidence_items, "Evidence items shown per person")->capture_default_str();
}

// The limits and TLS flags (README "Limits and TLS").
void add_limit_options(CLI::App& app, SearchdConfig& c) {
  auto* g = app.add_option_group("limits", "Request limits, rate limiting and TLS (README \"Limits and TLS\")");
  g->add_option("--max-result-window", c.max_result_window,
                "Deepest hit a request may reach: page * size at most this (deep paging)")
      ->capture_default_str()->check(CLI::Range(1u, 100000000u));
  g->add_option("--max-body-bytes", c.max_body_bytes, "Largest request body (413 payload_too_large beyond)")
      ->capture_default_str();
  g->add_option("--max-header-bytes", c.max_header_bytes,
                "Most header bytes a request may send (431 headers_too_large beyond; one line is at most 8192)")
      ->capture_default_str();
  g->add_option("--query-time-limit", c.query_time_limit,
                "Seconds the matcher may spend counting beyond the page (total and facets then estimated); 0: none")
      ->capture_default_str()->check(CLI::Range(0.0, 3600.0));
  g->add_option("--rate-limit", c.rate_limit, "Requests per second per caller (429 rate_limited beyond); 0: off")
      ->capture_default_str()->check(CLI::Range(0.0, 1e6));
  g->add_option("--rate-burst", c.rate_burst, "Requests a caller may make at once before --rate-limit applies")
      ->capture_default_str()->check(CLI::Range(1.0, 1e6));
  g->add_option("--tls-cert", c.tls_cert, "PEM certificate (chain): serve HTTPS only (needs --tls-key)");
  g->add_option("--tls-key", c.tls_key, "PEM private key of --tls-cert");
}

// A clear start-up error for a TLS file that cannot be read; "" when it can.
std::string unreadable(const char* option, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::string(option) + " " + path + ": " + std::strerror(errno);
  if (in.peek() == std::ifstream::traits_type::eof()) return std::string(option) + " " + path + ": empty file";
  return {};
}

// Stops the server on SIGINT/SIGTERM. Signals are blocked in every thread and taken here
// with sigwait(), so stopping happens outside a signal handler.
void stop_on_signal(httplib::Server& server, const sigset_t& signals) {
  std::thread([&server, signals] {
    int signal = 0;
    sigwait(&signals, &signal);
    kennis::log_line(kennis::LogLevel::kInfo, kProgram, std::string("stopping on ") + strsignal(signal));
    server.stop();
  }).detach();
}

// kennis-searchd token: a new API token, printed once, and the [[tokens]] entry to paste into
// the access configuration (which keeps only its SHA-256).
struct TokenRequest {
  std::string name;
  std::vector<std::string> scopes{"search"};
  std::vector<std::string> groups;
};

int issue_token(const TokenRequest& t) {
  for (const std::string& scope : t.scopes) {
    if (!kennis::http::parse_scope(scope)) {
      kennis::log_line(kennis::LogLevel::kError, kProgram, "--scope: unknown scope '" + scope + "' (known: search, experts, admin)");
      return 2;
    }
  }
  auto quoted = [](const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& v : values) out += (out.empty() ? "\"" : ", \"") + v + "\"";
    return "[" + out + "]";
  };
  const std::string token = kennis::http::new_token();
  std::cout << "# The token (give it to the tool; it is shown only now and kennis keeps only its hash):\n"
            << "#   " << token << "\n"
            << "# Add this to the access configuration (searchd --access FILE) and restart searchd:\n"
            << "[[tokens]]\n"
            << "name = \"" << t.name << "\"\n"
            << "sha256 = \"" << kennis::http::sha256_hex(token) << "\"\n"
            << "scopes = " << quoted(t.scopes) << "\n";
  if (!t.groups.empty()) std::cout << "groups = " << quoted(t.groups) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  SearchdConfig c;
  CLI::App app{"kennis-searchd: ranked search over a kennis index, as HTTP/JSON (see schemas/openapi.yaml)"};
  app.set_config("--config", "", "TOML file with any of these options (keys as the long option names)");
  app.add_option("-i,--index", c.index, "Index directory made by kennis-index (required to serve)")->envname("KENNIS_INDEX");
  app.add_option("--access", c.access,
                 "Access configuration (TOML): anonymous callers, the intranet proxy, API tokens (README \"Access\")")
      ->check(CLI::ExistingFile);
  app.add_option("--host", c.host, "Address to listen on")->capture_default_str();
  app.add_option("-p,--port", c.port, "Port (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  app.add_option("--port-file", c.port_file, "Write the bound port to this file once listening");
  app.add_option("--threads", c.threads, "Request threads")->capture_default_str()->check(CLI::Range(1u, 256u));
  app.add_option("--languages", c.languages, "The index's main languages (stems matched when a request names none)")
      ->delimiter(',')->capture_default_str();
  app.add_option("--max-page-size", c.max_page_size, "Largest size a request may ask for")->capture_default_str();
  app.add_option("--max-page", c.max_page, "Deepest page a request may ask for")->capture_default_str();
  app.add_option("--max-query-bytes", c.max_query_bytes, "Longest query text")->capture_default_str();
  app.add_option("--facet-sample", c.facet_sample, "Best matches counted for facets")->capture_default_str();
  app.add_option("--timeout", c.timeout_seconds, "Read/write timeout per request, seconds")->capture_default_str();
  app.add_option("--language-bonus", c.language_bonus,
                 "Weight added to results in the query's language once it is known (0: off)")
      ->capture_default_str()->check(CLI::Range(0.0, 100.0));
  app.add_option("--proximity-weight", c.proximity_weight,
                 "Extra weight of results where the query's words stand together, in order (0: off)")
      ->capture_default_str()->check(CLI::Range(0.0, 100.0));
  app.add_flag("--access-log", c.access_log, "Log one line per request (method, route, status, error code; never query text, ids or headers)");
  add_experts_options(app, c.experts);
  TokenRequest token;
  CLI::App* token_cmd = app.add_subcommand("token", "Issue a new API token: prints it once with its [[tokens]] entry");
  token_cmd->add_option("--name", token.name, "Who or what uses the token (shown in logs)")->required();
  token_cmd->add_option("--scope", token.scopes, "search, experts, admin (repeat or comma-separate)")
      ->delimiter(',')->capture_default_str();
  token_cmd->add_option("--group", token.groups, "Groups whose records the token may see besides public ones")
      ->delimiter(',');
  add_limit_options(app, c);
  CLI11_PARSE(app, argc, argv);
  if (token_cmd->parsed()) return issue_token(token);
  if (c.index.empty()) {
    kennis::log_line(kennis::LogLevel::kError, kProgram, "--index is required (or KENNIS_INDEX): the index to serve");
    return 2;
  }
  kennis::http::AccessConfig access;
  try {
    if (!c.access.empty()) access = kennis::http::load_access_config(c.access);
  } catch (const kennis::Error& e) {
    kennis::log_line(kennis::LogLevel::kError, kProgram, std::string("--access: ") + e.what());
    return 2;
  }
  try {
    c.experts.validate();
  } catch (const kennis::Error& e) {
    kennis::log_line(kennis::LogLevel::kError, kProgram, std::string("experts model: ") + e.what());
    return 2;
  }
  for (const std::string& lang : c.languages) {
    if (!kennis::Analyzer::has_stemmer(lang)) {
      kennis::log_line(kennis::LogLevel::kError, kProgram, "--languages: no stemmer for '" + lang + "'");
      return 2;
    }
  }

  const bool tls = !c.tls_cert.empty();
  if (c.tls_cert.empty() != c.tls_key.empty()) {
    kennis::log_line(kennis::LogLevel::kError, kProgram, "--tls-cert and --tls-key go together: give both or neither");
    return 2;
  }
  if (tls) {
    for (const std::string& problem : {unreadable("--tls-cert", c.tls_cert), unreadable("--tls-key", c.tls_key)}) {
      if (problem.empty()) continue;
      kennis::log_line(kennis::LogLevel::kError, kProgram, problem);
      return 2;
    }
  }

  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  kennis::SearcherConfig sc;
  sc.languages = c.languages;
  sc.max_page_size = c.max_page_size;
  sc.max_page = c.max_page;
  sc.max_result_window = c.max_result_window;
  sc.query_time_limit = c.query_time_limit;
  sc.query_limits.max_bytes = c.max_query_bytes;
  sc.facet_sample = c.facet_sample;
  sc.language_bonus = c.language_bonus;
  sc.proximity_weight = c.proximity_weight;
  const kennis::IndexReader reader(c.index);
  const kennis::Searcher searcher(reader, sc);
  const kennis::ExpertFinder experts(reader, sc, c.experts);
  const kennis::http::Authenticator auth(access, reader);
  kennis::http::RateLimiter rate_limiter({c.rate_limit, c.rate_burst});
  const kennis::http::Services services{reader, searcher, experts, auth, rate_limiter, c.max_body_bytes, c.max_header_bytes};
  kennis::log_line(kennis::LogLevel::kInfo, kProgram,
                   "access: anonymous callers " + std::string(access.anonymous ? "see public records" : "are refused") +
                       "; " + std::to_string(access.proxies.size()) + " proxy address(es)" +
                       (access.secret_header.empty() ? "" : " and a proxy secret") + " for " + access.user_header + "; " +
                       std::to_string(access.tokens.size()) + " API token(s)" +
                       (access.source.empty() ? " (no --access file)" : " (" + access.source + ")"));

  std::unique_ptr<httplib::Server> owned;
  if (tls) {
    auto ssl = std::make_unique<httplib::SSLServer>(c.tls_cert.c_str(), c.tls_key.c_str());
    if (!ssl->is_valid()) {
      kennis::log_line(kennis::LogLevel::kError, kProgram,
                       "--tls-cert " + c.tls_cert + " / --tls-key " + c.tls_key +
                           ": not a PEM certificate and its matching private key");
      return 2;
    }
    owned = std::move(ssl);
  } else {
    owned = std::make_unique<httplib::Server>();
  }
  httplib::Server& server = *owned;
  server.new_task_queue = [threads = c.threads] { return new httplib::ThreadPool(threads); };
  server.set_tcp_nodelay(true);  // otherwise Nagle + delayed ACK add ~40 ms per keep-alive answer
  server.set_payload_max_length(c.max_body_bytes);
  server.set_read_timeout(c.timeout_seconds, 0);
  server.set_write_timeout(c.timeout_seconds, 0);
  if (c.access_log) {
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      kennis::log_line(kennis::LogLevel::kInfo, kProgram, kennis::http::access_log_line(req, res));
    });
  }
  kennis::http::register_routes(server, services);

  const int port = c.port == 0 ? server.bind_to_any_port(c.host) : (server.bind_to_port(c.host, c.port) ? c.port : -1);
  if (port < 0) {
    kennis::log_line(kennis::LogLevel::kError, kProgram, "cannot listen on " + c.host + ":" + std::to_string(c.port));
    return 2;
  }
  if (!c.port_file.empty()) {
    const std::string tmp = c.port_file + ".tmp";
    std::ofstream(tmp) << port << "\n";
    std::rename(tmp.c_str(), c.port_file.c_str());
  }
  const kennis::IndexStatus status = reader.status();
  kennis::log_line(status.ok ? kennis::LogLevel::kInfo : kennis::LogLevel::kWarning, kProgram,
                   std::string("listening on ") + (tls ? "https://" : "http://") + c.host + ":" + std::to_string(port) + " (index " + c.index + ": " +
                       (status.ok ? std::to_string(status.documents) + " documents" : status.message) + ")");
  stop_on_signal(server, signals);
  server.listen_after_bind();
  return 0;
}
