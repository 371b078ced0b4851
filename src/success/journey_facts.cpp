#include "success/journey_facts.h"

#include <algorithm>
#include <unordered_map>

#include "store/statement.h"

namespace banso::success {
namespace {

size_t IndexOf(std::string_view field) {
  for (size_t i = 0; i < kJourneyFieldCount; ++i)
    if (kJourneyFields[i].key == field) return i;
  return kJourneyFieldCount;
}

bool Wants(const std::set<std::string>& fields, std::string_view prefix) {
  if (fields.empty()) return true;
  return std::any_of(fields.begin(), fields.end(),
                     [&](const std::string& f) { return f.starts_with(prefix); });
}

// " WHERE <column> = ?" when one account is asked for.
void OnlyAccount(store::Query& q, const char* column, std::optional<AccountId> only, bool where) {
  if (!only) return;
  q << (where ? " WHERE " : " AND ") << column << " = ";
  q.Bind(only->value);
}

}  // namespace

std::optional<double> JourneyFacts::Get(std::string_view field) const {
  size_t i = IndexOf(field);
  return i < kJourneyFieldCount ? values[i] : std::nullopt;
}

void JourneyFacts::Set(std::string_view field, std::optional<double> value) {
  values.at(IndexOf(field)) = value;
}

bool Meets(const JourneyRule& rule, const JourneyFacts& facts) {
  for (const auto& c : rule.conditions) {
    auto actual = facts.Get(c.field);
    if (!actual || !Holds(c.op, *actual, c.value)) return false;
  }
  return true;
}

std::vector<JourneyFacts> CollectFacts(store::Tx& tx, events::UsageQueries* usage, Date today,
                                       std::optional<AccountId> only,
                                       const std::set<std::string>& fields) {
  std::vector<JourneyFacts> out;
  std::unordered_map<long long, size_t> index;
  const long long now_ms = Timestamp::Now().ms;
  {
    store::Query q(
        "SELECT id, name, journey_stage, journey_stage_since, renewal_date, arr_reporting_minor "
        "FROM "
        "accounts");
    OnlyAccount(q, "id", only, true);
    q << " ORDER BY id";
    soci::statement st = q.Prepare(tx.sql());
    JourneyFacts f;
    long long since = 0, arr = 0;
    std::string renewal;
    soci::indicator renewal_i;
    st.exchange(soci::into(f.account.value));
    st.exchange(soci::into(f.name));
    st.exchange(soci::into(f.stage));
    st.exchange(soci::into(since));
    st.exchange(soci::into(renewal, renewal_i));
    st.exchange(soci::into(arr));
    store::ForEachRow(st, [&] {
      JourneyFacts row = f;
      row.Set("account.days_in_stage", static_cast<double>((now_ms - since) / 86'400'000));
      // ARR in the reporting currency; no fact while the currency has no exchange rate.
      if (arr >= 0) row.Set("account.arr_minor", static_cast<double>(arr));
      if (renewal_i == soci::i_ok)
        if (auto d = Date::Parse(renewal)) row.Set("renewal.days_until", *d - today);
      index.emplace(row.account.value, out.size());
      out.push_back(std::move(row));
    });
  }
  if (Wants(fields, "contracts.")) {
    // Accounts without contracts have 0 of them, not an unknown number.
    for (auto& f : out) f.Set("contracts.active", 0), f.Set("contracts.total", 0);
    std::string day = today.ToString();
    store::Query q("SELECT account_id, COUNT(*), SUM(CASE WHEN start_date <= ");
    q.Bind(day) << " AND (end_date IS NULL OR end_date >= ";
    q.Bind(day) << ") THEN 1 ELSE 0 END), MIN(start_date) FROM contracts";
    OnlyAccount(q, "account_id", only, true);
    q << " GROUP BY account_id";
    soci::statement st = q.Prepare(tx.sql());
    long long account = 0, total = 0, active = 0;
    std::string first;
    st.exchange(soci::into(account));
    st.exchange(soci::into(total));
    st.exchange(soci::into(active));
    st.exchange(soci::into(first));
    store::ForEachRow(st, [&] {
      auto it = index.find(account);
      if (it == index.end()) return;
      JourneyFacts& f = out[it->second];
      f.Set("contracts.total", static_cast<double>(total));
      f.Set("contracts.active", static_cast<double>(active));
      if (auto d = Date::Parse(first)) f.Set("contracts.days_since_first_start", today - *d);
    });
  }
  if (Wants(fields, "nps.")) {
    store::Query q("SELECT account_id, score FROM surveys WHERE kind = 'nps'");
    OnlyAccount(q, "account_id", only, false);
    q << " ORDER BY account_id, responded_at, id";  // the last row of an account is its latest
    soci::statement st = q.Prepare(tx.sql());
    long long account = 0, score = 0;
    st.exchange(soci::into(account));
    st.exchange(soci::into(score));
    store::ForEachRow(st, [&] {
      if (auto it = index.find(account); it != index.end())
        out[it->second].Set("nps.last", static_cast<double>(score));
    });
  }
  if (usage && Wants(fields, "usage.")) {
    if (auto active_weeks = usage->ActiveWeeks(today, 12)) {
      for (auto& f : out) f.Set("usage.active_weeks", 0);
      for (auto [account, weeks] : *active_weeks)
        if (auto it = index.find(account); it != index.end())
          out[it->second].Set("usage.active_weeks", weeks);
    }
  }
  return out;
}

}  // namespace banso::success
