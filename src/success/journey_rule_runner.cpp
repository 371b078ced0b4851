#include "success/journey_rule_runner.h"

#include <set>

#include "auth/actor.h"
#include "core/error.h"
#include "customers/account_store.h"
#include "customers/journey_transition.h"
#include "success/journey_facts.h"
#include "success/journey_rule.h"

namespace banso::success {
namespace {

constexpr int kMaxStepsPerRun = 4;   // chained moves per account per run
constexpr size_t kMovesPerTx = 500;  // bounded transactions on a first run over many accounts

std::set<std::string> FieldsOf(const std::vector<JourneyRule>& rules) {
  std::set<std::string> fields;
  for (const auto& r : rules)
    for (const auto& c : r.conditions) fields.insert(c.field);
  return fields;
}

std::vector<JourneyRule> Enabled(std::vector<JourneyRule> rules) {
  std::erase_if(rules, [](const JourneyRule& r) { return !r.enabled; });
  return rules;
}

}  // namespace

RuleRunReport JourneyRuleRunner::Run(const auth::Actor& started_by, std::optional<AccountId> only,
                                     bool dry_run) {
  std::lock_guard lock(run_mu_);
  std::vector<JourneyRule> rules;
  std::vector<JourneyFacts> facts;
  {
    store::Session sql(db_.pool());
    store::Tx reader(sql, db_.backend());
    rules = Enabled(JourneyRuleStore::ListIn(reader));
    if (only && !customers::AccountStore::Find(reader, *only))
      throw NotFound("no account with id " + std::to_string(only->value));
    if (rules.empty()) return {};
    facts = CollectFacts(reader, &usage_, Date::Today(), only, FieldsOf(rules));
  }
  RuleRunReport report;
  report.evaluated = static_cast<long long>(facts.size());
  for (auto& f : facts) {
    for (int step = 0; step < kMaxStepsPerRun; ++step) {
      auto rule = std::find_if(rules.begin(), rules.end(), [&](const JourneyRule& r) {
        return AppliesFrom(r, f.stage) && Meets(r, f);
      });
      if (rule == rules.end()) break;
      report.moves.push_back({f.account, f.name, f.stage, rule->to_stage, rule->key});
      f.stage = rule->to_stage;
      f.Set("account.days_in_stage", 0);
    }
  }
  if (dry_run) return report;
  for (size_t first = 0; first < report.moves.size(); first += kMovesPerTx) {
    db_.Transact([&](store::Tx& tx) {
      for (size_t i = first; i < std::min(report.moves.size(), first + kMovesPerTx); ++i) {
        const JourneyMove& m = report.moves[i];
        // Someone may have moved the account since the facts were read: theirs stands.
        auto now = customers::AccountStore::Find(tx, m.account);
        if (!now || now->journey_stage != m.from) continue;
        const auto& rule = *std::find_if(rules.begin(), rules.end(),
                                         [&](const auto& r) { return r.key == m.rule; });
        auth::Actor by_rule = started_by;
        by_rule.label = customers::RuleActorLabel(rule.key);
        customers::AccountStore::MoveIn(tx, by_rule, m.account, std::nullopt, m.to, rule.name);
      }
    });
  }
  return report;
}

nlohmann::json JourneyRuleRunner::Explain(AccountId account) {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  auto rules = Enabled(JourneyRuleStore::ListIn(reader));
  auto facts = CollectFacts(reader, &usage_, Date::Today(), account, {});
  if (facts.empty()) throw NotFound("no account with id " + std::to_string(account.value));
  const JourneyFacts& f = facts.front();
  nlohmann::json values = nlohmann::json::object();
  for (size_t i = 0; i < kJourneyFieldCount; ++i)
    values[std::string(kJourneyFields[i].key)] =
        f.values[i] ? nlohmann::json(*f.values[i]) : nlohmann::json();
  nlohmann::json explained = nlohmann::json::array();
  for (const auto& r : rules) {
    if (!AppliesFrom(r, f.stage)) continue;
    nlohmann::json conditions = nlohmann::json::array();
    for (const auto& c : r.conditions) {
      auto actual = f.Get(c.field);
      conditions.push_back({{"field", c.field},
                            {"op", EnumToString(c.op)},
                            {"value", c.value},
                            {"actual", actual ? nlohmann::json(*actual) : nlohmann::json()},
                            {"holds", actual && Holds(c.op, *actual, c.value)}});
    }
    explained.push_back({{"key", r.key},
                         {"name", r.name},
                         {"to_stage", r.to_stage},
                         {"ready", Meets(r, f)},
                         {"conditions", conditions}});
  }
  return {{"facts", values}, {"rules", explained}};
}

nlohmann::json ToJson(const RuleRunReport& report, size_t max_moves) {
  nlohmann::json moves = nlohmann::json::array();
  for (size_t i = 0; i < report.moves.size() && i < max_moves; ++i) {
    const auto& m = report.moves[i];
    moves.push_back({{"account_id", m.account.value},
                     {"account_name", m.account_name},
                     {"from", m.from},
                     {"to", m.to},
                     {"rule", m.rule}});
  }
  return {{"evaluated", report.evaluated}, {"moved", report.moves.size()}, {"moves", moves}};
}

}  // namespace banso::success
