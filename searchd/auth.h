// Who is asking: the intranet's reverse proxy (a user header from a trusted address or with the
// shared secret), an API token (Authorization: Bearer), or nobody. The answer is a Caller
// (index_reader.h) whose access filter is part of every Xapian query, and the scopes it may use.
#pragma once

#include <httplib.h>

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kennis/index_reader.h"

namespace kennis::http {

/// What a caller may use: search (/v1/search, /v1/documents), experts (/v1/experts), admin
/// (/v1/admin/...). Bit flags.
enum Scope : unsigned { kScopeSearch = 1, kScopeExperts = 2, kScopeAdmin = 4 };
/// "search", "experts", "admin".
std::string_view scope_name(Scope scope);
/// The scope a name means; nullopt for an unknown name.
std::optional<Scope> parse_scope(std::string_view name);

/// An address or address block: "10.0.0.7", "10.0.0.0/8", "::1", "fd00::/8".
class AddressRange {
 public:
  /// nullopt when `text` is not an IPv4/IPv6 address with an optional prefix length.
  static std::optional<AddressRange> parse(std::string_view text);
  /// Whether `address` (as the socket reports it) is in the range; IPv4-mapped IPv6
  /// addresses ("::ffff:10.0.0.7") count as their IPv4 address.
  bool contains(std::string_view address) const;

 private:
  std::array<uint8_t, 16> bytes_{};
  bool v4_ = true;
  unsigned prefix_ = 32;
};

/// An API token as the configuration keeps it: the SHA-256 of the token, never the token.
struct ApiToken {
  std::string name;                  ///< for logs and rate limits; never the secret
  std::string sha256;                ///< 64 lower-case hex digits
  unsigned scopes = 0;               ///< Scope bits
  std::vector<std::string> groups;   ///< the token sees public records and these groups' records
};

/// The access configuration (searchd --access FILE, TOML; README "Access").
struct AccessConfig {
  bool anonymous = true;             ///< false: requests without credentials get 401
  std::vector<AddressRange> proxies; ///< addresses whose user header is believed
  std::string user_header = "X-Remote-User";
  std::string secret_header;         ///< empty: no shared secret
  std::string secret_sha256;         ///< SHA-256 (hex) of the shared secret
  std::vector<ApiToken> tokens;
  std::string source;                ///< the file it was read from, "" for the defaults
};

/// Reads an access configuration. Throws Error(kInvalidConfig) naming the file, line and key at
/// fault, Error(kIo) when the file cannot be read.
AccessConfig load_access_config(const std::string& path);

/// Lower-case hex SHA-256 of `text`.
std::string sha256_hex(std::string_view text);
/// A new random API token ("kennis_" and 43 base64url characters: 256 bits).
std::string new_token();

/// Who sent a request, as far as searchd believes it.
struct Identity {
  enum class Via { kAnonymous, kProxy, kToken };
  Via via = Via::kAnonymous;
  std::string name;                  ///< the proxy's user or the token's name; "" when anonymous
  unsigned scopes = 0;               ///< Scope bits
  Caller caller;
};
/// "anonymous", "proxy", "token".
std::string_view via_name(Identity::Via via);

class Authenticator {
 public:
  /// `reader` resolves proxy users to their person and groups (IndexReader::caller_for).
  Authenticator(AccessConfig config, const IndexReader& reader);

  /// Who sent `req`. A Bearer token must be one of the configured tokens (else 401
  /// unauthenticated); a user header counts only from a proxy address or with the shared
  /// secret (else it is ignored, and the request is anonymous); without credentials the
  /// request is anonymous, or 401 when anonymous callers are refused.
  Identity identify(const httplib::Request& req) const;
  /// Whose rate-limit bucket a request draws on: the token's name, the proxy's user, else the
  /// client address (also for tokens that are not valid). Cheap: no directory lookup.
  std::string rate_key(const httplib::Request& req) const;
  /// Throws Error(kForbidden) unless `identity` has `scope`.
  static void require(const Identity& identity, Scope scope);
  /// The identity a user coming through the proxy would have (for /v1/admin/access).
  Identity as_user(const std::string& user) const;

  const AccessConfig& config() const { return config_; }

 private:
  bool from_proxy(const httplib::Request& req) const;
  /// The configured token the request's Authorization header carries, or nullptr;
  /// `well_formed` says whether the header is "Bearer <token>" at all.
  const ApiToken* bearer_token(const httplib::Request& req, bool& well_formed) const;
  void note_untrusted(const std::string& address) const;

  AccessConfig config_;
  const IndexReader& reader_;
  std::unordered_map<std::string, const ApiToken*> by_hash_;
  mutable std::mutex warned_mutex_;
  mutable std::set<std::string> warned_;  // addresses already logged for an ignored user header
};

}  // namespace kennis::http
