#pragma once
// Self-sufficiency (自走, seed 003): how far the customer runs on their own, a level from
// dependent to advocate. A CSM assesses it by ticking the criteria the customer meets; the
// level is the highest whose criteria, and those of every level below, are all met. Each
// assessment is kept, so the level's history shows the customer growing (or not).
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"
#include "store/database.h"

namespace banso::success {

enum class SelfSufficiencyLevel { kDependent, kGuided, kSelfRunning, kAdvocate };

struct SufficiencyCriterion {
  SufficiencyCriterionId id;
  long long version = 0;
  SelfSufficiencyLevel level = SelfSufficiencyLevel::kGuided;  // the level it is needed for
  std::string text;
  int position = -1;  // order within its level, 0 to 1000; -1 at creation: last of its level
  Timestamp created_at;
  Timestamp updated_at;
};

// Sets the fields present in an API body; id and version are accepted and ignored.
void ApplyJson(const nlohmann::json& body, SufficiencyCriterion& c);

struct SufficiencyAssessment {
  long long id = 0;
  AccountId account_id;
  SelfSufficiencyLevel level = SelfSufficiencyLevel::kDependent;
  std::vector<SufficiencyCriterionId> met;
  std::string note;
  Timestamp assessed_at;
  std::optional<UserId> assessed_by;
};

// The level the met criteria reach (kDependent needs nothing).
SelfSufficiencyLevel LevelReached(const std::vector<SufficiencyCriterion>& criteria,
                                  const std::vector<SufficiencyCriterionId>& met);

class SelfSufficiencyStore {
 public:
  explicit SelfSufficiencyStore(store::Database& db) : db_(db) {}

  // The criteria: an editable list.
  std::vector<SufficiencyCriterion> Criteria();  // by level, then position
  SufficiencyCriterion Add(const auth::Actor& actor, SufficiencyCriterion c);
  SufficiencyCriterion Update(const auth::Actor& actor, SufficiencyCriterionId id,
                              long long expected_version,
                              const std::function<void(SufficiencyCriterion&)>& change);
  void Delete(const auth::Actor& actor, SufficiencyCriterionId id);

  // Records an assessment (unknown criterion ids are an Invalid "met").
  SufficiencyAssessment Assess(const auth::Actor& actor, AccountId account,
                               std::vector<SufficiencyCriterionId> met, std::string note);
  std::vector<SufficiencyAssessment> History(AccountId account);  // newest first

 private:
  store::Database& db_;
};

nlohmann::json ToJson(const SufficiencyCriterion& c);
nlohmann::json ToJson(const SufficiencyAssessment& a);

}  // namespace banso::success

namespace banso {
template <>
inline constexpr auto kEnumNames<success::SelfSufficiencyLevel> =
    std::to_array<EnumName<success::SelfSufficiencyLevel>>({
        {success::SelfSufficiencyLevel::kDependent, "dependent"},
        {success::SelfSufficiencyLevel::kGuided, "guided"},
        {success::SelfSufficiencyLevel::kSelfRunning, "self_running"},
        {success::SelfSufficiencyLevel::kAdvocate, "advocate"},
    });
}  // namespace banso
