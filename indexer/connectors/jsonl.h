// JSON Lines files in our own record format (schemas/): the native ingest path for other tools.
#pragma once

#include <memory>
#include <string>

#include "connector.h"
#include "source_options.h"

namespace kennis {

/// Reads `path` ("-" for standard input), one record of `kind` per line. JSON is parsed on the
/// worker threads (through SourceRecord::load); the fingerprint is a hash of the line.
std::unique_ptr<Connector> make_jsonl_connector(Kind kind, std::string path);

/// [[source]] type = "jsonl", kind = "post" | "document" | "profile", path = "…"
std::unique_ptr<Connector> make_jsonl_connector(SourceOptions& options);

}  // namespace kennis
