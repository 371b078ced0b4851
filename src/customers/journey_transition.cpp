#include "customers/journey_transition.h"

#include "store/batches.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

constexpr std::string_view kRulePrefix = "rule:";
constexpr const char* kColumns =
    "id, account_id, from_stage, to_stage, at, by_user, by_label, rule, note";

void Select(store::Tx& tx, store::Query& q,
            const std::function<void(const JourneyTransition&)>& fn) {
  soci::statement st = q.Prepare(tx.sql());
  JourneyTransition t;
  std::string from, rule;
  long long by = 0;
  soci::indicator from_i, by_i, rule_i;
  st.exchange(soci::into(t.id));
  st.exchange(soci::into(t.account_id.value));
  st.exchange(soci::into(from, from_i));
  st.exchange(soci::into(t.to));
  st.exchange(soci::into(t.at.ms));
  st.exchange(soci::into(by, by_i));
  st.exchange(soci::into(t.by_label));
  st.exchange(soci::into(rule, rule_i));
  st.exchange(soci::into(t.note));
  store::ForEachRow(st, [&] {
    t.from = store::Nullable(from, from_i);
    t.by_user = by_i == soci::i_ok ? std::optional(UserId(by)) : std::nullopt;
    t.rule = store::Nullable(rule, rule_i);
    fn(t);
  });
}

}  // namespace

std::string RuleActorLabel(const std::string& rule_key) {
  return std::string(kRulePrefix) + rule_key;
}

JourneyTransition TransitionBy(const auth::Actor& actor, AccountId account,
                               std::optional<std::string> from, std::string to, Timestamp at,
                               std::string note) {
  JourneyTransition t;
  t.account_id = account;
  t.from = std::move(from);
  t.to = std::move(to);
  t.at = at;
  if (actor.user.valid()) t.by_user = actor.user;
  t.by_label = actor.label;
  if (actor.label.starts_with(kRulePrefix)) t.rule = actor.label.substr(kRulePrefix.size());
  t.note = std::move(note);
  return t;
}

void JourneyTransitionStore::RecordIn(store::Tx& tx,
                                      const std::vector<JourneyTransition>& transitions) {
  constexpr const char* kInsert =
      "INSERT INTO journey_transitions (account_id, from_stage, to_stage, at, by_user, by_label, "
      "rule, note) VALUES ";
  // SQLite: one prepared row reused (its cost of naming parameters grows with their square, so
  // multi-row statements are slow); PostgreSQL: 500 rows a statement, saving round trips.
  const size_t rows_per_insert = tx.backend() == store::Backend::kSqlite ? 1 : 500;
  if (rows_per_insert == 1 && !transitions.empty()) {
    JourneyTransition t;
    std::string from, rule;
    long long by = 0;
    soci::indicator from_i, by_i, rule_i;
    soci::statement st =
        (tx.sql().prepare << std::string(kInsert) + "(:a, :f, :t, :at, :b, :l, :r, :n)",
         soci::use(t.account_id.value), soci::use(from, from_i), soci::use(t.to),
         soci::use(t.at.ms), soci::use(by, by_i), soci::use(t.by_label), soci::use(rule, rule_i),
         soci::use(t.note));
    for (const auto& row : transitions) {
      t = row;
      from = t.from.value_or(""), from_i = t.from ? soci::i_ok : soci::i_null;
      by = t.by_user ? t.by_user->value : 0, by_i = t.by_user ? soci::i_ok : soci::i_null;
      rule = t.rule.value_or(""), rule_i = t.rule ? soci::i_ok : soci::i_null;
      st.execute(true);
    }
    return;
  }
  store::ForEachBatch(
      transitions,
      [&](std::span<const JourneyTransition> batch) {
        store::Query q(kInsert);
        for (const auto& t : batch) {
          q << (&t == batch.data() ? "(" : ", (");
          q.Bind(t.account_id.value) << ", ";
          q.Bind(t.from) << ", ";
          q.Bind(t.to) << ", ";
          q.Bind(t.at.ms) << ", ";
          q.Bind(t.by_user ? std::optional(t.by_user->value) : std::nullopt) << ", ";
          q.Bind(t.by_label) << ", ";
          q.Bind(t.rule) << ", ";
          q.Bind(t.note) << ")";
        }
        q.Execute(tx.sql());
      },
      rows_per_insert);
}

std::vector<JourneyTransition> JourneyTransitionStore::ForAccount(store::Tx& tx,
                                                                  AccountId account) {
  store::Query q(std::string("SELECT ") + kColumns +
                 " FROM journey_transitions WHERE account_id = ");
  q.Bind(account.value) << " ORDER BY at, id";
  std::vector<JourneyTransition> out;
  Select(tx, q, [&](const JourneyTransition& t) { out.push_back(t); });
  return out;
}

void JourneyTransitionStore::ForEach(store::Tx& tx,
                                     const std::function<void(const JourneyTransition&)>& fn) {
  store::Query q(std::string("SELECT ") + kColumns +
                 " FROM journey_transitions ORDER BY account_id, at, id");
  Select(tx, q, fn);
}

long long JourneyTransitionStore::LastId(store::Tx& tx) {
  long long id = 0;
  soci::indicator ind;
  tx.sql() << "SELECT MAX(id) FROM journey_transitions", soci::into(id, ind);
  return ind == soci::i_ok ? id : 0;
}

nlohmann::json ToJson(const JourneyTransition& t) {
  return {{"id", t.id},
          {"account_id", t.account_id.value},
          {"from", t.from ? nlohmann::json(*t.from) : nlohmann::json()},
          {"to", t.to},
          {"at", t.at.ToString()},
          {"by_user", t.by_user ? nlohmann::json(t.by_user->value) : nlohmann::json()},
          {"by_label", t.by_label},
          {"rule", t.rule ? nlohmann::json(*t.rule) : nlohmann::json()},
          {"note", t.note}};
}

}  // namespace banso::customers
