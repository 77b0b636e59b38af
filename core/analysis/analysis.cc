// The analysis chain: ICU word segmentation over UTF-8, then per word NFKC case folding and
// accent folding, then (on request) Snowball stemming. See include/kennis/analysis.h.
#include "kennis/analysis.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/unistr.h>

#include <xapian.h>

#include <algorithm>
#include <map>
#include <unordered_set>
#include <utility>
#include <mutex>

#include "compounds.h"
#include "kennis/error.h"

namespace kennis {
namespace {

const icu::Normalizer2& nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw Error(ErrorCode::kInternal, "ICU NFKC_Casefold unavailable");
  return *n;
}

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw Error(ErrorCode::kInternal, "ICU NFD unavailable");
  return *n;
}

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw Error(ErrorCode::kInternal, "ICU NFC unavailable");
  return *n;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// Letters that have no canonical decomposition but that people type without their stroke or
// ligature: "Ærø" is searched as "aero", "Łódź" as "lodz".
const char16_t* fold_letter(UChar32 c) {
  switch (c) {
    case 0x00E6: return u"ae";  // æ
    case 0x0153: return u"oe";  // œ
    case 0x00F8: return u"o";   // ø
    case 0x00F0: return u"d";   // ð
    case 0x00FE: return u"th";  // þ
    case 0x0111: return u"d";   // đ
    case 0x0127: return u"h";   // ħ
    case 0x0131: return u"i";   // dotless ı
    case 0x0142: return u"l";   // ł
    case 0x0140: return u"l";   // ŀ
    case 0x0167: return u"t";   // ŧ
    default: return nullptr;
  }
}

// Combining marks are removed only where they are accents on a letter that is still read the
// same without them (Latin, Greek, Cyrillic) and for Arabic vowel signs (harakat), which
// writers mostly omit. Elsewhere (kana voicing marks, Indic and Thai vowel signs) a mark
// changes the word, so it stays.
bool drop_mark(UChar32 mark, UScriptCode base_script) {
  switch (base_script) {
    case USCRIPT_LATIN:
    case USCRIPT_GREEK:
    case USCRIPT_CYRILLIC:
      return true;
    case USCRIPT_ARABIC:
      return (mark >= 0x064B && mark <= 0x065F) || mark == 0x0670;
    default:
      return false;
  }
}

// Accent folding of an already case-folded string.
icu::UnicodeString fold_accents(const icu::UnicodeString& folded) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = nfd().normalize(folded, status);
  if (U_FAILURE(status)) return folded;
  icu::UnicodeString out;
  UScriptCode base_script = USCRIPT_COMMON;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      if (!drop_mark(c, base_script)) out.append(c);
      continue;
    }
    UErrorCode script_status = U_ZERO_ERROR;
    base_script = uscript_getScript(c, &script_status);
    if (const char16_t* replacement = fold_letter(c)) {
      out.append(replacement, -1);
    } else {
      out.append(c);
    }
  }
  icu::UnicodeString composed = nfc().normalize(out, status);
  return U_FAILURE(status) ? out : composed;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Case folding and accent folding of one word. `lower` receives the case-folded form when it
// differs from the result.
std::string normalize_word(std::string_view word, std::string* lower) {
  if (is_ascii(word)) {
    std::string out(word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString input =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString cased = nfkc_casefold().normalize(input, status);
  if (U_FAILURE(status)) cased = input;
  // Word processors write ’ or ‘ where people type ': "l’hôtel" must match "l'hôtel".
  cased.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString(u'\''));
  cased.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2018)), icu::UnicodeString(u'\''));
  icu::UnicodeString folded = fold_accents(cased);
  std::string out = to_utf8(folded);
  if (lower && folded != cased) *lower = to_utf8(cased);
  return out;
}

bool is_word_status(int32_t status) {
  // UBRK_WORD_NUMBER, _LETTER, _KANA, _IDEO (100..499); UBRK_WORD_NONE is 0..99.
  return status >= UBRK_WORD_NONE_LIMIT;
}

bool is_emoji_segment(std::string_view segment) {
  int32_t i = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(segment.data());
  const auto length = static_cast<int32_t>(segment.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0x2000 && u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) return true;
  }
  return false;
}

