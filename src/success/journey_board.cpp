#include "success/journey_board.h"

#include <unordered_map>

#include "store/statement.h"

namespace banso::success {
namespace {

void AddFilters(store::Query& q, const BoardFilter& f) {
  if (f.tier) q << " AND tier_override = ", q.Bind(std::string(EnumToString(*f.tier)));
  if (f.owner) q << " AND owner_id = ", q.Bind(f.owner->value);
}

std::unordered_map<std::string, long long> CountByStage(soci::session& sql,
                                                        const BoardFilter& filter) {
  std::unordered_map<std::string, long long> counts;
  store::Query q("SELECT journey_stage, COUNT(*) FROM accounts WHERE 1=1");
  AddFilters(q, filter);
  q << " GROUP BY journey_stage";
  soci::statement st = q.Prepare(sql);
  std::string stage;
  long long count = 0;
  st.exchange(soci::into(stage));
  st.exchange(soci::into(count));
  store::ForEachRow(st, [&] { counts[stage] = count; });
  return counts;
}

std::vector<BoardAccount> LongestInStage(soci::session& sql, const std::string& stage,
                                         const BoardFilter& filter) {
  std::vector<BoardAccount> accounts;
  store::Query q(
      "SELECT id, name, tier_override, owner_id, arr_minor, arr_reporting_minor, currency, "
      "journey_stage_since FROM "
      "accounts WHERE journey_stage = ");
  q.Bind(stage);
  AddFilters(q, filter);
  q << " ORDER BY journey_stage_since, id LIMIT ";
  q.Bind(static_cast<long long>(filter.per_stage));
  soci::statement st = q.Prepare(sql);
  long long id = 0, owner = 0, arr = 0, arr_reporting = 0, since = 0;
  std::string name, tier, currency;
  soci::indicator tier_i, owner_i;
  st.exchange(soci::into(id));
  st.exchange(soci::into(name));
  st.exchange(soci::into(tier, tier_i));
  st.exchange(soci::into(owner, owner_i));
  st.exchange(soci::into(arr));
  st.exchange(soci::into(arr_reporting));
  st.exchange(soci::into(currency));
  st.exchange(soci::into(since));
  store::ForEachRow(st, [&] {
    accounts.push_back({AccountId(id), name,
                        tier_i == soci::i_ok ? EnumFromString<customers::Tier>(tier) : std::nullopt,
                        owner_i == soci::i_ok ? std::optional(UserId(owner)) : std::nullopt, arr,
                        arr_reporting, currency, Timestamp{since}});
  });
  return accounts;
}

}  // namespace

std::vector<BoardColumn> JourneyBoard::Read(const BoardFilter& filter) {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  auto counts = CountByStage(sql, filter);
  std::vector<BoardColumn> columns;
  for (auto& stage : customers::JourneyStageStore::ListIn(reader)) {
    long long count = counts[stage.key];
    auto accounts =
        count > 0 ? LongestInStage(sql, stage.key, filter) : std::vector<BoardAccount>{};
    columns.push_back({std::move(stage), count, std::move(accounts)});
  }
  return columns;
}

}  // namespace banso::success
