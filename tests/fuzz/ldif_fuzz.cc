// Fuzzes the LDIF connector (indexer/connectors/ldif.cc and directory_mapping.cc): the input is
// one LDIF file, read from a scratch folder (the connector reads files by path, and resolves
// file URL values against the file's folder) with the default attribute mapping. Bad records
// go to the sink as problems; an exception other than Error(kIo), a crash or a sanitizer
// report is a bug.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz_util.h"
#include "ldif.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const kennis::fuzz::ScratchDir scratch;
  const std::string path = scratch.write("people.ldif", kennis::fuzz::as_text(data, size)).string();
  kennis::DirectoryMapping mapping;
  mapping.skills = {"businessCategory"};
  mapping.disabled = {"nsAccountLock"};
  mapping.base_url = "https://people.example.org/";
  kennis::fuzz::read_all(*kennis::make_ldif_connector(path, mapping));
  return 0;
}