// An emoji sequence without presentation selectors and skin tones, so 👍🏽 finds 👍.
std::string normalize_emoji(std::string_view segment) {
  std::string out;
  int32_t i = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(segment.data());
  const auto length = static_cast<int32_t>(segment.size());
  while (i < length) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF)) continue;
    if (u_isspace(c)) continue;
    out.append(segment.substr(static_cast<size_t>(begin), static_cast<size_t>(i - begin)));
  }
  return out;
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of a "++" / "#" suffix that belongs to the word ending at `end` ("C++", "C#", "F#"),
// as Xapian's own term generator does, provided no further word character follows.
size_t suffix_length(std::string_view text, size_t end) {
  size_t n = 0;
  if (text.compare(end, 2, "++") == 0) {
    n = 2;
  } else if (text.compare(end, 1, "#") == 0) {
    n = 1;
  } else {
    return 0;
  }
  if (end + n < text.size() && is_ascii_alnum(text[end + n])) return 0;
  return n;
}

// The word without a short part before or after its apostrophe: l'|ecole, qu'|il, auto|'s.
// `word` is the original text of the token, for the parts' byte offsets.
std::vector<Token> elision_parts(const Token& token, std::string_view word) {
  std::vector<Token> out;
  const size_t apostrophe = token.text.find('\'');
  const size_t lower_apostrophe = token.lower.find('\'');
  // In the original the apostrophe may be ' or a typographic ’ or ‘ (3 bytes).
  size_t at = word.find('\''), width = 1;
  for (std::string_view typographic : {"\u2019", "\u2018"}) {
    const size_t p = word.find(typographic);
    if (p < at) at = p, width = typographic.size();
  }
  if (at == std::string_view::npos) return out;
  auto part = [&](bool after) {
    Token t = token;
    if (after) t.start = token.start + static_cast<uint32_t>(at + width);
    else t.end = token.start + static_cast<uint32_t>(at);
    if (t.start >= t.end) return;
    t.text = after ? token.text.substr(apostrophe + 1) : token.text.substr(0, apostrophe);
    if (lower_apostrophe != std::string::npos)
      t.lower = after ? token.lower.substr(lower_apostrophe + 1) : token.lower.substr(0, lower_apostrophe);
    if (t.lower == t.text) t.lower.clear();
    if (!t.text.empty()) out.push_back(std::move(t));
  };
  const size_t before = apostrophe, after = token.text.size() - apostrophe - 1;
  // The kept part must be a word of its own (3+ bytes): "it's" stays whole.
  if ((before <= 2 || token.text.compare(0, apostrophe, "qu") == 0) && after >= 3) part(/*after=*/true);
  if (after <= 2 && before >= 3) part(/*after=*/false);
  return out;
}

// Byte offsets of compound parts in the original word, when the original has as many code
// points as its case-folded form (it has, unless folding expanded a letter such as ß);
// otherwise the parts keep the whole word's offsets.
void set_part_offsets(std::string_view original, const Token& token, std::vector<Token>& parts) {
  const std::string& lower = token.lower.empty() ? token.text : token.lower;
  std::vector<uint32_t> starts;  // byte offset of each code point of `original`, then its end
  const auto* bytes = reinterpret_cast<const uint8_t*>(original.data());
  const auto length = static_cast<int32_t>(original.size());
  for (int32_t i = 0; i < length;) {
    starts.push_back(static_cast<uint32_t>(i));
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
  }
  starts.push_back(static_cast<uint32_t>(length));
  const icu::UnicodeString folded = icu::UnicodeString::fromUTF8(lower);
  if (static_cast<size_t>(folded.countChar32()) + 1 != starts.size()) return;
  size_t from = 0;  // parts appear in order of their start; find each in the folded word
  for (Token& part : parts) {
    const std::string& part_lower = part.lower.empty() ? part.text : part.lower;
    const icu::UnicodeString p = icu::UnicodeString::fromUTF8(part_lower);
    int32_t at = folded.indexOf(p, static_cast<int32_t>(from));
    if (at < 0) at = folded.indexOf(p);
    if (at < 0) continue;
    const int32_t cp_begin = folded.countChar32(0, at);
    const int32_t cp_end = cp_begin + p.countChar32();
    part.start = token.start + starts[static_cast<size_t>(cp_begin)];
    part.end = token.start + starts[static_cast<size_t>(cp_end)];
  }
}

}  // namespace

struct Analyzer::Impl {
  AnalyzerConfig config;
  std::unique_ptr<icu::BreakIterator> words;
  std::map<std::string, Xapian::Stem, std::less<>> stemmers;
};

