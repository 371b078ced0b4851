#pragma once
// An account as the API answers it everywhere (the list, one account, a journey move): its
// fields with the owner's name and the stage's moment of truth.
#include <string>
#include <unordered_map>

#include "customers/account.h"
#include "customers/journey_stage.h"
#include "http/user_names.h"

namespace banso::http {

inline nlohmann::json AccountJson(const customers::Account& a,
                                  const std::unordered_map<long long, std::string>& names,
                                  const customers::JourneyStages& stages) {
  nlohmann::json j = ToJson(a);
  j["owner_name"] = NameOf(names, a.owner_id);
  const auto* stage = customers::FindStage(stages, a.journey_stage);
  j["moment_of_truth"] = stage ? nlohmann::json(EnumToString(stage->moment)) : nlohmann::json();
  return j;
}

}  // namespace banso::http
