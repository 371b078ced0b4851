#pragma once
// Stable reason codes for errors, so that the console can word each in the user's language.
// The server's messages stay English (the API's, the CLI's and the log's); every message of
// a known form is listed once below as an English template, and an error's reason is the
// code of the template its message matches, with the template's {parameters} filled from it:
//   "must be at most 200 characters" -> {"reason": "too_long", "params": {"max": 200}}
// A message of no listed form answers with its ErrorCode's name ("invalid", "not_found", ...)
// as its reason, and the console shows the English message beside a worded summary.
#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace banso {

struct ReasonTemplate {
  std::string_view code;     // snake_case; several templates may share one code
  std::string_view english;  // "must be at most {max} characters"
};

// Every template, in match order (the first that matches wins).
std::span<const ReasonTemplate> ReasonTemplates();

struct Reason {
  std::string_view code;
  // (name, value) in template order; values that are whole numbers are numbers in JSON.
  std::vector<std::pair<std::string, std::string>> params;
};

// The reason of an English message, if it has one of the listed forms.
std::optional<Reason> MatchReason(std::string_view message);

// {"reason": ..., "params": {...}} of a message, as errors and rejected import rows carry them:
// the matched form's code and params (whole numbers as JSON numbers), else `fallback` and {}.
nlohmann::json ReasonJson(std::string_view message, std::string_view fallback);

}  // namespace banso
