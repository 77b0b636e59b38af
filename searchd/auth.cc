#include "auth.h"

#include <arpa/inet.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include <toml++/toml.h>

#include "kennis/error.h"
#include "kennis/log.h"

namespace kennis::http {
namespace {

constexpr const char* kProgram = "kennis-searchd";
constexpr size_t kMaxUserBytes = 320;   // an e-mail address at most
constexpr size_t kMaxWarnedAddresses = 1000;

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_sha256_hex(const std::string& s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

// Text a person could have typed as a user id: printable, no control characters.
bool is_plain_text(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

[[noreturn]] void fail(const std::string& file, const toml::node& node, const std::string& message) {
  throw Error(ErrorCode::kInvalidConfig, file + ":" + std::to_string(node.source().begin.line) + ": " + message);
}

std::string string_of(const std::string& file, const toml::node& node, const std::string& key) {
  if (!node.is_string() || node.as_string()->get().empty()) fail(file, node, key + " must be a non-empty string");
  return node.as_string()->get();
}

std::vector<std::string> strings_of(const std::string& file, const toml::node& node, const std::string& key) {
  if (!node.is_array()) fail(file, node, key + " must be a list of strings");
  std::vector<std::string> out;
  for (const toml::node& item : *node.as_array()) out.push_back(string_of(file, item, key + " items"));
  return out;
}

std::string sha256_of(const std::string& file, const toml::node& node, const std::string& key) {
  std::string hash = lower(string_of(file, node, key));
  if (!is_sha256_hex(hash))
    fail(file, node, key + " must be 64 hex digits: the SHA-256 of the secret (kennis-searchd token prints it)");
  return hash;
}

void read_proxy(const std::string& file, const toml::table& proxy, AccessConfig& config) {
  for (const auto& [key, node] : proxy) {
    const std::string k(key.str());
    if (k == "addresses") {
      for (const std::string& text : strings_of(file, node, "proxy.addresses")) {
        const auto range = AddressRange::parse(text);
        if (!range) fail(file, node, "proxy.addresses: '" + text + "' is not an IP address or address/prefix");
        config.proxies.push_back(*range);
      }
    } else if (k == "user_header") {
      config.user_header = string_of(file, node, "proxy.user_header");
    } else if (k == "secret_header") {
      config.secret_header = string_of(file, node, "proxy.secret_header");
    } else if (k == "secret_sha256") {
      config.secret_sha256 = sha256_of(file, node, "proxy.secret_sha256");
    } else {
      fail(file, node, "unknown key proxy." + k + " (known: addresses, user_header, secret_header, secret_sha256)");
    }
  }
  if (config.secret_header.empty() != config.secret_sha256.empty())
    fail(file, proxy, "proxy.secret_header and proxy.secret_sha256 go together: give both or neither");
  if (lower(config.user_header) == "authorization" || lower(config.secret_header) == "authorization")
    fail(file, proxy, "the proxy headers cannot be Authorization (it carries API tokens)");
}

ApiToken read_token(const std::string& file, const toml::table& t) {
  ApiToken token;
  for (const auto& [key, node] : t) {
    const std::string k(key.str());
    if (k == "name") {
      token.name = string_of(file, node, "tokens.name");
    } else if (k == "sha256") {
      token.sha256 = sha256_of(file, node, "tokens.sha256");
    } else if (k == "scopes") {
      for (const std::string& name : strings_of(file, node, "tokens.scopes")) {
        const auto scope = parse_scope(name);
        if (!scope) fail(file, node, "tokens.scopes: unknown scope '" + name + "' (known: search, experts, admin)");
        token.scopes |= *scope;
      }
    } else if (k == "groups") {
      token.groups = strings_of(file, node, "tokens.groups");
    } else {
      fail(file, node, "unknown key tokens." + k + " (known: name, sha256, scopes, groups)");
    }
  }
  if (token.name.empty()) fail(file, t, "every [[tokens]] needs a name");
  if (token.sha256.empty()) fail(file, t, "token '" + token.name + "' needs sha256");
  if (token.scopes == 0) fail(file, t, "token '" + token.name + "' needs scopes (search, experts, admin)");
  return token;
}

}  // namespace

std::string_view scope_name(Scope scope) {
  switch (scope) {
    case kScopeSearch: return "search";
    case kScopeExperts: return "experts";
    case kScopeAdmin: return "admin";
  }
  return "";
}

std::optional<Scope> parse_scope(std::string_view name) {
  for (Scope s : {kScopeSearch, kScopeExperts, kScopeAdmin})
    if (scope_name(s) == name) return s;
  return std::nullopt;
}

std::string_view via_name(Identity::Via via) {
  switch (via) {
    case Identity::Via::kAnonymous: return "anonymous";
    case Identity::Via::kProxy: return "proxy";
    case Identity::Via::kToken: return "token";
  }
  return "";
}

std::optional<AddressRange> AddressRange::parse(std::string_view text) {
  text = trim(text);
  std::string address(text.substr(0, text.find('/')));
  AddressRange r;
  in_addr v4{};
  in6_addr v6{};
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1) {
    std::memcpy(r.bytes_.data(), &v4, 4);
    r.v4_ = true;
    r.prefix_ = 32;
  } else if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) {
    std::memcpy(r.bytes_.data(), &v6, 16);
    r.v4_ = false;
    r.prefix_ = 128;
  } else {
    return std::nullopt;
  }
  if (const size_t slash = text.find('/'); slash != std::string_view::npos) {
    const std::string_view bits = text.substr(slash + 1);
    if (bits.empty() || bits.size() > 3 || !std::all_of(bits.begin(), bits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
    const unsigned prefix = static_cast<unsigned>(std::stoul(std::string(bits)));
    if (prefix > r.prefix_) return std::nullopt;
    r.prefix_ = prefix;
  }
  return r;
}

bool AddressRange::contains(std::string_view text) const {
  std::string address(trim(text));
  std::array<uint8_t, 16> bytes{};
  in_addr v4{};
  in6_addr v6{};
  bool is_v4 = false;
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1) {
    std::memcpy(bytes.data(), &v4, 4);
    is_v4 = true;
  } else if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) {
    std::memcpy(bytes.data(), &v6, 16);
    static const uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (v4_ && std::memcmp(bytes.data(), kMapped, 12) == 0) {
      std::memmove(bytes.data(), bytes.data() + 12, 4);
      is_v4 = true;
    }
  } else {
    return false;
  }
  if (is_v4 != v4_) return false;
  const unsigned whole = prefix_ / 8, rest = prefix_ % 8;
  if (std::memcmp(bytes.data(), bytes_.data(), whole) != 0) return false;
  if (rest == 0) return true;
  const uint8_t mask = static_cast<uint8_t>(0xff << (8 - rest));
  return (bytes[whole] & mask) == (bytes_[whole] & mask);
}

AccessConfig load_access_config(const std::string& path) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    if (!std::filesystem::exists(path)) throw Error(ErrorCode::kIo, "cannot read access configuration " + path);
    throw Error(ErrorCode::kInvalidConfig, path + ":" + std::to_string(e.source().begin.line) + ": " +
                                               std::string(e.description()));
  }
  AccessConfig config;
  config.source = path;
  for (const auto& [key, node] : root) {
    const std::string k(key.str());
    if (k == "anonymous") {
      const std::string value = string_of(path, node, k);
      if (value != "public" && value != "refuse") fail(path, node, "anonymous must be \"public\" or \"refuse\"");
      config.anonymous = value == "public";
    } else if (k == "proxy") {
      if (!node.is_table()) fail(path, node, "proxy must be a [proxy] table");
      read_proxy(path, *node.as_table(), config);
    } else if (k == "tokens") {
      if (!node.is_array_of_tables()) fail(path, node, "tokens must be written as [[tokens]] tables");
      for (const toml::node& item : *node.as_array()) {
        ApiToken token = read_token(path, *item.as_table());
        for (const ApiToken& other : config.tokens) {
          if (other.name == token.name) fail(path, item, "two tokens are named '" + token.name + "'");
          if (other.sha256 == token.sha256) fail(path, item, "tokens '" + other.name + "' and '" + token.name + "' have the same sha256");
        }
        config.tokens.push_back(std::move(token));
      }
    } else {
      fail(path, node, "unknown key '" + k + "' (known: anonymous, [proxy], [[tokens]])");
    }
  }
  return config;
}

