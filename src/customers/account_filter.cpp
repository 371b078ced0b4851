#include "customers/account_filter.h"

#include <algorithm>
#include <climits>

#include "core/error.h"
#include "core/json_fields.h"
#include "core/text.h"
#include "customers/field_rules.h"

namespace banso::customers {

void AppendAccountFilter(store::Query& where, const AccountFilter& f, Date today) {
  if (f.q) {
    std::string key = SearchKey(*f.q);
    size_t start = 0;
    while (start < key.size()) {  // every whitespace-separated term must match
      size_t end = key.find(' ', start);
      if (end == std::string::npos) end = key.size();
      if (end > start) {
        where << " AND search_text LIKE ";
        where.Bind("%" + EscapeLike(key.substr(start, end - start)) + "%") << " ESCAPE '\\'";
      }
      start = end + 1;
    }
  }
  if (f.owner_id) where << " AND owner_id = ", where.Bind(f.owner_id->value);
  if (!f.journey_stages.empty()) {
    where << " AND journey_stage IN (";
    for (size_t i = 0; i < f.journey_stages.size(); ++i) {
      if (i) where << ", ";
      where.Bind(f.journey_stages[i]);
    }
    where << ")";
  }
  if (f.tier) where << " AND tier = ", where.Bind(std::string(EnumToString(*f.tier)));
  if (f.health_band) where << " AND health_band = ", where.Bind(*f.health_band);
  if (f.industry) where << " AND industry = ", where.Bind(*f.industry);
  if (f.country) where << " AND country = ", where.Bind(*f.country);
  if (f.renewal_within_days) {
    where << " AND renewal_key >= ";
    where.Bind(today.ToString()) << " AND renewal_key <= ";
    where.Bind(today.AddDays(*f.renewal_within_days).ToString());
  }
  // In the reporting currency: an account whose currency has no rate (-1) matches neither.
  if (f.arr_reporting_min)
    where << " AND arr_reporting_minor >= ", where.Bind(std::max(0LL, *f.arr_reporting_min));
  if (f.arr_reporting_max)
    where << " AND arr_reporting_minor >= 0 AND arr_reporting_minor <= ",
        where.Bind(*f.arr_reporting_max);
}

nlohmann::json ToJson(const AccountFilter& f) {
  nlohmann::json j = nlohmann::json::object();
  if (f.q) j["q"] = *f.q;
  if (f.owner_id) j["owner_id"] = f.owner_id->value;
  if (!f.journey_stages.empty()) j["journey_stage"] = f.journey_stages;
  if (f.tier) j["tier"] = EnumToString(*f.tier);
  if (f.health_band) j["health_band"] = *f.health_band;
  if (f.industry) j["industry"] = *f.industry;
  if (f.country) j["country"] = *f.country;
  if (f.renewal_within_days) j["renewal_within_days"] = *f.renewal_within_days;
  if (f.arr_reporting_min) j["arr_reporting_min"] = *f.arr_reporting_min;
  if (f.arr_reporting_max) j["arr_reporting_max"] = *f.arr_reporting_max;
  return j;
}

AccountFilter AccountFilterFromJson(const nlohmann::json& j, const std::string& path) {
  AccountFilter f;
  JsonFields fields(j, path);
  auto name = [&](const char* member) { return path + "." + member; };
  auto text = [&](const nlohmann::json& v, const char* member) {
    std::string field = name(member);
    auto s = JsonOptString(v, field.c_str());
    CheckOptLine(field.c_str(), s, 200);
    return s;
  };
  auto count = [&](const nlohmann::json& v, const char* member, long long max) {
    std::string field = name(member);
    auto n = JsonOptInt(v, field.c_str());
    if (n && (*n < 0 || *n > max)) throw Invalid(field, "is out of range");
    return n;
  };
  fields.On("q", [&](auto& v) { f.q = text(v, "q"); });
  fields.On("owner_id", [&](auto& v) {
    if (auto id = count(v, "owner_id", LLONG_MAX)) f.owner_id = UserId(*id);
  });
  fields.On("journey_stage", [&](const nlohmann::json& v) {
    if (v.is_null()) return;
    if (!v.is_array()) throw Invalid(name("journey_stage"), "must be an array of stage keys");
    for (size_t i = 0; i < v.size(); ++i) {
      std::string field = name("journey_stage") + "[" + std::to_string(i) + "]";
      f.journey_stages.push_back(JsonString(v[i], field.c_str()));
    }
  });
  fields.On("tier", [&](auto& v) {
    std::string field = name("tier");
    f.tier = JsonOptEnum<Tier>(v, field.c_str());
  });
  fields.On("health_band", [&](auto& v) {
    f.health_band = text(v, "health_band");
    if (f.health_band && *f.health_band != "red" && *f.health_band != "yellow" &&
        *f.health_band != "green")
      throw Invalid(name("health_band"), "must be red, yellow or green");
  });
  fields.On("industry", [&](auto& v) { f.industry = text(v, "industry"); });
  fields.On("country", [&](auto& v) { f.country = text(v, "country"); });
  fields.On("renewal_within_days", [&](auto& v) {
    if (auto n = count(v, "renewal_within_days", 3650))
      f.renewal_within_days = static_cast<int>(*n);
  });
  fields.On("arr_reporting_min",
            [&](auto& v) { f.arr_reporting_min = count(v, "arr_reporting_min", LLONG_MAX); });
  fields.On("arr_reporting_max",
            [&](auto& v) { f.arr_reporting_max = count(v, "arr_reporting_max", LLONG_MAX); });
  fields.RejectUnknown();
  if (f.arr_reporting_min && f.arr_reporting_max && *f.arr_reporting_max < *f.arr_reporting_min)
    throw Invalid(name("arr_reporting_max"), "must not be below arr_reporting_min");
  return f;
}

}  // namespace banso::customers
