#include "success/ideal_customer_profile.h"

#include <algorithm>
#include <cmath>

#include "auth/audited_record.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "core/text.h"
#include "customers/account_store.h"
#include "customers/contact_store.h"
#include "customers/field_rules.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::success {
namespace {

constexpr std::string_view kCustomPrefix = "custom.";

const IcpField* FieldOf(std::string_view key) {
  for (const auto& f : kIcpFields)
    if (f.key == key) return &f;
  return nullptr;
}

std::string FieldChoices() {
  std::string out;
  for (const auto& f : kIcpFields) out += (out.empty() ? "" : ", ") + std::string(f.key);
  return out;
}

void Validate(const IcpCriterion& c) {
  customers::CheckLine("label", c.label, 200);
  bool custom = c.field.starts_with(kCustomPrefix) && c.field.size() > kCustomPrefix.size() &&
                c.field.size() <= 107;
  const IcpField* known = FieldOf(c.field);
  if (!custom && (!known || known->key == "custom.<attribute>"))
    throw Invalid("field", "unknown field \"" + c.field + "\": one of " + FieldChoices());
  if (c.op == IcpOp::kIn) {
    if (c.values.empty() || c.values.size() > 50)
      throw Invalid("values", "needs 1 to 50 values for \"in\"");
    for (const auto& v : c.values) customers::CheckLine("values", v, 200);
    if (known && known->numeric)
      throw Invalid("op", "\"" + c.field + "\" is a number: use gte or lte");
  } else {
    if (!c.value) throw Invalid("value", "is required for gte and lte");
    if (known && !known->numeric) throw Invalid("op", "\"" + c.field + "\" is text: use in");
  }
  if (c.weight < 1 || c.weight > 100) throw Invalid("weight", "must be from 1 to 100");
  if (c.position < 0 || c.position > 100000) throw Invalid("position", "must be from 0 to 100000");
}

// The target is one JSON column: the list of values for "in", the number for gte and lte.
nlohmann::json TargetJson(const IcpCriterion& c) {
  return c.op == IcpOp::kIn ? nlohmann::json(c.values) : nlohmann::json(c.value.value_or(0));
}
void ReadTarget(const nlohmann::json& t, IcpCriterion& c) {
  if (t.is_array())
    c.values = t.get<std::vector<std::string>>();
  else if (t.is_number())
    c.value = t.get<double>();
}

// How ICP criteria are read, checked and written (auth/audited_record.h).
struct IcpRecord {
  using Model = IcpCriterion;
  using Id = IcpCriterionId;
  static constexpr const char* kEntity = "ICP criterion";
  static inline const store::ColumnTable<IcpCriterion> kColumns{
      "icp_criteria",
      {
          store::Field<&IcpCriterion::label>("label"),
          store::Field<&IcpCriterion::field>("field"),
          store::Field<&IcpCriterion::op>("op"),
          {"target", store::Storage::kText,
           [](store::Cell& cell, IcpCriterion& c) {
             ReadTarget(store::ColumnValue<nlohmann::json>::Read(cell), c);
           },
           [](const IcpCriterion& c) { return store::Columns::Value(TargetJson(c).dump()); }},
          store::Field<&IcpCriterion::weight>("weight"),
          store::Field<&IcpCriterion::position>("position"),
      }};
  static void Check(store::Tx&, IcpCriterion& c) { Validate(c); }
  static nlohmann::json Json(const IcpCriterion& c) { return ToJson(c); }
};

// The account's value of a field: a string, a number, or null.
nlohmann::json ValueOf(const customers::Account& a, long long contacts, const std::string& field) {
  if (field == "industry") return a.industry ? nlohmann::json(*a.industry) : nlohmann::json();
  if (field == "employee_band")
    return a.employee_band ? nlohmann::json(*a.employee_band) : nlohmann::json();
  if (field == "country") return a.country ? nlohmann::json(*a.country) : nlohmann::json();
  if (field == "arr_minor")  // in the reporting currency; unknown while its rate is missing
    return a.arr_reporting_minor < 0 ? nlohmann::json() : nlohmann::json(a.arr_reporting_minor);
  if (field == "contacts") return contacts;
  auto it = a.custom_attributes.find(field.substr(kCustomPrefix.size()));
  return it == a.custom_attributes.end() ? nlohmann::json() : *it;
}

bool Meets(const IcpCriterion& c, const nlohmann::json& actual) {
  if (actual.is_null()) return false;
  if (c.op == IcpOp::kIn) {
    std::string text = actual.is_string() ? actual.get<std::string>() : actual.dump();
    return std::any_of(c.values.begin(), c.values.end(),
                       [&](const std::string& v) { return LowerAscii(v) == LowerAscii(text); });
  }
  double number = 0;
  if (actual.is_number())
    number = actual.get<double>();
  else if (actual.is_string()) {
    try {
      size_t used = 0;
      number = std::stod(actual.get<std::string>(), &used);
      if (used != actual.get<std::string>().size()) return false;
    } catch (const std::exception&) {
      return false;
    }
  } else
    return false;
  return c.op == IcpOp::kGte ? number >= *c.value : number <= *c.value;
}

}  // namespace

