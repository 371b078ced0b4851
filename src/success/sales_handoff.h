#pragma once
// The sales hand-off (seed 001): when a new customer passes from sales to CS, what sales knows —
// why they bought, the outcomes they expect, who the stakeholders are — and how well the
// customer fits the ideal customer profile at that moment. The notes seed the success plan,
// and poor-fit hand-offs are listed for the CS leader and sales to learn from.
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/date.h"
#include "core/ids.h"
#include "store/database.h"
#include "store/paging.h"
#include "success/success_plan.h"

namespace banso::success {

struct Stakeholder {
  std::optional<ContactId> contact_id;
  std::string name;
  std::string role;  // kStakeholderRoles
  std::string note;
};
inline constexpr std::string_view kStakeholderRoles[] = {"champion", "decision_maker",
                                                         "executive_sponsor", "user", "other"};

struct SalesHandoff {
  SalesHandoffId id;
  long long version = 0;
  AccountId account_id;
  std::string why_bought;
  std::vector<std::string> expected_outcomes;
  std::vector<Stakeholder> stakeholders;
  std::string sales_owner;
  Timestamp handed_off_at;
  std::optional<UserId> handed_off_by;
  std::optional<int> fit_score;
  nlohmann::json fit = nlohmann::json::array();  // [{id, label, weight, met}] at hand-off
  std::optional<SuccessPlanId> plan_id;
  Timestamp created_at;
  Timestamp updated_at;
};

// Sets the fields present in an API body (why_bought, expected_outcomes, stakeholders,
// sales_owner); the read-only fields of ToJson are accepted and ignored.
void ApplyJson(const nlohmann::json& body, SalesHandoff& h);
nlohmann::json ToJson(const SalesHandoff& h);

struct HandoffQuery {
  std::optional<int> fit_below;  // fit score under this (hand-offs without a score are left out)
  std::optional<int> since_days;
  int limit = 50;
  std::optional<std::string> cursor;
};

// Asks for a success plan seeded from the notes, optionally on a template.
struct PlanSeed {
  std::optional<std::string> template_key;
};

class SalesHandoffStore {
 public:
  explicit SalesHandoffStore(store::Database& db) : db_(db) {}

  // Records the hand-off of h.account_id with the account's fit now, and the seeded plan if
  // asked for, in one transaction. NotFound for an unknown account; Conflict if the account
  // has a hand-off.
  std::pair<SalesHandoff, std::optional<SuccessPlan>> Create(const auth::Actor& actor,
                                                             SalesHandoff h,
                                                             std::optional<PlanSeed> seed);
  // In a caller's transaction: checks and stores h (handed_off_at as given, or now) with the
  // fit against the criteria. The demo generator backdates its hand-offs with it.
  static SalesHandoff CreateIn(store::Tx& tx, const auth::Actor& actor, SalesHandoff h);
  SalesHandoff Update(const auth::Actor& actor, SalesHandoffId id, long long expected_version,
                      const std::function<void(SalesHandoff&)>& change);
  std::optional<SalesHandoff> ForAccount(AccountId account);
  SalesHandoff Get(SalesHandoffId id);                        // throws NotFound
  store::Page<SalesHandoff> List(const HandoffQuery& query);  // newest first
  // A success plan seeded from the notes (optionally on a template), linked to the hand-off.
  SuccessPlan SeedPlan(const auth::Actor& actor, SalesHandoffId id, const PlanSeed& seed);

 private:
  store::Database& db_;
};

}  // namespace banso::success
