#include "success/ideal_customer_profile.h"

#include <algorithm>
#include <cmath>

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "core/text.h"
#include "customers/account_store.h"
#include "customers/field_rules.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::success {
namespace {

constexpr const char* kTable = "icp_criteria";
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
  bool custom = c.field.starts_with(kCustomPrefix) && c.field.size() > kCustomPrefix.size() && c.field.size() <= 107;
  const IcpField* known = FieldOf(c.field);
  if (!custom && (!known || known->key == "custom.<attribute>"))
    throw Invalid("field", "unknown field \"" + c.field + "\": one of " + FieldChoices());
  if (c.op == IcpOp::kIn) {
    if (c.values.empty() || c.values.size() > 50) throw Invalid("values", "needs 1 to 50 values for \"in\"");
    for (const auto& v : c.values) customers::CheckLine("values", v, 200);
    if (known && known->numeric) throw Invalid("op", "\"" + c.field + "\" is a number: use gte or lte");
  } else {
    if (!c.value) throw Invalid("value", "is required for gte and lte");
    if (known && !known->numeric) throw Invalid("op", "\"" + c.field + "\" is text: use in");
  }
  if (c.weight < 1 || c.weight > 100) throw Invalid("weight", "must be from 1 to 100");
  if (c.position < 0 || c.position > 100000) throw Invalid("position", "must be from 0 to 100000");
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
  f.On("position", [&](auto& v) { c.position = JsonInt32(v, "position"); });
  for (const char* key : {"id", "version"}) f.On(key, [](auto&) {});
  f.RejectUnknown();
  if (c.op == IcpOp::kIn) c.value.reset();
  else c.values.clear();
}

store::Columns ColumnsOf(const IcpCriterion& c) {
  store::Columns cols;
  cols.Set("label", c.label)
      .Set("field", c.field)
      .Set("op", std::string(EnumToString(c.op)))
      .Set("target", (c.op == IcpOp::kIn ? nlohmann::json(c.values) : nlohmann::json(*c.value)).dump())
      .Set("weight", static_cast<long long>(c.weight))
      .Set("position", static_cast<long long>(c.position));
  return cols;
}

// The account's value of a field: a string, a number, or null.
nlohmann::json ValueOf(const customers::Account& a, long long contacts, const std::string& field) {
  if (field == "industry") return a.industry ? nlohmann::json(*a.industry) : nlohmann::json();
  if (field == "employee_band") return a.employee_band ? nlohmann::json(*a.employee_band) : nlohmann::json();
  if (field == "country") return a.country ? nlohmann::json(*a.country) : nlohmann::json();
  if (field == "arr_minor") return a.arr_minor;
  if (field == "contacts") return contacts;
  auto it = a.custom_attributes.find(field.substr(kCustomPrefix.size()));
  return it == a.custom_attributes.end() ? nlohmann::json() : *it;
}

bool Meets(const IcpCriterion& c, const nlohmann::json& actual) {
  if (actual.is_null()) return false;
  if (c.op == IcpOp::kIn) {
    std::string text = actual.is_string() ? actual.get<std::string>() : actual.dump();
    return std::any_of(c.values.begin(), c.values.end(), [&](const std::string& v) { return LowerAscii(v) == LowerAscii(text); });
  }
  double number = 0;
  if (actual.is_number()) number = actual.get<double>();
  else if (actual.is_string()) {
    try {
      size_t used = 0;
      number = std::stod(actual.get<std::string>(), &used);
      if (used != actual.get<std::string>().size()) return false;
    } catch (const std::exception&) {
      return false;
    }
  } else return false;
  return c.op == IcpOp::kGte ? number >= *c.value : number <= *c.value;
}

}  // namespace

std::vector<IcpCriterion> IcpStore::CriteriaIn(store::Tx& tx) {
  store::Query q("SELECT id, version, label, field, op, target, weight, position FROM icp_criteria");
  soci::statement st = q.Prepare(tx.sql());
  IcpCriterion c;
  std::string op, target;
  long long weight = 0, position = 0;
  st.exchange(soci::into(c.id));
  st.exchange(soci::into(c.version));
  st.exchange(soci::into(c.label));
  st.exchange(soci::into(c.field));
  st.exchange(soci::into(op));
  st.exchange(soci::into(target));
  st.exchange(soci::into(weight));
  st.exchange(soci::into(position));
  std::vector<IcpCriterion> out;
  store::ForEachRow(st, [&] {
    IcpCriterion row = c;
    row.op = EnumFromString<IcpOp>(op).value_or(IcpOp::kIn);
    auto t = nlohmann::json::parse(target);
    if (t.is_array()) row.values = t.get<std::vector<std::string>>();
    else row.value = t.get<double>();
    row.weight = static_cast<int>(weight);
    row.position = static_cast<int>(position);
    out.push_back(std::move(row));
  });
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return std::tie(a.position, a.id) < std::tie(b.position, b.id); });
  return out;
}

