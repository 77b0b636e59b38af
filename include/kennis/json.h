/// @file json.h
/// JSON forms of the public result types: one function per type and direction, nowhere else.
#pragma once

#include <nlohmann/json.hpp>

#include "kennis/error.h"
#include "kennis/experts.h"
#include "kennis/searcher.h"

namespace kennis {

/// schemas/search_response.schema.json
nlohmann::json to_json(const SearchResult& result);
/// schemas/experts_response.schema.json
nlohmann::json to_json(const ExpertsResult& result);
/// schemas/health.schema.json
nlohmann::json to_json(const IndexStatus& status);
/// schemas/error.schema.json: {"error": {"code", "message", "path"?}}
nlohmann::json to_json(const Error& error);

/// What is wrong with unparseable JSON, for logs: "not valid JSON: parse error at line 1,
/// column 9: syntax error … (byte 9)". Unlike e.what() it never quotes the input (nlohmann ends
/// its message with "; last read: '…'", a piece of a record's text; issue 6).
std::string parse_problem(const nlohmann::json::exception& e);

/// Serialises for the wire: invalid UTF-8 is replaced, never thrown on.
std::string dump(const nlohmann::json& j);

}  // namespace kennis
