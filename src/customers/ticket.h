#pragma once
// A support ticket: what the customer asked the helpdesk, how urgent it was and whether it is
// solved. Tickets feed the support-load measures of health (open and high-priority tickets,
// their age) and show on the account timeline.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"

namespace banso::customers {

enum class TicketPriority { kLow, kNormal, kHigh, kUrgent };
// Zendesk's statuses, which Freshdesk's map onto (its "Waiting on customer" is pending).
enum class TicketStatus { kNew, kOpen, kPending, kOnHold, kSolved, kClosed };

struct Ticket {
  TicketId id;
  long long version = 0;
  std::optional<std::string> external_id;  // the helpdesk's ticket id
  AccountId account_id;
  std::optional<ContactId> contact_id;  // who asked
  std::string subject;
  TicketPriority priority = TicketPriority::kNormal;
  TicketStatus status = TicketStatus::kNew;
  Timestamp opened_at;
  std::optional<Timestamp> solved_at;
  Timestamp created_at;
  Timestamp updated_at;
};

// Solved or closed: the customer is no longer waiting.
bool IsSolved(TicketStatus status);

void ValidateTicket(const Ticket& t);
nlohmann::json ToJson(const Ticket& t);
void ApplyJson(const nlohmann::json& body, Ticket& t);

}  // namespace banso::customers

namespace banso {
template <>
inline constexpr auto kEnumNames<customers::TicketPriority> =
    std::to_array<EnumName<customers::TicketPriority>>({
        {customers::TicketPriority::kLow, "low"},
        {customers::TicketPriority::kNormal, "normal"},
        {customers::TicketPriority::kHigh, "high"},
        {customers::TicketPriority::kUrgent, "urgent"},
    });
template <>
inline constexpr auto kEnumNames<customers::TicketStatus> =
    std::to_array<EnumName<customers::TicketStatus>>({
        {customers::TicketStatus::kNew, "new"},
        {customers::TicketStatus::kOpen, "open"},
        {customers::TicketStatus::kPending, "pending"},
        {customers::TicketStatus::kOnHold, "on_hold"},
        {customers::TicketStatus::kSolved, "solved"},
        {customers::TicketStatus::kClosed, "closed"},
    });
}  // namespace banso
