#pragma once
// Segments in the database: CRUD with optimistic concurrency and audit, and who is in one.
//
// Thread safety: stateless apart from the Database; shareable by all threads.
#include <functional>
#include <vector>

#include "auth/actor.h"
#include "customers/account_store.h"
#include "customers/segment.h"
#include "store/database.h"

namespace banso::customers {

class SegmentStore {
 public:
  explicit SegmentStore(store::Database& db) : db_(db) {}

  // Conflict("name") when another segment has the name; Invalid("filter.journey_stage[i]")
  // for an unknown stage, Invalid("filter.owner_id") for an unknown user.
  Segment Create(const auth::Actor& actor, Segment segment);
  Segment Get(SegmentId id);  // throws NotFound
  Segment Update(const auth::Actor& actor, SegmentId id, long long expected_version,
                 const std::function<void(Segment&)>& change);
  void Delete(const auth::Actor& actor, SegmentId id);
  std::vector<Segment> List();  // by name

 private:
  store::Database& db_;
};

}  // namespace banso::customers
