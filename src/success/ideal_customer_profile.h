#pragma once
// The ideal customer profile (seed 001: choose the right customer with sales): weighted
// criteria over an account's profile, and the fit score they give — the share of the total
// weight whose criteria the account meets, 0 to 100.
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"
#include "store/database.h"

namespace banso::success {

enum class IcpOp { kIn, kGte, kLte };

struct IcpCriterion {
  IcpCriterionId id;
  long long version = 0;
  std::string label;
  std::string field;  // one of kIcpFields, or custom.<attribute>
  IcpOp op = IcpOp::kIn;
  std::vector<std::string> values;  // kIn: matched without regard to case
  std::optional<double> value;      // kGte, kLte
  int weight = 10;                  // 1-100
  int position = -1;                // order in the list; -1 at creation: after the last
  Timestamp created_at;
  Timestamp updated_at;
};

// Sets the fields present in an API body; id and version are accepted and ignored.
void ApplyJson(const nlohmann::json& body, IcpCriterion& c);

struct IcpField {
  std::string_view key;
  bool numeric;
  std::string_view description;
};
inline constexpr IcpField kIcpFields[] = {
    {"industry", false, "the account's industry"},
    {"employee_band", false, "employees: 1-9, 10-49, 50-249, 250-999, 1000-4999, 5000+"},
    {"country", false, "ISO 3166-1 alpha-2 country code"},
    {"arr_minor", true,
     "annual recurring revenue in the reporting currency (minor units); unmet while the account's\n"
     "currency has no exchange rate"},
    {"contacts", true, "contacts at the customer (not departed)"},
    {"custom.<attribute>", false, "a custom attribute (numbers compare with gte / lte)"},
};

struct CriterionResult {
  IcpCriterion criterion;
  bool met = false;
  nlohmann::json actual;  // the account's value, or null
};

struct Fit {
  std::optional<int> score;  // nullopt when there are no criteria
  std::vector<CriterionResult> results;
};

class IcpStore {
 public:
  explicit IcpStore(store::Database& db) : db_(db) {}

  std::vector<IcpCriterion> Criteria();  // in position order
  IcpCriterion Add(const auth::Actor& actor, IcpCriterion c);
  IcpCriterion Update(const auth::Actor& actor, IcpCriterionId id, long long expected_version,
                      const std::function<void(IcpCriterion&)>& change);
  void Delete(const auth::Actor& actor, IcpCriterionId id);
  // The account's fit against the criteria now; NotFound for an unknown account.
  Fit FitOf(AccountId account);

  static std::vector<IcpCriterion> CriteriaIn(store::Tx& tx);
  static Fit FitIn(store::Tx& tx, AccountId account);

 private:
  store::Database& db_;
};

nlohmann::json ToJson(const IcpCriterion& c);
nlohmann::json ToJson(const Fit& fit);
nlohmann::json IcpFieldsJson();

}  // namespace banso::success

namespace banso {
template <>
inline constexpr auto kEnumNames<success::IcpOp> = std::to_array<EnumName<success::IcpOp>>({
    {success::IcpOp::kIn, "in"},
    {success::IcpOp::kGte, "gte"},
    {success::IcpOp::kLte, "lte"},
});
}  // namespace banso
