// Support tickets: recorded through the API with the hub's validation, versioning and audit,
// listed by account and state, and shown on the account timeline when they were opened.
#include <gtest/gtest.h>

#include "support/backend_test.h"

namespace banso::testing {
namespace {

class TicketsApiTest : public BackendTest {
 protected:
  long long NewAccount(const std::string& name) {
    auto r = as("manager").Post("/api/v1/accounts", {{"name", name}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  ApiResponse NewTicket(long long account, nlohmann::json fields) {
    fields["account_id"] = account;
    if (!fields.contains("subject")) fields["subject"] = "ログインできない";
    if (!fields.contains("opened_at")) fields["opened_at"] = DaysAgo(10);
    return as("csm").Post("/api/v1/tickets", fields);
  }
};

TEST_P(TicketsApiTest, RecordsListsAndSolvesATicket) {
  long long account = NewAccount("チケット株式会社");
  auto contact = as("csm").Post("/api/v1/contacts", {{"account_id", account}, {"name", "佐藤"}});
  ASSERT_EQ(contact.status, 201) << contact.raw;
  auto urgent = NewTicket(
      account,
      {{"priority", "urgent"}, {"contact_id", contact.body["id"]}, {"external_id", "zd-1001"}});
  ASSERT_EQ(urgent.status, 201) << urgent.raw;
  EXPECT_EQ(urgent.body["status"], "new");
  EXPECT_EQ(urgent.body["solved_at"], nullptr);
  auto normal = NewTicket(account, {{"subject", "請求書の宛名"},
                                    {"opened_at", DaysAgo(40)},
                                    {"status", "solved"},
                                    {"solved_at", DaysAgo(38)}});
  ASSERT_EQ(normal.status, 201) << normal.raw;
  EXPECT_EQ(normal.body["priority"], "normal");

  std::string base = "/api/v1/tickets?account_id=" + std::to_string(account);
  auto all = as("viewer").Get(base);
  ASSERT_EQ(all.status, 200) << all.raw;
  ASSERT_EQ(all.body["total"], 2);
  EXPECT_EQ(all.body["data"][0]["id"], urgent.body["id"]) << "newest opened first";
  EXPECT_EQ(as("viewer").Get(base + "&unsolved=true").body["total"], 1);
  EXPECT_EQ(as("viewer").Get(base + "&priority=urgent").body["total"], 1);
  EXPECT_EQ(as("viewer").Get(base + "&status=solved").body["total"], 1);
  EXPECT_EQ(as("viewer").Get(base + "&from=" + DaysAgo(20)).body["total"], 1);

  std::string path = "/api/v1/tickets/" + std::to_string(urgent.body["id"].get<long long>());
  auto solved =
      as("csm").Patch(path, {{"version", 1}, {"status", "solved"}, {"solved_at", DaysAgo(1)}});
  ASSERT_EQ(solved.status, 200) << solved.raw;
  EXPECT_EQ(solved.body["version"], 2);
  auto stale = as("csm").Patch(path, {{"version", 1}, {"subject", "x"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(as("viewer").Get(base + "&unsolved=true").body["total"], 0);
  auto audit = as("admin").Get("/api/v1/audit?entity=ticket&entity_id=" +
                               std::to_string(urgent.body["id"].get<long long>()));
  ASSERT_EQ(audit.status, 200) << audit.raw;
  EXPECT_EQ(audit.body["data"].size(), 2u) << "created and updated";

  // On the timeline, when it was opened.
  auto timeline = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/timeline");
  ASSERT_EQ(timeline.status, 200) << timeline.raw;
  int tickets = 0;
  for (const auto& entry : timeline.body["data"])
    if (entry["type"] == "ticket") {
      ++tickets;
      EXPECT_EQ(entry["occurred_at"], entry["item"]["opened_at"]);
    }
  EXPECT_EQ(tickets, 2);

  EXPECT_EQ(as("csm").Delete(path).status, 403) << "deleting is a manager's";
  EXPECT_EQ(as("manager").Delete(path).status, 204);
  EXPECT_EQ(as("viewer").Get(path).status, 404);
}

TEST_P(TicketsApiTest, RefusesWhatAHelpdeskWouldNot) {
  long long account = NewAccount("検証チケット");
  auto field_of = [](const ApiResponse& r) { return r.body["error"]["field"]; };
  EXPECT_EQ(field_of(NewTicket(account, {{"priority", "critical"}})), "priority");
  EXPECT_EQ(field_of(NewTicket(account, {{"status", "escalated"}})), "status");
  EXPECT_EQ(field_of(NewTicket(account, {{"status", "solved"}})), "solved_at")
      << "a solved ticket says when";
  EXPECT_EQ(field_of(NewTicket(account, {{"opened_at", DaysAgo(5)}, {"solved_at", DaysAgo(6)}})),
            "solved_at");
  EXPECT_EQ(field_of(NewTicket(account, {{"opened_at", DaysAgo(-3)}})), "opened_at");
  EXPECT_EQ(field_of(NewTicket(account, {{"subject", ""}})), "subject");
  EXPECT_EQ(field_of(NewTicket(999999999, {})), "account_id");
  long long other = NewAccount("別会社");
  auto theirs = as("csm").Post("/api/v1/contacts", {{"account_id", other}, {"name", "他社の人"}});
  EXPECT_EQ(field_of(NewTicket(account, {{"contact_id", theirs.body["id"]}})), "contact_id");
  ASSERT_EQ(NewTicket(account, {{"external_id", "fd-77"}}).status, 201);
  auto twice = NewTicket(account, {{"external_id", "fd-77"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(field_of(twice), "external_id");
  EXPECT_EQ(field_of(as("viewer").Get("/api/v1/tickets?status=escalated")), "status");
  EXPECT_EQ(as("viewer").Post("/api/v1/tickets", {{"account_id", account}}).status, 403);
}

BANSO_INSTANTIATE_BACKENDS(TicketsApiTest);

}  // namespace
}  // namespace banso::testing
