#include "customers/contact.h"

#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"

namespace banso::customers {

void ValidateContact(const Contact& c) {
  if (!c.account_id.valid()) throw Invalid("account_id", "is required");
  CheckLine("name", c.name, 200);
  CheckOptLine("external_id", c.external_id, 100);
  CheckEmail("email", c.email);
  CheckOptLine("title", c.title, 200);
  CheckOptLine("phone", c.phone, 50);
  if (c.language) {
    const std::string& l = *c.language;
    bool ok = l.size() >= 2 && l.size() <= 8;
    for (char ch : l)
      ok = ok && ((ch >= 'a' && ch <= 'z') || ch == '-' || (ch >= 'A' && ch <= 'Z'));
    if (!ok) throw Invalid("language", "must be a language tag such as ja or en");
  }
}

void StampDeparture(Contact& c, Timestamp now) {
  if (!c.departed)
    c.departed_at.reset();
  else if (!c.departed_at)
    c.departed_at = now;
}

nlohmann::json ToJson(const Contact& c) {
  return {
      {"id", c.id.value},
      {"version", c.version},
      {"account_id", c.account_id.value},
      {"external_id", OrNull(c.external_id)},
      {"name", c.name},
      {"email", OrNull(c.email)},
      {"title", OrNull(c.title)},
      {"role", c.role ? nlohmann::json(EnumToString(*c.role)) : nlohmann::json()},
      {"phone", OrNull(c.phone)},
      {"language", OrNull(c.language)},
      {"marketing_consent", c.marketing_consent},
      {"departed", c.departed},
      {"departed_at", c.departed_at ? nlohmann::json(c.departed_at->ToString()) : nlohmann::json()},
      {"previous_contact_id",
       c.previous_contact_id ? nlohmann::json(c.previous_contact_id->value) : nlohmann::json()},
      {"created_at", c.created_at.ToString()},
      {"updated_at", c.updated_at.ToString()},
  };
}

void ApplyJson(const nlohmann::json& body, Contact& c) {
  JsonFields f(body);
  f.On("account_id", [&](auto& v) { c.account_id = AccountId(JsonInt(v, "account_id")); });
  f.On("external_id", [&](auto& v) { c.external_id = JsonOptString(v, "external_id"); });
  f.On("name", [&](auto& v) { c.name = JsonString(v, "name"); });
  f.On("email", [&](auto& v) { c.email = JsonOptString(v, "email"); });
  f.On("title", [&](auto& v) { c.title = JsonOptString(v, "title"); });
  f.On("role", [&](auto& v) { c.role = JsonOptEnum<ContactRole>(v, "role"); });
  f.On("phone", [&](auto& v) { c.phone = JsonOptString(v, "phone"); });
  f.On("language", [&](auto& v) { c.language = JsonOptString(v, "language"); });
  f.On("marketing_consent",
       [&](auto& v) { c.marketing_consent = JsonBool(v, "marketing_consent"); });
  f.On("departed", [&](auto& v) { c.departed = JsonBool(v, "departed"); });
  // previous_contact_id is set by a move (POST /api/v1/contacts/{id}/moves), not by an edit;
  // departed_at by the store, when departed changes.
  for (const char* key :
       {"id", "version", "created_at", "updated_at", "previous_contact_id", "departed_at"})
    f.On(key, [](auto&) {});
  f.RejectUnknown();
}

}  // namespace banso::customers
