// Errors carry a stable reason and its parameters beside the English message, so that the
// console can word them in the user's language; the OpenAPI document lists every reason the
// server can send (the console's catalogue test checks each has a Japanese and English entry).
#include <gtest/gtest.h>

#include <set>

#include "core/error.h"
#include "core/error_reason.h"
#include "http/openapi_document.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

TEST(ErrorReason, TheDocumentListsExactlyTheReasonsTheServerCanSend) {
  nlohmann::json doc = nlohmann::json::parse(http::OpenApiDocument());
  const auto& listed =
      doc["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["reason"]["enum"];
  std::set<std::string> documented(listed.begin(), listed.end());
  std::set<std::string> sent;
  for (int code = 0; code <= static_cast<int>(ErrorCode::kInternal); ++code)
    sent.emplace(ErrorCodeName(static_cast<ErrorCode>(code)));
  for (const auto& t : ReasonTemplates()) sent.emplace(t.code);
  for (const auto& r : sent) EXPECT_TRUE(documented.count(r)) << "not in docs/openapi.json: " << r;
  for (const auto& r : documented) EXPECT_TRUE(sent.count(r)) << "never sent: " << r;
}

TEST(ErrorReason, AFixedMessageIsNotTakenByAGeneralForm) {
  // "must be {choices} or {last}" would match these too: the fixed forms come first.
  EXPECT_EQ(MatchReason("must be a known ISO 4217 currency code, e.g. JPY or USD")->code,
            "not_a_currency");
  EXPECT_EQ(MatchReason("must be an ISO 3166-1 alpha-2 code such as JP or US")->code,
            "not_a_country");
  EXPECT_EQ(MatchReason("must be active or ended")->code, "not_one_of");
}

TEST(ErrorReason, AMessageOfAListedFormGivesItsCodeAndParameters) {
  auto too_long = MatchReason("must be at most 200 characters");
  ASSERT_TRUE(too_long);
  EXPECT_EQ(too_long->code, "too_long");
  ASSERT_EQ(too_long->params.size(), 1u);
  EXPECT_EQ(too_long->params[0].first, "max");
  EXPECT_EQ(too_long->params[0].second, "200");

  auto stage = MatchReason("unknown journey stage \"won\": one of onboarding, adopting");
  ASSERT_TRUE(stage);
  EXPECT_EQ(stage->code, "unknown_stage");
  ASSERT_EQ(stage->params.size(), 2u);
  EXPECT_EQ(stage->params[0].second, "won");
  EXPECT_EQ(stage->params[1].second, "onboarding, adopting");

  EXPECT_EQ(MatchReason("is required")->code, "required");
  EXPECT_EQ(MatchReason("must be 1 to 100 characters")->code, "length_range");
  EXPECT_EQ(
      MatchReason("must be 1 to 40 characters of a-z, 0-9 and _, starting with a letter")->code,
      "bad_key");
  EXPECT_FALSE(MatchReason("is required, and more"));
  EXPECT_FALSE(MatchReason("a message of no listed form"));
}

class ErrorReasonApiTest : public BackendTest {};

TEST_P(ErrorReasonApiTest, AnErrorAnswerCarriesTheReasonAndItsParameters) {
  auto r = as("manager").Post("/api/v1/accounts", {{"name", std::string(300, 'x')}});
  ASSERT_EQ(r.status, 400) << r.raw;
  const auto& error = r.body["error"];
  EXPECT_EQ(error["code"], "invalid");
  EXPECT_EQ(error["field"], "name");
  EXPECT_EQ(error["reason"], "too_long");
  EXPECT_EQ(error["params"]["max"], 200);
  EXPECT_EQ(error["message"], "must be at most 200 characters");

  auto missing = as("manager").Get("/api/v1/accounts/999999");
  ASSERT_EQ(missing.status, 404);
  EXPECT_EQ(missing.body["error"]["reason"], "not_found");
  EXPECT_TRUE(missing.body["error"]["params"].is_object());
}

BANSO_INSTANTIATE_BACKENDS(ErrorReasonApiTest);

}  // namespace
}  // namespace banso::testing
