#include "customers/touch_model.h"

#include <algorithm>

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "store/batches.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

bool Holds(const TouchRule& r, const Account& a) {
  // An ARR without an exchange rate (-1) meets no threshold.
  if (r.min_arr_minor && a.arr_reporting_minor < *r.min_arr_minor) return false;
  auto in = [](const std::vector<std::string>& list, const std::optional<std::string>& v) {
    return list.empty() || (v && std::find(list.begin(), list.end(), *v) != list.end());
  };
  if (!in(r.employee_bands, a.employee_band) || !in(r.industries, a.industry)) return false;
  if (r.attribute) {
    auto it = a.custom_attributes.find(r.attribute->first);
    if (it == a.custom_attributes.end()) return false;
    std::string value = it->is_string() ? it->get<std::string>() : it->dump();
    if (value != r.attribute->second) return false;
  }
  return true;
}

std::vector<std::string> StringList(const nlohmann::json& v, const std::string& field) {
  if (!v.is_array()) throw Invalid(field, "must be a list");
  std::vector<std::string> out;
  for (const auto& item : v) out.push_back(JsonString(item, field.c_str()));
  return out;
}

TouchModel Parse(const std::string& rules, const std::string& capacity, long long version,
                 long long updated_at) {
  nlohmann::json body = {{"rules", nlohmann::json::parse(rules)},
                         {"capacity", nlohmann::json::parse(capacity)}};
  TouchModel m = TouchModelFromJson(body);
  m.version = version;
  m.updated_at = Timestamp{updated_at};
  return m;
}

}  // namespace

Tier RuleTier(const TouchModel& m, const Account& a) {
  for (const auto& r : m.rules)
    if (Holds(r, a)) return r.tier;
  return Tier::kTechTouch;
}

Tier EffectiveTier(const TouchModel& m, const Account& a) {
  return a.tier_override ? *a.tier_override : RuleTier(m, a);
}

TouchModel TouchModelFromJson(const nlohmann::json& body) {
  TouchModel m;
  JsonFields f(body);
  f.On("version", [](auto&) {});
  f.On("updated_at", [](auto&) {});
  f.On("rules", [&](auto& v) {
    if (!v.is_array()) throw Invalid("rules", "must be a list");
    if (v.size() > 50) throw Invalid("rules", "may have at most 50 rules");
    for (size_t i = 0; i < v.size(); ++i) {
      const std::string path = "rules[" + std::to_string(i) + "]";
      JsonFields r(v[i], path);
      TouchRule rule;
      bool has_tier = false;
      r.On("tier", [&](auto& x) {
        rule.tier = JsonEnum<Tier>(x, (path + ".tier").c_str());
        has_tier = true;
      });
      r.On("min_arr_minor", [&](auto& x) {
        rule.min_arr_minor = JsonOptInt(x, (path + ".min_arr_minor").c_str());
        if (rule.min_arr_minor && *rule.min_arr_minor < 0)
          throw Invalid(path + ".min_arr_minor", "must not be negative");
      });
      r.On("employee_bands", [&](auto& x) {
        rule.employee_bands = StringList(x, path + ".employee_bands");
        for (const auto& b : rule.employee_bands)
          if (std::find(kEmployeeBands.begin(), kEmployeeBands.end(), b) == kEmployeeBands.end())
            throw Invalid(path + ".employee_bands",
                          "must be one of 1-9, 10-49, 50-249, 250-999, 1000-4999 or 5000+");
      });
      r.On("industries", [&](auto& x) { rule.industries = StringList(x, path + ".industries"); });
      r.On("attribute", [&](auto& x) {
        if (x.is_null()) return;
        JsonFields a(x, path + ".attribute");
        std::string key, value;
        a.On("key", [&](auto& k) { key = JsonString(k, (path + ".attribute.key").c_str()); });
        a.On("value", [&](auto& k) { value = JsonString(k, (path + ".attribute.value").c_str()); });
        a.RejectUnknown();
        if (key.empty()) throw Invalid(path + ".attribute.key", "is required");
        rule.attribute = {key, value};
      });
      r.RejectUnknown();
      if (!has_tier) throw Invalid(path + ".tier", "is required");
      if (rule.tier == Tier::kTechTouch)
        throw Invalid(path + ".tier", "must be one of high_touch or low_touch");
      m.rules.push_back(std::move(rule));
    }
  });
  f.On("capacity", [&](auto& v) {
    JsonFields c(v, "capacity");
    for (const auto& t : kEnumNames<Tier>) {
      const std::string field = "capacity." + std::string(t.name);
      c.On(std::string(t.name).c_str(), [&](auto& x) {
        long long n = JsonInt(x, field.c_str());
        if (n < 1 || n > 1000000) throw Invalid(field, "must be from 1 to 1000000");
        m.capacity[t.value] = n;
      });
    }
    c.RejectUnknown();
  });
  f.RejectUnknown();
  return m;
}

