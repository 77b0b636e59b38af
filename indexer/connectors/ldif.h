/// @file ldif.h
/// LDIF files (RFC 2849) as a source of profiles: a directory export such as `slapcat` or
/// `ldifde` writes, including change records, mapped to profiles by directory_mapping.h.
#pragma once

#include <memory>
#include <string>

#include "connector.h"
#include "directory_mapping.h"
#include "source_options.h"

namespace kennis {

/// Reads the LDIF file at `path`. Handles the version line, comments, folded lines, base64
/// (`attr:: …`) and file URL (`attr:< file:///…`, only files under the LDIF file's directory)
/// values, attribute options and case-insensitive attribute names. Change records: add is an
/// entry; delete of a person reports its profile id to sink.deleted; modify (add / delete /
/// replace) and modrdn apply to an entry earlier in the same file, anything else is a problem.
/// A malformed record (bad base64, a line without a colon, no dn) goes to sink.problem with the
/// file and line, and only that record is skipped. The whole file is read before any profile is
/// emitted, because group membership and managers refer across entries. Read throws
/// Error(kIo) when the file cannot be read.
std::unique_ptr<Connector> make_ldif_connector(std::string path, DirectoryMapping mapping);

/// [[source]] type = "ldif", path = "…", optional base_url = "…" and [source.mapping] table.
/// Throws Error(kInvalidConfig) for a missing path, a bad mapping or an unknown key.
std::unique_ptr<Connector> make_ldif_connector(SourceOptions& options);

}  // namespace kennis
