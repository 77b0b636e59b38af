#include "ldap.h"

#include "openldap_api.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <unordered_set>
#include <utility>

#include "kennis/error.h"

namespace kennis {
namespace {

// How long to wait for a TCP connection, and for each operation's reply (one page at a time).
constexpr int kConnectTimeoutSeconds = 10;
constexpr int kOperationTimeoutSeconds = 120;
constexpr const char* kDefaultGroupFilter =
    "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=group)(objectClass=posixGroup))";

struct MessageFree {
  void operator()(LDAPMessage* m) const { ldap_msgfree(m); }
};
struct ControlFree {
  void operator()(LDAPControl* c) const { ldap_control_free(c); }
};
struct ControlsFree {
  void operator()(LDAPControl** c) const { ldap_controls_free(c); }
};
struct MemFree {
  void operator()(char* p) const { ldap_memfree(p); }
};
using Message = std::unique_ptr<LDAPMessage, MessageFree>;
using Control = std::unique_ptr<LDAPControl, ControlFree>;
using Controls = std::unique_ptr<LDAPControl*, ControlsFree>;
using LdapString = std::unique_ptr<char, MemFree>;

// Reads the bind password: the file's content without its final line break.
std::string read_password(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIo, "cannot read password file " + path + ": " + std::strerror(errno));
  std::string password((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  while (!password.empty() && (password.back() == '\n' || password.back() == '\r')) password.pop_back();
  // An empty password would make a simple bind "unauthenticated" (RFC 4513 5.1.2): anonymous.
  if (password.empty()) throw Error(ErrorCode::kIo, "password file " + path + " is empty");
  return password;
}

// One connection; unbinds on destruction.
class Session {
 public:
  explicit Session(std::string uri) : uri_(std::move(uri)) {
    const int rc = ldap_initialize(&ld_, uri_.c_str());
    if (rc != LDAP_SUCCESS) throw Error(ErrorCode::kIo, "cannot use LDAP URI " + uri_ + ": " + ldap_err2string(rc));
    const int version = LDAP_VERSION3;
    ldap_set_option(ld_, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(ld_, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    const timeval connect{kConnectTimeoutSeconds, 0};
    ldap_set_option(ld_, LDAP_OPT_NETWORK_TIMEOUT, &connect);
    const timeval operation{kOperationTimeoutSeconds, 0};
    ldap_set_option(ld_, LDAP_OPT_TIMEOUT, &operation);
  }
  ~Session() { ldap_unbind_ext_s(ld_, nullptr, nullptr); }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  void bind(const std::string& dn, const std::string& password_file) {
    std::string password = dn.empty() ? std::string() : read_password(password_file);
    berval credentials{static_cast<ber_len_t>(password.size()), password.data()};
    const int rc = ldap_sasl_bind_s(ld_, dn.empty() ? nullptr : dn.c_str(), LDAP_SASL_SIMPLE, &credentials, nullptr,
                                    nullptr, nullptr);
    std::fill(password.begin(), password.end(), '\0');
    if (rc != LDAP_SUCCESS)
      throw Error(ErrorCode::kIo, failure("cannot bind to " + uri_ + (dn.empty() ? " anonymously" : " as " + dn), rc));
  }

  // Appends every entry under `base` matching `filter` to `out`, one page at a time.
  void search(const std::string& base, const std::string& filter, const std::vector<std::string>& attributes,
              int page_size, std::vector<DirectoryEntry>& out) {
    std::vector<char*> attrs;
    for (const std::string& a : attributes) attrs.push_back(const_cast<char*>(a.c_str()));
    attrs.push_back(nullptr);
    const std::string what = "search of " + base + " on " + uri_;
    berval cookie{0, nullptr};
    do {
      LDAPControl* raw_page = nullptr;
      // Not critical: a server without paging answers in one go, or says its size limit cut
      // the answer short, which is reported below rather than read as the whole directory.
      int rc = ldap_create_page_control(ld_, page_size, &cookie, 0, &raw_page);
      ber_memfree(cookie.bv_val);
      cookie = {0, nullptr};
      if (rc != LDAP_SUCCESS) throw Error(ErrorCode::kIo, failure(what, rc));
      const Control page(raw_page);
      LDAPControl* request_controls[] = {page.get(), nullptr};
      timeval timeout{kOperationTimeoutSeconds, 0};
      LDAPMessage* raw_result = nullptr;
      rc = ldap_search_ext_s(ld_, base.c_str(), LDAP_SCOPE_SUBTREE, filter.c_str(), attrs.data(), 0, request_controls,
                             nullptr, &timeout, LDAP_NO_LIMIT, &raw_result);
      const Message result(raw_result);
      if (!result) throw Error(ErrorCode::kIo, failure(what, rc));
      int code = LDAP_SUCCESS;
      LDAPControl** raw_controls = nullptr;
      rc = ldap_parse_result(ld_, result.get(), &code, nullptr, nullptr, nullptr, &raw_controls, 0);
      const Controls response_controls(raw_controls);
      if (rc != LDAP_SUCCESS) throw Error(ErrorCode::kIo, failure(what, rc));
      if (code == LDAP_SIZELIMIT_EXCEEDED)
        throw Error(ErrorCode::kIo, what + ": the server's size limit cut the answer short, and it did not page it");
      if (code != LDAP_SUCCESS) throw Error(ErrorCode::kIo, failure(what, code));
      read_entries(result.get(), out);
      if (LDAPControl* response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, response_controls.get(), nullptr)) {
        ber_int_t estimate = 0;
        rc = ldap_parse_pageresponse_control(ld_, response, &estimate, &cookie);
        if (rc != LDAP_SUCCESS) throw Error(ErrorCode::kIo, failure(what, rc));
      }
    } while (cookie.bv_len > 0);
    ber_memfree(cookie.bv_val);
  }

 private:
  // Walks each entry's BER encoding rather than asking for attributes by name: an entry may hold
  // one attribute type more than once (slapadd -q keeps non-adjacent LDIF lines apart), and
  // ldap_get_values_len would return the first instance each time.
  void read_entries(LDAPMessage* result, std::vector<DirectoryEntry>& out) {
    for (LDAPMessage* e = ldap_first_entry(ld_, result); e; e = ldap_next_entry(ld_, e)) {
      DirectoryEntry entry;
      BerElement* ber = nullptr;
      berval dn{};
      if (ldap_get_dn_ber(ld_, e, &ber, &dn) != LDAP_SUCCESS) {
        if (ber) ber_free(ber, 0);
        throw Error(ErrorCode::kIo, "cannot decode an entry from " + uri_);
      }
      entry.dn.assign(dn.bv_val, dn.bv_len);
      entry.origin = uri_ + (!uri_.empty() && uri_.back() == '/' ? "" : "/") + entry.dn;
      berval attribute{};
      BerVarray values = nullptr;
      while (ldap_get_attribute_ber(ld_, e, ber, &attribute, &values) == LDAP_SUCCESS && attribute.bv_val) {
        const std::string name(attribute.bv_val, attribute.bv_len);
        for (int i = 0; values && values[i].bv_val; ++i) entry.add(name, std::string(values[i].bv_val, values[i].bv_len));
        ber_memfree(values);  // the array only: the values point into the BER element
        values = nullptr;
      }
      ber_free(ber, 0);
      out.push_back(std::move(entry));
    }
  }

  // "<what>: <LDAP error text> (<server's diagnostic message>)".
  std::string failure(const std::string& what, int rc) const {
    std::string message = what + ": " + ldap_err2string(rc);
    char* raw = nullptr;
    if (ldap_get_option(ld_, LDAP_OPT_DIAGNOSTIC_MESSAGE, &raw) == LDAP_OPT_SUCCESS && raw) {
      const LdapString diagnostic(raw);
      if (*raw) message += std::string(" (") + raw + ")";
    }
    return message;
  }

  std::string uri_;
  LDAP* ld_ = nullptr;
};

class LdapConnector : public Connector {
 public:
  LdapConnector(LdapSettings settings, DirectoryMapping mapping)
      : settings_(std::move(settings)), mapping_(std::move(mapping)) {}

  void read(const SourceSink& sink) override {
    Session session(settings_.uri);
    session.bind(settings_.bind_dn, settings_.password_file);
    std::vector<DirectoryEntry> entries;
    session.search(settings_.base, settings_.filter, mapping_.attributes(), settings_.page_size, entries);
    if (!settings_.group_base.empty() || !settings_.group_filter.empty()) {
      session.search(settings_.group_base.empty() ? settings_.base : settings_.group_base,
                     settings_.group_filter.empty() ? kDefaultGroupFilter : settings_.group_filter,
                     {"objectClass", "cn", "member", "uniqueMember", "memberUid"}, settings_.page_size, entries);
    }
    // The two searches may overlap; each entry counts once.
    std::unordered_set<std::string> seen;
    std::vector<const DirectoryEntry*> unique;
    for (const DirectoryEntry& entry : entries)
      if (seen.insert(normalize_dn(entry.dn)).second) unique.push_back(&entry);
    map_directory(unique, mapping_, sink);
  }

 private:
  LdapSettings settings_;
  DirectoryMapping mapping_;
};

}  // namespace

std::unique_ptr<Connector> make_ldap_connector(LdapSettings settings, DirectoryMapping mapping) {
  return std::make_unique<LdapConnector>(std::move(settings), std::move(mapping));
}

std::unique_ptr<Connector> make_ldap_connector(SourceOptions& options) {
  LdapSettings s;
  s.uri = options.required_string("uri");
  if (s.uri.rfind("ldap://", 0) != 0 && s.uri.rfind("ldaps://", 0) != 0 && s.uri.rfind("ldapi://", 0) != 0)
    options.fail("uri", "must start with ldap://, ldaps:// or ldapi://");
  s.base = options.required_string("base");
  if (auto filter = options.string("filter")) s.filter = *filter;
  if (s.filter.empty()) options.fail("filter", "must not be empty");
  if (auto bind_dn = options.string("bind_dn")) s.bind_dn = *bind_dn;
  if (auto password_file = options.string("password_file")) s.password_file = *password_file;
  if (!s.bind_dn.empty() && s.password_file.empty()) options.fail("password_file", "is required with bind_dn");
  if (s.bind_dn.empty() && !s.password_file.empty()) options.fail("bind_dn", "is required with password_file");
  if (auto page_size = options.integer("page_size")) {
    if (*page_size < 1 || *page_size > 1'000'000) options.fail("page_size", "must be between 1 and 1000000");
    s.page_size = static_cast<int>(*page_size);
  }
  if (auto group_base = options.string("group_base")) s.group_base = *group_base;
  if (auto group_filter = options.string("group_filter")) s.group_filter = *group_filter;
  DirectoryMapping mapping = read_directory_mapping(options);
  options.finish();
  return make_ldap_connector(std::move(s), std::move(mapping));
}

}  // namespace kennis
