// Query-string parameters: the one set of helpers every handler uses. Each throws
// Error(kInvalidParameter) naming the parameter and what is expected.
#pragma once

#include <httplib.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace kennis::http {

/// Throws Error(kUnknownParameter) for a parameter not in `known`, and kInvalidParameter for
/// one given twice (except those in `repeatable`).
void check_params(const httplib::Request& req, std::initializer_list<const char*> known,
                  std::initializer_list<const char*> repeatable = {});

std::optional<std::string> param_string(const httplib::Request& req, const char* name);
/// Integer in [min, max].
std::optional<long long> param_int(const httplib::Request& req, const char* name, long long min, long long max);
/// One of `allowed`.
std::optional<std::string> param_enum(const httplib::Request& req, const char* name,
                                      std::initializer_list<const char*> allowed);
/// Comma-separated and/or repeated values, trimmed, empty ones dropped.
std::optional<std::vector<std::string>> param_list(const httplib::Request& req, const char* name);

/// The languages of the Accept-Language header as ISO 639-1 primary subtags, by preference
/// (q, then order), without "*" and q=0; malformed entries are ignored, never an error.
std::vector<std::string> accept_languages(const httplib::Request& req);

}  // namespace kennis::http
