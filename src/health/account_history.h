#pragma once
// Everything dated that health measures read about one account, held compactly in memory so
// that the whole portfolio can be scored at any date without a query per account. Loaded in a
// few set-wise reads of the hub's tables (read only: every write goes through the owning
// module's store), for all accounts or one.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"
#include "customers/contact.h"
#include "customers/survey_response.h"
#include "customers/ticket.h"
#include "customers/touchpoint.h"
#include "revenue/contract.h"
#include "store/database.h"
#include "success/success_plan.h"

namespace banso::health {

struct TouchFact {
  int64_t at_ms = 0;
  customers::TouchpointKind kind = customers::TouchpointKind::kNote;
  long long contact = 0;  // 0: none
};

struct SurveyFact {
  int64_t at_ms = 0;
  customers::SurveyKind kind = customers::SurveyKind::kNps;
  int score = 0;
  long long contact = 0;
};

struct TicketFact {
  int64_t opened_ms = 0;
  std::optional<int64_t> solved_ms;
  customers::TicketPriority priority = customers::TicketPriority::kNormal;
};

struct ContactFact {
  long long id = 0;
  std::optional<customers::ContactRole> role;
  std::optional<int64_t> departed_ms;  // when they left the customer
};

struct StageFact {
  int64_t at_ms = 0;
  std::string stage;  // entered at at_ms
};

struct AssessmentFact {
  int64_t at_ms = 0;
  int level = 0;  // success::SelfSufficiencyLevel as a number, 0 dependent … 3 advocate
};

// One objective of a success plan through time, rebuilt from the plan's change history:
// when it was added and removed, and each status it was given.
struct ObjectiveFact {
  int64_t added_ms = 0;
  std::optional<int64_t> removed_ms;
  std::vector<std::pair<int64_t, success::PlanStatus>> statuses;  // ascending time
  // nullopt when the objective did not exist at ms.
  std::optional<success::PlanStatus> StatusAt(int64_t ms) const;
};

struct AccountHistory {
  AccountId id;
  std::string tier;                // the touch model in force (accounts.tier)
  std::vector<TouchFact> touches;  // each vector ascending in time
  std::vector<SurveyFact> surveys;
  std::vector<TicketFact> tickets;  // ascending opened time
  std::vector<ContactFact> contacts;
  std::vector<StageFact> stages;
  std::vector<AssessmentFact> assessments;
  std::vector<ObjectiveFact> objectives;
  std::vector<revenue::Contract> contracts;  // by start date
};

// Every account's history (ascending id), or only `only`'s.
std::vector<AccountHistory> LoadHistories(store::Tx& tx, std::optional<AccountId> only);

}  // namespace banso::health
