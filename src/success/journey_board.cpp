#include "success/journey_board.h"

#include <unordered_map>

#include "customers/journey_stage.h"
#include "store/statement.h"

namespace banso::success {
namespace {

void AddFilters(store::Query& q, const BoardFilter& f) {
  if (f.tier) q << " AND tier_override = ", q.Bind(std::string(EnumToString(*f.tier)));
  if (f.owner) q << " AND owner_id = ", q.Bind(f.owner->value);
}

}  // namespace

nlohmann::json JourneyBoard(store::Database& db, const BoardFilter& filter) {
  store::Session sql(db.pool());
  store::Tx reader(sql, db.backend());
  auto stages = customers::JourneyStageStore::ListIn(reader);
  std::unordered_map<std::string, long long> counts;
  {
    store::Query q("SELECT journey_stage, COUNT(*) FROM accounts WHERE 1=1");
    AddFilters(q, filter);
    q << " GROUP BY journey_stage";
    soci::statement st = q.Prepare(sql);
    std::string stage;
    long long count = 0;
    st.exchange(soci::into(stage));
    st.exchange(soci::into(count));
    store::ForEachRow(st, [&] { counts[stage] = count; });
  }
  const long long now = Timestamp::Now().ms;
  nlohmann::json columns = nlohmann::json::array();
  for (const auto& s : stages) {
    nlohmann::json accounts = nlohmann::json::array();
    if (counts[s.key] > 0) {
      store::Query q(
          "SELECT id, name, tier_override, owner_id, arr_minor, currency, journey_stage_since FROM "
          "accounts WHERE journey_stage = ");
      q.Bind(s.key);
      AddFilters(q, filter);
      q << " ORDER BY journey_stage_since, id LIMIT ";
      q.Bind(static_cast<long long>(filter.per_stage));
      soci::statement st = q.Prepare(sql);
      long long id = 0, owner = 0, arr = 0, since = 0;
      std::string name, tier, currency;
      soci::indicator tier_i, owner_i;
      st.exchange(soci::into(id));
      st.exchange(soci::into(name));
      st.exchange(soci::into(tier, tier_i));
      st.exchange(soci::into(owner, owner_i));
      st.exchange(soci::into(arr));
      st.exchange(soci::into(currency));
      st.exchange(soci::into(since));
      store::ForEachRow(st, [&] {
        accounts.push_back(
            {{"id", id},
             {"name", name},
             {"tier", tier_i == soci::i_ok ? nlohmann::json(tier) : nlohmann::json()},
             {"owner_id", owner_i == soci::i_ok ? nlohmann::json(owner) : nlohmann::json()},
             {"arr_minor", arr},
             {"currency", currency},
             {"since", Timestamp{since}.ToString()},
             {"days_in_stage", (now - since) / 86'400'000}});
      });
    }
    columns.push_back({{"key", s.key},
                       {"moment", EnumToString(s.moment)},
                       {"name_ja", s.name_ja},
                       {"name_en", s.name_en},
                       {"count", counts[s.key]},
                       {"accounts", accounts}});
  }
  return {{"stages", columns}};
}

}  // namespace banso::success
