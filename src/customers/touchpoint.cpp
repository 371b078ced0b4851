#include "customers/touchpoint.h"

#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"

namespace banso::customers {

void ValidateTouchpoint(const Touchpoint& t) {
  if (!t.account_id.valid()) throw Invalid("account_id", "is required");
  if (t.contact_id && !t.contact_id->valid()) throw Invalid("contact_id", "must be a contact id");
  CheckText("summary", t.summary, 10000, true);
  CheckOptLine("external_id", t.external_id, 100);
  if (t.occurred_at.ms <= 0) throw Invalid("occurred_at", "is required");
  if (t.occurred_at.ms > Timestamp::Now().ms + 366LL * 86400000)
    throw Invalid("occurred_at", "must not be more than a year in the future");
}

nlohmann::json ToJson(const Touchpoint& t) {
  return {
      {"id", t.id.value},
      {"version", t.version},
      {"external_id", OrNull(t.external_id)},
      {"account_id", t.account_id.value},
      {"contact_id", t.contact_id ? nlohmann::json(t.contact_id->value) : nlohmann::json()},
      {"kind", EnumToString(t.kind)},
      {"occurred_at", t.occurred_at.ToString()},
      {"author_id", t.author_id ? nlohmann::json(t.author_id->value) : nlohmann::json()},
      {"summary", t.summary},
      {"sentiment", t.sentiment ? nlohmann::json(EnumToString(*t.sentiment)) : nlohmann::json()},
      {"created_at", t.created_at.ToString()},
      {"updated_at", t.updated_at.ToString()},
  };
}

void ApplyJson(const nlohmann::json& body, Touchpoint& t) {
  JsonFields f(body);
  f.On("account_id", [&](auto& v) { t.account_id = AccountId(JsonInt(v, "account_id")); });
  f.On("contact_id", [&](auto& v) {
    auto id = JsonOptInt(v, "contact_id");
    t.contact_id = id ? std::optional<ContactId>(ContactId(*id)) : std::nullopt;
  });
  f.On("external_id", [&](auto& v) { t.external_id = JsonOptString(v, "external_id"); });
  f.On("kind", [&](auto& v) { t.kind = JsonEnum<TouchpointKind>(v, "kind"); });
  f.On("occurred_at", [&](auto& v) { t.occurred_at = JsonTimestamp(v, "occurred_at"); });
  f.On("summary", [&](auto& v) { t.summary = JsonString(v, "summary"); });
  f.On("sentiment", [&](auto& v) { t.sentiment = JsonOptEnum<Sentiment>(v, "sentiment"); });
  // Read-only: the server sets the author (the caller who recorded it), never the client.
  for (const char* key : {"id", "version", "created_at", "updated_at", "author_id", "author_name"})
    f.On(key, [](auto&) {});
  f.RejectUnknown();
}

}  // namespace banso::customers
