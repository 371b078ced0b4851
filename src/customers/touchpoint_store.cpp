#include "customers/touchpoint_store.h"

#include "auth/audited_record.h"
#include "auth/auth_service.h"
#include "core/error.h"
#include "customers/account_store.h"
#include "customers/contact_store.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

// How touchpoints are read, checked and written (auth/audited_record.h).
struct TouchpointRecord {
  using Model = Touchpoint;
  using Id = TouchpointId;
  static constexpr const char* kEntity = "touchpoint";
  static inline const store::ColumnTable<Touchpoint> kColumns{
      "touchpoints",
      {
          store::Field<&Touchpoint::external_id>("external_id"),
          store::Field<&Touchpoint::account_id>("account_id"),
          store::Field<&Touchpoint::contact_id>("contact_id"),
          store::Field<&Touchpoint::kind>("kind"),
          store::Field<&Touchpoint::occurred_at>("occurred_at"),
          store::Field<&Touchpoint::author_id>("author_id"),
          store::Field<&Touchpoint::summary>("summary"),
          store::Field<&Touchpoint::sentiment>("sentiment"),
      }};
  static void Check(store::Tx& tx, Touchpoint& t) {
    ValidateTouchpoint(t);
    if (!AccountStore::Find(tx, t.account_id))
      throw Invalid("account_id", "no account has this id");
    ContactStore::CheckBelongs(tx, "contact_id", t.contact_id, t.account_id);
    if (t.author_id && !auth::AuthService::UserExists(tx, *t.author_id))
      throw Invalid("author_id", "no active user has this id");
    store::CheckExternalIdFree(tx, "touchpoints", "touchpoint", t.external_id, t.id.value);
  }
  static nlohmann::json Json(const Touchpoint& t) { return ToJson(t); }
};
const auto& kColumns = TouchpointRecord::kColumns;

class TouchpointTimeline : public TimelineSource {
 public:
  std::vector<TimelineEntry> Entries(soci::session& sql, AccountId account,
                                     const std::optional<TimelinePosition>& after,
                                     int limit) override {
    store::Query q("SELECT " + kColumns.select_list() + " FROM touchpoints WHERE account_id = ");
    q.Bind(account.value);
    AppendTimelineKeyset(q, "occurred_at", "id", "touchpoint", after, limit);
    std::vector<TimelineEntry> out;
    for (const Touchpoint& t : kColumns.Fetch(sql, q))
      out.push_back({"touchpoint", t.occurred_at, t.id.value, ToJson(t)});
    return out;
  }
};

}  // namespace

std::unique_ptr<TimelineSource> TouchpointStore::TimelineSource() {
  return std::make_unique<TouchpointTimeline>();
}

Touchpoint TouchpointStore::Create(const auth::Actor& actor, Touchpoint t) {
  if (actor.user.valid()) t.author_id = actor.user;  // a person records as themself
  return auth::CreateRecord<TouchpointRecord>(db_, actor, std::move(t));
}

Touchpoint TouchpointStore::Get(TouchpointId id) {
  return auth::GetRecord<TouchpointRecord>(db_, id);
}

Touchpoint TouchpointStore::Update(const auth::Actor& actor, TouchpointId id,
                                   long long expected_version,
                                   const std::function<void(Touchpoint&)>& change) {
  return auth::UpdateRecord<TouchpointRecord>(db_, actor, id, expected_version, [&](Touchpoint& t) {
    std::optional<UserId> author = t.author_id;  // who recorded it stays so, whoever edits it
    change(t);
    t.author_id = author;
  });
}

void TouchpointStore::Delete(const auth::Actor& actor, TouchpointId id) {
  auth::DeleteRecord<TouchpointRecord>(db_, actor, id);
}

store::Page<Touchpoint> TouchpointStore::List(const TouchpointQuery& query) {
  auto add_filters = [&](store::Query& q) {
    q << " FROM touchpoints WHERE 1=1";
    if (query.account_id) q << " AND account_id = ", q.Bind(query.account_id->value);
    if (query.contact_id) q << " AND contact_id = ", q.Bind(query.contact_id->value);
    if (query.kind) q << " AND kind = ", q.Bind(std::string(EnumToString(*query.kind)));
    if (query.from) q << " AND occurred_at >= ", q.Bind(query.from->ms);
    if (query.to) q << " AND occurred_at < ", q.Bind(query.to->ms);
  };
  store::Session sql(db_.pool());
  return store::ListPage<Touchpoint>(
      db_, sql, kColumns.select_list(), add_filters, {"occurred_at", true, true}, query.cursor,
      query.limit, [&](store::Query& q) { return kColumns.Fetch(sql, q); },
      [](const Touchpoint& t) {
        return store::Cursor{std::to_string(t.occurred_at.ms), t.id.value};
      });
}

std::optional<Touchpoint> TouchpointStore::Find(store::Tx& tx, TouchpointId id) {
  return kColumns.Find(tx.sql(), id.value);
}

void TouchpointStore::InsertMany(store::Tx& tx, std::vector<Touchpoint>& touchpoints) {
  store::DeferredIndexes deferred(tx, "touchpoints", touchpoints.size());
  store::BulkWriter writer(tx, "touchpoints", Timestamp::Now().ms);
  for (Touchpoint& t : touchpoints) t.id = TouchpointId(writer.Insert(kColumns.Write(t)));
  writer.Flush();
  deferred.Rebuild();
}

UpsertCounts TouchpointStore::Upsert(store::Tx& tx, std::vector<Touchpoint>& touchpoints) {
  return store::UpsertByExternalId(tx, kColumns, touchpoints);
}

}  // namespace banso::customers
