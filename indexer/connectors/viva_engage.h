/// @file viva_engage.h
/// Viva Engage (Yammer) network data exports: profiles from Users.csv, posts from Messages.csv
/// (Groups.csv and Files.csv, when present, name groups and attached files). Columns are found
/// by header name, so exports of different vintages read alike.
///
/// Record ids: posts "engage:<message id>", profiles "engage:<user id>". A person is named by
/// the lower-cased e-mail address, else "engage:<user id>" (the profile's id, so it resolves
/// too); profiles list the bare user id in `aliases`. Access: messages in a private group are
/// {"groups": ["engage:<group name>"]}, private conversations {"persons": the participants},
/// everything else "public". Rows with deleted_at are reported to sink.deleted.
#pragma once

#include <memory>
#include <string>

#include "connector.h"
#include "source_options.h"

namespace kennis {

/// What the Viva Engage connector reads.
struct VivaEngageOptions {
  std::string path;        ///< export folder (or the export's .zip)
  std::string url_prefix;  ///< "https://www.yammer.com/acme.com": post URLs <prefix>/messages/<id>
  /// Prefix of the access group of a private group's posts. The default keeps Engage groups
  /// apart from directory groups; "" makes a private group "directie" the directory's "directie"
  /// (for organisations whose Engage groups mirror directory groups).
  std::string group_prefix = "engage:";
};

/// A connector over one Viva Engage export. The export is opened in read(), which throws
/// Error(kIo) when it is missing or holds neither Messages.csv nor Users.csv.
std::unique_ptr<Connector> make_viva_engage_connector(VivaEngageOptions options);

/// [[source]] type = "viva_engage", path = "…", url_prefix = "…", group_prefix = "…" (optional). Throws
/// Error(kInvalidConfig) for a missing path or an unknown key.
std::unique_ptr<Connector> make_viva_engage_connector(SourceOptions& options);

}  // namespace kennis
