/// @file slack.h
/// Slack workspace exports (the ZIP Slack hands out, or the folder it unpacks to): profiles for
/// the users in users.json, posts for the messages in <conversation>/YYYY-MM-DD.json.
///
/// Record ids: posts "slack:<channel id>:<ts>", profiles "slack:<user id>". A person is named
/// by the lower-cased e-mail address when the user has one, else by the Slack user id (which
/// every profile lists in `aliases`). Access: public channels are "public"; a private channel
/// (groups.json) is {"groups": ["slack:<channel name>"], "persons": its members}, and its
/// members' profiles list that group; group and direct messages (mpims.json, dms.json) are
/// {"persons": their members}.
#pragma once

#include <memory>
#include <string>

#include "connector.h"
#include "source_options.h"

namespace kennis {

/// What the Slack connector reads.
struct SlackOptions {
  std::string path;        ///< export folder or .zip
  std::string url_prefix;  ///< "https://acme.slack.com": post URLs <prefix>/archives/<channel>/p<ts>
};

/// A connector over one Slack export. The export is opened in read(), which throws
/// Error(kIo) when it is missing or is not a Slack export.
std::unique_ptr<Connector> make_slack_connector(SlackOptions options);

/// [[source]] type = "slack", path = "…" (folder or .zip), url_prefix = "https://acme.slack.com"
/// (optional). Throws Error(kInvalidConfig) for a missing path or an unknown key.
std::unique_ptr<Connector> make_slack_connector(SourceOptions& options);

}  // namespace kennis