std::string sha256_hex(std::string_view text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr) != 1)
    throw Error(ErrorCode::kInternal, "SHA-256 failed");
  static const char* const kHex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

std::string new_token() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) throw Error(ErrorCode::kInternal, "no random bytes for a token");
  static const char* const kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out = "kennis_";
  uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char b : bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kAlphabet[(buffer >> bits) & 63];
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 63];
  OPENSSL_cleanse(bytes, sizeof bytes);
  return out;
}

Authenticator::Authenticator(AccessConfig config, const IndexReader& reader)
    : config_(std::move(config)), reader_(reader) {
  for (const ApiToken& token : config_.tokens) by_hash_.emplace(token.sha256, &token);
}

bool Authenticator::from_proxy(const httplib::Request& req) const {
  if (!config_.secret_header.empty() && req.has_header(config_.secret_header.c_str())) {
    const std::string presented = sha256_hex(req.get_header_value(config_.secret_header.c_str()));
    if (CRYPTO_memcmp(presented.data(), config_.secret_sha256.data(), presented.size()) == 0) return true;
  }
  return std::any_of(config_.proxies.begin(), config_.proxies.end(),
                     [&](const AddressRange& range) { return range.contains(req.remote_addr); });
}

// Someone sent a user header from where no proxy is: a misconfigured proxy address, or a
// client trying to pass as someone else. Logged once per address (never the header's value).
void Authenticator::note_untrusted(const std::string& address) const {
  std::lock_guard<std::mutex> lock(warned_mutex_);
  if (warned_.size() >= kMaxWarnedAddresses || !warned_.insert(address).second) return;
  log_line(LogLevel::kWarning, kProgram,
           "ignored the " + config_.user_header + " header of a request from " + address +
               ": not a proxy address of the access configuration (and no valid proxy secret); answered as anonymous");
}

