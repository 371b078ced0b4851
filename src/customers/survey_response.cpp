#include "customers/survey_response.h"

#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"

namespace banso::customers {

void ValidateSurveyResponse(const SurveyResponse& s) {
  if (!s.contact_id.valid()) throw Invalid("contact_id", "is required");
  if (s.kind == SurveyKind::kNps && (s.score < 0 || s.score > 10))
    throw Invalid("score", "an NPS score must be 0 to 10");
  if (s.kind == SurveyKind::kCsat && (s.score < 1 || s.score > 5))
    throw Invalid("score", "a CSAT score must be 1 to 5");
  CheckText("comment", s.comment, 5000, false);
  if (s.responded_at.ms <= 0) throw Invalid("responded_at", "is required");
  if (s.responded_at.ms > Timestamp::Now().ms + 86400000)
    throw Invalid("responded_at", "must not be in the future");
}

nlohmann::json ToJson(const SurveyResponse& s) {
  return {
      {"id", s.id.value},
      {"version", s.version},
      {"account_id", s.account_id.value},
      {"contact_id", s.contact_id.value},
      {"kind", EnumToString(s.kind)},
      {"score", s.score},
      {"comment", OrNull(s.comment)},
      {"responded_at", s.responded_at.ToString()},
      {"created_at", s.created_at.ToString()},
      {"updated_at", s.updated_at.ToString()},
  };
}

void ApplyJson(const nlohmann::json& body, SurveyResponse& s) {
  JsonFields f(body);
  f.On("contact_id", [&](auto& v) { s.contact_id = ContactId(JsonInt(v, "contact_id")); });
  f.On("kind", [&](auto& v) { s.kind = JsonEnum<SurveyKind>(v, "kind"); });
  f.On("score", [&](auto& v) {
    long long score = JsonInt(v, "score");
    if (score < -1000 || score > 1000) throw Invalid("score", "is out of range");
    s.score = static_cast<int>(score);
  });
  f.On("comment", [&](auto& v) { s.comment = JsonOptString(v, "comment"); });
  f.On("responded_at", [&](auto& v) { s.responded_at = JsonTimestamp(v, "responded_at"); });
  for (const char* key :
       {"id", "version", "account_id", "created_at", "updated_at", "contact_name"})
    f.On(key, [](auto&) {});
  f.RejectUnknown();
}

}  // namespace banso::customers
