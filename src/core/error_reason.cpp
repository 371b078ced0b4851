#include "core/error_reason.h"

#include <array>

namespace banso {
namespace {

constexpr auto kTemplates = std::to_array<ReasonTemplate>({
    // Presence and shape of a value
    {"required", "is required"},
    {"required", "is required ({hint})"},
    {"required", "is required: {hint}"},
    {"required", "is required for {condition}"},
    {"unknown_field", "unknown field"},
    {"unknown_query_parameter", "unknown query parameter"},
    {"not_a_string", "must be a string"},
    {"not_an_integer", "must be an integer"},
    {"not_a_positive_integer", "must be a positive integer"},
    {"not_a_number", "must be a number"},
    {"not_a_boolean", "must be true or false"},
    {"not_a_list", "must be a list"},
    {"not_a_list", "must be a list of {items}"},
    {"not_a_list", "must be an array of {items}"},
    {"not_an_object", "must be an object"},
    {"not_an_object", "must be a JSON object"},
    {"not_an_object", "the body must be a JSON object"},
    {"not_an_object", "the request body must be a JSON object"},
    {"not_an_object", "must be an object {hint}"},
    {"not_a_date", "must be a date (YYYY-MM-DD)"},
    {"not_a_month", "must be a month (YYYY-MM)"},
    {"not_a_rate", "must be a positive decimal number such as 151.2"},
    {"not_utf8", "is not valid UTF-8"},
    {"contains_nul", "must not contain NUL characters"},
    {"contains_nul", "contains a NUL character"},
    {"contains_nul", "has a key with a NUL character"},
    {"control_character", "contains a control character"},
    {"empty", "must not be empty"},
    {"blank", "must not be only spaces"},
    {"invalid_json", "invalid JSON"},
    {"invalid_json", "malformed JSON at byte {position}: {detail}"},
    {"invalid_json", "is not JSON text"},
    {"given_twice", "is given twice"},
    {"too_deep", "is nested more than {max} levels deep"},
    {"json_required", "the request body must be JSON (Content-Type: application/json)"},
    {"no_body_expected", "this request takes no body"},
    {"no_body_expected", "a {method} request takes no body"},
    {"body_unreadable", "the request body could not be read: damaged, cut short or too slow"},
    // Sizes and ranges
    {"too_long", "must be at most {max} characters"},
    {"too_long", "is too long"},
    {"too_short", "must be at least {min} characters"},
    {"length_range", "must be {min} to {max} characters"},
    {"out_of_range", "must be from {min} to {max}"},
    {"out_of_range", "must be between {min} and {max}"},
    {"out_of_range", "an NPS score must be {min} to {max}"},
    {"out_of_range", "a CSAT score must be {min} to {max}"},
    {"out_of_range", "is out of range"},
    {"out_of_range", "is a number out of range"},
    {"out_of_range", "is too large"},
    {"negative", "must not be negative"},
    {"not_a_count", "must be a whole number, not negative"},
    {"not_positive", "must be greater than 0"},
    {"not_ascending", "must be greater than the value before it"},
    {"not_ascending", "must be greater than from"},
    {"too_many", "may have at most {max} {items}"},
    {"too_many", "must have at most {max} keys"},
    {"too_many", "a plan has at most {max} objectives"},
    {"too_few", "needs at least one condition"},
    {"too_few", "needs at least one measure"},
    {"too_few_thresholds", "needs at least two thresholds"},
    {"too_few", "needs at least one change to make"},
    {"too_few", "a template has at least one objective"},
    {"too_big", "must be at most 16 KiB as JSON"},
    {"range_too_long", "the range may span at most {days} days"},
    {"range_too_long", "the range may span at most ten years"},
    // Formats (before the choices: "must be {choices} or {last}" would take "… e.g. JPY or USD")
    {"not_an_email", "must be an email address"},
    {"not_a_host", "must be a host name such as example.co.jp"},
    {"not_a_country", "must be an ISO 3166-1 alpha-2 code such as JP or US"},
    {"not_a_currency", "must be a known ISO 4217 currency code, e.g. JPY or USD"},
    {"reporting_currency", "must differ from the reporting currency"},
    {"not_a_language", "must be a language tag such as ja or en"},
    {"bad_key", "must be 1 to {max} characters of a-z, 0-9 and _, starting with a letter"},
    {"bad_key", "must be 1 to {max} characters of a-z, 0-9 and _"},
    {"bad_key", "must be 1-{max} characters of a-z, 0-9 and -"},
    {"bad_cursor", "is not a cursor returned by this list"},
    // Choices
    {"not_one_of", "must be one of {choices}"},
    {"not_one_of", "must be {choices}, optionally prefixed by -"},
    {"not_one_of", "must be {choices} or {last}"},
    {"unknown_stage", "unknown journey stage \"{value}\": one of {choices}"},
    {"unknown_choice", "unknown field \"{value}\": one of {choices}"},
    // Dates
    {"in_future", "must not be in the future"},
    {"in_future", "must not be more than a year in the future"},
    {"not_in_future", "must be in the future"},
    {"before_other", "must not be before {other}"},
    {"before_other", "is before {other}"},
    // References
    {"no_such_reference", "no {entity} has this id"},
    {"no_such_reference", "no active user has this id"},
    {"no_such_reference", "no active user has id {id}"},
    {"no_such_reference", "no contact with this id belongs to the account"},
    {"no_such_reference", "is not a contact of this account"},
    {"no_such_reference", "no criterion has id {id}"},
    {"no_such_reference", "no success-plan template has key \"{value}\""},
    // Cells of an imported CSV row (importer/field_parsers.cpp, importer/import_runner.cpp)
    {"not_a_date", "\"{value}\" is not a date (use YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)"},
    {"not_a_time",
     "\"{value}\" is not a date or time (e.g. 2026-04-01, 2026/4/1 10:00, 2026-04-01T10:00+09:00)"},
    {"not_a_time", "\"{value}\" is not a time of day (use HH:MM or HH:MM:SS after the date)"},
    {"not_a_boolean",
     "\"{value}\" is not a yes/no value (use true/false, 1/0, yes/no or はい/いいえ)"},
    {"negative", "\"{value}\": negative amounts are not accepted"},
    {"not_an_amount", "\"{value}\" is not an amount in {currency} (e.g. 120,000 or 1,200.50)"},
    {"too_many_decimals", "\"{value}\" has more decimals than {currency} allows ({digits})"},
    {"not_a_count", "\"{value}\" is not an employee count (e.g. 1,200, or a band such as 50-249)"},
    {"not_a_count", "\"{value}\" is not a count (a whole number such as 25 or 1,200)"},
    {"not_a_host", "\"{value}\" is not a web address or domain (e.g. example.co.jp)"},
    {"not_a_currency", "unknown currency \"{value}\""},
    {"not_a_country",
     "\"{value}\" is not a country (use a name such as Japan or 日本, or an ISO code such as JP)"},
    {"unknown_stage", "\"{value}\" is not a journey stage: one of {choices}"},
    {"not_a_billing_period", "\"{value}\" is not a billing period (monthly, quarterly or annual)"},
    {"not_a_touchpoint_kind",
     "\"{value}\" is not a touchpoint kind (meeting, call, email, chat, note, webinar, onsite)"},
    {"not_a_sentiment", "\"{value}\" is not a sentiment (positive, neutral or negative)"},
    {"not_a_ticket_priority", "\"{value}\" is not a ticket priority (low, normal, high or urgent)"},
    {"not_a_ticket_status",
     "\"{value}\" is not a ticket status (new, open, pending, on hold, solved or closed)"},
    {"not_one_of", "\"{value}\" is not one of {choices}"},
    {"stray_cells", "the row has {cells} cells but the header names {columns} columns"},
    {"ambiguous_owner", "{count} active Banso users are named \"{value}\": give the email"},
    {"unknown_owner", "no active Banso user has the email or name \"{value}\""},
    {"unknown_contact",
     "the account has no contact with the email \"{value}\" (import the contacts first)"},
    {"unknown_account", "no account has the external id \"{value}\" (import the accounts first)"},
    {"unknown_account_name", "no account is named \"{value}\" (import the accounts first)"},
    {"unknown_contact_email", "no contact has the email \"{value}\" (import the contacts first)"},
    {"ambiguous_account_name", "{count} accounts are named \"{value}\": give account_external_id"},
    {"ambiguous_contact_email",
     "{count} accounts have a contact with the email \"{value}\": give account_external_id"},
    {"repeated_row", "\"{value}\" is also on line {line}"},
    // Conflicts
    {"stale_version",
     "the record was changed by someone else (now version {version}); reload and try again"},
    {"stale_version",
     "the user was changed by someone else (now version {version}); reload and try again"},
    {"already_exists", "another {entity} already has this {field}"},
    {"already_exists", "a {entity} with key \"{value}\" exists"},
    {"already_exists", "a {entity} with this {field} exists"},
    {"already_exists", "a user with this email already exists"},
    {"already_exists", "this account already has a hand-off: edit it"},
    {"already_exists", "this hand-off already seeded plan {id}"},
    {"already_exists", "the demo portfolio is already loaded"},
    {"in_use", "{count} accounts are in stage \"{value}\": move them first"},
    {"in_use", "journey rule \"{rule}\" names stage \"{value}\": change the rule first"},
    {"in_use", "the record is referenced by other records, or references one that does not exist"},
    // Scorecards
    {"band_order", "must be red, yellow and green, in that order"},
    {"band_gap", "must start where the band before it ends"},
    {"band_end", "the last band must end at 100"},
    {"no_draft", "the scorecard has no draft"},
    {"segment_by_health", "a segment that filters by health band cannot choose a scorecard"},
    {"tier_or_segment", "a scorecard scores a tier or a segment"},
    {"first_draft", "a scorecard never published keeps its first draft"},
    {"key_fixed", "cannot change: {hint}"},
    {"key_fixed", "cannot be changed"},
    {"same_stage", "the account is already in stage \"{value}\""},
    {"same_stage", "a rule cannot move an account to the stage it is in"},
    {"already_moved", "this contact has already moved to another account"},
    {"same_account", "must be another account than the one they leave"},
    // Passwords and staff
    {"weak_password", "is too weak: it is too easy to guess"},
    {"weak_password_dictionary", "is too weak: it is based on a dictionary word"},
    {"weak_password_personal", "is too weak: it contains the email address or the name"},
    {"weak_password_repetitive", "is too weak: it repeats characters or a sequence"},
    {"last_admin", "this is the last enabled admin{detail}"},
    {"own_account", "you cannot disable your own account{detail}"},
    // Not found, sign-in, permissions
    {"not_found", "no {entity} with id {id}"},
    {"not_found", "no such {entity}"},
    {"wrong_credentials", "wrong email or password"},
    {"not_signed_in", "not signed in or the session has expired"},
    {"not_signed_in", "sign in first, or send an API token (Authorization: Bearer)"},
    {"csrf", "missing or wrong X-CSRF-Token header"},
    {"role_forbidden", "the {role} role may not do this"},
    {"user_disabled", "the user is disabled"},
    {"rate_limited", "too many failed sign-ins{detail}"},
    // Service state
    {"database_busy", "the database cannot take this now: {detail}"},
    {"database_down", "the database does not answer"},
    {"shutting_down", "the server is shutting down"},
    {"no_scorecard", "no scorecard is published"},
    // Last: its last parameter takes whatever follows "to".
    {"out_of_range", "must be {min} to {max}"},
});

// Whether message has the form of english; fills params.
bool Matches(std::string_view english, std::string_view message, Reason& out) {
  out.params.clear();
  size_t t = 0, m = 0;
  while (t < english.size()) {
    if (english[t] != '{') {
      if (m >= message.size() || message[m] != english[t]) return false;
      ++t, ++m;
      continue;
    }
    size_t close = english.find('}', t);
    std::string name(english.substr(t + 1, close - t - 1));
    t = close + 1;
    // The parameter runs to the next literal part of the template (the last one: to the end).
    size_t next = english.find('{', t);
    std::string_view literal =
        english.substr(t, next == std::string_view::npos ? std::string_view::npos : next - t);
    size_t end = literal.empty() ? message.size()
                 : t + literal.size() == english.size()
                     ? (message.size() >= literal.size() && message.ends_with(literal)
                            ? message.size() - literal.size()
                            : std::string_view::npos)
                     : message.find(literal, m);
    if (end == std::string_view::npos || end < m) return false;
    out.params.emplace_back(std::move(name), std::string(message.substr(m, end - m)));
    m = end;
  }
  return m == message.size();
}

}  // namespace

std::span<const ReasonTemplate> ReasonTemplates() { return kTemplates; }

std::optional<Reason> MatchReason(std::string_view message) {
  Reason reason;
  for (const auto& t : kTemplates) {
    if (Matches(t.english, message, reason)) {
      reason.code = t.code;
      return reason;
    }
  }
  return std::nullopt;
}

nlohmann::json ReasonJson(std::string_view message, std::string_view fallback) {
  // A parameter that is a whole number is a number in JSON.
  auto value = [](const std::string& v) {
    bool digits =
        !v.empty() && v.size() < 16 && v.find_first_not_of("0123456789") == std::string::npos;
    return digits ? nlohmann::json(std::stoll(v)) : nlohmann::json(v);
  };
  nlohmann::json params = nlohmann::json::object();
  std::string_view reason = fallback;
  if (auto matched = MatchReason(message)) {
    reason = matched->code;
    for (const auto& [name, v] : matched->params) params[name] = value(v);
  }
  return {{"reason", reason}, {"params", std::move(params)}};
}

}  // namespace banso
