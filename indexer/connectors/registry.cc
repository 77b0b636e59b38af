#include "registry.h"

#include "file_share.h"
#include "jsonl.h"
#include "kennis/error.h"
#include "ldap.h"
#include "ldif.h"
#include "slack.h"
#include "viva_engage.h"

namespace kennis {
namespace {

struct ConnectorType {
  const char* type;
  std::unique_ptr<Connector> (*make)(SourceOptions&);
};

std::unique_ptr<Connector> make_jsonl(SourceOptions& o) { return make_jsonl_connector(o); }
std::unique_ptr<Connector> make_slack(SourceOptions& o) { return make_slack_connector(o); }
std::unique_ptr<Connector> make_viva_engage(SourceOptions& o) { return make_viva_engage_connector(o); }
std::unique_ptr<Connector> make_files(SourceOptions& o) { return make_file_share_connector(o); }
std::unique_ptr<Connector> make_ldif(SourceOptions& o) { return make_ldif_connector(o); }
std::unique_ptr<Connector> make_ldap(SourceOptions& o) { return make_ldap_connector(o); }

const ConnectorType kTypes[] = {
    {"jsonl", make_jsonl},      {"slack", make_slack}, {"viva_engage", make_viva_engage},
    {"files", make_files},      {"ldif", make_ldif},   {"ldap", make_ldap},
};

}  // namespace

std::unique_ptr<Connector> make_connector(const std::string& type, SourceOptions& options) {
  for (const ConnectorType& t : kTypes)
    if (type == t.type) return t.make(options);
  std::string known;
  for (const std::string& t : connector_types()) known += (known.empty() ? "" : ", ") + t;
  throw Error(ErrorCode::kInvalidConfig, "source '" + options.name() + "': unknown type '" + type + "'; known: " + known,
              "type");
}

std::vector<std::string> connector_types() {
  std::vector<std::string> out;
  for (const ConnectorType& t : kTypes) out.emplace_back(t.type);
  return out;
}

}  // namespace kennis
