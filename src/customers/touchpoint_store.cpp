#include "customers/touchpoint_store.h"

#include "auth/audited_record.h"
#include "auth/auth_service.h"
#include "core/error.h"
#include "customers/account_store.h"
#include "customers/contact_store.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

constexpr const char* kColumns =
    "id, version, account_id, contact_id, kind, occurred_at, author_id, summary, sentiment, "
    "created_at, updated_at";

struct TouchpointRow {
  Touchpoint t;
  long long contact = 0, author = 0;
  std::string kind, sentiment;
  soci::indicator contact_i, author_i, sentiment_i;

  void Bind(soci::statement& st) {
    st.exchange(soci::into(t.id.value));
    st.exchange(soci::into(t.version));
    st.exchange(soci::into(t.account_id.value));
    st.exchange(soci::into(contact, contact_i));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(t.occurred_at.ms));
    st.exchange(soci::into(author, author_i));
    st.exchange(soci::into(t.summary));
    st.exchange(soci::into(sentiment, sentiment_i));
    st.exchange(soci::into(t.created_at.ms));
    st.exchange(soci::into(t.updated_at.ms));
  }
  Touchpoint Get() const {
    Touchpoint out = t;
    out.contact_id = contact_i == soci::i_ok ? std::optional<ContactId>(ContactId(contact)) : std::nullopt;
    out.author_id = author_i == soci::i_ok ? std::optional<UserId>(UserId(author)) : std::nullopt;
    out.kind = EnumFromString<TouchpointKind>(kind).value_or(TouchpointKind::kNote);
    out.sentiment = sentiment_i == soci::i_ok ? EnumFromString<Sentiment>(sentiment) : std::nullopt;
    return out;
  }
};

std::vector<Touchpoint> Fetch(soci::session& sql, store::Query& q) {
  soci::statement st = q.Prepare(sql);
  TouchpointRow row;
  row.Bind(st);
  std::vector<Touchpoint> out;
  store::ForEachRow(st, [&] { out.push_back(row.Get()); });
  return out;
}

store::Columns ColumnsOf(const Touchpoint& t) {
  store::Columns c;
  c.Set("account_id", t.account_id.value)
      .Set("contact_id", t.contact_id ? std::optional<long long>(t.contact_id->value) : std::nullopt)
      .Set("kind", std::string(EnumToString(t.kind)))
      .Set("occurred_at", t.occurred_at.ms)
      .Set("author_id", t.author_id ? std::optional<long long>(t.author_id->value) : std::nullopt)
      .Set("summary", t.summary)
      .Set("sentiment", t.sentiment ? std::optional<std::string>(EnumToString(*t.sentiment)) : std::nullopt);
  return c;
}

void CheckReferences(store::Tx& tx, const Touchpoint& t) {
  if (!AccountStore::Find(tx, t.account_id)) throw Invalid("account_id", "no account has this id");
  if (t.contact_id) {
    auto contact = ContactStore::Find(tx, *t.contact_id);
    if (!contact || contact->account_id != t.account_id)
      throw Invalid("contact_id", "no contact with this id belongs to the account");
  }
  if (t.author_id && !auth::AuthService::UserExists(tx, *t.author_id))
    throw Invalid("author_id", "no active user has this id");
}

class TouchpointTimeline : public TimelineSource {
 public:
  std::vector<TimelineEntry> Entries(soci::session& sql, AccountId account,
                                     const std::optional<TimelinePosition>& after, int limit) override {
    store::Query q(std::string("SELECT ") + kColumns + " FROM touchpoints WHERE account_id = ");
    q.Bind(account.value);
    AppendTimelineKeyset(q, "occurred_at", "id", "touchpoint", after, limit);
    std::vector<TimelineEntry> out;
    for (const Touchpoint& t : Fetch(sql, q)) out.push_back({"touchpoint", t.occurred_at, t.id.value, ToJson(t)});
    return out;
  }
};

}  // namespace

std::unique_ptr<TimelineSource> TouchpointStore::TimelineSource() { return std::make_unique<TouchpointTimeline>(); }

namespace {

std::optional<Touchpoint> FindTouchpoint(store::Tx& tx, TouchpointId id) {
  store::Query q(std::string("SELECT ") + kColumns + " FROM touchpoints WHERE id = ");
  q.Bind(id.value);
  auto rows = Fetch(tx.sql(), q);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

// How touchpoints are read, checked and written (auth/audited_record.h).
struct TouchpointRecord {
  using Model = Touchpoint;
  using Id = TouchpointId;
  static constexpr const char* kTable = "touchpoints";
  static constexpr const char* kEntity = "touchpoint";
  static std::optional<Touchpoint> Find(store::Tx& tx, TouchpointId id) { return FindTouchpoint(tx, id); }
  static void Check(store::Tx& tx, Touchpoint& t) {
    ValidateTouchpoint(t);
    CheckReferences(tx, t);
  }
  static store::Columns Columns(const Touchpoint& t) { return ColumnsOf(t); }
  static nlohmann::json Json(const Touchpoint& t) { return ToJson(t); }
};

}  // namespace

Touchpoint TouchpointStore::Create(const auth::Actor& actor, Touchpoint t) {
  if (actor.user.valid()) t.author_id = actor.user;  // a person records as themself
  return auth::CreateRecord<TouchpointRecord>(db_, actor, std::move(t));
}

Touchpoint TouchpointStore::Get(TouchpointId id) { return auth::GetRecord<TouchpointRecord>(db_, id); }

Touchpoint TouchpointStore::Update(const auth::Actor& actor, TouchpointId id, long long expected_version,
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
      sql, kColumns, add_filters, {"occurred_at", true, true}, query.cursor, query.limit,
      [&](store::Query& q) { return Fetch(sql, q); },
      [](const Touchpoint& t) { return store::Cursor{std::to_string(t.occurred_at.ms), t.id.value}; });
}

void TouchpointStore::InsertMany(store::Tx& tx, std::vector<Touchpoint>& touchpoints) {
  store::DeferredIndexes deferred(tx, "touchpoints", touchpoints.size());
  store::BulkWriter writer(tx, "touchpoints", Timestamp::Now().ms);
  for (Touchpoint& t : touchpoints) t.id = TouchpointId(writer.Insert(ColumnsOf(t)));
  writer.Flush();
  deferred.Rebuild();
}

}  // namespace banso::customers
