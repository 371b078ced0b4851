#pragma once
// An account: a customer company, with its profile, owner CSM and journey stage.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"
#include "core/json_writer.h"

namespace banso::customers {

// The touch model (seed 001): set by hand (tier_override) or by the rules of
// customers/touch_model.h.
enum class Tier { kHighTouch, kLowTouch, kTechTouch };

struct Account {
  AccountId id;
  long long version = 0;
  std::string name;
  std::optional<std::string> name_kana;    // reading (フリガナ), used for sorting when present
  std::optional<std::string> external_id;  // CRM id
  std::optional<std::string> domain;
  std::optional<std::string> industry;
  std::optional<std::string> employee_band;  // one of kEmployeeBands
  std::optional<std::string> country;        // ISO 3166-1 alpha-2
  std::string currency = "JPY";              // ISO 4217
  std::optional<UserId> owner_id;
  std::optional<Tier> tier_override;
  // Why the touch model was set by hand ("strategic logo"); kept only with a tier_override.
  std::optional<std::string> tier_override_reason;
  // The tier in force: tier_override, else the touch model's rules. Kept by the store.
  Tier tier = Tier::kTechTouch;
  // A journey stage's key (customers/journey_stage.h). Empty at creation: the store puts a new
  // account in the first SMOT stage, a customer being onboarded.
  std::string journey_stage;
  Timestamp journey_stage_since;  // when it entered the stage, kept by the store
  std::optional<Date> start_date;
  std::optional<Date> renewal_date;
  nlohmann::json custom_attributes = nlohmann::json::object();
  long long arr_minor = 0;  // annual recurring revenue, kept by the revenue module
  // arr_minor in the reporting currency's minor units (revenue/reporting_currency.h); -1 while
  // the account's currency has no exchange rate (so it sorts below every known amount). Kept by
  // the revenue module.
  long long arr_reporting_minor = 0;
  // The health score in tenths of a point (kNoHealthScore: none) and the band shown ("" for
  // none): kept by the health module (health/health_store.h) for the list's filter and sort.
  static constexpr long long kNoHealthScore = 1001;  // after every score: the riskiest first
  long long health_score_tenths = kNoHealthScore;
  std::string health_band;
  Timestamp created_at;
  Timestamp updated_at;
};

inline constexpr std::array<std::string_view, 6> kEmployeeBands{"1-9",     "10-49",     "50-249",
                                                                "250-999", "1000-4999", "5000+"};

// Throws Invalid(field, reason) for the first bad field.
void ValidateAccount(const Account& a);

// arr_reporting_minor as the API answers it: null while no exchange rate is known (-1).
inline nlohmann::json ReportingArrJson(long long arr_reporting_minor) {
  return arr_reporting_minor < 0 ? nlohmann::json() : nlohmann::json(arr_reporting_minor);
}
// The account's fields as the API answers them, written into an open object (the list writes
// 50 of them a page with a few more fields of its own).
void WriteFields(JsonWriter& w, const Account& a);
nlohmann::json ToJson(const Account& a);
// Applies the fields present in a create/update body; unknown fields and wrong types throw.
void ApplyJson(const nlohmann::json& body, Account& a);

}  // namespace banso::customers

namespace banso {
template <>
inline constexpr auto kEnumNames<customers::Tier> = std::to_array<EnumName<customers::Tier>>({
    {customers::Tier::kHighTouch, "high_touch"},
    {customers::Tier::kLowTouch, "low_touch"},
    {customers::Tier::kTechTouch, "tech_touch"},
});
}  // namespace banso
