// JSON Lines records: parse, validate against the embedded JSON Schemas, extract fields.
#include "kennis/records.h"
#include "json_fields.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <map>

#include "embedded_schemas.h"
#include "kennis/analysis.h"
#include "kennis/error.h"
#include "kennis/json_io.h"

namespace kennis {
namespace {

using nlohmann::json;

// valijson reports a path as {"<root>", "[acl]", "[0]"}; we report JSON pointers.
std::string to_pointer(const std::vector<std::string>& context) {
  std::string pointer;
  for (const std::string& part : context) {
    if (part == "<root>") continue;
    std::string name = part;
    if (name.size() >= 2 && name.front() == '[' && name.back() == ']') name = name.substr(1, name.size() - 2);
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
    pointer += '/';
    for (char c : name) {
      if (c == '~') pointer += "~0";
      else if (c == '/') pointer += "~1";
      else pointer += c;
    }
  }
  return pointer;
}


void append_unique(std::vector<std::string>& to, const std::string& value) {
  if (!value.empty() && std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
}

// valijson compiles a std::regex for every "format": "date-time" check (it caches only
// "pattern"), which cost more than analysing the whole record. The "pattern" beside the format
// checks the shape and parse_record() checks the value with parse_rfc3339(), more strictly
// (days per month), so the validator's copy of the schemas leaves the format out; the
// published schema files keep it.
void drop_date_time_formats(json& node) {
  if (node.is_object()) {
    const auto format = node.find("format");
    if (format != node.end() && *format == "date-time") node.erase(format);
    for (auto& [key, child] : node.items()) drop_date_time_formats(child);
  } else if (node.is_array()) {
    for (json& child : node) drop_date_time_formats(child);
  }
}

bool is_local_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '%' || c == '+' || c == '-';
}
bool is_domain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// E-mail addresses written in text ("Maintainer: Jan <jan@x.org>"), lower-cased: a text that
// names a person by address mentions them (the experts model counts mentions). At most
// kMaxTextMentions, in order of appearance.
constexpr size_t kMaxTextMentions = 20;
void add_text_mentions(std::string_view text, std::vector<std::string>& mentions) {
  size_t found = 0;
  for (size_t at = text.find('@'); at != std::string_view::npos && found < kMaxTextMentions;
       at = text.find('@', at + 1)) {
    size_t begin = at, end = at + 1;
    while (begin > 0 && is_local_char(text[begin - 1]) && at - begin < 64) --begin;
    while (end < text.size() && is_domain_char(text[end]) && end - at < 255) ++end;
    while (begin < at && text[begin] == '.') ++begin;
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    const std::string_view domain = text.substr(at + 1, end - at - 1);
    const size_t dot = domain.rfind('.');
    if (begin == at || dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) continue;
    std::string address(text.substr(begin, end - begin));
    std::transform(address.begin(), address.end(), address.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    append_unique(mentions, address);
    ++found;
  }
}

}  // namespace

struct RecordSchemas::Impl {
  std::map<std::string, json> documents;  // file name -> parsed schema
  std::map<Kind, valijson::Schema> schemas;
};

RecordSchemas::RecordSchemas() : impl_(std::make_unique<Impl>()) {
  for (const auto& [name, text] : detail::embedded_schemas()) {
    try {
      drop_date_time_formats(impl_->documents[std::string(name)] = json::parse(text));
    } catch (const json::exception& e) {
      throw Error(ErrorCode::kInternal, "schema " + std::string(name) + " is not valid JSON: " + e.what());
    }
  }
  using Adapter = valijson::adapters::NlohmannJsonAdapter;
  auto fetch = [this](const std::string& uri) -> const json* {
    const auto slash = uri.find_last_of('/');
    const std::string file = slash == std::string::npos ? uri : uri.substr(slash + 1);
    const auto it = impl_->documents.find(file);
    return it == impl_->documents.end() ? nullptr : new json(it->second);
  };
  auto free_doc = [](const json* doc) { delete doc; };
  for (Kind kind : {Kind::kPost, Kind::kDocument, Kind::kProfile}) {
    const std::string file = std::string(kind_name(kind)) + ".schema.json";
    const auto it = impl_->documents.find(file);
    if (it == impl_->documents.end()) throw Error(ErrorCode::kInternal, "schema " + file + " is not embedded");
    valijson::SchemaParser parser;
    try {
      parser.populateSchema(Adapter(it->second), impl_->schemas[kind], fetch, free_doc);
    } catch (const std::exception& e) {
      throw Error(ErrorCode::kInternal, "schema " + file + ": " + e.what());
    }
  }
}

RecordSchemas::~RecordSchemas() = default;

std::string RecordSchemas::validate(Kind kind, const json& record, std::string* pointer) const {
  // Unknown fields are the most common mistake of a feeding tool; name them plainly.
  const json& properties = impl_->documents.at(std::string(kind_name(kind)) + ".schema.json").at("properties");
  if (record.is_object()) {
    for (const auto& [key, value] : record.items()) {
      if (!properties.contains(key)) {
        if (pointer) *pointer = "/" + key;
        return "unknown field '" + key + "' for a " + std::string(kind_name(kind));
      }
    }
    // valijson reports a missing field at the record itself; point at the field instead.
    const json& schema = impl_->documents.at(std::string(kind_name(kind)) + ".schema.json");
    for (const json& key : schema.value("required", json::array())) {
      if (!record.contains(key.get<std::string>())) {
        if (pointer) *pointer = "/" + key.get<std::string>();
        return "missing required field '" + key.get<std::string>() + "' of a " + std::string(kind_name(kind));
      }
    }
  }
  // One validator per thread: it caches the compiled std::regex of each "pattern", and
  // compiling them again for every record cost more than all of the record's analysis.
  thread_local valijson::Validator validator;
  valijson::ValidationResults results;
  if (validator.validate(impl_->schemas.at(kind), valijson::adapters::NlohmannJsonAdapter(record), &results))
    return {};
  // valijson reports the outermost failure first ("failed to validate against schema
  // associated with property …"); the innermost one says what is actually wrong.
  valijson::ValidationResults::Error error, deepest;
  size_t depth = 0;
  while (results.popError(error)) {
    if (deepest.description.empty() || error.context.size() > depth) {
      deepest = error;
      depth = error.context.size();
    }
  }
  if (pointer) *pointer = to_pointer(deepest.context);
  return deepest.description.empty() ? "does not match the " + std::string(kind_name(kind)) + " schema"
                                     : deepest.description;
}

std::variant<Record, RecordError> parse_record(Kind kind, std::string_view line, const RecordSchemas& schemas) {
  RecordError error;
  json j;
  try {
    j = json::parse(line);
  } catch (const json::exception& e) {  // parse_error, or out_of_range for a number like 1e400
    error.message = parse_problem(e);  // never e.what(): it quotes the record's text
    return error;
  }
  return to_record(kind, std::move(j), schemas);
}

std::variant<Record, RecordError> to_record(Kind kind, json j, const RecordSchemas& schemas) {
  RecordError error;
  if (!j.is_object()) {
    error.message = "a record must be a JSON object";
    return error;
  }
  std::string message = schemas.validate(kind, j, &error.pointer);
  if (!message.empty()) {
    error.message = std::move(message);
    return error;
  }

  Record r;
  r.kind = kind;
  r.id = j.at("id").get<std::string>();
  r.title = detail::json_text(j, "title");
  r.body = detail::json_text(j, "body");
  r.lang = primary_language(detail::json_text(j, "lang"));
  for (const auto& [key, slot] : {std::pair{"created", &r.created}, std::pair{"updated", &r.updated}}) {
    const std::string text = detail::json_text(j, key);
    if (text.empty()) continue;
    *slot = parse_rfc3339(text);
    if (!*slot) {
      error.pointer = std::string("/") + key;
      error.message = "not a valid RFC 3339 date-time: " + text;
      return error;
    }
  }
  const json& acl = j.at("acl");
  if (acl.is_string()) {
    r.acl.is_public = true;
  } else {
    r.acl.groups = detail::json_texts(acl, "groups");
    r.acl.persons = detail::json_texts(acl, "persons");
    if (r.acl.groups.empty() && r.acl.persons.empty()) {
      error.pointer = "/acl";
      error.message = "names no group or person, so nobody could see the record";
      return error;
    }
  }
  r.group = detail::json_text(j, "group");
  r.tags = detail::json_texts(j, "tags");
  switch (kind) {
    case Kind::kPost:
      append_unique(r.people, detail::json_text(j, "author"));
      r.thread = detail::json_text(j, "thread");
      if (r.thread.empty()) r.thread = r.id;
      r.reply_to = detail::json_text(j, "reply_to");
      r.mentions = detail::json_texts(j, "mentions");
      add_text_mentions(r.body, r.mentions);
      break;
    case Kind::kDocument:
      for (const std::string& author : detail::json_texts(j, "authors")) append_unique(r.people, author);
      append_unique(r.people, detail::json_text(j, "owner"));
      add_text_mentions(r.body, r.mentions);
      if (const std::string path = detail::json_text(j, "path"); !path.empty()) r.extra_text.push_back(path);
      break;
    case Kind::kProfile: {
      const std::string person = detail::json_text(j, "person_id");
      append_unique(r.people, person.empty() ? r.id : person);
      const std::string name = detail::json_text(j, "name");
      if (r.title.empty()) r.title = name;
      if (r.body.empty()) r.body = detail::json_text(j, "about");
      else if (const std::string about = detail::json_text(j, "about"); !about.empty()) r.extra_text.push_back(about);
      if (r.title != name) r.extra_text.push_back(name);
      for (const char* key : {"job_title", "department", "location", "email"})
        if (std::string v = detail::json_text(j, key); !v.empty()) r.extra_text.push_back(std::move(v));
      for (const char* key : {"skills", "ask_me_about"})
        for (std::string& v : detail::json_texts(j, key)) r.extra_text.push_back(std::move(v));
      break;
    }
  }
  r.source_json = std::move(j);
  return r;
}

}  // namespace kennis
