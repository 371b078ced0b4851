#include "customers/journey_stage.h"

#include <algorithm>

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

constexpr const char* kTable = "journey_stages";

void ValidateKey(const std::string& key) {
  bool ok = !key.empty() && key.size() <= 40 && key[0] >= 'a' && key[0] <= 'z';
  for (char c : key) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!ok) throw Invalid("key", "must be 1 to 40 characters of a-z, 0-9 and _, starting with a letter");
}

void Validate(const JourneyStage& s) {
  ValidateKey(s.key);
  CheckLine("name_ja", s.name_ja, 100);
  CheckLine("name_en", s.name_en, 100);
  if (s.position < 0 || s.position > 100000) throw Invalid("position", "must be from 0 to 100000");
}

void ApplyJson(const nlohmann::json& body, JourneyStage& s, bool creating) {
  JsonFields f(body);
  f.On("key", [&](auto& v) {
    std::string key = JsonString(v, "key");
    if (!creating && key != s.key) throw Invalid("key", "cannot change: accounts, rules and history refer to it");
    s.key = key;
  });
  f.On("moment", [&](auto& v) { s.moment = JsonEnum<MomentOfTruth>(v, "moment"); });
  f.On("position", [&](auto& v) { s.position = JsonInt32(v, "position"); });
  f.On("name_ja", [&](auto& v) { s.name_ja = JsonString(v, "name_ja"); });
  f.On("name_en", [&](auto& v) { s.name_en = JsonString(v, "name_en"); });
  for (const char* key : {"id", "version"}) f.On(key, [](auto&) {});
  f.RejectUnknown();
}

store::Columns ColumnsOf(const JourneyStage& s) {
  store::Columns c;
  c.Set("key", s.key)
      .Set("moment", std::string(EnumToString(s.moment)))
      .Set("position", static_cast<long long>(s.position))
      .Set("name_ja", s.name_ja)
      .Set("name_en", s.name_en);
  return c;
}

}  // namespace

const JourneyStage* FindStage(const JourneyStages& stages, std::string_view key) {
  for (const auto& s : stages)
    if (s.key == key) return &s;
  return nullptr;
}

std::string StageChoices(const JourneyStages& stages) {
  std::string out;
  for (const auto& s : stages) out += (out.empty() ? "" : ", ") + s.key;
  return out;
}

JourneyStages JourneyStageStore::ListIn(store::Tx& tx) {
  store::Query q("SELECT id, version, key, moment, position, name_ja, name_en FROM journey_stages");
  soci::statement st = q.Prepare(tx.sql());
  JourneyStage s;
  std::string moment;
  long long position = 0;
  st.exchange(soci::into(s.id));
  st.exchange(soci::into(s.version));
  st.exchange(soci::into(s.key));
  st.exchange(soci::into(moment));
  st.exchange(soci::into(position));
  st.exchange(soci::into(s.name_ja));
  st.exchange(soci::into(s.name_en));
  JourneyStages out;
  store::ForEachRow(st, [&] {
    JourneyStage row = s;
    row.moment = EnumFromString<MomentOfTruth>(moment).value_or(MomentOfTruth::kSmot);
    row.position = static_cast<int>(position);
    out.push_back(std::move(row));
  });
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.moment, a.position, a.key) < std::tie(b.moment, b.position, b.key);
  });
  return out;
}

JourneyStages JourneyStageStore::List() {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return ListIn(reader);
}

const JourneyStage& JourneyStageStore::Require(const JourneyStages& stages, std::string_view key, const std::string& field) {
  if (const auto* s = FindStage(stages, key)) return *s;
  throw Invalid(field, "unknown journey stage \"" + std::string(key) + "\": one of " + StageChoices(stages));
}

std::string JourneyStageStore::FirstOf(const JourneyStages& stages, MomentOfTruth moment) {
  for (const auto& s : stages)
    if (s.moment == moment) return s.key;
  // Every moment's stages were deleted: the nearest stage after it, else the first of all.
  for (const auto& s : stages)
    if (s.moment > moment) return s.key;
  return stages.empty() ? std::string() : stages.front().key;
}

JourneyStage JourneyStageStore::Add(const auth::Actor& actor, const nlohmann::json& body) {
  JourneyStage s;
  for (const char* required : {"key", "moment", "name_ja", "name_en"})
    if (!body.is_object() || !body.contains(required)) throw Invalid(required, "is required");
  ApplyJson(body, s, true);
  Validate(s);
  return db_.Transact([&](store::Tx& tx) {
    auto stages = ListIn(tx);
    if (FindStage(stages, s.key)) throw Conflict("key", "a stage with key \"" + s.key + "\" exists");
    if (!body.contains("position"))  // last within its moment
      for (const auto& other : stages)
        if (other.moment == s.moment) s.position = std::max(s.position, other.position + 10);
    s.id = store::InsertRecord(tx, kTable, ColumnsOf(s), Timestamp::Now().ms);
    s.version = 1;
    auth::AuditLog::Record(tx, actor, "create", "journey stage", s.id, nullptr, ToJson(s));
    return s;
  });
}

JourneyStage JourneyStageStore::Update(const auth::Actor& actor, long long id, long long expected_version,
                                       const nlohmann::json& body) {
  return db_.Transact([&](store::Tx& tx) {
    auto stages = ListIn(tx);
    auto it = std::find_if(stages.begin(), stages.end(), [&](const auto& s) { return s.id == id; });
    if (it == stages.end()) throw NotFound("no journey stage with id " + std::to_string(id));
    JourneyStage s = *it;
    ApplyJson(body, s, false);
    Validate(s);
    store::UpdateRecord(tx, kTable, id, expected_version, ColumnsOf(s), Timestamp::Now().ms);
    s.version = expected_version + 1;
    auth::AuditLog::Record(tx, actor, "update", "journey stage", id, ToJson(*it), ToJson(s));
    return s;
  });
}

JourneyStage JourneyStageStore::DeleteIn(store::Tx& tx, const auth::Actor& actor, long long id) {
  auto stages = ListIn(tx);
  auto it = std::find_if(stages.begin(), stages.end(), [&](const auto& s) { return s.id == id; });
  if (it == stages.end()) throw NotFound("no journey stage with id " + std::to_string(id));
  long long in_stage = 0;
  tx.sql() << "SELECT COUNT(*) FROM accounts WHERE journey_stage = :k", soci::use(it->key), soci::into(in_stage);
  if (in_stage > 0)
    throw Conflict("id", std::to_string(in_stage) + " accounts are in stage \"" + it->key + "\": move them first");
  store::DeleteRecord(tx, kTable, id);
  auth::AuditLog::Record(tx, actor, "delete", "journey stage", id, ToJson(*it), nullptr);
  return *it;
}

nlohmann::json ToJson(const JourneyStage& s) {
  return {{"id", s.id},       {"version", s.version},   {"key", s.key},
          {"moment", EnumToString(s.moment)}, {"position", s.position}, {"name_ja", s.name_ja},
          {"name_en", s.name_en}};
}

}  // namespace banso::customers
