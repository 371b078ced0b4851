#include "customers/survey_store.h"

#include "auth/audited_record.h"
#include "core/error.h"
#include "customers/contact_store.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

// Responses belong to the account of the contact who answered.
void AttachToContactsAccount(store::Tx& tx, SurveyResponse& s) {
  auto contact = ContactStore::Find(tx, s.contact_id);
  if (!contact) throw Invalid("contact_id", "no contact has this id");
  s.account_id = contact->account_id;
}

// How survey responses are read, checked and written (auth/audited_record.h).
struct SurveyRecord {
  using Model = SurveyResponse;
  using Id = SurveyId;
  static constexpr const char* kEntity = "survey response";
  static inline const store::ColumnTable<SurveyResponse> kColumns{
      "surveys",
      {
          store::Field<&SurveyResponse::account_id>("account_id"),
          store::Field<&SurveyResponse::contact_id>("contact_id"),
          store::Field<&SurveyResponse::kind>("kind"),
          store::Field<&SurveyResponse::score>("score"),
          store::Field<&SurveyResponse::comment>("comment"),
          store::Field<&SurveyResponse::responded_at>("responded_at"),
      }};
  static void Check(store::Tx& tx, SurveyResponse& s) {
    ValidateSurveyResponse(s);
    AttachToContactsAccount(tx, s);
  }
  static nlohmann::json Json(const SurveyResponse& s) { return ToJson(s); }
};
const auto& kColumns = SurveyRecord::kColumns;

// Responses with the name of the contact who answered; Fetch reads its rows.
const std::string& SelectWithContactName() {
  static const std::string select =
      "SELECT " + kColumns.SelectList("s") +
      ", c.name FROM surveys s JOIN contacts c ON c.id = s.contact_id";
  return select;
}

std::vector<SurveyListItem> Fetch(soci::session& sql, store::Query& q) {
  std::string contact_name;
  std::vector<std::string> names;
  auto responses = kColumns.Fetch(
      sql, q, [&](soci::statement& st) { st.exchange(soci::into(contact_name)); },
      [&](const SurveyResponse&) { names.push_back(contact_name); });
  std::vector<SurveyListItem> out;
  out.reserve(responses.size());
  for (size_t i = 0; i < responses.size(); ++i)
    out.push_back({std::move(responses[i]), std::move(names[i])});
  return out;
}

class SurveyTimeline : public TimelineSource {
 public:
  std::vector<TimelineEntry> Entries(soci::session& sql, AccountId account,
                                     const std::optional<TimelinePosition>& after,
                                     int limit) override {
    store::Query q(SelectWithContactName() + " WHERE s.account_id = ");
    q.Bind(account.value);
    AppendTimelineKeyset(q, "s.responded_at", "s.id", "survey", after, limit);
    std::vector<TimelineEntry> out;
    for (const auto& item : Fetch(sql, q))
      out.push_back({"survey", item.response.responded_at, item.response.id.value, ToJson(item)});
    return out;
  }
};

}  // namespace

nlohmann::json ToJson(const SurveyListItem& item) {
  nlohmann::json j = ToJson(item.response);
  j["contact_name"] = item.contact_name;
  return j;
}

std::unique_ptr<TimelineSource> SurveyStore::TimelineSource() {
  return std::make_unique<SurveyTimeline>();
}

SurveyResponse SurveyStore::Create(const auth::Actor& actor, SurveyResponse s) {
  return auth::CreateRecord<SurveyRecord>(db_, actor, std::move(s));
}

SurveyResponse SurveyStore::Get(SurveyId id) { return auth::GetRecord<SurveyRecord>(db_, id); }

SurveyResponse SurveyStore::Update(const auth::Actor& actor, SurveyId id,
                                   long long expected_version,
                                   const std::function<void(SurveyResponse&)>& change) {
  return auth::UpdateRecord<SurveyRecord>(db_, actor, id, expected_version, change);
}

void SurveyStore::Delete(const auth::Actor& actor, SurveyId id) {
  auth::DeleteRecord<SurveyRecord>(db_, actor, id);
}

store::Page<SurveyListItem> SurveyStore::List(const SurveyQuery& query) {
  if (query.limit < 1 || query.limit > 500) throw Invalid("limit", "must be 1 to 500");
  std::optional<store::Cursor> after;
  if (query.cursor) after = store::DecodeCursor(*query.cursor);
  auto add_filters = [&](store::Query& q) {
    q << " WHERE 1=1";
    if (query.account_id) q << " AND s.account_id = ", q.Bind(query.account_id->value);
    if (query.contact_id) q << " AND s.contact_id = ", q.Bind(query.contact_id->value);
    if (query.kind) q << " AND s.kind = ", q.Bind(std::string(EnumToString(*query.kind)));
  };
  store::Page<SurveyListItem> page;
  store::Session sql(db_.pool());
  store::Query count("SELECT COUNT(*) FROM surveys s");
  add_filters(count);
  soci::statement cst = count.Prepare(sql);
  cst.exchange(soci::into(page.total));
  store::ForEachRow(cst, [] {});
  store::Query list(SelectWithContactName());
  add_filters(list);
  // Keyset on the survey's own columns; "s.id" keeps the tie-break unambiguous in the join.
  if (after) {
    list << " AND (s.responded_at, s.id) < (";
    list.Bind(after->NumericKey()) << ", ";
    list.Bind(after->id) << ")";
  }
  list << " ORDER BY s.responded_at DESC, s.id DESC LIMIT ";
  list.Bind(static_cast<long long>(query.limit) + 1);
  page.items = Fetch(sql, list);
  store::FinishPage(page, query.limit, [](const SurveyListItem& i) {
    return store::Cursor{std::to_string(i.response.responded_at.ms), i.response.id.value};
  });
  return page;
}

void SurveyStore::InsertMany(store::Tx& tx, std::vector<SurveyResponse>& responses) {
  store::DeferredIndexes deferred(tx, "surveys", responses.size());
  store::BulkWriter writer(tx, "surveys", Timestamp::Now().ms);
  for (SurveyResponse& s : responses) s.id = SurveyId(writer.Insert(kColumns.Write(s)));
  writer.Flush();
  deferred.Rebuild();
}

}  // namespace banso::customers
