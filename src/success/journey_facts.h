#pragma once
// The account data journey rules test (kJourneyFields), gathered for one account or for all
// in a few set-wise queries, reading only the sources the rules need.
#include <array>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "events/usage_queries.h"
#include "store/database.h"
#include "success/journey_rule.h"

namespace banso::success {

inline constexpr size_t kJourneyFieldCount = std::size(kJourneyFields);

struct JourneyFacts {
  AccountId account;
  std::string name;
  std::string stage;
  std::array<std::optional<double>, kJourneyFieldCount> values;

  std::optional<double> Get(std::string_view field) const;
  void Set(std::string_view field, std::optional<double> value);  // field must be in kJourneyFields
};

// Whether every condition of the rule holds for these facts.
bool Meets(const JourneyRule& rule, const JourneyFacts& facts);

// Facts of every account, or of `only`. `fields`: the fields needed (empty: all). usage may
// be null (no usage figures: usage fields are then missing, as they are while the event service
// is not started).
std::vector<JourneyFacts> CollectFacts(store::Tx& tx, events::UsageQueries* usage, Date today,
                                       std::optional<AccountId> only,
                                       const std::set<std::string>& fields);

}  // namespace banso::success
