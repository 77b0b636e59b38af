// The stored record's binary layout (stored_record.h): writing and reading it.
#include "stored_record.h"

#include <unordered_map>

#include "json_fields.h"

namespace kennis {
namespace {

constexpr char kMagic = 'k';

enum Tag : uint8_t {
  kKind = 1, kId, kUrl, kTitle, kBody, kJson, kJsonBodyRemoved,
  kName = 16, kEmail, kPersonId, kDepartment, kLocation, kAliases, kLanguages, kGroups, kInactive,
  kJobTitle = 32, kSkills, kAskMeAbout, kAbout,
};

void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

bool get_varint(std::string_view& in, uint64_t* v) {
  uint64_t value = 0;
  for (unsigned shift = 0; shift < 64 && !in.empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    value |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) {
      *v = value;
      return true;
    }
  }
  return false;
}

void put_string(std::string& out, std::string_view s) {
  put_varint(out, s.size());
  out.append(s);
}

bool get_string(std::string_view& in, std::string_view* s) {
  uint64_t n = 0;
  if (!get_varint(in, &n) || n > in.size()) return false;
  *s = in.substr(0, n);
  in.remove_prefix(n);
  return true;
}

void put_field(std::string& out, Tag tag, std::string_view bytes) {
  out += static_cast<char>(tag);
  put_string(out, bytes);
}

std::string list(const std::vector<std::string>& values) {
  std::string out;
  put_varint(out, values.size());
  for (const std::string& v : values) put_string(out, v);
  return out;
}

std::vector<std::string_view> read_list(std::string_view in) {
  std::vector<std::string_view> out;
  uint64_t n = 0;
  if (!get_varint(in, &n)) return out;
  for (uint64_t i = 0; i < n; ++i) {
    std::string_view s;
    if (!get_string(in, &s)) break;
    out.push_back(s);
  }
  return out;
}

// A text field: the text, its language, its distinct words and its tokens' spans.
std::string text_field(std::string_view text, std::string_view lang, const std::vector<Token>* tokens,
                       const std::vector<std::string>* stems) {
  std::string out;
  put_string(out, text);
  put_string(out, lang);
  std::string words, spans;
  size_t word_count = 0, token_count = 0;
  if (tokens) {
    std::unordered_map<std::string, uint32_t> ids;  // text + '\0' + stem
    uint32_t previous = 0;
    for (size_t i = 0; i < tokens->size(); ++i) {
      const Token& token = (*tokens)[i];
      if (token.end > kMaxHighlightBytes) break;
      const std::string& stem = stems ? (*stems)[i] : std::string();
      std::string key = token.text;
      key += '\0';
      key += stem;
      auto [it, fresh] = ids.try_emplace(std::move(key), static_cast<uint32_t>(ids.size()));
      if (fresh) {
        put_string(words, token.text);
        put_string(words, stem);
        ++word_count;
      }
      put_varint(spans, it->second);
      // Signed delta, zigzag-encoded: joined forms and compound parts may start before the
      // token the analyser emitted before them; the order is kept as the analyser made it.
      const int64_t delta = static_cast<int64_t>(token.start) - static_cast<int64_t>(previous);
      put_varint(spans, delta >= 0 ? static_cast<uint64_t>(delta) << 1 : (static_cast<uint64_t>(-delta) << 1) | 1);
      put_varint(spans, token.end - token.start);
      previous = token.start;
      ++token_count;
    }
  }
  put_varint(out, word_count);
  out += words;
  put_varint(out, token_count);
  out += spans;
  return out;
}

bool read_text(std::string_view in, StoredText* t) {
  uint64_t n = 0;
  if (!get_string(in, &t->text) || !get_string(in, &t->lang)) return false;
  // words: count, then pairs; find where they end.
  const std::string_view words_start = in;
  if (!get_varint(in, &n)) return false;
  for (uint64_t i = 0; i < 2 * n; ++i) {
    std::string_view s;
    if (!get_string(in, &s)) return false;
  }
  t->words = words_start.substr(0, words_start.size() - in.size());
  t->tokens = in;
  return true;
}

std::string joined(const nlohmann::json& j, const char* key) {
  std::string out;
  for (const std::string& v : detail::json_texts(j, key)) {
    if (!out.empty()) out += ", ";
    out += v;
  }
  return out;
}

}  // namespace

TextWords::TextWords(const StoredText& t) : data_(t.words) {
  uint64_t n = 0;
  if (get_varint(data_, &n)) count_ = n;
}

bool TextWords::next(std::string_view* word, std::string_view* stem) {
  if (read_ >= count_ || !get_string(data_, word) || !get_string(data_, stem)) return false;
  ++read_;
  return true;
}

TextTokens::TextTokens(const StoredText& t) : data_(t.tokens) {
  uint64_t n = 0;
  if (get_varint(data_, &n)) count_ = n;
}

bool TextTokens::next(uint32_t* start, uint32_t* end, uint32_t* word) {
  uint64_t w = 0, delta = 0, length = 0;
  if (read_ >= count_ || !get_varint(data_, &w) || !get_varint(data_, &delta) || !get_varint(data_, &length))
    return false;
  start_ += (delta & 1) ? -static_cast<uint32_t>(delta >> 1) : static_cast<uint32_t>(delta >> 1);
  *start = start_;
  *end = start_ + static_cast<uint32_t>(length);
  *word = static_cast<uint32_t>(w);
  ++read_;
  return true;
}

