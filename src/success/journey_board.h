#pragma once
// The journey board: a column per stage, in journey order, with its number of accounts and
// those longest in the stage first (the ones most likely stuck).
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "customers/account.h"
#include "customers/journey_stage.h"
#include "store/database.h"

namespace banso::success {

struct BoardFilter {
  std::optional<customers::Tier> tier;
  std::optional<UserId> owner;
  int per_stage = 25;
};

struct BoardAccount {
  AccountId id;
  std::string name;
  std::optional<customers::Tier> tier;
  std::optional<UserId> owner;
  long long arr_minor = 0;
  long long arr_reporting_minor = -1;  // in the reporting currency; -1: no exchange rate
  std::string currency;
  Timestamp since;  // in the stage since
};

struct BoardColumn {
  customers::JourneyStage stage;
  long long count = 0;                 // every account in the stage that the filter keeps
  std::vector<BoardAccount> accounts;  // at most per_stage, longest in the stage first
};

class JourneyBoard {
 public:
  explicit JourneyBoard(store::Database& db) : db_(db) {}
  // Every stage in journey order.
  std::vector<BoardColumn> Read(const BoardFilter& filter);

 private:
  store::Database& db_;
};

}  // namespace banso::success
