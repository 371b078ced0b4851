#include "success/self_sufficiency.h"

#include <algorithm>
#include <set>

#include "auth/audited_record.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "customers/account_store.h"
#include "customers/field_rules.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::success {
namespace {

nlohmann::json IdsJson(const std::vector<SufficiencyCriterionId>& ids) {
  nlohmann::json out = nlohmann::json::array();
  for (auto id : ids) out.push_back(id.value);
  return out;
}

void Validate(const SufficiencyCriterion& c) {
  if (c.level == SelfSufficiencyLevel::kDependent)
    throw Invalid("level", "dependent needs no criteria: guided, self_running or advocate");
  customers::CheckLine("text", c.text, 300);
  if (c.position < 0 || c.position > 1000) throw Invalid("position", "must be from 0 to 1000");
}

// How self-sufficiency criteria are read, checked and written (auth/audited_record.h).
struct CriterionRecord {
  using Model = SufficiencyCriterion;
  using Id = SufficiencyCriterionId;
  static constexpr const char* kEntity = "self-sufficiency criterion";
  static inline const store::ColumnTable<SufficiencyCriterion> kColumns{
      "self_sufficiency_criteria",
      {
          store::Field<&SufficiencyCriterion::level>("level"),
          store::Field<&SufficiencyCriterion::text>("text"),
          store::Field<&SufficiencyCriterion::position>("position"),
      }};
  static void Check(store::Tx&, SufficiencyCriterion& c) { Validate(c); }
  static nlohmann::json Json(const SufficiencyCriterion& c) { return ToJson(c); }
};

std::vector<SufficiencyCriterion> CriteriaIn(store::Tx& tx) {
  store::Query q("SELECT " + CriterionRecord::kColumns.select_list() +
                 " FROM self_sufficiency_criteria ORDER BY id");
  auto out = CriterionRecord::kColumns.Fetch(tx.sql(), q);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::pair(a.level, a.position) < std::pair(b.level, b.position);
  });
  return out;
}

}  // namespace

SelfSufficiencyLevel LevelReached(const std::vector<SufficiencyCriterion>& criteria,
                                  const std::vector<SufficiencyCriterionId>& met) {
  std::set<SufficiencyCriterionId> yes(met.begin(), met.end());
  SelfSufficiencyLevel reached = SelfSufficiencyLevel::kDependent;
  for (auto level : {SelfSufficiencyLevel::kGuided, SelfSufficiencyLevel::kSelfRunning,
                     SelfSufficiencyLevel::kAdvocate}) {
    bool any = false, all = true;
    for (const auto& c : criteria)
      if (c.level == level) any = true, all = all && yes.count(c.id);
    if (!any || !all) break;  // a level without criteria cannot be reached by ticking nothing
    reached = level;
  }
  return reached;
}

std::vector<SufficiencyCriterion> SelfSufficiencyStore::Criteria() {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return CriteriaIn(reader);
}

SufficiencyCriterion SelfSufficiencyStore::Add(const auth::Actor& actor, SufficiencyCriterion c) {
  return db_.Transact([&](store::Tx& tx) {
    std::vector<SufficiencyCriterion> same_level;
    for (auto& other : CriteriaIn(tx))
      if (other.level == c.level) same_level.push_back(std::move(other));
    auth::PlaceLast(c, same_level);
    return auth::CreateRecordIn<CriterionRecord>(tx, actor, std::move(c));
  });
}

SufficiencyCriterion SelfSufficiencyStore::Update(
    const auth::Actor& actor, SufficiencyCriterionId id, long long expected_version,
    const std::function<void(SufficiencyCriterion&)>& change) {
  return auth::UpdateRecord<CriterionRecord>(db_, actor, id, expected_version, change);
}

void SelfSufficiencyStore::Delete(const auth::Actor& actor, SufficiencyCriterionId id) {
  auth::DeleteRecord<CriterionRecord>(db_, actor, id);
}

