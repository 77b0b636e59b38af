#include "viva_engage.h"

#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

#include "chat_csv.h"
#include "chat_export.h"
#include "chat_text.h"
#include "kennis/error.h"

namespace kennis {
namespace {

using nlohmann::json;

constexpr const char* kMessages = "Messages.csv";
constexpr const char* kUsers = "Users.csv";
constexpr const char* kGroups = "Groups.csv";
constexpr const char* kFiles = "Files.csv";

struct EngageUser {
  std::string person;  // lower-cased e-mail, else "engage:<id>"
  std::string name;
  nlohmann::json profile;           // emitted once the messages are read (for `groups`)
  std::string origin;
  std::vector<std::string> groups;  // private groups the user posted in
};

struct EngageGroup {
  std::string name;
  bool is_private = false;
};

// "2019-01-24 18:02:48 UTC" (what exports write), or any RFC 3339 form.
std::optional<int64_t> parse_engage_time(std::string_view text) {
  std::string s(chat::trim(text));
  for (const char* utc : {" UTC", "UTC", " +0000", "+0000"}) {
    const size_t n = std::char_traits<char>::length(utc);
    if (s.size() > n && s.compare(s.size() - n, n, utc) == 0) {
      s.replace(s.size() - n, n, "Z");
      break;
    }
  }
  return parse_rfc3339(s);
}

// Exports write "true"/"false"; anything else that is not clearly false counts as true, so
// that an unexpected spelling errs on the side of keeping a message private.
bool is_true(std::string_view text) {
  const std::string value = chat::ascii_lower(chat::trim(text));
  return !(value.empty() || value == "false" || value == "0" || value == "no" || value == "f");
}

std::string base_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

// The columns of one CSV file, looked up once.
template <size_t N>
struct Columns {
  std::optional<size_t> at[N];
};

class EngageReader {
 public:
  EngageReader(const VivaEngageOptions& options, const SourceSink& sink) : options_(options), sink_(sink) {}

  void read() {
    std::unique_ptr<chat::ExportFiles> files = chat::ExportFiles::open(options_.path);
    find_root(*files);
    for_file(*files, {kUsers, kGroups, kFiles}, [&](const std::string& name, chat::CsvReader& csv) {
      if (name == kUsers) read_users(csv);
      if (name == kGroups) read_groups(csv);
      if (name == kFiles) read_files(csv);
    });
    for_file(*files, {kMessages}, [&](const std::string&, chat::CsvReader& csv) { read_messages(csv); });
    emit_profiles();
  }

 private:
  void problem(std::string origin, std::string message) {
    sink_.problem(SourceProblem{std::move(origin), std::move(message)});
  }

  // The export's files sit at the top, or one folder down when it was zipped from a folder.
  void find_root(chat::ExportFiles& files) {
    static const std::set<std::string> kNames = {kMessages, kUsers, kGroups, kFiles};
    std::vector<std::string> found;
    files.for_each(
        [&](const std::string& path) {
          const size_t slash = path.find('/');
          if ((slash == std::string::npos || path.find('/', slash + 1) == std::string::npos) &&
              kNames.count(base_name(path)))
            found.push_back(path);
          return false;
        },
        [](const std::string&, const chat::ChunkReader&) {});
    std::set<std::string> top;
    for (const std::string& path : found)
      if (path.find('/') == std::string::npos) top.insert(path);
    if (top.empty() && !found.empty()) {
      root_ = found.front().substr(0, found.front().find('/') + 1);
      for (const std::string& path : found)
        if (path.compare(0, root_.size(), root_) == 0) top.insert(path.substr(root_.size()));
    }
    if (!top.count(kMessages) && !top.count(kUsers))
      throw Error(ErrorCode::kIo, "not a Viva Engage export (no Messages.csv or Users.csv): " + files.location());
    for (const char* name : {kMessages, kUsers})
      if (!top.count(name)) problem(name, "missing from the export");
  }

  // Calls `read` with a CSV reader for each of `names` present in the export.
  void for_file(chat::ExportFiles& files, const std::set<std::string>& names,
                const std::function<void(const std::string&, chat::CsvReader&)>& read) {
    files.for_each(
        [&](const std::string& path) {
          return path.size() > root_.size() && path.compare(0, root_.size(), root_) == 0 &&
                 names.count(path.substr(root_.size())) > 0;
        },
        [&](const std::string& path, const chat::ChunkReader& next) {
          const std::string name = path.substr(root_.size());
          try {
            chat::CsvReader csv(next);
            read(name, csv);
          } catch (const Error& e) {  // the file became unreadable part-way
            problem(name, e.what());
          }
        });
  }

