#pragma once
// Survey responses (NPS, CSAT) in the database, and their part of the account timeline.
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "auth/actor.h"
#include "customers/survey_response.h"
#include "customers/timeline.h"
#include "store/database.h"
#include "store/paging.h"

namespace banso::customers {

struct SurveyQuery {
  std::optional<AccountId> account_id;
  std::optional<ContactId> contact_id;
  std::optional<SurveyKind> kind;
  int limit = 50;
  std::optional<std::string> cursor;
};

// A response with its contact's name, as lists and the timeline show it.
struct SurveyListItem {
  SurveyResponse response;
  std::string contact_name;
};
nlohmann::json ToJson(const SurveyListItem& item);

class SurveyStore {
 public:
  explicit SurveyStore(store::Database& db) : db_(db) {}

  // The account is the contact's account.
  SurveyResponse Create(const auth::Actor& actor, SurveyResponse response);
  SurveyResponse Get(SurveyId id);
  SurveyResponse Update(const auth::Actor& actor, SurveyId id, long long expected_version,
                        const std::function<void(SurveyResponse&)>& change);
  void Delete(const auth::Actor& actor, SurveyId id);
  store::Page<SurveyListItem> List(const SurveyQuery& query);  // newest first

  static void InsertMany(store::Tx& tx, std::vector<SurveyResponse>& responses);
  std::unique_ptr<customers::TimelineSource> TimelineSource();

 private:
  store::Database& db_;
};

}  // namespace banso::customers