nlohmann::json ToJson(const TouchModel& m) {
  nlohmann::json rules = nlohmann::json::array();
  for (const auto& r : m.rules) {
    nlohmann::json j = {
        {"tier", EnumToString(r.tier)},
        {"min_arr_minor", r.min_arr_minor ? nlohmann::json(*r.min_arr_minor) : nlohmann::json()},
        {"employee_bands", r.employee_bands},
        {"industries", r.industries},
        {"attribute", nullptr}};
    if (r.attribute) j["attribute"] = {{"key", r.attribute->first}, {"value", r.attribute->second}};
    rules.push_back(std::move(j));
  }
  nlohmann::json capacity = nlohmann::json::object();
  for (const auto& [tier, n] : m.capacity) capacity[std::string(EnumToString(tier))] = n;
  return {{"version", m.version},
          {"rules", rules},
          {"capacity", capacity},
          {"updated_at", m.updated_at.ToString()}};
}

TouchModel TouchModelStore::In(store::Tx& tx) {
  long long version = 0, updated_at = 0;
  std::string rules, capacity;
  tx.sql() << "SELECT version, rules, capacity, updated_at FROM touch_model WHERE id = 1",
      soci::into(version), soci::into(rules), soci::into(capacity), soci::into(updated_at);
  return Parse(rules, capacity, version, updated_at);
}

TouchModel TouchModelStore::Get() {
  return db_.Read([](store::Tx& tx) { return In(tx); });
}

TouchModel TouchModelStore::Update(const auth::Actor& actor, long long expected_version,
                                   TouchModel model) {
  return db_.Transact([&](store::Tx& tx) {
    TouchModel before = In(tx);
    if (before.version != expected_version)
      throw Conflict("version", "the record was changed by someone else (now version " +
                                    std::to_string(before.version) + "); reload and try again");
    for (const auto& [tier, n] : before.capacity)
      model.capacity.try_emplace(tier, n);  // a capacity left out keeps its value
    nlohmann::json j = ToJson(model);
    // Named: soci binds references, and temporaries would be gone when the statement runs.
    const std::string rules = j["rules"].dump(), capacity = j["capacity"].dump();
    const long long now = Timestamp::Now().ms;
    tx.sql() << "UPDATE touch_model SET version = version + 1, rules = :r, capacity = :c, "
                "updated_at = :t WHERE id = 1",
        soci::use(rules), soci::use(capacity), soci::use(now);
    TouchModel after = In(tx);
    Apply(tx, std::nullopt, "rules");
    auth::AuditLog::Record(tx, actor, "update", "touch model", std::nullopt, ToJson(before),
                           ToJson(after));
    return after;
  });
}

void TouchModelStore::RecordMove(store::Tx& tx, AccountId account, Tier from, Tier to,
                                 const char* cause) {
  const std::string from_text(EnumToString(from)), to_text(EnumToString(to)), cause_text(cause);
  const long long now = Timestamp::Now().ms;
  tx.sql() << "INSERT INTO tier_changes (account_id, from_tier, to_tier, at, cause) VALUES (:a, "
              ":f, :t, :at, :c)",
      soci::use(account.value), soci::use(from_text), soci::use(to_text), soci::use(now),
      soci::use(cause_text);
}

