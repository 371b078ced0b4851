#pragma once
// Support tickets in the database, and their part of the account timeline.
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "auth/actor.h"
#include "customers/account_store.h"
#include "customers/ticket.h"
#include "customers/timeline.h"
#include "store/database.h"
#include "store/paging.h"

namespace banso::customers {

struct TicketQuery {
  std::optional<AccountId> account_id;
  std::optional<ContactId> contact_id;
  std::optional<TicketStatus> status;
  std::optional<TicketPriority> priority;
  bool unsolved_only = false;         // neither solved nor closed
  std::optional<Timestamp> from, to;  // opened_at in [from, to)
  int limit = 50;
  std::optional<std::string> cursor;
};

class TicketStore {
 public:
  explicit TicketStore(store::Database& db) : db_(db) {}

  Ticket Create(const auth::Actor& actor, Ticket ticket);
  Ticket Get(TicketId id);
  Ticket Update(const auth::Actor& actor, TicketId id, long long expected_version,
                const std::function<void(Ticket&)>& change);
  void Delete(const auth::Actor& actor, TicketId id);
  store::Page<Ticket> List(const TicketQuery& query);  // newest first

  static std::optional<Ticket> Find(store::Tx& tx, TicketId id);
  // Imports (and the demo): inserts, or overwrites the ticket with the same external id, in the
  // caller's transaction; the tickets are validated by the caller.
  static UpsertCounts Upsert(store::Tx& tx, std::vector<Ticket>& tickets);
  std::unique_ptr<customers::TimelineSource> TimelineSource();

 private:
  store::Database& db_;
};

}  // namespace banso::customers