  // Column indexes for `names`; nullopt (after reporting) when one of `required` is absent.
  template <size_t N>
  std::optional<Columns<N>> columns(const chat::CsvReader& csv, const char* file, const char* const (&names)[N],
                                    std::initializer_list<const char*> required) {
    Columns<N> c;
    for (size_t i = 0; i < N; ++i) c.at[i] = csv.column(names[i]);
    std::string missing;
    for (const char* name : required)
      if (!csv.column(name)) missing += std::string(missing.empty() ? "" : ", ") + name;
    if (missing.empty()) return c;
    problem(file, "no column " + missing + " in the header; the file is skipped");
    return std::nullopt;
  }

  // Reads the rows of `csv`, reporting malformed ones, and calls `use` for the others.
  void for_rows(chat::CsvReader& csv, const char* file, const std::function<void(const chat::CsvRow&, const std::string&)>& use) {
    chat::CsvRow row;
    while (csv.read(row)) {
      const std::string origin = std::string(file) + ":line " + std::to_string(row.line);
      if (!row.error.empty()) problem(origin, row.error);
      else use(row, origin);
    }
  }

  void read_users(chat::CsvReader& csv) {
    enum { kId, kName, kEmail, kJobTitle, kLocation, kDepartment, kJoinedAt, kDeletedAt, kSuspendedAt, kState };
    static const char* const kNames[] = {"id", "name", "email", "job_title", "location", "department",
                                         "joined_at", "deleted_at", "suspended_at", "state"};
    const auto c = columns(csv, kUsers, kNames, {"id"});
    if (!c) return;
    for_rows(csv, kUsers, [&](const chat::CsvRow& row, const std::string& origin) {
      const std::string id(chat::trim(field(row, c->at[kId])));
      if (id.empty()) return problem(origin, "no id");
      const std::string_view email = chat::trim(field(row, c->at[kEmail]));
      const std::optional<std::string> person = chat::person_id_from_email(email);
      EngageUser& user = users_[id];
      user.person = person.value_or(chat::clip("engage:" + id));
      for (std::string_view name : {field(row, c->at[kName]), email, std::string_view(id)}) {
        if (!chat::trim(name).empty()) {
          user.name = chat::clip(chat::trim(name));
          break;
        }
      }
      json profile = {{"id", chat::clip("engage:" + id)}, {"name", user.name}, {"aliases", json::array({id})},
                      {"source", "engage"}, {"acl", "public"}};
      if (person) {
        profile["person_id"] = *person;
        profile["email"] = std::string(email);
      }
      for (const auto& [key, column] : {std::pair{"job_title", kJobTitle}, std::pair{"department", kDepartment}, std::pair{"location", kLocation}})
        if (const std::string_view value = chat::trim(field(row, c->at[column])); !value.empty())
          profile[key] = chat::clip(value);
      const std::string state = chat::ascii_lower(chat::trim(field(row, c->at[kState])));
      profile["active"] = state != "soft_delete" && state != "deleted" && state != "hard_delete" &&
                          state != "suspended" && chat::trim(field(row, c->at[kDeletedAt])).empty() &&
                          chat::trim(field(row, c->at[kSuspendedAt])).empty();
      if (const auto joined = parse_engage_time(field(row, c->at[kJoinedAt]))) profile["created"] = format_rfc3339(*joined);
      if (!options_.url_prefix.empty()) profile["url"] = options_.url_prefix + "/users/" + id;
      if (user.profile.is_null()) user_order_.push_back(id);
      user.profile = std::move(profile);
      user.origin = origin;
    });
  }

  // The export lists no group members. Whoever posted in a private group is a member of it, so
  // their profile names the group; members who never posted get it from the directory (Viva
  // Engage communities are Microsoft 365 groups: memberOf) when group_prefix matches its names.
  void emit_profiles() {
    for (const std::string& id : user_order_) {
      EngageUser& user = users_.at(id);
      if (!user.groups.empty()) user.profile["groups"] = user.groups;
      sink_.record(SourceRecord{Kind::kProfile, std::move(user.profile), user.origin, {}, {}});
    }
  }

  void read_groups(chat::CsvReader& csv) {
    enum { kId, kName, kPrivate };
    static const char* const kNames[] = {"id", "name", "private"};
    const auto c = columns(csv, kGroups, kNames, {"id", "name"});
    if (!c) return;
    for_rows(csv, kGroups, [&](const chat::CsvRow& row, const std::string& origin) {
      const std::string id(chat::trim(field(row, c->at[kId])));
      const std::string_view name = chat::trim(field(row, c->at[kName]));
      if (id.empty() || name.empty()) return problem(origin, "no id or no name");
      groups_[id] = EngageGroup{chat::clip(name), is_true(field(row, c->at[kPrivate]))};
    });
  }