void TouchModelStore::Apply(store::Tx& tx, std::optional<std::span<const AccountId>> accounts,
                            const char* cause) {
  const TouchModel model = In(tx);
  struct Row {
    AccountId id;
    Tier from, to;
  };
  std::vector<Row> moves;
  auto read = [&](const std::span<const AccountId>* batch) {
    store::Query q(
        "SELECT id, tier, tier_override, arr_reporting_minor, employee_band, industry, "
        "custom_attributes FROM accounts");
    if (batch) {
      q << " WHERE id IN ";
      store::AppendInList(q, *batch, [](AccountId a) { return a.value; });
    }
    soci::statement st = q.Prepare(tx.sql());
    long long id = 0;
    std::string tier, override_text, band, industry, attributes;
    soci::indicator override_i, band_i, industry_i;
    Account a;
    st.exchange(soci::into(id));
    st.exchange(soci::into(tier));
    st.exchange(soci::into(override_text, override_i));
    st.exchange(soci::into(a.arr_reporting_minor));
    st.exchange(soci::into(band, band_i));
    st.exchange(soci::into(industry, industry_i));
    st.exchange(soci::into(attributes));
    store::ForEachRow(st, [&] {
      a.tier_override =
          override_i == soci::i_ok ? EnumFromString<Tier>(override_text) : std::nullopt;
      a.employee_band = store::Nullable(band, band_i);
      a.industry = store::Nullable(industry, industry_i);
      a.custom_attributes = nlohmann::json::parse(attributes, nullptr, false);
      Tier now = EnumFromString<Tier>(tier).value_or(Tier::kTechTouch);
      Tier wanted = EffectiveTier(model, a);
      if (now != wanted) moves.push_back({AccountId(id), now, wanted});
    });
  };
  if (accounts)
    store::ForEachBatch(*accounts, [&](std::span<const AccountId> batch) { read(&batch); });
  else
    read(nullptr);
  const long long now = Timestamp::Now().ms;
  for (const Row& m : moves) {
    const std::string tier(EnumToString(m.to));
    tx.sql() << "UPDATE accounts SET tier = :t, updated_at = :u WHERE id = :id", soci::use(tier),
        soci::use(now), soci::use(m.id.value);
    RecordMove(tx, m.id, m.from, m.to, cause);
  }
}

std::vector<TierSummary> TouchModelStore::Summaries() {
  std::vector<TierSummary> out;
  for (const auto& t : kEnumNames<Tier>) out.push_back({t.value, 0, 0, 0, 0});
  db_.Read([&](store::Tx& tx) {
    soci::statement st = (tx.sql().prepare << "SELECT tier, COUNT(*), COALESCE(SUM(CASE WHEN "
                                              "arr_reporting_minor > 0 THEN arr_reporting_minor "
                                              "ELSE 0 END), 0), COUNT(DISTINCT owner_id), "
                                              "SUM(CASE WHEN owner_id IS NULL THEN 1 ELSE 0 END) "
                                              "FROM accounts GROUP BY tier");
    std::string tier;
    long long accounts = 0, arr = 0, owners = 0, unowned = 0;
    st.exchange(soci::into(tier));
    st.exchange(soci::into(accounts));
    st.exchange(soci::into(arr));
    st.exchange(soci::into(owners));
    st.exchange(soci::into(unowned));
    store::ForEachRow(st, [&] {
      if (auto t = EnumFromString<Tier>(tier))
        out[static_cast<size_t>(*t)] = {*t, accounts, arr, owners, unowned};
    });
  });
  return out;
}

std::vector<TierMove> TouchModelStore::MovesSince(Timestamp since) {
  return db_.Read([&](store::Tx& tx) {
    std::map<std::pair<std::string, std::string>, long long> counts;
    store::Query q("SELECT from_tier, to_tier FROM tier_changes WHERE at >= ");
    q.Bind(since.ms);
    soci::statement st = q.Prepare(tx.sql());
    std::string from, to;
    st.exchange(soci::into(from));
    st.exchange(soci::into(to));
    store::ForEachRow(st, [&] { ++counts[{from, to}]; });
    std::vector<TierMove> out;
    for (const auto& [key, n] : counts)
      out.push_back({EnumFromString<Tier>(key.first).value_or(Tier::kTechTouch),
                     EnumFromString<Tier>(key.second).value_or(Tier::kTechTouch), n});
    return out;
  });
}

}  // namespace banso::customers
