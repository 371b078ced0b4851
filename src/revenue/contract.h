#pragma once
// A contract: what an account pays, for which plan, from when to when. Contracts are the
// source of an account's recurring revenue (MRR/ARR) and of its revenue movements.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"

namespace banso::revenue {

enum class BillingPeriod { kMonthly, kQuarterly, kAnnual };
enum class ContractStatus { kUpcoming, kActive, kEnded };

// Far above any real contract, and low enough that sums of them cannot overflow.
inline constexpr long long kMaxAmountMinor = 100'000'000'000'000'000;

struct Contract {
  ContractId id;
  long long version = 0;
  AccountId account_id;
  std::optional<std::string> external_id;  // CRM id; unique
  std::string product;                     // the plan's name
  Date start_date;
  std::optional<Date> end_date;  // inclusive; none = evergreen
  long long amount_minor = 0;    // per billing period, in the currency's minor unit
  std::string currency;  // ISO 4217; always the account's currency ("" = take the account's)
  BillingPeriod billing_period = BillingPeriod::kMonthly;
  std::optional<long long> seats;  // licensed users, when the plan is sold per seat
  Timestamp created_at;
  Timestamp updated_at;
};

int MonthsPer(BillingPeriod period);
// The amount per month in minor units, rounded half away from zero (¥10,000 a quarter: ¥3,333).
long long MrrMinor(const Contract& c);
// Whether the contract brings revenue on day d: start_date <= d <= end_date.
bool ActiveOn(const Contract& c, Date d);
ContractStatus StatusOn(const Contract& c, Date today);

// Checks the contract's own fields (not its account: see ContractStore). Throws Invalid(field).
void ValidateContract(const Contract& c);

// mrr_minor and status are derived, status as of `today`.
nlohmann::json ToJson(const Contract& c, Date today);
// Applies the fields present in a create/update body; unknown fields and wrong types throw.
void ApplyJson(const nlohmann::json& body, Contract& c);

}  // namespace banso::revenue

namespace banso {
template <>
inline constexpr auto kEnumNames<revenue::BillingPeriod> =
    std::to_array<EnumName<revenue::BillingPeriod>>({
        {revenue::BillingPeriod::kMonthly, "monthly"},
        {revenue::BillingPeriod::kQuarterly, "quarterly"},
        {revenue::BillingPeriod::kAnnual, "annual"},
    });
template <>
inline constexpr auto kEnumNames<revenue::ContractStatus> =
    std::to_array<EnumName<revenue::ContractStatus>>({
        {revenue::ContractStatus::kUpcoming, "upcoming"},
        {revenue::ContractStatus::kActive, "active"},
        {revenue::ContractStatus::kEnded, "ended"},
    });
}  // namespace banso
