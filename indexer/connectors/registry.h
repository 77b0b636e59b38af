// Which connector reads which source type: the one table of [[source]] types.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "connector.h"
#include "source_options.h"

namespace kennis {

/// Builds the connector for a [[source]] table (by its `type`). Throws Error(kInvalidConfig)
/// for an unknown type, a missing or unknown key, or a bad value.
std::unique_ptr<Connector> make_connector(const std::string& type, SourceOptions& options);

/// The source types this build knows, for messages and --help.
std::vector<std::string> connector_types();

}  // namespace kennis
