/// @file chat_mrkdwn.h
/// Slack message text ("mrkdwn" with Slack's escapes) to clean plain text for indexing.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kennis::chat {

/// Names for the ids a Slack message refers to; each returns "" when the id is unknown.
struct SlackNames {
  std::function<std::string(std::string_view user_id)> user;
  std::function<std::string(std::string_view channel_id)> channel;
};

/// A message text made plain.
struct PlainText {
  std::string text;
  std::vector<std::string> mentioned_users;  ///< Slack user ids of <@U…>, first mention order
};

/// Turns Slack message text into plain text:
///   <@U123> → "@Name" (the user's name, else the label, else the id), recorded as a mention;
///   <#C123|general> → "#general"; <!here> → "@here"; <!date^…|fallback> → "fallback";
///   <http://x|label> → "label (http://x)"; <http://x> → "http://x"; <mailto:a@b|a@b> → "a@b";
///   *bold*, _italic_, ~strike~ lose their markers (only where Slack would format them, so
///   snake_case and "*.so" stay as they are); `code` and ```blocks``` lose their backticks and
///   are otherwise left alone; &amp; &lt; &gt; are decoded. The result is trimmed.
/// Never throws for any input; the output is valid UTF-8 when the input is.
PlainText slack_to_plain_text(std::string_view mrkdwn, const SlackNames& names);

}  // namespace kennis::chat
