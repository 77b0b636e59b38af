#include "registry.h"

#include "jsonl.h"
#include "kennis/error.h"

namespace kennis {
namespace {

struct ConnectorType {
  const char* type;
  std::unique_ptr<Connector> (*make)(SourceOptions&);
};

std::unique_ptr<Connector> make_jsonl(SourceOptions& options) { return make_jsonl_connector(options); }

const ConnectorType kTypes[] = {
    {"jsonl", make_jsonl},
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
