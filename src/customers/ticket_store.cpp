#include "customers/ticket_store.h"

#include "auth/audited_record.h"
#include "core/error.h"
#include "customers/account_store.h"
#include "customers/contact_store.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

// How tickets are read, checked and written (auth/audited_record.h).
struct TicketRecord {
  using Model = Ticket;
  using Id = TicketId;
  static constexpr const char* kEntity = "ticket";
  static inline const store::ColumnTable<Ticket> kColumns{
      "tickets",
      {
          store::Field<&Ticket::external_id>("external_id"),
          store::Field<&Ticket::account_id>("account_id"),
          store::Field<&Ticket::contact_id>("contact_id"),
          store::Field<&Ticket::subject>("subject"),
          store::Field<&Ticket::priority>("priority"),
          store::Field<&Ticket::status>("status"),
          store::Field<&Ticket::opened_at>("opened_at"),
          store::Field<&Ticket::solved_at>("solved_at"),
      }};
  static void Check(store::Tx& tx, Ticket& t) {
    ValidateTicket(t);
    if (!AccountStore::Find(tx, t.account_id))
      throw Invalid("account_id", "no account has this id");
    ContactStore::CheckBelongs(tx, "contact_id", t.contact_id, t.account_id);
    store::CheckExternalIdFree(tx, "tickets", "ticket", t.external_id, t.id.value);
  }
  static nlohmann::json Json(const Ticket& t) { return ToJson(t); }
};
const auto& kColumns = TicketRecord::kColumns;

// A ticket shows on the timeline when it was opened.
class TicketTimeline : public TimelineSource {
 public:
  std::vector<TimelineEntry> Entries(soci::session& sql, AccountId account,
                                     const std::optional<TimelinePosition>& after,
                                     int limit) override {
    store::Query q("SELECT " + kColumns.select_list() + " FROM tickets WHERE account_id = ");
    q.Bind(account.value);
    AppendTimelineKeyset(q, "opened_at", "id", "ticket", after, limit);
    std::vector<TimelineEntry> out;
    for (const Ticket& t : kColumns.Fetch(sql, q))
      out.push_back({"ticket", t.opened_at, t.id.value, ToJson(t)});
    return out;
  }
};

}  // namespace

std::unique_ptr<TimelineSource> TicketStore::TimelineSource() {
  return std::make_unique<TicketTimeline>();
}

Ticket TicketStore::Create(const auth::Actor& actor, Ticket t) {
  return auth::CreateRecord<TicketRecord>(db_, actor, std::move(t));
}

Ticket TicketStore::Get(TicketId id) { return auth::GetRecord<TicketRecord>(db_, id); }

Ticket TicketStore::Update(const auth::Actor& actor, TicketId id, long long expected_version,
                           const std::function<void(Ticket&)>& change) {
  return auth::UpdateRecord<TicketRecord>(db_, actor, id, expected_version, change);
}

void TicketStore::Delete(const auth::Actor& actor, TicketId id) {
  auth::DeleteRecord<TicketRecord>(db_, actor, id);
}

store::Page<Ticket> TicketStore::List(const TicketQuery& query) {
  auto add_filters = [&](store::Query& q) {
    q << " FROM tickets WHERE 1=1";
    if (query.account_id) q << " AND account_id = ", q.Bind(query.account_id->value);
    if (query.contact_id) q << " AND contact_id = ", q.Bind(query.contact_id->value);
    if (query.status) q << " AND status = ", q.Bind(std::string(EnumToString(*query.status)));
    if (query.priority) q << " AND priority = ", q.Bind(std::string(EnumToString(*query.priority)));
    if (query.unsolved_only) q << " AND status NOT IN ('solved', 'closed')";
    if (query.from) q << " AND opened_at >= ", q.Bind(query.from->ms);
    if (query.to) q << " AND opened_at < ", q.Bind(query.to->ms);
  };
  store::Session sql(db_.pool());
  return store::ListPage<Ticket>(
      db_, sql, kColumns.select_list(), add_filters, {"opened_at", true, true}, query.cursor,
      query.limit, [&](store::Query& q) { return kColumns.Fetch(sql, q); },
      [](const Ticket& t) {
        return store::Cursor{std::to_string(t.opened_at.ms), t.id.value};
      });
}

std::optional<Ticket> TicketStore::Find(store::Tx& tx, TicketId id) {
  return kColumns.Find(tx.sql(), id.value);
}

UpsertCounts TicketStore::Upsert(store::Tx& tx, std::vector<Ticket>& tickets) {
  return store::UpsertByExternalId(tx, kColumns, tickets);
}

}  // namespace banso::customers
