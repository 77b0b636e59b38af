// Compound splitting for Dutch and German with hunspell (the Debian hunspell-nl and
// hunspell-de-de dictionaries through libhunspell, which applies the affix and compounding
// rules: "Leitung" is not in de_DE.dic as such, hunspell still knows it).
//
// A word of 8+ letters that hunspell accepts is split in two where both sides are words
// (4+ letters each), allowing a linking element between them (de: s, es, n, en, er, e;
// nl: s, e, en); among several such points the most balanced one wins, and each side of
// 8+ letters is split again (depth 3). Words hunspell does not know (names, jargon, typos)
// are never split. Results are cached per language: vocabulary repeats.
#include "compounds.h"

#include <hunspell/hunspell.hxx>

#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace kennis::detail {
namespace {

constexpr uint32_t kMinWord = 8;
constexpr uint32_t kMinPart = 4;
constexpr int kMaxDepth = 3;
constexpr size_t kMaxCache = 500000;

struct Dictionary {
  const char* lang;
  const char* aff;
  const char* dic;
  std::vector<std::u32string> linkers;
};

const std::vector<Dictionary>& dictionaries() {
  static const std::vector<Dictionary> list{
      {"de", "/usr/share/hunspell/de_DE.aff", "/usr/share/hunspell/de_DE.dic", {U"s", U"es", U"n", U"en", U"er", U"e"}},
      {"nl", "/usr/share/hunspell/nl.aff", "/usr/share/hunspell/nl.dic", {U"s", U"e", U"en"}},
  };
  return list;
}

long long file_size(const char* path) {
  struct stat st {};
  return stat(path, &st) == 0 ? static_cast<long long>(st.st_size) : -1;
}

std::string to_utf8(const std::u32string& s, size_t begin, size_t end) {
  icu::UnicodeString u;
  for (size_t i = begin; i < end; ++i) u.append(static_cast<UChar32>(s[i]));
  std::string out;
  u.toUTF8String(out);
  return out;
}

class HunspellSplitter final : public CompoundSplitter {
 public:
  explicit HunspellSplitter(const Dictionary& d) : dictionary_(d), hunspell_(d.aff, d.dic) {}

  std::vector<CompoundPart> split(const std::string& lower) const override {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = cache_.find(lower); it != cache_.end()) return it->second;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(lower);
    std::u32string word;
    for (int32_t i = 0; i < u.length();) {
      const UChar32 c = u.char32At(i);
      if (!u_isalpha(c)) return remember(lower, {});
      word.push_back(static_cast<char32_t>(c));
      i += U16_LENGTH(c);
    }
    return remember(lower, split_uncached(word));
  }

 private:
  // Called with mutex_ held (hunspell objects are not thread-safe).
  std::vector<CompoundPart> split_uncached(const std::u32string& word) const {
    std::vector<CompoundPart> parts;
    if (word.size() < kMinWord || !accepts(word, 0, word.size())) return parts;
    split_range(word, 0, static_cast<uint32_t>(word.size()), 0, parts);
    return parts;
  }

  std::vector<CompoundPart> remember(const std::string& lower, std::vector<CompoundPart> parts) const {
    if (cache_.size() >= kMaxCache) cache_.clear();
    cache_.emplace(lower, parts);
    return parts;
  }

  // Whether hunspell knows word[begin, end) as a word, capitalised or not. Remembered: the
  // same candidate parts come up again and again ("zugriff", "datei"), and a hunspell lookup
  // with compounding rules costs microseconds.
  bool accepts(const std::u32string& word, size_t begin, size_t end) const {
    std::u32string part(word, begin, end - begin);
    if (const auto it = known_.find(part); it != known_.end()) return it->second;
    bool ok = hunspell_.spell(to_utf8(part, 0, part.size()));
    if (!ok) {
      // Nouns are capitalised in the dictionaries (German always): "leitung" is "Leitung".
      std::u32string capital = part;
      capital[0] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(capital[0])));
      ok = hunspell_.spell(to_utf8(capital, 0, capital.size()));
    }
    if (known_.size() >= kMaxCache) known_.clear();
    known_.emplace(std::move(part), ok);
    return ok;
  }

  void split_range(const std::u32string& word, uint32_t begin, uint32_t end, int depth,
                   std::vector<CompoundPart>& parts) const {
    if (depth >= kMaxDepth || end - begin < kMinWord) return;
    uint32_t best_head_end = 0, best_tail = 0, best_balance = 0;
    for (uint32_t tail = begin + kMinPart; tail + kMinPart <= end; ++tail) {
      // Cheap test first: the head must be a word, possibly followed by a linking element.
      uint32_t head_end = 0;
      if (tail - begin >= kMinPart && accepts(word, begin, tail)) {
        head_end = tail;
      } else {
        for (const std::u32string& linker : dictionary_.linkers) {
          const auto n = static_cast<uint32_t>(linker.size());
          if (tail - begin < kMinPart + n || word.compare(tail - n, n, linker) != 0) continue;
          if (accepts(word, begin, tail - n)) {
            head_end = tail - n;
            break;
          }
        }
      }
      if (!head_end) continue;
      const uint32_t balance = std::min(head_end - begin, end - tail);
      if (balance <= best_balance || !accepts(word, tail, end)) continue;
      best_head_end = head_end, best_tail = tail, best_balance = balance;
    }
    if (!best_balance) return;
    parts.push_back({begin, best_head_end});
    split_range(word, begin, best_head_end, depth + 1, parts);
    parts.push_back({best_tail, end});
    split_range(word, best_tail, end, depth + 1, parts);
  }

  const Dictionary& dictionary_;
  mutable Hunspell hunspell_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::vector<CompoundPart>> cache_;
  mutable std::unordered_map<std::u32string, bool> known_;
};

}  // namespace

const CompoundSplitter* CompoundSplitter::get(std::string_view lang) {
  static std::once_flag once;
  static std::map<std::string, std::unique_ptr<HunspellSplitter>, std::less<>>* splitters;
  std::call_once(once, [] {
    splitters = new std::map<std::string, std::unique_ptr<HunspellSplitter>, std::less<>>();
    for (const Dictionary& d : dictionaries())
      if (file_size(d.aff) > 0 && file_size(d.dic) > 0) (*splitters)[d.lang] = std::make_unique<HunspellSplitter>(d);
  });
  const auto it = splitters->find(lang);
  return it == splitters->end() ? nullptr : it->second.get();
}

std::string compound_dictionaries_id() {
  std::string id;
  for (const Dictionary& d : dictionaries()) {
    const long long size = file_size(d.dic);
    if (size <= 0) continue;
    if (!id.empty()) id += ",";
    id += std::string(d.lang) + ":" + std::to_string(size) + "+" + std::to_string(file_size(d.aff));
  }
  return id;
}

}  // namespace kennis::detail