Analyzer::Analyzer(const AnalyzerConfig& config) : impl_(std::make_unique<Impl>()) {
  impl_->config = config;
  UErrorCode status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !impl_->words)
    throw Error(ErrorCode::kInternal, std::string("ICU word break iterator: ") + u_errorName(status));
}

Analyzer::~Analyzer() = default;

std::vector<Token> Analyzer::analyze(std::string_view utf8, std::string_view compound_lang) const {
  std::vector<Token> tokens = segment(utf8);
  if (compound_lang.empty() || !detail::CompoundSplitter::get(compound_lang)) return tokens;
  std::vector<Token> out;
  out.reserve(tokens.size() + tokens.size() / 8);
  for (Token& token : tokens) {
    std::vector<Token> parts = token.text.size() >= 8 ? compound_parts(token, compound_lang, false) : std::vector<Token>{};
    if (!parts.empty()) set_part_offsets(utf8.substr(token.start, token.end - token.start), token, parts);
    out.push_back(std::move(token));
    for (Token& part : parts) out.push_back(std::move(part));
  }
  return out;
}

std::vector<Token> Analyzer::compound_parts(const Token& token, std::string_view lang, bool leaves_only) const {
  std::vector<Token> out;
  const detail::CompoundSplitter* splitter = detail::CompoundSplitter::get(lang);
  if (!splitter || token.text.size() < 8) return out;
  const std::string& lower = token.lower.empty() ? token.text : token.lower;
  const std::vector<detail::CompoundPart> parts = splitter->split(lower);
  if (parts.empty()) return out;
  const icu::UnicodeString word = icu::UnicodeString::fromUTF8(lower);
  for (const detail::CompoundPart& p : parts) {
    if (leaves_only && std::any_of(parts.begin(), parts.end(), [&](const detail::CompoundPart& q) {
          return (q.begin > p.begin || q.end < p.end) && q.begin >= p.begin && q.end <= p.end;
        }))
      continue;
    const int32_t from = word.moveIndex32(0, static_cast<int32_t>(p.begin));
    const int32_t to = word.moveIndex32(0, static_cast<int32_t>(p.end));
    std::string part_lower;
    word.tempSubStringBetween(from, to).toUTF8String(part_lower);
    Token t;
    t.text = normalize_word(part_lower, &t.lower);
    t.position = token.position;
    t.start = token.start;
    t.end = token.end;
    out.push_back(std::move(t));
  }
  return out;
}

namespace detail {
extern const std::pair<std::string_view, std::string_view> kStopwordLists[];
extern const size_t kStopwordListCount;
}  // namespace detail

bool Analyzer::is_stopword(const Token& token, std::string_view lang) {
  using Lists = std::map<std::string, std::unordered_set<std::string>, std::less<>>;
  static const Lists* lists = [] {
    auto* out = new Lists();
    for (size_t i = 0; i < detail::kStopwordListCount; ++i) {
      auto& set = (*out)[std::string(detail::kStopwordLists[i].first)];
      std::string_view words = detail::kStopwordLists[i].second;
      while (!words.empty()) {
        const size_t space = words.find(' ');
        set.insert(normalize_word(words.substr(0, space), nullptr));
        words = space == std::string_view::npos ? std::string_view() : words.substr(space + 1);
      }
    }
    return out;
  }();
  const auto it = lists->find(lang);
  return it != lists->end() && it->second.count(token.text) > 0;
}

std::string analysis_data_id() { return detail::compound_dictionaries_id(); }

bool Analyzer::splits_compounds(std::string_view lang) { return detail::CompoundSplitter::get(lang) != nullptr; }

