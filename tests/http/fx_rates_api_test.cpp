// Money in one reporting currency: ARR converted at the month's rate (or the latest before it),
// a missing rate said to be missing (never a silent 1.0), lists sorted and filtered, and ICP
// criteria compared, in the reporting currency.
#include <gtest/gtest.h>

#include "core/date.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

// Months relative to today's, since a rate applies from its month on.
std::string Month(int offset) {
  auto ymd = Date::Today().ymd() + std::chrono::months(offset);
  char text[8];
  std::snprintf(text, sizeof text, "%04d-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()));
  return text;
}

class FxRatesApiTest : public BackendTest {
 protected:
  // An account with an annual contract of `amount_minor` in `currency`, started last month.
  long long AccountWithArr(const std::string& name, const std::string& currency,
                           long long amount_minor) {
    auto a = as("manager").Post("/api/v1/accounts", {{"name", name}, {"currency", currency}});
    EXPECT_EQ(a.status, 201) << a.raw;
    auto c = as("manager").Post("/api/v1/contracts",
                                {{"account_id", a.body["id"]},
                                 {"product", "Pro"},
                                 {"start_date", Date::Today().AddDays(-40).ToString()},
                                 {"amount_minor", amount_minor},
                                 {"billing_period", "annual"}});
    EXPECT_EQ(c.status, 201) << c.raw;
    return a.body["id"];
  }
  nlohmann::json Account(long long id) {
    return as("viewer").Get("/api/v1/accounts/" + std::to_string(id)).body;
  }
  nlohmann::json AddRate(const std::string& month, const std::string& currency,
                         nlohmann::json rate) {
    auto r = as("manager").Post("/api/v1/fx-rates",
                                {{"month", month}, {"currency", currency}, {"rate", rate}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body;
  }
  std::vector<long long> IdsSortedByArr(const std::string& q) {
    auto r = as("viewer").Get("/api/v1/accounts?sort=-arr&limit=50&q=" + q);
    EXPECT_EQ(r.status, 200) << r.raw;
    std::vector<long long> ids;
    for (const auto& a : r.body["data"]) ids.push_back(a["id"]);
    return ids;
  }
};

TEST_P(FxRatesApiTest, ArrIsConvertedAtTheLatestRateAndAMissingRateIsNull) {
  long long yen = AccountWithArr("換算テスト円", "JPY", 1'200'000);
  long long dollar = AccountWithArr("換算テストドル", "USD", 600'000);  // $6,000.00 a year
  long long pound = AccountWithArr("換算テストポンド", "GBP", 0);       // no revenue

  EXPECT_EQ(Account(yen)["arr_reporting_minor"], 1'200'000);
  EXPECT_EQ(Account(dollar)["arr_minor"], 600'000);
  EXPECT_EQ(Account(dollar)["arr_reporting_minor"], nullptr) << "no rate: unknown, not 1.0";
  EXPECT_EQ(Account(pound)["arr_reporting_minor"], 0) << "nothing is nothing in any currency";
  auto rates = as("viewer").Get("/api/v1/fx-rates");
  ASSERT_EQ(rates.status, 200) << rates.raw;
  EXPECT_EQ(rates.body["reporting_currency"], "JPY");
  bool usd_missing = false;
  for (const auto& m : rates.body["missing"]) usd_missing |= m["currency"] == "USD";
  EXPECT_TRUE(usd_missing) << rates.raw;
  EXPECT_EQ(IdsSortedByArr("換算テスト"), (std::vector<long long>{yen, pound, dollar}))
      << "an amount without a rate sorts below every known one";

  // Only next month's rate: still missing this month. Last month's rate applies until this
  // month has its own.
  AddRate(Month(1), "USD", "200");
  EXPECT_EQ(Account(dollar)["arr_reporting_minor"], nullptr);
  AddRate(Month(-1), "USD", 150);
  EXPECT_EQ(Account(dollar)["arr_reporting_minor"], 900'000);  // $6,000 × 150
  auto current = AddRate(Month(0), "USD", "151.2");
  EXPECT_EQ(current["quote"], "JPY");
  EXPECT_EQ(current["rate"], "151.2");
  EXPECT_EQ(Account(dollar)["arr_reporting_minor"], 907'200);
  EXPECT_EQ(IdsSortedByArr("換算テスト"), (std::vector<long long>{yen, dollar, pound}));

  auto filtered = as("viewer").Get("/api/v1/accounts?q=換算テスト&arr_reporting_min=950000");
  ASSERT_EQ(filtered.status, 200) << filtered.raw;
  ASSERT_EQ(filtered.body["data"].size(), 1u);
  EXPECT_EQ(filtered.body["data"][0]["id"], yen);
  filtered = as("viewer").Get("/api/v1/accounts?q=換算テスト&arr_reporting_max=950000");
  EXPECT_EQ(filtered.body["total"], 2);  // the pound account's 0 and the dollar account

  // Editing and deleting a rate converts again.
  std::string path = "/api/v1/fx-rates/" + std::to_string(current["id"].get<long long>());
  auto changed = as("manager").Patch(path, {{"version", 1}, {"rate", "160"}});
  ASSERT_EQ(changed.status, 200) << changed.raw;
  EXPECT_EQ(Account(dollar)["arr_reporting_minor"], 960'000);
  EXPECT_EQ(as("manager").Patch(path, {{"version", 1}, {"rate", "1"}}).status, 409);
  EXPECT_EQ(as("manager").Delete(path).status, 204);
  EXPECT_EQ(Account(dollar)["arr_reporting_minor"], 900'000) << "back to last month's rate";
}

TEST_P(FxRatesApiTest, BadRatesAreRefusedAndOnlyRevenueRolesMayWrite) {
  struct Case {
    nlohmann::json body;
    const char* field;
    const char* reason;
  };
  for (const Case& c : std::vector<Case>{
           {{{"month", "2026-13"}, {"currency", "EUR"}, {"rate", "160"}}, "month", "not_a_month"},
           {{{"month", Month(0)}, {"currency", "XXX"}, {"rate", "1"}},
            "currency",
            "not_a_currency"},
           {{{"month", Month(0)}, {"currency", "JPY"}, {"rate", "1"}},
            "currency",
            "reporting_currency"},
           {{{"month", Month(0)}, {"currency", "EUR"}, {"rate", "-3"}}, "rate", "not_a_rate"},
           {{{"month", Month(0)}, {"currency", "EUR"}, {"rate", "0"}}, "rate", "not_a_rate"},
           {{{"month", Month(0)}, {"currency", "EUR"}, {"rate", "1e3"}}, "rate", "not_a_rate"},
       }) {
    auto r = as("manager").Post("/api/v1/fx-rates", c.body);
    EXPECT_EQ(r.status, 400) << c.body.dump();
    EXPECT_EQ(r.body["error"]["field"], c.field) << r.raw;
    EXPECT_EQ(r.body["error"]["reason"], c.reason) << r.raw;
  }
  nlohmann::json eur = {{"month", Month(-2)}, {"currency", "EUR"}, {"rate", "160"}};
  EXPECT_EQ(as("csm").Post("/api/v1/fx-rates", eur).status, 403);
  EXPECT_EQ(as("viewer").Patch("/api/v1/settings/revenue", {{"version", 1}}).status, 403);
  EXPECT_EQ(as("manager").Post("/api/v1/fx-rates", eur).status, 201);
  auto twice = as("manager").Post("/api/v1/fx-rates", eur);
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.body["error"]["field"], "month");
}

TEST_P(FxRatesApiTest, ARateImportIsAllOrNothingAndReadsJapaneseHeaders) {
  long long sgd = AccountWithArr("換算インポートSGD", "SGD", 1'200'000);  // S$12,000.00
  std::string bad = "年月,通貨コード,為替レート\n" + Month(0) + ",SGD,112.4\n2026/13,AUD,98\n";
  auto rejected = as("manager").PostRaw("/api/v1/imports/fx_rates", bad, "text/csv");
  ASSERT_EQ(rejected.status, 422) << rejected.raw;
  ASSERT_EQ(rejected.body["rejected"].size(), 1u);
  EXPECT_EQ(rejected.body["rejected"][0]["line"], 3);
  EXPECT_EQ(rejected.body["rejected"][0]["field"], "month");
  EXPECT_EQ(Account(sgd)["arr_reporting_minor"], nullptr) << "nothing was written";

  std::string month = Month(0);
  std::string slashed = month.substr(0, 4) + "/" + std::to_string(std::stoi(month.substr(5)));
  std::string good = "年月,通貨コード,為替レート\r\n" + slashed + ",sgd,\"1,12.4\"\r\n";
  auto imported = as("manager").PostRaw("/api/v1/imports/fx_rates", good, "text/csv");
  ASSERT_EQ(imported.status, 200) << imported.raw;
  EXPECT_EQ(imported.body["inserted"], 1);
  EXPECT_EQ(Account(sgd)["arr_reporting_minor"], 1'348'800);  // S$12,000 × 112.4
}

TEST_P(FxRatesApiTest, ANewReportingCurrencyConvertsEveryAccountAndIcpComparesInIt) {
  long long dollar = AccountWithArr("換算ICPドル", "USD", 600'000);
  AddRate(Month(0), "USD", "90");  // $6,000 = ¥540,000: under the demo ICP's ¥600,000
  auto fit_criterion = [&](long long account) {
    auto fit = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/fit");
    EXPECT_EQ(fit.status, 200) << fit.raw;
    for (const auto& c : fit.body["criteria"])
      if (c["label"] == "年間契約額 60万円以上") return c;
    return nlohmann::json();
  };
  auto criterion = fit_criterion(dollar);
  EXPECT_EQ(criterion["actual"], 540'000);
  EXPECT_EQ(criterion["met"], false) << "$6,000 is not ¥600,000";

  auto settings = as("viewer").Get("/api/v1/settings/revenue").body;
  auto usd = as("manager").Patch("/api/v1/settings/revenue",
                                 {{"version", settings["version"]}, {"reporting_currency", "USD"}});
  ASSERT_EQ(usd.status, 200) << usd.raw;
  EXPECT_EQ(Account(dollar)["arr_reporting_minor"], 600'000);
  EXPECT_EQ(as("manager")
                .Patch("/api/v1/settings/revenue",
                       {{"version", settings["version"]}, {"churn_grace_days", 10}})
                .status,
            409);
  auto back = as("manager").Patch("/api/v1/settings/revenue", {{"version", usd.body["version"]},
                                                               {"reporting_currency", "JPY"}});
  ASSERT_EQ(back.status, 200) << back.raw;
  EXPECT_EQ(Account(dollar)["arr_reporting_minor"], 540'000);
}

BANSO_INSTANTIATE_BACKENDS(FxRatesApiTest);

}  // namespace
}  // namespace banso::testing
