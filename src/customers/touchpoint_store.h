#pragma once
// Touchpoints in the database, and their part of the account timeline.
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "auth/actor.h"
#include "customers/account_store.h"
#include "customers/timeline.h"
#include "customers/touchpoint.h"
#include "store/database.h"
#include "store/paging.h"

namespace banso::customers {

struct TouchpointQuery {
  std::optional<AccountId> account_id;
  std::optional<ContactId> contact_id;
  std::optional<TouchpointKind> kind;
  std::optional<Timestamp> from, to;  // occurred_at in [from, to)
  int limit = 50;
  std::optional<std::string> cursor;
};

class TouchpointStore {
 public:
  explicit TouchpointStore(store::Database& db) : db_(db) {}

  // The author defaults to the actor.
  Touchpoint Create(const auth::Actor& actor, Touchpoint touchpoint);
  Touchpoint Get(TouchpointId id);
  Touchpoint Update(const auth::Actor& actor, TouchpointId id, long long expected_version,
                    const std::function<void(Touchpoint&)>& change);
  void Delete(const auth::Actor& actor, TouchpointId id);
  store::Page<Touchpoint> List(const TouchpointQuery& query);  // newest first

  // Bulk insert of validated touchpoints (demo data, imports), in the caller's transaction.
  static std::optional<Touchpoint> Find(store::Tx& tx, TouchpointId id);
  static void InsertMany(store::Tx& tx, std::vector<Touchpoint>& touchpoints);
  // Imports: inserts, or overwrites the touchpoint with the same external id.
  static UpsertCounts Upsert(store::Tx& tx, std::vector<Touchpoint>& touchpoints);
  std::unique_ptr<customers::TimelineSource> TimelineSource();

 private:
  store::Database& db_;
};

}  // namespace banso::customers