std::vector<IcpCriterion> IcpStore::CriteriaIn(store::Tx& tx) {
  store::Query q("SELECT " + IcpRecord::kColumns.select_list() +
                 " FROM icp_criteria ORDER BY position, id");
  return IcpRecord::kColumns.Fetch(tx.sql(), q);
}

std::vector<IcpCriterion> IcpStore::Criteria() {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return CriteriaIn(reader);
}

IcpCriterion IcpStore::Add(const auth::Actor& actor, IcpCriterion c) {
  return db_.Transact([&](store::Tx& tx) {
    auth::PlaceLast(c, CriteriaIn(tx));
    return auth::CreateRecordIn<IcpRecord>(tx, actor, std::move(c));
  });
}

IcpCriterion IcpStore::Update(const auth::Actor& actor, IcpCriterionId id,
                              long long expected_version,
                              const std::function<void(IcpCriterion&)>& change) {
  return auth::UpdateRecord<IcpRecord>(db_, actor, id, expected_version, change);
}

void IcpStore::Delete(const auth::Actor& actor, IcpCriterionId id) {
  auth::DeleteRecord<IcpRecord>(db_, actor, id);
}

Fit IcpStore::FitOf(AccountId account) {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return FitIn(reader, account);
}

Fit IcpStore::FitIn(store::Tx& tx, AccountId account) {
  auto a = customers::AccountStore::Find(tx, account);
  if (!a) throw NotFound("no account with id " + std::to_string(account.value));
  long long contacts = customers::ContactStore::CountCurrent(tx, account);
  Fit fit;
  long long total = 0, met = 0;
  for (const auto& c : CriteriaIn(tx)) {
    CriterionResult r{c, false, ValueOf(*a, contacts, c.field)};
    r.met = Meets(c, r.actual);
    total += c.weight;
    if (r.met) met += c.weight;
    fit.results.push_back(std::move(r));
  }
  if (total > 0)
    fit.score = static_cast<int>(
        std::lround(100.0 * static_cast<double>(met) / static_cast<double>(total)));
  return fit;
}

void ApplyJson(const nlohmann::json& body, IcpCriterion& c) {
  JsonFields f(body);
  f.On("label", [&](auto& v) { c.label = JsonString(v, "label"); });
  f.On("field", [&](auto& v) { c.field = JsonString(v, "field"); });
  f.On("op", [&](auto& v) { c.op = JsonEnum<IcpOp>(v, "op"); });
  f.On("values", [&](auto& v) {
    if (!v.is_array()) throw Invalid("values", "must be a list of strings");
    c.values.clear();
    for (const auto& item : v) c.values.push_back(JsonString(item, "values"));
  });
  f.On("value", [&](auto& v) {
    if (!v.is_null() && !v.is_number()) throw Invalid("value", "must be a number");
    c.value = v.is_null() ? std::nullopt : std::optional(v.template get<double>());
  });
  f.On("weight", [&](auto& v) { c.weight = JsonInt32(v, "weight"); });
  f.On("position", [&](auto& v) { c.position = JsonPosition(v); });
  for (const char* key : {"id", "version"}) f.On(key, [](auto&) {});
  f.RejectUnknown();
  if (c.op == IcpOp::kIn)
    c.value.reset();
  else
    c.values.clear();
}

nlohmann::json ToJson(const IcpCriterion& c) {
  return {{"id", c.id.value},
          {"version", c.version},
          {"label", c.label},
          {"field", c.field},
          {"op", EnumToString(c.op)},
          {"values", c.values},
          {"value", c.value ? nlohmann::json(*c.value) : nlohmann::json()},
          {"weight", c.weight},
          {"position", c.position}};
}

nlohmann::json ToJson(const Fit& fit) {
  nlohmann::json criteria = nlohmann::json::array();
  for (const auto& r : fit.results)
    criteria.push_back({{"id", r.criterion.id.value},
                        {"label", r.criterion.label},
                        {"field", r.criterion.field},
                        {"weight", r.criterion.weight},
                        {"met", r.met},
                        {"actual", r.actual}});
  return {{"score", fit.score ? nlohmann::json(*fit.score) : nlohmann::json()},
          {"criteria", criteria}};
}

nlohmann::json IcpFieldsJson() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : kIcpFields)
    out.push_back({{"key", f.key}, {"numeric", f.numeric}, {"description", f.description}});
  return out;
}

}  // namespace banso::success
