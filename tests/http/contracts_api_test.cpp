// Contracts, and the revenue movements and ARR derived from them.
#include <gtest/gtest.h>

#include <thread>

#include "core/date.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

// Dates relative to today, since status, ARR and "scheduled" are as of today.
std::string Day(int offset) { return Date::Today().AddDays(offset).ToString(); }

class ContractsApiTest : public BackendTest {
 protected:
  long long NewAccount(const std::string& name, const std::string& currency = "JPY") {
    auto r = as("manager").Post("/api/v1/accounts", {{"name", name}, {"currency", currency}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  nlohmann::json NewContract(long long account, nlohmann::json fields) {
    fields["account_id"] = account;
    if (!fields.contains("product")) fields["product"] = "Pro";
    auto r = as("manager").Post("/api/v1/contracts", fields);
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body;
  }
  long long ArrOf(long long account) {
    return as("viewer").Get("/api/v1/accounts/" + std::to_string(account)).body["arr_minor"];
  }
  nlohmann::json MovementsOf(long long account) {
    auto r = as("viewer").Get("/api/v1/revenue-movements?account_id=" + std::to_string(account));
    EXPECT_EQ(r.status, 200) << r.raw;
    return r.body["data"];
  }
  static std::string PathOf(const nlohmann::json& contract) {
    return "/api/v1/contracts/" + std::to_string(contract["id"].get<long long>());
  }
};

TEST_P(ContractsApiTest, CreateReadUpdateDelete) {
  long long account = NewAccount("契約テスト株式会社");
  auto created = NewContract(account, {{"external_id", "crud-" + GetParam()},
                                       {"start_date", Day(-30)},
                                       {"amount_minor", 1'200'000},
                                       {"billing_period", "annual"}});
  EXPECT_EQ(created["version"], 1);
  EXPECT_EQ(created["currency"], "JPY");  // the account's, when not given
  EXPECT_EQ(created["mrr_minor"], 100'000);
  EXPECT_EQ(created["status"], "active");
  EXPECT_EQ(created["end_date"], nullptr);
  std::string path = PathOf(created);

  auto read = as("viewer").Get(path);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.body["product"], "Pro");

  auto updated = as("manager").Patch(path, {{"version", 1}, {"end_date", Day(-1)}});
  ASSERT_EQ(updated.status, 200) << updated.raw;
  EXPECT_EQ(updated.body["version"], 2);
  EXPECT_EQ(updated.body["status"], "ended");
  EXPECT_EQ(updated.body["amount_minor"], 1'200'000);  // untouched fields stay

  auto stale = as("manager").Patch(path, {{"version", 1}, {"product", "Enterprise"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.body["error"]["field"], "version");
  EXPECT_EQ(as("manager").Patch(path, {{"product", "Enterprise"}}).body["error"]["field"],
            "version");
  EXPECT_EQ(as("viewer").Get(path).body["product"], "Pro");

  auto duplicate = as("manager").Post("/api/v1/contracts", {{"account_id", account},
                                                            {"product", "Pro"},
                                                            {"external_id", "crud-" + GetParam()},
                                                            {"start_date", Day(0)},
                                                            {"amount_minor", 1}});
  EXPECT_EQ(duplicate.status, 409);
  EXPECT_EQ(duplicate.body["error"]["field"], "external_id");

  EXPECT_EQ(as("manager").Delete(path).status, 204);
  EXPECT_EQ(as("viewer").Get(path).status, 404);
  EXPECT_EQ(as("manager").Delete(path).status, 404);
}

TEST_P(ContractsApiTest, MovementsAndArrFollowEveryContractChange) {
  long long account = NewAccount("ARR Co");
  EXPECT_EQ(ArrOf(account), 0);
  auto base = NewContract(account, {{"start_date", Day(-100)}, {"amount_minor", 50'000}});
  EXPECT_EQ(ArrOf(account), 600'000);
  auto moves = MovementsOf(account);
  ASSERT_EQ(moves.size(), 1u);
  EXPECT_EQ(moves[0]["kind"], "new");
  EXPECT_EQ(moves[0]["date"], Day(-100));
  EXPECT_EQ(moves[0]["mrr_delta_minor"], 50'000);
  EXPECT_EQ(moves[0]["arr_delta_minor"], 600'000);
  EXPECT_EQ(moves[0]["contract_id"], base["id"]);
  EXPECT_EQ(moves[0]["currency"], "JPY");
  EXPECT_FALSE(moves[0]["scheduled"].get<bool>());

  // An add-on starting in ten days: scheduled expansion, ARR unchanged today.
  auto addon = NewContract(account, {{"product", "Add-on"},
                                     {"start_date", Day(10)},
                                     {"amount_minor", 60'000},
                                     {"billing_period", "quarterly"}});
  EXPECT_EQ(addon["status"], "upcoming");
  EXPECT_EQ(ArrOf(account), 600'000);
  moves = MovementsOf(account);  // newest first
  ASSERT_EQ(moves.size(), 2u);
  EXPECT_EQ(moves[0]["kind"], "expansion");
  EXPECT_EQ(moves[0]["mrr_delta_minor"], 20'000);
  EXPECT_TRUE(moves[0]["scheduled"].get<bool>());

  // A price rise on the base contract changes the "new" movement and ARR.
  auto raised = as("manager").Patch(PathOf(base), {{"version", 1}, {"amount_minor", 70'000}});
  ASSERT_EQ(raised.status, 200) << raised.raw;
  EXPECT_EQ(ArrOf(account), 840'000);
  EXPECT_EQ(MovementsOf(account)[1]["mrr_delta_minor"], 70'000);

  // Only movements that happened are on the timeline.
  auto timeline = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/timeline");
  ASSERT_EQ(timeline.status, 200) << timeline.raw;
  ASSERT_EQ(timeline.body["data"].size(), 1u);
  EXPECT_EQ(timeline.body["data"][0]["type"], "revenue_movement");
  EXPECT_EQ(timeline.body["data"][0]["item"]["kind"], "new");
  EXPECT_EQ(timeline.body["data"][0]["occurred_at"], Day(-100) + "T00:00:00Z");

  // Without the base contract the add-on becomes the account's first revenue.
  ASSERT_EQ(as("manager").Delete(PathOf(base)).status, 204);
  EXPECT_EQ(ArrOf(account), 0);
  moves = MovementsOf(account);
  ASSERT_EQ(moves.size(), 1u);
  EXPECT_EQ(moves[0]["kind"], "new");
  EXPECT_EQ(moves[0]["contract_id"], addon["id"]);

  auto filtered = as("viewer").Get("/api/v1/revenue-movements?kind=new&from=" + Day(10) +
                                   "&to=" + Day(10) + "&account_id=" + std::to_string(account));
  ASSERT_EQ(filtered.status, 200) << filtered.raw;
  EXPECT_EQ(filtered.body["total"], 1);
  EXPECT_EQ(as("viewer")
                .Get("/api/v1/revenue-movements?kind=churn&account_id=" + std::to_string(account))
                .body["total"],
            0);
}

TEST_P(ContractsApiTest, AnEndIsARenewalDueUntilTheGraceDaysPassThenChurn) {
  auto grace = [&](int days) {
    auto settings = as("viewer").Get("/api/v1/settings/revenue").body;
    auto r = as("manager").Patch("/api/v1/settings/revenue",
                                 {{"version", settings["version"]}, {"churn_grace_days", days}});
    ASSERT_EQ(r.status, 200) << r.raw;
  };
  auto kinds = [&](long long account) {
    std::vector<std::string> k;
    for (const auto& m : MovementsOf(account)) k.push_back(m["kind"]);  // newest first
    return k;
  };
  long long account = NewAccount("Renewal Co", "USD");
  NewContract(account,
              {{"start_date", Day(-400)}, {"end_date", Day(-36)}, {"amount_minor", 10'000}});
  NewContract(account, {{"start_date", Day(-35)}, {"end_date", Day(-5)}, {"amount_minor", 10'000}});
  // The renewal nets to nothing; the second contract ended four days ago and the 30 grace days
  // have not passed: a renewal is due, and the revenue still counts.
  EXPECT_EQ(kinds(account), (std::vector<std::string>{"new"}));
  EXPECT_EQ(ArrOf(account), 120'000);
  auto renewals = [&](long long id, int within) {
    auto r = as("viewer").Get("/api/v1/renewals?within_days=" + std::to_string(within) +
                              "&account_id=" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.raw;
    return r.body["data"];
  };
  auto due = renewals(account, 90);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0]["status"], "overdue");
  EXPECT_EQ(due[0]["days_until"], -5);
  EXPECT_EQ(due[0]["contract"]["end_date"], Day(-5));
  EXPECT_EQ(due[0]["account"]["name"], "Renewal Co");
  long long upcoming = NewAccount("Upcoming Renewal Co");
  NewContract(upcoming, {{"start_date", Day(-300)}, {"end_date", Day(20)}, {"amount_minor", 1}});
  EXPECT_EQ(renewals(upcoming, 90)[0]["status"], "due");
  EXPECT_EQ(renewals(upcoming, 90)[0]["days_until"], 20);
  EXPECT_TRUE(renewals(upcoming, 10).empty());

  grace(3);  // now certain: churn, dated the first day without a contract
  auto moves = MovementsOf(account);
  ASSERT_EQ(moves.size(), 2u);
  EXPECT_EQ(moves[0]["kind"], "churn");
  EXPECT_EQ(moves[0]["date"], Day(-4));
  EXPECT_EQ(moves[0]["currency"], "USD");
  EXPECT_EQ(ArrOf(account), 0);
  EXPECT_TRUE(renewals(account, 90).empty()) << "churned: no longer due";

  NewContract(account, {{"start_date", Day(0)}, {"amount_minor", 15'000}});
  EXPECT_EQ(kinds(account), (std::vector<std::string>{"reactivation", "churn", "new"}));
  EXPECT_EQ(ArrOf(account), 180'000);

  grace(30);  // back within the grace days: a late renewal at a higher price, no churn
  EXPECT_EQ(kinds(account), (std::vector<std::string>{"expansion", "new"}));
  EXPECT_EQ(ArrOf(account), 180'000);
}

TEST_P(ContractsApiTest, ConcurrentWritesToOneAccountAllCount) {
  long long account = NewAccount("Concurrent Co");
  std::string token =
      server()
          .app()
          .auth()
          .CreateApiToken(auth::Actor::System("test"), server().user_id("manager"), "concurrency")
          .first;
  constexpr int kThreads = 4, kEach = 5;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      ApiClient client(server().port(), token);  // one connection per thread
      for (int i = 0; i < kEach; ++i) {
        auto r = client.Post("/api/v1/contracts", {{"account_id", account},
                                                   {"product", "Seat"},
                                                   {"start_date", Day(-1 - t * kEach - i)},
                                                   {"amount_minor", 1'000}});
        EXPECT_EQ(r.status, 201) << r.raw;
      }
    });
  for (auto& t : threads) t.join();
  // Each write saw the others: one "new" and an expansion per later contract.
  auto moves =
      as("viewer").Get("/api/v1/revenue-movements?limit=100&account_id=" + std::to_string(account));
  EXPECT_EQ(moves.body["total"], kThreads * kEach);
  EXPECT_EQ(as("viewer")
                .Get("/api/v1/revenue-movements?kind=new&account_id=" + std::to_string(account))
                .body["total"],
            1);
  EXPECT_EQ(ArrOf(account), 12 * 1'000 * kThreads * kEach);
}

TEST_P(ContractsApiTest, BadInputNamesTheField) {
  long long account = NewAccount("Validation Co", "USD");
  nlohmann::json ok = {
      {"account_id", account}, {"product", "Pro"}, {"start_date", Day(0)}, {"amount_minor", 100}};
  auto with = [&](const char* key, nlohmann::json value) {
    nlohmann::json body = ok;
    body[key] = value;
    return body;
  };
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  std::vector<Case> cases = {
      {with("currency", "JPY"), "currency"},  // not the account's
      {with("currency", "XXX"), "currency"},
      {with("end_date", Day(-1)), "end_date"},
      {with("amount_minor", -1), "amount_minor"},
      {with("amount_minor", 1.5), "amount_minor"},
      {with("product", ""), "product"},
      {with("product", std::string(201, 'x')), "product"},
      {with("start_date", "2025-02-30"), "start_date"},
      {with("start_date", nullptr), "start_date"},
      {with("billing_period", "weekly"), "billing_period"},
      {with("account_id", 999999), "account_id"},
      {with("colour", "red"), "colour"},
  };
  for (const char* required : {"account_id", "product", "start_date", "amount_minor"}) {
    nlohmann::json body = ok;
    body.erase(required);
    cases.push_back({body, required});
  }
  for (const auto& c : cases) {
    auto r = as("manager").Post("/api/v1/contracts", c.body);
    EXPECT_EQ(r.status, 400) << c.body.dump();
    EXPECT_EQ(r.body["error"]["field"], c.field) << r.raw;
  }
  EXPECT_EQ(
      as("viewer").Get("/api/v1/contracts?account_id=" + std::to_string(account)).body["total"], 0);
}

TEST_P(ContractsApiTest, AnAccountWithContractsCannotBeDeleted) {
  long long account = NewAccount("Keep Co");
  auto contract = NewContract(account, {{"start_date", Day(-10)}, {"amount_minor", 1'000}});
  std::string account_path = "/api/v1/accounts/" + std::to_string(account);
  auto refused = as("manager").Delete(account_path);
  EXPECT_EQ(refused.status, 409) << refused.raw;
  EXPECT_EQ(as("viewer").Get(account_path).status, 200);
  ASSERT_EQ(as("manager").Delete(PathOf(contract)).status, 204);
  EXPECT_EQ(as("manager").Delete(account_path).status, 204);
}

TEST_P(ContractsApiTest, OnlyRevenueRolesWriteContracts) {
  long long account = NewAccount("Roles Co");
  nlohmann::json body = {
      {"account_id", account}, {"product", "Pro"}, {"start_date", Day(0)}, {"amount_minor", 100}};
  EXPECT_EQ(as("viewer").Post("/api/v1/contracts", body).status, 403);
  EXPECT_EQ(as("csm").Post("/api/v1/contracts", body).status, 403);
  EXPECT_EQ(as("marketer").Post("/api/v1/contracts", body).status, 403);
  auto contract = NewContract(account, body);
  EXPECT_EQ(as("csm").Patch(PathOf(contract), {{"version", 1}, {"amount_minor", 1}}).status, 403);
  EXPECT_EQ(as("csm").Delete(PathOf(contract)).status, 403);
  EXPECT_EQ(as("viewer").Get(PathOf(contract)).status, 200);
  EXPECT_EQ(as("admin").Patch(PathOf(contract), {{"version", 1}, {"amount_minor", 1}}).status, 200);
}

TEST_P(ContractsApiTest, ListFiltersSortsAndPages) {
  long long account = NewAccount("List Co");
  for (int offset : {-300, -200, -100, 30, 60})
    NewContract(
        account,
        {{"start_date", Day(offset)}, {"end_date", Day(offset + 150)}, {"amount_minor", 100}});
  std::string base = "/api/v1/contracts?account_id=" + std::to_string(account);
  std::vector<std::string> starts;
  std::string cursor;
  do {
    auto r = as("viewer").Get(base + "&limit=2" + (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["total"], 5);
    for (const auto& c : r.body["data"]) starts.push_back(c["start_date"]);
    cursor = r.body["next_cursor"].is_null() ? "" : r.body["next_cursor"].get<std::string>();
  } while (!cursor.empty());
  EXPECT_EQ(starts, (std::vector<std::string>{Day(60), Day(30), Day(-100), Day(-200), Day(-300)}));

  EXPECT_EQ(as("viewer").Get(base + "&status=upcoming").body["total"], 2);
  EXPECT_EQ(as("viewer").Get(base + "&status=active").body["total"], 1);
  EXPECT_EQ(as("viewer").Get(base + "&status=ended").body["total"], 2);
  auto by_id = as("viewer").Get(base + "&sort=id&limit=3");
  ASSERT_EQ(by_id.status, 200);
  EXPECT_EQ(by_id.body["data"][0]["start_date"], Day(-300));
  auto rest =
      as("viewer").Get(base + "&sort=id&cursor=" + by_id.body["next_cursor"].get<std::string>());
  ASSERT_EQ(rest.body["data"].size(), 2u);
  EXPECT_EQ(rest.body["data"][1]["start_date"], Day(60));
}

TEST_P(ContractsApiTest, BadQueryParametersAreRejected) {
  for (std::string query : {"colour=red", "status=paused", "sort=amount", "limit=0", "limit=501",
                            "cursor=garbage", "account_id=abc"}) {
    auto r = as("viewer").Get("/api/v1/contracts?" + query);
    EXPECT_EQ(r.status, 400) << query << " " << r.raw;
  }
  EXPECT_EQ(as("viewer").Get("/api/v1/contracts?colour=red").body["error"]["field"], "colour");
  for (std::string query : {"colour=red", "kind=upsell", "from=2025-02-30", "to=tomorrow",
                            "from=2025-05-01&to=2025-04-01", "limit=0", "cursor=garbage"}) {
    auto r = as("viewer").Get("/api/v1/revenue-movements?" + query);
    EXPECT_EQ(r.status, 400) << query << " " << r.raw;
  }
  EXPECT_EQ(as("viewer").Get("/api/v1/revenue-movements?kind=upsell").body["error"]["field"],
            "kind");
}

BANSO_INSTANTIATE_BACKENDS(ContractsApiTest);

// The hourly refresh records churn once the grace days have passed, without any edit; a suite of
// its own, since it moves the refresh's "last run" into the future.
class RenewalRefreshTest : public ContractsApiTest {};

TEST_P(RenewalRefreshTest, TheRefreshRecordsChurnOnceTheGraceDaysHavePassed) {
  long long ended = NewAccount("Lapsed Co");
  NewContract(ended, {{"start_date", Day(-300)}, {"end_date", Day(-1)}, {"amount_minor", 10'000}});
  long long running = NewAccount("Running Co");
  NewContract(running, {{"start_date", Day(-300)}, {"amount_minor", 10'000}});
  auto& contracts = server().app().contracts();
  contracts.RefreshRenewals(Date::Today());
  EXPECT_EQ(MovementsOf(ended).size(), 1u) << "within the grace days";
  EXPECT_EQ(contracts.RefreshRenewals(Date::Today()), 0) << "once a day is enough";
  EXPECT_EQ(contracts.RefreshRenewals(Date::Today().AddDays(30)), 1)
      << "only the account whose end became certain is rewritten";
  auto moves = MovementsOf(ended);
  ASSERT_EQ(moves.size(), 2u);
  EXPECT_EQ(moves[0]["kind"], "churn");
  EXPECT_EQ(moves[0]["date"], Day(0));
  EXPECT_EQ(MovementsOf(running).size(), 1u);
}

BANSO_INSTANTIATE_BACKENDS(RenewalRefreshTest);

}  // namespace
}  // namespace banso::testing
