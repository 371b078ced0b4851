#include "customers/segment.h"

#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"

namespace banso::customers {

void ValidateSegment(const Segment& s) {
  CheckLine("name", s.name, 200);
  CheckText("description", s.description, 2000, false);
}

nlohmann::json ToJson(const Segment& s) {
  return {
      {"id", s.id.value},
      {"version", s.version},
      {"name", s.name},
      {"description", OrNull(s.description)},
      {"filter", ToJson(s.filter)},
      {"created_at", s.created_at.ToString()},
      {"updated_at", s.updated_at.ToString()},
  };
}

void ApplyJson(const nlohmann::json& body, Segment& s) {
  JsonFields f(body);
  f.On("name", [&](auto& v) { s.name = JsonString(v, "name"); });
  f.On("description", [&](auto& v) { s.description = JsonOptString(v, "description"); });
  f.On("filter", [&](auto& v) { s.filter = AccountFilterFromJson(v, "filter"); });
  for (const char* key : {"id", "version", "created_at", "updated_at", "accounts"})
    f.On(key, [](auto&) {});
  f.RejectUnknown();
}

}  // namespace banso::customers
