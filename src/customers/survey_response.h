#pragma once
// A survey response by a contact: NPS (0-10) or CSAT (1-5), with an optional comment.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"

namespace banso::customers {

enum class SurveyKind { kNps, kCsat };

struct SurveyResponse {
  SurveyId id;
  long long version = 0;
  AccountId account_id;  // the contact's account at the time of the response
  ContactId contact_id;
  SurveyKind kind = SurveyKind::kNps;
  int score = 0;
  std::optional<std::string> comment;
  Timestamp responded_at;
  Timestamp created_at;
  Timestamp updated_at;
};

void ValidateSurveyResponse(const SurveyResponse& s);
nlohmann::json ToJson(const SurveyResponse& s);
void ApplyJson(const nlohmann::json& body, SurveyResponse& s);

}  // namespace banso::customers

namespace banso {
template <>
inline constexpr auto kEnumNames<customers::SurveyKind> =
    std::to_array<EnumName<customers::SurveyKind>>({
        {customers::SurveyKind::kNps, "nps"},
        {customers::SurveyKind::kCsat, "csat"},
    });
}  // namespace banso
