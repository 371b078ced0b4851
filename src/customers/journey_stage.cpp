#include "customers/journey_stage.h"

#include <algorithm>

#include "auth/audited_record.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

void ValidateKey(const std::string& key) {
  bool ok = !key.empty() && key.size() <= 40 && key[0] >= 'a' && key[0] <= 'z';
  for (char c : key) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!ok)
    throw Invalid("key", "must be 1 to 40 characters of a-z, 0-9 and _, starting with a letter");
}

void Validate(const JourneyStage& s) {
  ValidateKey(s.key);
  CheckLine("name_ja", s.name_ja, 100);
  CheckLine("name_en", s.name_en, 100);
  if (s.position < 0 || s.position > 100000) throw Invalid("position", "must be from 0 to 100000");
}

// How journey stages are read, checked and written (auth/audited_record.h).
struct StageRecord {
  using Model = JourneyStage;
  using Id = JourneyStageId;
  static constexpr const char* kEntity = "journey stage";
  static inline const store::ColumnTable<JourneyStage> kColumns{
      "journey_stages",
      {
          store::Field<&JourneyStage::key>("key"),
          store::Field<&JourneyStage::moment>("moment"),
          store::Field<&JourneyStage::position>("position"),
          store::Field<&JourneyStage::name_ja>("name_ja"),
          store::Field<&JourneyStage::name_en>("name_en"),
      }};
  static void Check(store::Tx& tx, JourneyStage& s) {
    Validate(s);
    for (const auto& other : JourneyStageStore::ListIn(tx))
      if (other.key == s.key && other.id != s.id)
        throw Conflict("key", "a stage with key \"" + s.key + "\" exists");
  }
  static nlohmann::json Json(const JourneyStage& s) { return ToJson(s); }
};

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
  store::Query q("SELECT " + StageRecord::kColumns.select_list() + " FROM journey_stages");
  JourneyStages out = StageRecord::kColumns.Fetch(tx.sql(), q);
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

const JourneyStage& JourneyStageStore::Require(const JourneyStages& stages, std::string_view key,
                                               const std::string& field) {
  if (const auto* s = FindStage(stages, key)) return *s;
  throw Invalid(
      field, "unknown journey stage \"" + std::string(key) + "\": one of " + StageChoices(stages));
}

std::string JourneyStageStore::FirstOf(const JourneyStages& stages, MomentOfTruth moment) {
  for (const auto& s : stages)
    if (s.moment == moment) return s.key;
  // Every moment's stages were deleted: the nearest stage after it, else the first of all.
  for (const auto& s : stages)
    if (s.moment > moment) return s.key;
  return stages.empty() ? std::string() : stages.front().key;
}

JourneyStage JourneyStageStore::Add(const auth::Actor& actor, JourneyStage s) {
  return db_.Transact([&](store::Tx& tx) {
    JourneyStages same_moment;
    for (const auto& other : ListIn(tx))
      if (other.moment == s.moment) same_moment.push_back(other);
    auth::PlaceLast(s, same_moment);
    return auth::CreateRecordIn<StageRecord>(tx, actor, std::move(s));
  });
}

JourneyStage JourneyStageStore::Update(const auth::Actor& actor, JourneyStageId id,
                                       long long expected_version,
                                       const std::function<void(JourneyStage&)>& change) {
  return auth::UpdateRecord<StageRecord>(db_, actor, id, expected_version, change);
}

JourneyStage JourneyStageStore::DeleteIn(store::Tx& tx, const auth::Actor& actor,
                                         JourneyStageId id) {
  JourneyStage stage = auth::DeleteRecordIn<StageRecord>(tx, actor, id);
  long long in_stage = 0;
  tx.sql() << "SELECT COUNT(*) FROM accounts WHERE journey_stage = :k", soci::use(stage.key),
      soci::into(in_stage);
  if (in_stage > 0)
    throw Conflict("id", std::to_string(in_stage) + " accounts are in stage \"" + stage.key +
                             "\": move them first");
  return stage;
}

void ApplyJson(const nlohmann::json& body, JourneyStage& s) {
  JsonFields f(body);
  f.On("key", [&](auto& v) {
    std::string key = JsonString(v, "key");
    if (!s.key.empty() && key != s.key)
      throw Invalid("key", "cannot change: accounts, rules and history refer to it");
    s.key = key;
  });
  f.On("moment", [&](auto& v) { s.moment = JsonEnum<MomentOfTruth>(v, "moment"); });
  f.On("position", [&](auto& v) { s.position = JsonPosition(v); });
  f.On("name_ja", [&](auto& v) { s.name_ja = JsonString(v, "name_ja"); });
  f.On("name_en", [&](auto& v) { s.name_en = JsonString(v, "name_en"); });
  for (const char* key : {"id", "version"}) f.On(key, [](auto&) {});
  f.RejectUnknown();
}

nlohmann::json ToJson(const JourneyStage& s) {
  return {{"id", s.id.value},       {"version", s.version},
          {"key", s.key},           {"moment", EnumToString(s.moment)},
          {"position", s.position}, {"name_ja", s.name_ja},
          {"name_en", s.name_en}};
}

}  // namespace banso::customers
