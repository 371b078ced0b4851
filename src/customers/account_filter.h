#pragma once
// Which accounts: the account list's filters, also saved by name as a segment (a saved account
// filter) that the list, the dashboard, the revenue answers and scorecards reuse. One filter,
// one SQL translation (AppendAccountFilter), so that a segment means the same everywhere.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "customers/account.h"
#include "store/statement.h"

namespace banso::customers {

struct AccountFilter {
  std::optional<std::string> q;  // search in name, kana, domain and external id (Japanese-aware)
  std::optional<UserId> owner_id;
  std::vector<std::string> journey_stages;  // any of these stage keys
  std::optional<Tier> tier;
  std::optional<std::string> health_band;  // red, yellow, green (the band shown)
  std::optional<std::string> industry;
  std::optional<std::string> country;
  std::optional<int> renewal_within_days;  // renewal date between today and today + N
  // ARR in the reporting currency's minor units, inclusive bounds.
  std::optional<long long> arr_reporting_min;
  std::optional<long long> arr_reporting_max;

  bool operator==(const AccountFilter&) const = default;
};

// " AND …" conditions on the accounts table for every member set; none for an empty filter.
void AppendAccountFilter(store::Query& where, const AccountFilter& f, Date today);

// A segment's stored definition: the members set, with the list's query names.
nlohmann::json ToJson(const AccountFilter& f);
// Throws Invalid naming "<path>.<member>" for an unknown member or a bad value. Journey stages
// and owners are checked against the database by the segment store.
AccountFilter AccountFilterFromJson(const nlohmann::json& j, const std::string& path);

}  // namespace banso::customers
