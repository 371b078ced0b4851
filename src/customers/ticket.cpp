#include "customers/ticket.h"

#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"

namespace banso::customers {

bool IsSolved(TicketStatus status) {
  return status == TicketStatus::kSolved || status == TicketStatus::kClosed;
}

void ValidateTicket(const Ticket& t) {
  if (!t.account_id.valid()) throw Invalid("account_id", "is required");
  if (t.contact_id && !t.contact_id->valid()) throw Invalid("contact_id", "must be a contact id");
  CheckLine("subject", t.subject, 500);
  CheckOptLine("external_id", t.external_id, 100);
  if (t.opened_at.ms <= 0) throw Invalid("opened_at", "is required");
  if (t.opened_at.ms > Timestamp::Now().ms + 86'400'000)
    throw Invalid("opened_at", "must not be in the future");
  if (t.solved_at && t.solved_at->ms < t.opened_at.ms)
    throw Invalid("solved_at", "must not be before opened_at");
  // A solved ticket says when; an open one may keep the time it was last solved (reopened).
  if (IsSolved(t.status) && !t.solved_at)
    throw Invalid("solved_at", "is required for status solved or closed");
}

nlohmann::json ToJson(const Ticket& t) {
  return {
      {"id", t.id.value},
      {"version", t.version},
      {"external_id", OrNull(t.external_id)},
      {"account_id", t.account_id.value},
      {"contact_id", t.contact_id ? nlohmann::json(t.contact_id->value) : nlohmann::json()},
      {"subject", t.subject},
      {"priority", EnumToString(t.priority)},
      {"status", EnumToString(t.status)},
      {"opened_at", t.opened_at.ToString()},
      {"solved_at", OrNull(t.solved_at)},
      {"created_at", t.created_at.ToString()},
      {"updated_at", t.updated_at.ToString()},
  };
}

void ApplyJson(const nlohmann::json& body, Ticket& t) {
  JsonFields f(body);
  f.On("account_id", [&](auto& v) { t.account_id = AccountId(JsonInt(v, "account_id")); });
  f.On("contact_id", [&](auto& v) {
    auto id = JsonOptInt(v, "contact_id");
    t.contact_id = id ? std::optional<ContactId>(ContactId(*id)) : std::nullopt;
  });
  f.On("external_id", [&](auto& v) { t.external_id = JsonOptString(v, "external_id"); });
  f.On("subject", [&](auto& v) { t.subject = JsonString(v, "subject"); });
  f.On("priority", [&](auto& v) { t.priority = JsonEnum<TicketPriority>(v, "priority"); });
  f.On("status", [&](auto& v) { t.status = JsonEnum<TicketStatus>(v, "status"); });
  f.On("opened_at", [&](auto& v) { t.opened_at = JsonTimestamp(v, "opened_at"); });
  f.On("solved_at", [&](auto& v) {
    t.solved_at = v.is_null() ? std::nullopt : std::optional(JsonTimestamp(v, "solved_at"));
  });
  for (const char* key : {"id", "version", "created_at", "updated_at"}) f.On(key, [](auto&) {});
  f.RejectUnknown();
}

}  // namespace banso::customers
