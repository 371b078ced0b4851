#pragma once
// A contact: a person at a customer account, with their role in the relationship.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"

namespace banso::customers {

enum class ContactRole { kChampion, kDecisionMaker, kUser, kExecutiveSponsor };

struct Contact {
  ContactId id;
  long long version = 0;
  AccountId account_id;
  std::optional<std::string> external_id;
  std::string name;
  std::optional<std::string> email;
  std::optional<std::string> title;
  std::optional<ContactRole> role;
  std::optional<std::string> phone;
  std::optional<std::string> language;  // BCP 47 primary tag: ja, en, ...
  bool marketing_consent = false;
  bool departed = false;  // left the customer: a champion who departs is a churn risk
  // When they left: set by the store when departed becomes true (health reads it at past dates).
  std::optional<Timestamp> departed_at;
  // The same person's contact at the customer they left for this one (ContactStore::MoveIn);
  // their history there stays with that contact and is reached through this link.
  std::optional<ContactId> previous_contact_id;
  Timestamp created_at;
  Timestamp updated_at;
};

void ValidateContact(const Contact& c);
// Keeps departed_at with departed: stamped `now` when they have just left, cleared on return.
void StampDeparture(Contact& c, Timestamp now);
nlohmann::json ToJson(const Contact& c);
void ApplyJson(const nlohmann::json& body, Contact& c);

}  // namespace banso::customers

namespace banso {
template <>
inline constexpr auto kEnumNames<customers::ContactRole> =
    std::to_array<EnumName<customers::ContactRole>>({
        {customers::ContactRole::kChampion, "champion"},
        {customers::ContactRole::kDecisionMaker, "decision_maker"},
        {customers::ContactRole::kUser, "user"},
        {customers::ContactRole::kExecutiveSponsor, "executive_sponsor"},
    });
}  // namespace banso