  void read_files(chat::CsvReader& csv) {
    enum { kId, kName, kOriginalName, kFileName, kDescription };
    static const char* const kNames[] = {"id", "name", "original_name", "file_name", "description"};
    const auto c = columns(csv, kFiles, kNames, {"id"});
    if (!c) return;
    for_rows(csv, kFiles, [&](const chat::CsvRow& row, const std::string& origin) {
      const std::string id(chat::trim(field(row, c->at[kId])));
      if (id.empty()) return problem(origin, "no id");
      for (size_t column : {kName, kOriginalName, kFileName, kDescription}) {
        if (const std::string_view name = chat::trim(field(row, c->at[column])); !name.empty()) {
          file_names_[id] = std::string(name);
          break;
        }
      }
    });
  }

  enum MessageColumn {
    kId, kRepliedToId, kThreadId, kGroupId, kGroupName, kParticipants, kInPrivateGroup,
    kInPrivateConversation, kSenderId, kSenderName, kSenderEmail, kTitle, kBody, kAttachments,
    kCreatedAt, kDeletedAt, kMessageColumns
  };
  using MessageColumns = Columns<kMessageColumns>;

  void read_messages(chat::CsvReader& csv) {
    static const char* const kNames[] = {
        "id", "replied_to_id", "thread_id", "group_id", "group_name", "participants", "in_private_group",
        "in_private_conversation", "sender_id", "sender_name", "sender_email", "title", "body",
        "attachments", "created_at", "deleted_at"};
    static_assert(std::size(kNames) == kMessageColumns);
    const auto c = columns(csv, kMessages, kNames, {"id", "body", "created_at"});
    if (!c) return;
    for_rows(csv, kMessages, [&](const chat::CsvRow& row, const std::string& origin) { read_message(*c, row, origin); });
  }

  void read_message(const MessageColumns& c, const chat::CsvRow& row, const std::string& origin) {
    const auto get = [&](MessageColumn column) { return chat::trim(field(row, c.at[column])); };
    const std::string id(get(kId));
    if (id.empty()) return problem(origin, "no id");
    const std::string post_id = chat::clip("engage:" + id);
    if (!get(kDeletedAt).empty()) {
      if (sink_.deleted) sink_.deleted(Kind::kPost, post_id);
      return;
    }
    const std::optional<int64_t> created = parse_engage_time(get(kCreatedAt));
    if (!created) return problem(origin, "created_at is not a date: '" + std::string(get(kCreatedAt)) + "'");
    const std::string sender_id(get(kSenderId));
    std::string author = author_of(sender_id, get(kSenderEmail));
    if (author.empty()) return problem(origin, "no sender_id and no sender_email");
    std::vector<std::string> mentions;
    std::string body = render_body(field(row, c.at[kBody]), mentions);
    std::string title(get(kTitle));
    const bool starts_thread = get(kRepliedToId).empty() && (get(kThreadId).empty() || get(kThreadId) == id);
    if (title.empty() && starts_thread) {
      if (auto heading = chat::split_heading(body)) std::tie(title, body) = std::move(*heading);
    }
    for (const std::string& file : attachment_names(get(kAttachments))) {
      body += (body.empty() ? "" : "\n") + ("Attached file: " + file);
    }
    if (body.empty()) return;  // no text and no files: nothing to find it by
    std::string group(get(kGroupName));
    const auto group_it = groups_.find(std::string(get(kGroupId)));
    if (group.empty() && group_it != groups_.end()) group = group_it->second.name;
    json acl = "public";
    if (is_true(get(kInPrivateGroup)) || (group_it != groups_.end() && group_it->second.is_private)) {
      if (group.empty()) return problem(origin, "in a private group without a name; skipped");
      const std::string name = chat::clip(options_.group_prefix + group);
      if (const auto user = users_.find(sender_id); user != users_.end()) chat::append_unique(user->second.groups, name);
      acl = {{"groups", json::array({name})}};
    } else if (is_true(get(kInPrivateConversation))) {
      acl = {{"persons", participants(get(kParticipants), author)}};
    }
    json post = {{"id", post_id}, {"body", std::move(body)}, {"author", std::move(author)},
                 {"created", format_rfc3339(*created)}, {"source", "engage"}, {"acl", std::move(acl)}};
    std::string author_name(get(kSenderName));
    if (const auto user = users_.find(sender_id); author_name.empty() && user != users_.end()) author_name = user->second.name;
    if (!author_name.empty()) post["author_name"] = chat::clip(author_name);
    if (!title.empty()) post["title"] = std::move(title);
    if (!group.empty()) post["group"] = chat::clip(group);
    if (!get(kThreadId).empty()) post["thread"] = chat::clip("engage:" + std::string(get(kThreadId)));
    if (!get(kRepliedToId).empty()) post["reply_to"] = chat::clip("engage:" + std::string(get(kRepliedToId)));
    if (!mentions.empty()) post["mentions"] = mentions;
    if (!options_.url_prefix.empty()) post["url"] = options_.url_prefix + "/messages/" + id;
    sink_.record(SourceRecord{Kind::kPost, std::move(post), origin, {}, {}});
  }

