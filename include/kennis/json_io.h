/// @file json_io.h
/// JSON in and out for every part of kennis, connectors included: the wire form and what to
/// say about unparseable input. Knows no result types and no Xapian (see kennis/api_json.h).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace kennis {

/// What is wrong with unparseable JSON, for logs: "not valid JSON: parse error at line 1,
/// column 9: syntax error … (byte 9)". Unlike e.what() it never quotes the input (nlohmann ends
/// its message with "; last read: '…'", a piece of a record's text; issue 6).
std::string parse_problem(const nlohmann::json::exception& e);

/// Serialises for the wire: invalid UTF-8 is replaced, never thrown on.
std::string dump(const nlohmann::json& j);

}  // namespace kennis