std::string StoredRecordWriter::encode(const Analyzer& analyzer, const std::string& lang, bool compounds) const {
  const Record& r = record_;
  std::string out;
  out += kMagic;
  put_varint(out, kStoredRecordVersion);
  put_field(out, kKind, std::string(1, static_cast<char>(r.kind)));
  put_field(out, kId, r.id);
  const nlohmann::json& j = r.source_json;
  put_field(out, kUrl, detail::json_text(j, "url"));
  put_field(out, kTitle, text_field(r.title, title_.lang, title_.tokens, title_.stems));
  put_field(out, kBody, text_field(r.body, body_.lang, body_.tokens, body_.stems));

  // The JSON as given, with "kind", without the body (which the body field holds).
  nlohmann::json data = j;
  data["kind"] = std::string(kind_name(r.kind));
  const auto body = data.find("body");
  const bool remove_body = r.kind != Kind::kProfile && body != data.end() && body->is_string() &&
                           !r.body.empty() && body->get<std::string>() == r.body;
  if (remove_body) {
    data.erase("body");
    put_field(out, kJsonBodyRemoved, "");
  }
  put_field(out, kJson, data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));

  if (r.kind == Kind::kProfile) {
    put_field(out, kName, detail::json_text(j, "name"));
    put_field(out, kEmail, detail::json_text(j, "email"));
    put_field(out, kPersonId, detail::json_text(j, "person_id"));
    put_field(out, kDepartment, detail::json_text(j, "department"));
    put_field(out, kLocation, detail::json_text(j, "location"));
    put_field(out, kAliases, list(detail::json_texts(j, "aliases")));
    std::vector<std::string> languages;
    for (const std::string& tag : detail::json_texts(j, "languages")) languages.push_back(primary_language(tag));
    put_field(out, kLanguages, list(languages));
    put_field(out, kGroups, list(detail::json_texts(j, "groups")));
    const auto active = j.find("active");
    if (active != j.end() && active->is_boolean() && !active->get<bool>()) put_field(out, kInactive, "");
    // The fields experts' profile evidence highlights, analysed as the indexer analyses text.
    for (auto [tag, text] : {std::pair{kJobTitle, detail::json_text(j, "job_title")}, std::pair{kSkills, joined(j, "skills")},
                             std::pair{kAskMeAbout, joined(j, "ask_me_about")}, std::pair{kAbout, detail::json_text(j, "about")}}) {
      if (text.empty()) continue;
      const std::vector<Token> tokens = analyzer.analyze(text, compounds ? lang : std::string());
      std::vector<std::string> stems;
      stems.reserve(tokens.size());
      for (const Token& t : tokens) stems.push_back(analyzer.stem(t, lang));
      put_field(out, tag, text_field(text, lang, &tokens, &stems));
    }
  }
  return out;
}

std::optional<StoredRecord> read_stored_record(std::string data) {
  StoredRecord r;
  auto owned = std::make_shared<const std::string>(std::move(data));
  std::string_view in = *owned;
  uint64_t version = 0;
  if (in.empty() || in.front() != kMagic) return std::nullopt;
  in.remove_prefix(1);
  if (!get_varint(in, &version) || version != kStoredRecordVersion) return std::nullopt;
  while (!in.empty()) {
    const auto tag = static_cast<uint8_t>(in.front());
    in.remove_prefix(1);
    std::string_view bytes;
    if (!get_string(in, &bytes)) return std::nullopt;
    switch (tag) {
      case kKind:
        if (bytes.size() == 1 && static_cast<uint8_t>(bytes[0]) <= static_cast<uint8_t>(Kind::kProfile))
          r.kind = static_cast<Kind>(bytes[0]);
        break;
      case kId: r.id = bytes; break;
      case kUrl: r.url = bytes; break;
      case kTitle: read_text(bytes, &r.title); break;
      case kBody: read_text(bytes, &r.body); break;
      case kJson: r.json_ = bytes; break;
      case kJsonBodyRemoved: r.json_body_removed_ = true; break;
      case kName: r.name = bytes; break;
      case kEmail: r.email = bytes; break;
      case kPersonId: r.person_id = bytes; break;
      case kDepartment: r.department = bytes; break;
      case kLocation: r.location = bytes; break;
      case kAliases: r.aliases = read_list(bytes); break;
      case kLanguages: r.languages = read_list(bytes); break;
      case kGroups: r.groups = read_list(bytes); break;
      case kInactive: r.active = false; break;
      case kJobTitle: read_text(bytes, &r.job_title); break;
      case kSkills: read_text(bytes, &r.skills); break;
      case kAskMeAbout: read_text(bytes, &r.ask_me_about); break;
      case kAbout: read_text(bytes, &r.about); break;
      default: break;  // a field a newer writer added
    }
  }
  r.data = std::move(owned);
  return r;
}

std::string StoredRecord::json() const {
  if (!json_body_removed_) return std::string(json_);
  nlohmann::json j = nlohmann::json::parse(json_, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return std::string(json_);
  j["body"] = std::string(body.text);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace kennis