Identity Authenticator::as_user(const std::string& user) const {
  Identity id;
  id.via = Identity::Via::kProxy;
  id.name = user;
  id.scopes = kScopeSearch | kScopeExperts;
  id.caller = reader_.caller_for(user);
  return id;
}

const ApiToken* Authenticator::bearer_token(const httplib::Request& req, bool& well_formed) const {
  const std::string value = req.get_header_value("Authorization");
  const std::string_view text = trim(value);
  well_formed = text.size() >= 7 && lower(text.substr(0, 7)) == "bearer ";
  if (!well_formed) return nullptr;
  const auto found = by_hash_.find(sha256_hex(trim(text.substr(7))));
  return found == by_hash_.end() ? nullptr : found->second;
}

Identity Authenticator::identify(const httplib::Request& req) const {
  if (req.has_header("Authorization")) {
    bool well_formed = false;
    const ApiToken* found = bearer_token(req, well_formed);
    if (!well_formed) throw Error(ErrorCode::kUnauthenticated, "the Authorization header must be 'Bearer <API token>'");
    if (!found) throw Error(ErrorCode::kUnauthenticated, "the API token is not valid");
    const ApiToken& token = *found;
    Identity id;
    id.via = Identity::Via::kToken;
    id.name = token.name;
    id.scopes = token.scopes;
    id.caller.groups = token.groups;
    return id;
  }
  if (req.has_header(config_.user_header.c_str())) {
    if (from_proxy(req)) {
      const std::string value = req.get_header_value(config_.user_header.c_str());
      const std::string user(trim(value));
      if (!user.empty()) {
        if (user.size() > kMaxUserBytes || !is_plain_text(user))
          throw Error(ErrorCode::kInvalidRequest, "the " + config_.user_header + " header is not a user id");
        return as_user(user);
      }
    } else {
      note_untrusted(req.remote_addr);
    }
  }
  if (!config_.anonymous)
    throw Error(ErrorCode::kUnauthenticated, "sign in through the intranet, or send an API token (Authorization: Bearer)");
  Identity id;
  id.scopes = kScopeSearch | kScopeExperts;
  return id;
}

std::string Authenticator::rate_key(const httplib::Request& req) const {
  if (req.has_header("Authorization")) {
    bool well_formed = false;
    if (const ApiToken* token = bearer_token(req, well_formed)) return "token:" + token->name;
  } else if (req.has_header(config_.user_header.c_str()) && from_proxy(req)) {
    const std::string value = req.get_header_value(config_.user_header.c_str());
    const std::string_view user = trim(value);
    if (!user.empty() && user.size() <= kMaxUserBytes) return "user:" + lower(user);
  }
  return "addr:" + req.remote_addr;
}

void Authenticator::require(const Identity& identity, Scope scope) {
  if (identity.scopes & scope) return;
  throw Error(ErrorCode::kForbidden, "this " + std::string(identity.via == Identity::Via::kToken ? "API token" : "caller") +
                                         " may not use this endpoint: it needs the '" + std::string(scope_name(scope)) +
                                         "' scope");
}

}  // namespace kennis::http
