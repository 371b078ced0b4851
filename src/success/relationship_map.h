#pragma once
// The relationship map of an account (seed 000: lift the relationship from one person to the
// company): its contacts with their role, last touch, sentiment from touchpoints and NPS, and
// the relationship breadth — how many contacts, not departed, were engaged (a touchpoint or a
// survey answer) in the last 90 days. Warnings name the risks: the relationship hangs on one
// person, or a champion has left.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "customers/contact.h"
#include "customers/touchpoint.h"
#include "store/database.h"

namespace banso::success {

inline constexpr int kEngagementDays = 90;

// The same person's contact at another customer: where they came from, or went to.
struct ElsewhereContact {
  ContactId contact;
  AccountId account;
  std::string account_name;
  std::optional<customers::ContactRole> role;  // their role there
};

struct RelationshipContact {
  ContactId id;
  std::string name;
  std::optional<std::string> title;
  std::optional<customers::ContactRole> role;
  bool departed = false;
  std::optional<Timestamp> last_touch;
  int touches = 0;  // in the engagement window
  std::optional<int> last_nps;
  // The newest signal: a touchpoint's sentiment or an NPS answer (9-10 positive, 7-8
  // neutral, 0-6 negative).
  std::optional<customers::Sentiment> sentiment;
  bool engaged = false;
  std::optional<ElsewhereContact> came_from;  // a customer they worked at before this one
  std::optional<ElsewhereContact> moved_to;   // the customer they left this one for
};

struct RelationshipMap {
  AccountId account_id;
  std::vector<RelationshipContact> contacts;  // champions, decision makers and sponsors first
  int breadth = 0;
  // "single_threaded" (breadth <= 1), "champion_departed", "no_active_champion".
  std::vector<std::string> warnings;
  std::vector<std::string> departed_champions;
  // Good news about the relationship: "former_champion_joined" (a person who championed Banso
  // at another customer now works here; seed 003: a relationship is with a person).
  std::vector<std::string> highlights;
};

class RelationshipMaps {
 public:
  explicit RelationshipMaps(store::Database& db) : db_(db) {}
  // The account's map as of `now` (the engagement window ends there).
  RelationshipMap Of(AccountId account, Timestamp now);

 private:
  store::Database& db_;
};

nlohmann::json ToJson(const RelationshipMap& map);

}  // namespace banso::success
