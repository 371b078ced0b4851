#include "customers/segment_store.h"

#include "auth/audited_record.h"
#include "auth/auth_service.h"
#include "core/error.h"
#include "customers/journey_stage.h"
#include "store/batches.h"
#include "store/column_table.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

// Stored filters were checked when written.
AccountFilter FilterFromJson(const nlohmann::json& j) { return AccountFilterFromJson(j, "filter"); }
nlohmann::json FilterJson(const AccountFilter& f) { return ToJson(f); }

// How segments are read, checked and written (auth/audited_record.h).
struct SegmentRecord {
  using Model = Segment;
  using Id = SegmentId;
  static constexpr const char* kEntity = "segment";
  static inline const store::ColumnTable<Segment> kColumns{
      "segments",
      {
          store::Field<&Segment::name>("name"),
          store::Field<&Segment::description>("description"),
          store::JsonField<&Segment::filter, FilterJson, FilterFromJson>("filter"),
      }};
  static void Check(store::Tx& tx, Segment& s) {
    ValidateSegment(s);
    const auto stages = JourneyStageStore::ListIn(tx);
    for (size_t i = 0; i < s.filter.journey_stages.size(); ++i)
      JourneyStageStore::Require(stages, s.filter.journey_stages[i],
                                 "filter.journey_stage[" + std::to_string(i) + "]");
    if (s.filter.owner_id && !auth::AuthService::UserExists(tx, *s.filter.owner_id))
      throw Invalid("filter.owner_id", "no active user has this id");
    store::Query q("SELECT COUNT(*) FROM segments WHERE name = ");
    q.Bind(s.name) << " AND id <> ";
    q.Bind(s.id.value);
    if (store::Count(tx.sql(), q)) throw Conflict("name", "another segment already has this name");
  }
  static nlohmann::json Json(const Segment& s) { return ToJson(s); }
};
const auto& kColumns = SegmentRecord::kColumns;

}  // namespace

Segment SegmentStore::Create(const auth::Actor& actor, Segment s) {
  return auth::CreateRecord<SegmentRecord>(db_, actor, std::move(s));
}

Segment SegmentStore::Get(SegmentId id) { return auth::GetRecord<SegmentRecord>(db_, id); }

Segment SegmentStore::Update(const auth::Actor& actor, SegmentId id, long long expected_version,
                             const std::function<void(Segment&)>& change) {
  return auth::UpdateRecord<SegmentRecord>(db_, actor, id, expected_version, change);
}

void SegmentStore::Delete(const auth::Actor& actor, SegmentId id) {
  auth::DeleteRecord<SegmentRecord>(db_, actor, id);
}

std::vector<Segment> SegmentStore::List() {
  store::Session sql(db_.pool());
  store::Query q("SELECT " + kColumns.select_list() + " FROM segments ORDER BY name, id");
  return kColumns.Fetch(sql, q);
}

}  // namespace banso::customers