  std::string person_of(const std::string& user_id) const {
    const auto it = users_.find(user_id);
    return it != users_.end() ? it->second.person : chat::clip("engage:" + user_id);
  }

  std::string author_of(const std::string& sender_id, std::string_view sender_email) const {
    if (auto person = chat::person_id_from_email(sender_email)) return *person;
    return sender_id.empty() ? std::string() : person_of(sender_id);
  }

  // [[user:123]] → "@Name" (recorded in `mentions`), [[group:45]] → the group's name; other
  // references are left as they are.
  std::string render_body(std::string_view raw, std::vector<std::string>& mentions) const {
    std::string text;  // without the "\r" of "\r\n" line ends inside a quoted field
    text.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i)
      if (raw[i] != '\r' || i + 1 == raw.size() || raw[i + 1] != '\n') text += raw[i];
    const std::string_view body = text;
    std::string out;
    size_t pos = 0;
    for (size_t open; (open = body.find("[[", pos)) != std::string_view::npos;) {
      const size_t close = body.find("]]", open + 2);
      if (close == std::string_view::npos) break;
      const std::string_view ref = body.substr(open + 2, close - open - 2);
      const size_t colon = ref.find(':');
      const std::string_view kind = ref.substr(0, colon);
      const std::string id(colon == std::string_view::npos ? "" : ref.substr(colon + 1));
      out.append(body.substr(pos, open - pos));
      if (kind == "user" && !id.empty()) {
        chat::append_unique(mentions, person_of(id));
        const auto user = users_.find(id);
        out += "@" + (user != users_.end() ? user->second.name : id);
      } else if (const auto group = groups_.find(id); kind == "group" && group != groups_.end()) {
        out += group->second.name;
      } else {
        out.append(body.substr(open, close + 2 - open));
      }
      pos = close + 2;
    }
    out.append(body.substr(pos));
    return std::string(chat::trim(out));
  }

  // "uploadedfile:123,opengraphobject:456" → the names Files.csv gives the uploaded files.
  std::vector<std::string> attachment_names(std::string_view attachments) const {
    std::vector<std::string> names;
    for (const std::string& item : split_list(attachments)) {
      const std::string id = item.substr(item.find(':') + 1);
      if (const auto it = file_names_.find(id); it != file_names_.end()) chat::append_unique(names, it->second);
    }
    return names;
  }

  // "user:123,user:456" → the participants' person ids, with the author.
  json participants(std::string_view list, const std::string& author) const {
    std::vector<std::string> persons;
    for (const std::string& item : split_list(list)) {
      const size_t colon = item.find(':');
      if (colon != std::string::npos && item.compare(0, colon, "user") != 0) continue;
      chat::append_unique(persons, person_of(item.substr(colon == std::string::npos ? 0 : colon + 1)));
    }
    chat::append_unique(persons, author);
    return persons;
  }

  static std::vector<std::string> split_list(std::string_view list) {
    std::vector<std::string> items;
    size_t start = 0;
    while (start <= list.size()) {
      size_t end = list.find_first_of(",; ", start);
      if (end == std::string_view::npos) end = list.size();
      if (const std::string_view item = chat::trim(list.substr(start, end - start)); !item.empty())
        items.emplace_back(item);
      start = end + 1;
    }
    return items;
  }

  const VivaEngageOptions& options_;
  const SourceSink& sink_;
  std::string root_;  // "" or "<folder>/" the export sits in
  std::map<std::string, EngageUser> users_;
  std::vector<std::string> user_order_;  // ids as Users.csv lists them
  std::map<std::string, EngageGroup> groups_;
  std::map<std::string, std::string> file_names_;
};

class VivaEngageConnector : public Connector {
 public:
  explicit VivaEngageConnector(VivaEngageOptions options) : options_(std::move(options)) {}
  void read(const SourceSink& sink) override { EngageReader(options_, sink).read(); }

 private:
  VivaEngageOptions options_;
};

}  // namespace

std::unique_ptr<Connector> make_viva_engage_connector(VivaEngageOptions options) {
  while (!options.url_prefix.empty() && options.url_prefix.back() == '/') options.url_prefix.pop_back();
  return std::make_unique<VivaEngageConnector>(std::move(options));
}

std::unique_ptr<Connector> make_viva_engage_connector(SourceOptions& options) {
  VivaEngageOptions engage;
  engage.path = options.required_string("path");
  engage.url_prefix = options.string("url_prefix").value_or("");
  engage.group_prefix = options.string("group_prefix").value_or(engage.group_prefix);
  options.finish();
  return make_viva_engage_connector(std::move(engage));
}

}  // namespace kennis
