#pragma once
// An account as the API answers it everywhere (the list, one account, a journey move): its
// fields with the owner's name and the stage's moment of truth.
#include <string>
#include <unordered_map>

#include "core/json_writer.h"
#include "customers/account.h"
#include "customers/journey_stage.h"
#include "http/user_names.h"

namespace banso::http {

// Into an open object: the list writes 50 of these a page (core/json_writer.h says why).
inline void WriteAccount(JsonWriter& w, const customers::Account& a,
                         const std::unordered_map<long long, std::string>& names,
                         const customers::JourneyStages& stages) {
  customers::WriteFields(w, a);
  w.Field("owner_name", NameOf(names, a.owner_id));
  w.Key("moment_of_truth");
  const auto* stage = customers::FindStage(stages, a.journey_stage);
  stage ? w.String(EnumToString(stage->moment)) : w.Null();
}

inline nlohmann::json AccountJson(const customers::Account& a,
                                  const std::unordered_map<long long, std::string>& names,
                                  const customers::JourneyStages& stages) {
  JsonWriter w;
  w.BeginObject();
  WriteAccount(w, a, names, stages);
  w.EndObject();
  return nlohmann::json::parse(w.text());
}

}  // namespace banso::http