std::vector<IcpCriterion> IcpStore::Criteria() {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return CriteriaIn(reader);
}

IcpCriterion IcpStore::Add(const auth::Actor& actor, const nlohmann::json& body) {
  for (const char* required : {"label", "field", "op", "weight"})
    if (!body.is_object() || !body.contains(required)) throw Invalid(required, "is required");
  IcpCriterion c;
  ApplyJson(body, c);
  Validate(c);
  return db_.Transact([&](store::Tx& tx) {
    if (!body.contains("position"))  // last
      for (const auto& other : CriteriaIn(tx)) c.position = std::max(c.position, other.position + 10);
    c.id = store::InsertRecord(tx, kTable, ColumnsOf(c), Timestamp::Now().ms);
    c.version = 1;
    auth::AuditLog::Record(tx, actor, "create", "ICP criterion", c.id, nullptr, ToJson(c));
    return c;
  });
}

IcpCriterion IcpStore::Update(const auth::Actor& actor, long long id, long long expected_version, const nlohmann::json& body) {
  return db_.Transact([&](store::Tx& tx) {
    auto all = CriteriaIn(tx);
    auto it = std::find_if(all.begin(), all.end(), [&](const auto& c) { return c.id == id; });
    if (it == all.end()) throw NotFound("no ICP criterion with id " + std::to_string(id));
    IcpCriterion c = *it;
    ApplyJson(body, c);
    Validate(c);
    store::UpdateRecord(tx, kTable, id, expected_version, ColumnsOf(c), Timestamp::Now().ms);
    c.version = expected_version + 1;
    auth::AuditLog::Record(tx, actor, "update", "ICP criterion", id, ToJson(*it), ToJson(c));
    return c;
  });
}

void IcpStore::Delete(const auth::Actor& actor, long long id) {
  db_.Transact([&](store::Tx& tx) {
    store::DeleteRecord(tx, kTable, id);
    auth::AuditLog::Record(tx, actor, "delete", "ICP criterion", id, nullptr, nullptr);
  });
}

Fit IcpStore::FitOf(store::Tx& tx, AccountId account, const std::vector<IcpCriterion>& criteria) {
  auto a = customers::AccountStore::Find(tx, account);
  if (!a) throw NotFound("no account with id " + std::to_string(account.value));
  long long contacts = 0;
  tx.sql() << "SELECT COUNT(*) FROM contacts WHERE account_id = :a AND departed = 0", soci::use(account.value),
      soci::into(contacts);
  Fit fit;
  long long total = 0, met = 0;
  for (const auto& c : criteria) {
    CriterionResult r{&c, false, ValueOf(*a, contacts, c.field)};
    r.met = Meets(c, r.actual);
    total += c.weight;
    if (r.met) met += c.weight;
    fit.results.push_back(std::move(r));
  }
  if (total > 0) fit.score = static_cast<int>(std::lround(100.0 * static_cast<double>(met) / static_cast<double>(total)));
  return fit;
}

nlohmann::json ToJson(const IcpCriterion& c) {
  return {{"id", c.id},       {"version", c.version}, {"label", c.label},   {"field", c.field},
          {"op", EnumToString(c.op)}, {"values", c.values},   {"value", c.value ? nlohmann::json(*c.value) : nlohmann::json()},
          {"weight", c.weight}, {"position", c.position}};
}

nlohmann::json ToJson(const Fit& fit) {
  nlohmann::json criteria = nlohmann::json::array();
  for (const auto& r : fit.results)
    criteria.push_back({{"id", r.criterion->id}, {"label", r.criterion->label}, {"weight", r.criterion->weight},
                        {"met", r.met}, {"actual", r.actual}});
  return {{"score", fit.score ? nlohmann::json(*fit.score) : nlohmann::json()}, {"criteria", criteria}};
}

nlohmann::json IcpFieldsJson() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : kIcpFields) out.push_back({{"key", f.key}, {"numeric", f.numeric}, {"description", f.description}});
  return out;
}

}  // namespace banso::success
