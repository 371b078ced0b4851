#include "customers/account.h"

#include <algorithm>

#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"

namespace banso::customers {

void ValidateAccount(const Account& a) {
  CheckLine("name", a.name, 200);
  CheckOptLine("name_kana", a.name_kana, 200);
  CheckOptLine("external_id", a.external_id, 100);
  CheckOptLine("domain", a.domain, 253);
  if (a.domain) {
    for (char c : *a.domain)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.'))
        throw Invalid("domain", "must be a host name such as example.co.jp");
    if (a.domain->find('.') == std::string::npos)
      throw Invalid("domain", "must be a host name such as example.co.jp");
  }
  CheckOptLine("industry", a.industry, 100);
  if (a.employee_band && std::find(kEmployeeBands.begin(), kEmployeeBands.end(),
                                   *a.employee_band) == kEmployeeBands.end())
    throw Invalid("employee_band", "must be one of 1-9, 10-49, 50-249, 250-999, 1000-4999, 5000+");
  if (a.country &&
      (a.country->size() != 2 || !std::isupper(static_cast<unsigned char>((*a.country)[0])) ||
       !std::isupper(static_cast<unsigned char>((*a.country)[1]))))
    throw Invalid("country", "must be an ISO 3166-1 alpha-2 code such as JP or US");
  CheckCurrency("currency", a.currency);
  CheckOptLine("tier_override_reason", a.tier_override_reason, 500);
  if (a.owner_id && !a.owner_id->valid()) throw Invalid("owner_id", "must be a user id");
  if (a.start_date && a.renewal_date && *a.renewal_date < *a.start_date)
    throw Invalid("renewal_date", "must not be before start_date");
  if (!a.custom_attributes.is_object()) throw Invalid("custom_attributes", "must be a JSON object");
  if (a.custom_attributes.size() > 100)
    throw Invalid("custom_attributes", "must have at most 100 keys");
  if (a.custom_attributes.dump().size() > 16384)
    throw Invalid("custom_attributes", "must be at most 16 KiB as JSON");
  for (const auto& [key, value] : a.custom_attributes.items()) {
    if (key.empty() || key.size() > 100)
      throw Invalid("custom_attributes", "keys must be 1 to 100 bytes");
    if (value.is_object() || value.is_array())
      throw Invalid("custom_attributes." + key, "must be a string, number, boolean or null");
  }
}

void WriteFields(JsonWriter& w, const Account& a) {
  w.Field("id", a.id.value)
      .Field("version", a.version)
      .Field("name", a.name)
      .Field("name_kana", a.name_kana)
      .Field("external_id", a.external_id)
      .Field("domain", a.domain)
      .Field("industry", a.industry)
      .Field("employee_band", a.employee_band)
      .Field("country", a.country)
      .Field("currency", a.currency);
  w.Key("owner_id");
  a.owner_id ? w.Int(a.owner_id->value) : w.Null();
  w.Key("tier_override");
  a.tier_override ? w.String(EnumToString(*a.tier_override)) : w.Null();
  w.Field("tier", EnumToString(a.tier));
  w.Key("health_score");
  a.health_score_tenths == Account::kNoHealthScore ? w.Null()
                                                   : w.Double(a.health_score_tenths / 10.0);
  w.Key("health_band");
  a.health_band.empty() ? w.Null() : w.String(a.health_band);
  w.Field("tier_override_reason", a.tier_override_reason)
      .Field("journey_stage", a.journey_stage)
      .Field("journey_stage_since", a.journey_stage_since)
      .Field("start_date", a.start_date)
      .Field("renewal_date", a.renewal_date)
      .Field("custom_attributes", a.custom_attributes)
      .Field("arr_minor", a.arr_minor);
  w.Field("arr_reporting_minor", ReportingArrJson(a.arr_reporting_minor));
  w.Field("created_at", a.created_at).Field("updated_at", a.updated_at);
}

nlohmann::json ToJson(const Account& a) {
  JsonWriter w;
  w.BeginObject();
  WriteFields(w, a);
  w.EndObject();
  return nlohmann::json::parse(w.text());
}

void ApplyJson(const nlohmann::json& body, Account& a) {
  JsonFields f(body);
  f.On("name", [&](auto& v) { a.name = JsonString(v, "name"); });
  f.On("name_kana", [&](auto& v) { a.name_kana = JsonOptString(v, "name_kana"); });
  f.On("external_id", [&](auto& v) { a.external_id = JsonOptString(v, "external_id"); });
  f.On("domain", [&](auto& v) { a.domain = JsonOptString(v, "domain"); });
  f.On("industry", [&](auto& v) { a.industry = JsonOptString(v, "industry"); });
  f.On("employee_band", [&](auto& v) { a.employee_band = JsonOptString(v, "employee_band"); });
  f.On("country", [&](auto& v) { a.country = JsonOptString(v, "country"); });
  f.On("currency", [&](auto& v) { a.currency = JsonString(v, "currency"); });
  f.On("owner_id", [&](auto& v) {
    auto id = JsonOptInt(v, "owner_id");
    a.owner_id = id ? std::optional<UserId>(UserId(*id)) : std::nullopt;
  });
  f.On("tier_override", [&](auto& v) { a.tier_override = JsonOptEnum<Tier>(v, "tier_override"); });
  f.On("tier_override_reason",
       [&](auto& v) { a.tier_override_reason = JsonOptString(v, "tier_override_reason"); });
  f.On("journey_stage", [&](auto& v) { a.journey_stage = JsonString(v, "journey_stage"); });
  f.On("start_date", [&](auto& v) { a.start_date = JsonOptDate(v, "start_date"); });
  f.On("renewal_date", [&](auto& v) { a.renewal_date = JsonOptDate(v, "renewal_date"); });
  f.On("custom_attributes", [&](auto& v) {
    if (!v.is_object()) throw Invalid("custom_attributes", "must be a JSON object");
    a.custom_attributes = v;
  });
  // Read-only fields a client may echo back from a GET; ignored rather than rejected.
  for (const char* key :
       {"id", "version", "arr_minor", "arr_reporting_minor", "tier", "health_score", "health_band",
        "moment_of_truth", "journey_stage_since", "created_at", "updated_at", "owner_name"})
    f.On(key, [](auto&) {});
  f.RejectUnknown();
  if (!a.tier_override) a.tier_override_reason.reset();  // a reason for no override is none
}

}  // namespace banso::customers
