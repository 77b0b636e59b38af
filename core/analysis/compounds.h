// Dutch and German compound words split with the Debian hunspell dictionaries.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kennis::detail {

/// A part of a compound, in code points of the word it came from: [begin, end).
struct CompoundPart {
  uint32_t begin;
  uint32_t end;
};

/// Splits compounds of one language: "projektleitung" -> projekt, leitung;
/// "netzwerkadministrator" -> netzwerk, netz, werk, administrator. Thread-safe.
class CompoundSplitter {
 public:
  /// The splitter of `lang` ("nl", "de"), or nullptr when kennis splits no compounds in that
  /// language or its dictionary is not installed. Loads the dictionary on first use.
  static const CompoundSplitter* get(std::string_view lang);

  /// The parts of `lower` (a case-folded word with its accents), every node of the split
  /// tree but the word itself; empty when it is not a compound the dictionary knows.
  virtual std::vector<CompoundPart> split(const std::string& lower) const = 0;

  virtual ~CompoundSplitter() = default;
};

/// Identifies the installed dictionaries ("de:<size>,nl:<size>"), stored in the index so that
/// a changed dictionary asks for a rebuild. "" when none is installed.
std::string compound_dictionaries_id();

}  // namespace kennis::detail
