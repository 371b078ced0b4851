#pragma once
// Success plans in the database, each save audited and its changes kept as the plan's history.
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <vector>

#include "auth/actor.h"
#include "store/database.h"
#include "success/success_plan.h"

namespace banso::success {

struct PlanChange {
  long long version = 0;
  Timestamp changed_at;
  std::string actor;
  std::optional<UserId> user_id;
  nlohmann::json changes;  // [{"path", "from", "to"}]
};

class SuccessPlanStore {
 public:
  explicit SuccessPlanStore(store::Database& db) : db_(db) {}

  SuccessPlan Create(const auth::Actor& actor, SuccessPlan plan);
  SuccessPlan Get(SuccessPlanId id);
  // Applies change to the stored plan if its version is still expected_version (Conflict
  // otherwise, 409), validates it, and records what changed.
  SuccessPlan Update(const auth::Actor& actor, SuccessPlanId id, long long expected_version,
                     const std::function<void(SuccessPlan&)>& change);
  void Delete(const auth::Actor& actor, SuccessPlanId id);
  std::vector<SuccessPlan> ForAccount(AccountId account);
  std::vector<PlanChange> History(SuccessPlanId id);

  static std::optional<SuccessPlan> Find(store::Tx& tx, SuccessPlanId id);
  // In a caller's transaction (demo data).
  static SuccessPlan CreateIn(store::Tx& tx, const auth::Actor& actor, SuccessPlan plan);

 private:
  store::Database& db_;
};

// What differs between two versions of a plan, field by field ("objectives[o2].status").
nlohmann::json PlanDiff(const SuccessPlan& before, const SuccessPlan& after);

}  // namespace banso::success
