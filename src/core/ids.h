#pragma once
// Strongly typed row ids, so that an AccountId cannot be passed where a ContactId is meant.
#include <compare>
#include <cstdint>
#include <functional>

namespace banso {

template <class Tag>
struct Id {
  long long value = 0;  // long long, not int64_t: SOCI binds long long on every platform
  constexpr Id() = default;
  constexpr explicit Id(long long v) : value(v) {}
  constexpr bool valid() const { return value > 0; }
  auto operator<=>(const Id&) const = default;
};

using AccountId = Id<struct AccountTag>;
using ContactId = Id<struct ContactTag>;
using ContractId = Id<struct ContractTag>;
using RevenueMovementId = Id<struct RevenueMovementTag>;
using TouchpointId = Id<struct TouchpointTag>;
using TicketId = Id<struct TicketTag>;
using SurveyId = Id<struct SurveyTag>;
using UserId = Id<struct UserTag>;
using ApiTokenId = Id<struct ApiTokenTag>;
using SourceId = Id<struct SourceTag>;
using SuccessPlanId = Id<struct SuccessPlanTag>;
using SalesHandoffId = Id<struct SalesHandoffTag>;
using PlanTemplateId = Id<struct PlanTemplateTag>;
using JourneyStageId = Id<struct JourneyStageTag>;
using JourneyRuleId = Id<struct JourneyRuleTag>;
using IcpCriterionId = Id<struct IcpCriterionTag>;
using SufficiencyCriterionId = Id<struct SufficiencyCriterionTag>;
using FxRateId = Id<struct FxRateTag>;
using SegmentId = Id<struct SegmentTag>;

}  // namespace banso

template <class Tag>
struct std::hash<banso::Id<Tag>> {
  size_t operator()(const banso::Id<Tag>& id) const { return std::hash<long long>()(id.value); }
};
