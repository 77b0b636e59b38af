#include "slack.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "chat_export.h"
#include "chat_mrkdwn.h"
#include "chat_text.h"
#include "kennis/error.h"
#include "kennis/json_io.h"

namespace kennis {
namespace {

using nlohmann::json;

// Who may read a conversation's messages, and how its folder is named.
enum class Access { kPublic, kPrivate, kGroupDm, kDm };

struct ConversationList {
  const char* file;
  Access access;
};
constexpr ConversationList kConversationLists[] = {
    {"channels.json", Access::kPublic},
    {"groups.json", Access::kPrivate},
    {"mpims.json", Access::kGroupDm},
    {"dms.json", Access::kDm},
};

struct User {
  std::string person;               // person id: lower-cased e-mail, else the Slack id
  std::string name;
  std::vector<std::string> groups;  // "slack:<private channel>" the user is a member of
};

struct Conversation {
  std::string id;
  std::string name;  // empty for direct messages
  json acl;
  bool readable = true;  // false: a problem was reported, its messages are passed over
};

// Messages Slack writes for events rather than for what people said.
bool is_system_subtype(const std::string& subtype) {
  static const std::set<std::string> kSystem = {
      "pinned_item", "unpinned_item", "bot_add", "bot_remove", "bot_enable", "bot_disable",
      "app_conversation_join", "app_conversation_leave", "tombstone", "message_deleted",
      "message_changed", "reminder_add", "joiner_notification", "joiner_notification_for_inviter",
      "ekm_access_denied", "sh_room_created"};
  return subtype.rfind("channel_", 0) == 0 || subtype.rfind("group_", 0) == 0 ||
         kSystem.count(subtype) > 0;
}

std::string str(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const json& member(const json& j, const char* key) {
  static const json kNull;
  if (!j.is_object()) return kNull;
  const auto it = j.find(key);
  return it != j.end() ? *it : kNull;
}

// j[key] when it is an object (array), else an empty one.
const json& object_member(const json& j, const char* key) {
  static const json kEmpty = json::object();
  const json& value = member(j, key);
  return value.is_object() ? value : kEmpty;
}

const json& array_member(const json& j, const char* key) {
  static const json kEmpty = json::array();
  const json& value = member(j, key);
  return value.is_array() ? value : kEmpty;
}

// "1709281800.123456" → 1709281800 (seconds; the fraction only keeps ids unique).
std::optional<int64_t> parse_ts(const std::string& ts) {
  const size_t dot = ts.find('.');
  const std::string seconds = ts.substr(0, dot);
  if (seconds.empty() || seconds.size() > 12) return std::nullopt;
  if (seconds.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  if (dot != std::string::npos &&
      (dot + 1 == ts.size() || ts.find_first_not_of("0123456789", dot + 1) != std::string::npos))
    return std::nullopt;
  return std::stoll(seconds);
}

std::string join_names(const std::string& title, const std::string& name) {
  if (title.empty() || title == name) return name;
  if (name.empty()) return title;
  return title + " (" + name + ")";
}

std::string base_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

// One read() of one export.
class SlackReader {
 public:
  SlackReader(const SlackOptions& options, const SourceSink& sink) : options_(options), sink_(sink) {}

  void read() {
    std::unique_ptr<chat::ExportFiles> files = chat::ExportFiles::open(options_.path);
    std::map<std::string, std::string> metadata = read_metadata(*files);
    read_users(metadata);
    for (const ConversationList& list : kConversationLists) read_conversations(metadata, list);
    emit_profiles();
    read_messages(*files);
  }

 private:
  void problem(std::string origin, std::string message) {
    sink_.problem(SourceProblem{std::move(origin), std::move(message)});
  }

  // Reads users.json and the conversation lists. They sit at the top of the export, or one
  // folder down when the ZIP was made from a folder; that folder becomes root_.
  std::map<std::string, std::string> read_metadata(chat::ExportFiles& files) {
    static const std::set<std::string> kNames = {"users.json", "channels.json", "groups.json",
                                                 "mpims.json", "dms.json"};
    std::map<std::string, std::string> found;  // relative path → content
    files.for_each(
        [&](const std::string& path) {
          const size_t slash = path.find('/');
          if (slash != std::string::npos && path.find('/', slash + 1) != std::string::npos) return false;
          return kNames.count(base_name(path)) > 0;
        },
        [&](const std::string& path, const chat::ChunkReader& next) {
          try {
            found[path] = chat::read_all(next);
          } catch (const Error& e) {
            problem(path, e.what());
          }
        });
    if (found.empty()) {
      throw Error(ErrorCode::kIo, "not a Slack export (no users.json or channels.json): " +
                                      files.location());
    }
    bool at_top = false;
    for (const auto& entry : found) at_top = at_top || entry.first.find('/') == std::string::npos;
    if (!at_top) root_ = found.begin()->first.substr(0, found.begin()->first.find('/') + 1);
    std::map<std::string, std::string> metadata;
    for (auto& [path, content] : found)
      if (path.size() > root_.size() && path.compare(0, root_.size(), root_) == 0 &&
          path.find('/', root_.size()) == std::string::npos)
        metadata[base_name(path)] = std::move(content);
    for (const char* required : {"users.json", "channels.json"})
      if (!metadata.count(required)) problem(required, "missing from the export");
    return metadata;
  }

  // The JSON array in `name`, or nullopt (after reporting why) when there is none.
  std::optional<json> parse_array(const std::map<std::string, std::string>& metadata,
                                  const std::string& name) {
    const auto it = metadata.find(name);
    if (it == metadata.end()) return std::nullopt;
    json array;
    try {
      array = json::parse(it->second);
    } catch (const json::exception& e) {  // parse_error, or out_of_range for a number like 1e400
      problem(name, parse_problem(e));
      return std::nullopt;
    }
    if (!array.is_array()) {
      problem(name, "not a JSON array");
      return std::nullopt;
    }
    return array;
  }

  void read_users(const std::map<std::string, std::string>& metadata) {
    const std::optional<json> users = parse_array(metadata, "users.json");
    if (!users) return;
    for (size_t i = 0; i < users->size(); ++i) {
      const json& u = (*users)[i];
      const std::string id = u.is_object() ? str(u, "id") : "";
      if (id.empty()) {
        problem("users.json:user " + std::to_string(i + 1), "not an object with an \"id\"");
        continue;
      }
      if (users_.count(id)) {
        problem("users.json:user " + std::to_string(i + 1), "user " + id + " is listed twice");
        continue;
      }
      const json& profile = object_member(u, "profile");
      User& user = users_[id];
      user.person = chat::person_id_from_email(str(profile, "email")).value_or(id);
      for (const std::string& name : {str(u, "real_name"), str(profile, "real_name"),
                                      str(profile, "display_name"), str(u, "name"), id}) {
        if (!chat::trim(name).empty()) {
          user.name = chat::clip(chat::trim(name));
          break;
        }
      }
      user_order_.push_back(id);
      user_json_.push_back(u);
    }
  }

  std::string person_of(const std::string& user_id) const {
    const auto it = users_.find(user_id);
    return it != users_.end() ? it->second.person : user_id;
  }

  void read_conversations(const std::map<std::string, std::string>& metadata, const ConversationList& list) {
    const std::optional<json> conversations = parse_array(metadata, list.file);
    if (!conversations) return;
    for (size_t i = 0; i < conversations->size(); ++i) {
      const std::string origin = std::string(list.file) + ":conversation " + std::to_string(i + 1);
      const json& c = (*conversations)[i];
      Conversation conversation;
      conversation.id = c.is_object() ? str(c, "id") : "";
      if (list.access != Access::kDm) conversation.name = c.is_object() ? str(c, "name") : "";
      if (conversation.id.empty() || (list.access != Access::kDm && conversation.name.empty())) {
        problem(origin, list.access == Access::kDm ? "not an object with an \"id\""
                                                   : "not an object with an \"id\" and a \"name\"");
        continue;
      }
      Access access = list.access;
      if (access == Access::kPublic && member(c, "is_private") == true) access = Access::kPrivate;
      conversation.acl = access_of(conversation, access, array_member(c, "members"));
      if (conversation.acl.is_null()) {
        problem(origin, "lists no members, so nobody could be given access; its messages are skipped");
        conversation.readable = false;
      }
      const std::string folder = list.access == Access::kDm ? conversation.id : conversation.name;
      if (conversations_.count(folder)) {
        problem(origin, "a second conversation with the folder name '" + folder + "'; skipped");
        continue;
      }
      if (!conversation.name.empty()) channel_names_[conversation.id] = conversation.name;
      conversations_.emplace(folder, std::move(conversation));
    }
  }

  // The acl of a conversation; null when nobody could be allowed. Members of a private
  // channel get its group on their profile.
  json access_of(const Conversation& c, Access access, const json& members) {
    if (access == Access::kPublic) return "public";
    json persons = json::array();
    std::vector<std::string> seen;
    const std::string group = "slack:" + chat::clip(c.name, chat::kMaxNameChars - 6);
    for (const json& m : members) {
      if (!m.is_string() || m.get<std::string>().empty()) continue;
      const std::string user_id = m.get<std::string>();
      std::string person = person_of(user_id);
      if (std::find(seen.begin(), seen.end(), person) != seen.end()) continue;
      seen.push_back(person);
      persons.push_back(std::move(person));
      if (access == Access::kPrivate && users_.count(user_id)) chat::append_unique(users_[user_id].groups, group);
    }
    json acl = json::object();
    if (access == Access::kPrivate) acl["groups"] = json::array({group});
    if (!persons.empty()) acl["persons"] = std::move(persons);
    return acl.empty() ? json() : acl;
  }

  void emit_profiles() {
    for (size_t i = 0; i < user_order_.size(); ++i) {
      const std::string& id = user_order_[i];
      const json& u = user_json_[i];
      const User& user = users_.at(id);
      const json& profile = object_member(u, "profile");
      json record = {{"id", "slack:" + id}, {"name", user.name}, {"aliases", json::array({id})},
                     {"active", member(u, "deleted") != true}, {"source", "slack"}, {"acl", "public"}};
      if (const auto email = chat::person_id_from_email(str(profile, "email"))) {
        record["person_id"] = *email;
        record["email"] = std::string(chat::trim(str(profile, "email")));
      }
      if (const std::string title(chat::trim(str(profile, "title"))); !title.empty())
        record["job_title"] = chat::clip(title);
      if (!user.groups.empty()) record["groups"] = user.groups;
      if (const json& updated = member(u, "updated"); updated.is_number_integer() && updated.get<int64_t>() > 0)
        record["updated"] = format_rfc3339(updated.get<int64_t>());
      if (!options_.url_prefix.empty()) record["url"] = options_.url_prefix + "/team/" + id;
      sink_.record(SourceRecord{Kind::kProfile, std::move(record), "users.json:user " + std::to_string(i + 1), {}, {}});
    }
  }

  // Day files: <root><folder>/YYYY-MM-DD.json.
  void read_messages(chat::ExportFiles& files) {
    std::set<std::string> unknown_folders;
    files.for_each(
        [&](const std::string& path) {
          if (path.size() <= root_.size() || path.compare(0, root_.size(), root_) != 0) return false;
          const std::string relative = path.substr(root_.size());
          const size_t slash = relative.find('/');
          return slash != std::string::npos && relative.find('/', slash + 1) == std::string::npos &&
                 relative.size() == slash + 16 && relative.compare(slash + 11, 5, ".json") == 0 &&
                 chat::is_iso_date(std::string_view(relative).substr(slash + 1, 10));
        },
        [&](const std::string& path, const chat::ChunkReader& next) {
          const std::string relative = path.substr(root_.size());
          const std::string folder = relative.substr(0, relative.find('/'));
          const auto conversation = conversations_.find(folder);
          if (conversation == conversations_.end()) {
            if (unknown_folders.insert(folder).second)
              problem(folder, "not a conversation in channels.json, groups.json, mpims.json or dms.json; its messages are skipped");
            return;
          }
          if (conversation->second.readable) read_day_file(conversation->second, relative, next);
        });
  }

  void read_day_file(const Conversation& conversation, const std::string& origin, const chat::ChunkReader& next) {
    json messages;
    try {
      messages = json::parse(chat::read_all(next));
    } catch (const json::exception& e) {  // parse_error, or out_of_range for a number like 1e400
      return problem(origin, parse_problem(e));
    } catch (const Error& e) {
      return problem(origin, e.what());
    }
    if (!messages.is_array()) return problem(origin, "not a JSON array of messages");
    for (size_t i = 0; i < messages.size(); ++i) {
      const std::string message_origin = origin + ":message " + std::to_string(i + 1);
      try {
        read_message(conversation, messages[i], message_origin);
      } catch (const json::exception& e) {  // a field of an unexpected type
        problem(message_origin, e.what());
      }
    }
  }

  void read_message(const Conversation& c, const json& m, const std::string& origin) {
    if (!m.is_object()) return problem(origin, "not a JSON object");
    if (const std::string type = str(m, "type"); !type.empty() && type != "message") return;
    const std::string subtype = str(m, "subtype");
    if (is_system_subtype(subtype) || member(m, "hidden") == true) return;
    const std::string ts = str(m, "ts");
    const std::optional<int64_t> created = parse_ts(ts);
    if (!created) return problem(origin, ts.empty() ? "no \"ts\"" : "\"ts\" is not a Slack timestamp: " + ts);
    const auto [author, author_name] = author_of(m, subtype);
    if (author.empty()) return problem(origin, "names no user and no bot");
    const std::string thread_ts = str(m, "thread_ts");
    const bool starts_thread = thread_ts.empty() || thread_ts == ts;
    std::string raw = str(m, "text");
    chat::PlainText heading;
    if (starts_thread) heading = bold_heading(raw);
    chat::PlainText text = plain(raw);
    std::string body = body_of(m, subtype, std::move(text.text));
    if (body.empty()) return;  // a file-less message with no text: nothing to find it by

    json post = {{"id", "slack:" + c.id + ":" + ts}, {"body", std::move(body)}, {"author", author},
                 {"created", format_rfc3339(*created)}, {"source", "slack"}, {"acl", c.acl}};
    if (!author_name.empty()) post["author_name"] = author_name;
    if (!c.name.empty()) post["group"] = chat::clip(c.name);
    if (!heading.text.empty()) post["title"] = heading.text;
    if (parse_ts(thread_ts)) {
      post["thread"] = "slack:" + c.id + ":" + thread_ts;
      if (thread_ts != ts) post["reply_to"] = post["thread"];
    }
    if (const auto edited = parse_ts(str(object_member(m, "edited"), "ts")))
      post["updated"] = format_rfc3339(*edited);
    std::vector<std::string> mentions;
    for (const auto* users : {&heading.mentioned_users, &text.mentioned_users})
      for (const std::string& user_id : *users) chat::append_unique(mentions, person_of(user_id));
    if (!mentions.empty()) post["mentions"] = mentions;
    if (json reactions = reactions_of(m); !reactions.empty()) post["reactions"] = std::move(reactions);
    if (!options_.url_prefix.empty()) post["url"] = url_of(c, ts, thread_ts);
    sink_.record(SourceRecord{Kind::kPost, std::move(post), origin, {}, {}});
  }

  // Person id and display name of a message's author; empty when there is none.
  std::pair<std::string, std::string> author_of(const json& m, const std::string& subtype) const {
    const std::string user_id = str(m, "user");
    if (subtype == "bot_message" || user_id.empty()) {
      std::string name(chat::trim(str(m, "username")));
      if (name.empty()) name = chat::trim(str(object_member(m, "bot_profile"), "name"));
      if (!name.empty()) return {chat::clip(name), chat::clip(name)};
      if (const std::string bot_id = str(m, "bot_id"); !bot_id.empty()) return {chat::clip("bot:" + bot_id), ""};
      if (user_id.empty()) return {};
    }
    if (const auto it = users_.find(user_id); it != users_.end()) return {it->second.person, it->second.name};
    std::string name;
    if (const json& profile = member(m, "user_profile"); profile.is_object())
      name = chat::trim(str(profile, "real_name").empty() ? str(profile, "display_name") : str(profile, "real_name"));
    return {chat::clip(user_id), chat::clip(name)};
  }

  // A thread's first message may open with a line all in bold: Slack's way of writing a
  // subject. Returns it as plain text and leaves the rest in `raw`; empty when there
  // is none.
  chat::PlainText bold_heading(std::string& raw) const {
    const size_t end = raw.find('\n');
    if (end == std::string::npos) return {};
    const std::string_view line = chat::trim(std::string_view(raw).substr(0, end));
    if (line.size() < 3 || line.front() != '*' || line.back() != '*' ||
        line.substr(1, line.size() - 2).find('*') != std::string_view::npos)
      return {};
    chat::PlainText heading = plain(std::string(line));
    if (heading.text.empty() || chat::clip(heading.text, chat::kMaxHeadingChars).size() != heading.text.size() ||
        chat::trim(std::string_view(raw).substr(end)).empty())
      return {};
    raw.erase(0, end);
    return heading;
  }

  chat::PlainText plain(const std::string& mrkdwn) const {
    chat::SlackNames names;
    names.user = [this](std::string_view id) {
      const auto it = users_.find(std::string(id));
      return it != users_.end() ? it->second.name : std::string();
    };
    names.channel = [this](std::string_view id) {
      const auto it = channel_names_.find(std::string(id));
      return it != channel_names_.end() ? it->second : std::string();
    };
    return chat::slack_to_plain_text(mrkdwn, names);
  }

  // The text, then one line per attached file (names and titles only: file contents are not
  // in the export), then the text of message attachments when they carry the message (bot
  // posts, messages without text of their own).
  std::string body_of(const json& m, const std::string& subtype, std::string text) const {
    std::vector<std::string> lines;
    if (!text.empty()) lines.push_back(std::move(text));
    json files = array_member(m, "files");
    if (member(m, "file").is_object()) files.push_back(member(m, "file"));
    for (const json& f : files) {
      if (!f.is_object()) continue;
      const std::string name = join_names(std::string(chat::trim(str(f, "title"))), std::string(chat::trim(str(f, "name"))));
      if (!name.empty()) lines.push_back("Attached file: " + name);
    }
    if (subtype == "bot_message" || lines.empty()) {
      for (const json& a : array_member(m, "attachments")) {
        if (!a.is_object()) continue;
        std::string content = str(a, "text").empty() ? str(a, "fallback") : str(a, "text");
        for (const std::string& part : {str(a, "pretext"), str(a, "title"), content})
          if (std::string p = plain(part).text; !p.empty()) lines.push_back(std::move(p));
      }
    }
    std::string body;
    for (const std::string& line : lines) body += (body.empty() ? "" : "\n") + line;
    return body;
  }

  static json reactions_of(const json& m) {
    json reactions = json::object();
    for (const json& r : array_member(m, "reactions")) {
      const std::string name = r.is_object() ? str(r, "name") : "";
      if (name.empty()) continue;
      int64_t count = 0;
      if (member(r, "count").is_number_integer()) count = member(r, "count").get<int64_t>();
      else count = static_cast<int64_t>(array_member(r, "users").size());
      if (count < 0) continue;
      reactions[name] = reactions.value(name, int64_t{0}) + count;
    }
    return reactions;
  }

  std::string url_of(const Conversation& c, const std::string& ts, const std::string& thread_ts) const {
    std::string digits = ts;
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    std::string url = options_.url_prefix + "/archives/" + c.id + "/p" + digits;
    if (!thread_ts.empty() && thread_ts != ts) url += "?thread_ts=" + thread_ts + "&cid=" + c.id;
    return url;
  }

  const SlackOptions& options_;
  const SourceSink& sink_;
  std::string root_;  // "" or "<folder>/" the export sits in
  std::map<std::string, User> users_;
  std::vector<std::string> user_order_;
  std::vector<json> user_json_;
  std::map<std::string, Conversation> conversations_;  // by folder name
  std::map<std::string, std::string> channel_names_;   // conversation id → name
};

class SlackConnector : public Connector {
 public:
  explicit SlackConnector(SlackOptions options) : options_(std::move(options)) {}
  void read(const SourceSink& sink) override { SlackReader(options_, sink).read(); }

 private:
  SlackOptions options_;
};

}  // namespace

std::unique_ptr<Connector> make_slack_connector(SlackOptions options) {
  while (!options.url_prefix.empty() && options.url_prefix.back() == '/') options.url_prefix.pop_back();
  return std::make_unique<SlackConnector>(std::move(options));
}

std::unique_ptr<Connector> make_slack_connector(SourceOptions& options) {
  SlackOptions slack;
  slack.path = options.required_string("path");
  slack.url_prefix = options.string("url_prefix").value_or("");
  options.finish();
  return make_slack_connector(std::move(slack));
}

}  // namespace kennis
