#pragma once
// The journey board: a column per stage, in journey order, with its number of accounts and
// those longest in the stage first (the ones most likely stuck).
#include <nlohmann/json.hpp>

#include <optional>

#include "core/ids.h"
#include "customers/account.h"
#include "store/database.h"

namespace banso::success {

struct BoardFilter {
  std::optional<customers::Tier> tier;
  std::optional<UserId> owner;
  int per_stage = 25;
};

// {"stages": [{key, moment, name_ja, name_en, count, accounts: [{id, name, tier, owner_id,
// arr_minor, currency, since, days_in_stage}]}]}
nlohmann::json JourneyBoard(store::Database& db, const BoardFilter& filter);

}  // namespace banso::success