std::vector<Token> Analyzer::segment(std::string_view utf8) const {
  std::vector<Token> tokens;
  if (utf8.empty()) return tokens;
  if (utf8.size() > static_cast<size_t>(INT32_MAX)) utf8 = utf8.substr(0, INT32_MAX);
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return tokens;
  icu::BreakIterator& bi = *impl_->words;
  bi.setText(text, status);
  if (U_FAILURE(status)) {
    utext_close(text);
    return tokens;
  }

  uint32_t position = 0;
  // Current run of letter words joined by single hyphens ("e-mail", "state-of-the-art").
  size_t chain_first = 0, chain_length = 0;
  auto close_chain = [&] {
    if (chain_length >= 2 && chain_length <= 4) {
      Token joined;
      joined.position = tokens[chain_first].position;
      joined.start = tokens[chain_first].start;
      joined.end = tokens.back().end;
      for (size_t i = chain_first; i < tokens.size(); ++i) joined.text += tokens[i].text;
      if (joined.text.size() <= impl_->config.max_token_bytes) tokens.push_back(std::move(joined));
    }
    chain_length = 0;
  };

  int32_t start = bi.first();
  for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
    const int32_t rule = bi.getRuleStatus();
    auto word_start = static_cast<size_t>(start);
    auto word_end = static_cast<size_t>(end);
    const std::string_view segment = utf8.substr(word_start, word_end - word_start);
    std::string normalized, lower;
    if (is_word_status(rule)) {
      if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_LETTER_LIMIT) {
        // The "+" and "#" segments that follow are not words, so the loop skips them anyway.
        word_end += suffix_length(utf8, word_end);
      }
      normalized = normalize_word(utf8.substr(word_start, word_end - word_start), &lower);
    } else if (impl_->config.emoji && is_emoji_segment(segment)) {
      normalized = normalize_emoji(segment);
    } else {
      continue;
    }
    const bool letters = rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_LETTER_LIMIT;
    const bool hyphen_joined = chain_length > 0 && letters && word_start >= 1 &&
                               utf8[word_start - 1] == '-' &&
                               tokens.back().end + 1 == word_start;
    if (!hyphen_joined) close_chain();
    if (normalized.empty() || normalized.size() > impl_->config.max_token_bytes) {
      ++position;  // a dropped word still separates its neighbours in phrases
      chain_length = 0;
      continue;
    }
    Token token{std::move(normalized), std::move(lower), position++,
                static_cast<uint32_t>(word_start), static_cast<uint32_t>(word_end)};
    if (token.text.find('\'') != std::string::npos) {
      // Elisions and clitics ("l'école", "qu'il", "auto's", "zo'n"): the word is also indexed
      // without its short part, at the same position, so "école" finds "l'école".
      close_chain();
      std::vector<Token> parts = elision_parts(token, utf8.substr(word_start, word_end - word_start));
      tokens.push_back(std::move(token));
      for (Token& part : parts) tokens.push_back(std::move(part));
      continue;
    }
    tokens.push_back(std::move(token));
    if (letters) {
      if (chain_length == 0) chain_first = tokens.size() - 1;
      ++chain_length;
    }
  }
  close_chain();
  utext_close(text);
  return tokens;
}

std::string Analyzer::normalize(std::string_view word) const { return normalize_word(word, nullptr); }

std::string Analyzer::stem(const Token& token, std::string_view lang) const {
  if (lang.empty()) return {};
  auto it = impl_->stemmers.find(lang);
  if (it == impl_->stemmers.end()) {
    Xapian::Stem stemmer;
    if (has_stemmer(lang)) stemmer = Xapian::Stem(std::string(lang));
    it = impl_->stemmers.emplace(std::string(lang), stemmer).first;
  }
  // Numbers have no inflections; stemming them would only double their terms.
  if (it->second.is_none() || token.text.empty() || (token.text[0] >= '0' && token.text[0] <= '9'))
    return {};
  const std::string& input = token.lower.empty() ? token.text : token.lower;
  std::string stemmed = it->second(input);
  if (is_ascii(stemmed)) return stemmed;
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(stemmed);
  return to_utf8(fold_accents(u));
}

bool Analyzer::has_stemmer(std::string_view lang) {
  if (lang.empty() || lang == "none") return false;
  try {
    Xapian::Stem stemmer{std::string(lang)};
    return !stemmer.is_none();
  } catch (const Xapian::InvalidArgumentError&) {
    return false;
  }
}

std::string primary_language(std::string_view bcp47) {
  std::string out;
  for (char c : bcp47) {
    if (c == '-' || c == '_') break;
    out += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
  }
  return out;
}

std::string fold_keyword(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (is_ascii(value)) {
    std::string out(value);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString input =
      icu::UnicodeString::fromUTF8(icu::StringPiece(value.data(), static_cast<int32_t>(value.size())));
  const icu::UnicodeString folded = nfkc_casefold().normalize(input, status);
  return to_utf8(U_FAILURE(status) ? input : folded);
}

}  // namespace kennis
