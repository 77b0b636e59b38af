/// @file api_json.h
/// JSON forms of the public result types: one function per type and direction, nowhere else.
/// Pulls in searcher.h and experts.h (and so Xapian): for searchd and tests, not connectors;
/// kennis/json_io.h has the JSON helpers that know no result types.
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

}  // namespace kennis