SufficiencyAssessment SelfSufficiencyStore::Assess(const auth::Actor& actor, AccountId account,
                                                   std::vector<SufficiencyCriterionId> met,
                                                   std::string note) {
  if (!note.empty()) customers::CheckText("note", note, 5000, false);
  std::sort(met.begin(), met.end());
  met.erase(std::unique(met.begin(), met.end()), met.end());
  return db_.Transact([&](store::Tx& tx) {
    if (!customers::AccountStore::Find(tx, account))
      throw NotFound("no account with id " + std::to_string(account.value));
    auto criteria = CriteriaIn(tx);
    for (SufficiencyCriterionId id : met)
      if (std::none_of(criteria.begin(), criteria.end(), [&](const auto& c) { return c.id == id; }))
        throw Invalid("met", "no criterion has id " + std::to_string(id.value));
    SufficiencyAssessment a;
    a.account_id = account;
    a.met = met;
    a.note = note;
    a.level = LevelReached(criteria, met);
    a.assessed_at = Timestamp::Now();
    if (actor.user.valid()) a.assessed_by = actor.user;
    store::Query q(
        "INSERT INTO self_sufficiency_assessments (account_id, level, met, note, assessed_at, "
        "assessed_by) VALUES (");
    q.Bind(account.value) << ", ";
    q.Bind(std::string(EnumToString(a.level))) << ", ";
    q.Bind(IdsJson(met).dump()) << ", ";
    q.Bind(note) << ", ";
    q.Bind(a.assessed_at.ms) << ", ";
    q.Bind(a.assessed_by ? std::optional(a.assessed_by->value) : std::nullopt) << ") RETURNING id";
    soci::statement st = q.Prepare(tx.sql());
    st.exchange(soci::into(a.id));
    st.define_and_bind();
    st.execute(true);
    auth::AuditLog::Record(tx, actor, "assess", "self-sufficiency", account.value, nullptr,
                           ToJson(a));
    return a;
  });
}

std::vector<SufficiencyAssessment> SelfSufficiencyStore::History(AccountId account) {
  store::Session sql(db_.pool());
  store::Query q(
      "SELECT id, level, met, note, assessed_at, assessed_by FROM self_sufficiency_assessments "
      "WHERE account_id = ");
  q.Bind(account.value) << " ORDER BY assessed_at DESC, id DESC";
  soci::statement st = q.Prepare(sql);
  SufficiencyAssessment a;
  a.account_id = account;
  std::string level, met;
  long long by = 0;
  soci::indicator by_i;
  st.exchange(soci::into(a.id));
  st.exchange(soci::into(level));
  st.exchange(soci::into(met));
  st.exchange(soci::into(a.note));
  st.exchange(soci::into(a.assessed_at.ms));
  st.exchange(soci::into(by, by_i));
  std::vector<SufficiencyAssessment> out;
  store::ForEachRow(st, [&] {
    SufficiencyAssessment row = a;
    row.level =
        EnumFromString<SelfSufficiencyLevel>(level).value_or(SelfSufficiencyLevel::kDependent);
    for (long long id : nlohmann::json::parse(met).get<std::vector<long long>>())
      row.met.emplace_back(id);
    row.assessed_by = by_i == soci::i_ok ? std::optional(UserId(by)) : std::nullopt;
    out.push_back(std::move(row));
  });
  return out;
}

void ApplyJson(const nlohmann::json& body, SufficiencyCriterion& c) {
  JsonFields f(body);
  f.On("level", [&](auto& v) { c.level = JsonEnum<SelfSufficiencyLevel>(v, "level"); });
  f.On("text", [&](auto& v) { c.text = JsonString(v, "text"); });
  f.On("position", [&](auto& v) { c.position = JsonInt32(v, "position"); });
  for (const char* key : {"id", "version"}) f.On(key, [](auto&) {});
  f.RejectUnknown();
}

nlohmann::json ToJson(const SufficiencyCriterion& c) {
  return {{"id", c.id.value},
          {"version", c.version},
          {"level", EnumToString(c.level)},
          {"text", c.text},
          {"position", c.position}};
}

nlohmann::json ToJson(const SufficiencyAssessment& a) {
  return {{"id", a.id},
          {"account_id", a.account_id.value},
          {"level", EnumToString(a.level)},
          {"met", IdsJson(a.met)},
          {"note", a.note},
          {"assessed_at", a.assessed_at.ToString()},
          {"assessed_by", a.assessed_by ? nlohmann::json(a.assessed_by->value) : nlohmann::json()}};
}

}  // namespace banso::success
