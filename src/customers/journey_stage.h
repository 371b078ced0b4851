#pragma once
// The journey's stages (seed 002): the four moments of truth — ZMOT (the prospect learning),
// FMOT (evaluating, buying), SMOT (onboarding, adopting), TMOT (renewing, expanding,
// advocating) — and churned, each divided into stages a manager can edit. An account is in
// exactly one stage; every move is a JourneyTransition.
//
// Thread safety: stateless apart from the Database; shareable by all threads.
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

namespace banso::customers {

enum class MomentOfTruth { kZmot, kFmot, kSmot, kTmot, kChurned };

struct JourneyStage {
  JourneyStageId id;
  long long version = 0;
  std::string key;  // "onboarding": what accounts, rules and transitions refer to
  MomentOfTruth moment = MomentOfTruth::kSmot;
  int position = -1;  // order along the journey; -1 at creation: last within its moment
  std::string name_ja, name_en;
  Timestamp created_at;
  Timestamp updated_at;
};

// Sets the fields present in an API body; the key is set once, at creation.
void ApplyJson(const nlohmann::json& body, JourneyStage& s);
nlohmann::json ToJson(const JourneyStage& s);

// The stages in journey order (moment, then position).
using JourneyStages = std::vector<JourneyStage>;
const JourneyStage* FindStage(const JourneyStages& stages, std::string_view key);
// "one of prospect, evaluating, ..." for error messages.
std::string StageChoices(const JourneyStages& stages);

class JourneyStageStore {
 public:
  explicit JourneyStageStore(store::Database& db) : db_(db) {}

  JourneyStages List();
  JourneyStage Add(const auth::Actor& actor, JourneyStage s);
  JourneyStage Update(const auth::Actor& actor, JourneyStageId id, long long expected_version,
                      const std::function<void(JourneyStage&)>& change);

  static JourneyStages ListIn(store::Tx& tx);
  // Refused (Conflict) while an account is in the stage; the caller checks what else refers
  // to it (journey rules) in the same transaction. Returns the deleted stage.
  static JourneyStage DeleteIn(store::Tx& tx, const auth::Actor& actor, JourneyStageId id);
  // Throws Invalid(field) naming the known stages when key is not one.
  static const JourneyStage& Require(const JourneyStages& stages, std::string_view key,
                                     const std::string& field);
  // The first stage of a moment: where new prospects (ZMOT) and new customers (SMOT) start.
  static std::string FirstOf(const JourneyStages& stages, MomentOfTruth moment);

 private:
  store::Database& db_;
};

}  // namespace banso::customers

namespace banso {
template <>
inline constexpr auto kEnumNames<customers::MomentOfTruth> =
    std::to_array<EnumName<customers::MomentOfTruth>>({
        {customers::MomentOfTruth::kZmot, "zmot"},
        {customers::MomentOfTruth::kFmot, "fmot"},
        {customers::MomentOfTruth::kSmot, "smot"},
        {customers::MomentOfTruth::kTmot, "tmot"},
        {customers::MomentOfTruth::kChurned, "churned"},
    });
}  // namespace banso
