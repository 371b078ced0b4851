#pragma once
// A touchpoint: one interaction with the customer, shown on the account timeline.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"

namespace banso::customers {

enum class TouchpointKind { kMeeting, kCall, kEmail, kChat, kNote, kWebinar, kOnsite };
enum class Sentiment { kPositive, kNeutral, kNegative };

struct Touchpoint {
  TouchpointId id;
  long long version = 0;
  std::optional<std::string> external_id;  // the CRM's id of an imported touchpoint
  AccountId account_id;
  std::optional<ContactId> contact_id;
  TouchpointKind kind = TouchpointKind::kNote;
  Timestamp occurred_at;
  std::optional<UserId> author_id;  // the staff member; defaults to whoever records it
  std::string summary;
  std::optional<Sentiment> sentiment;
  Timestamp created_at;
  Timestamp updated_at;
};

void ValidateTouchpoint(const Touchpoint& t);
nlohmann::json ToJson(const Touchpoint& t);
void ApplyJson(const nlohmann::json& body, Touchpoint& t);

}  // namespace banso::customers

namespace banso {
template <>
inline constexpr auto kEnumNames<customers::TouchpointKind> =
    std::to_array<EnumName<customers::TouchpointKind>>({
        {customers::TouchpointKind::kMeeting, "meeting"},
        {customers::TouchpointKind::kCall, "call"},
        {customers::TouchpointKind::kEmail, "email"},
        {customers::TouchpointKind::kChat, "chat"},
        {customers::TouchpointKind::kNote, "note"},
        {customers::TouchpointKind::kWebinar, "webinar"},
        {customers::TouchpointKind::kOnsite, "onsite"},
    });
template <>
inline constexpr auto kEnumNames<customers::Sentiment> =
    std::to_array<EnumName<customers::Sentiment>>({
        {customers::Sentiment::kPositive, "positive"},
        {customers::Sentiment::kNeutral, "neutral"},
        {customers::Sentiment::kNegative, "negative"},
    });
}  // namespace banso
