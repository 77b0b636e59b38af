#include "kennis/json_io.h"

namespace kennis {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string parse_problem(const nlohmann::json::exception& e) {
  std::string what = e.what();
  if (const size_t cut = what.find("; last read"); cut != std::string::npos) what.resize(cut);
  if (const size_t tag = what.find("] "); what.rfind("[json.exception", 0) == 0 && tag != std::string::npos)
    what.erase(0, tag + 2);
  // out_of_range.406 is "number overflow parsing '1e400'": the number is the record's text.
  if (const size_t quoted = what.find(" parsing '"); quoted != std::string::npos) what.resize(quoted);
  std::string out = "not valid JSON: " + what;
  if (const auto* parse = dynamic_cast<const nlohmann::json::parse_error*>(&e))
    out += " (byte " + std::to_string(parse->byte) + ")";
  return out;
}


}  // namespace kennis
