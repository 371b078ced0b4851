// The CLI opens the App with a pool of two connections (cli::OpenApp), and on PostgreSQL the
// analytics role holds one of them for good. Starting the events, applying and restarting
// from a checkpoint must then never wait for a second connection of its own: `banso demo` on
// PostgreSQL once hung for ever in UsageApplier::Restore.
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <future>

#include "app/app.h"
#include "core/date.h"
#include "support/test_database.h"

namespace banso::app {
namespace {

class SmallPoolTest : public ::testing::TestWithParam<std::string> {};

TEST_P(SmallPoolTest, EventsStartApplyAndRestartOnTheCliPoolOfTwo) {
  spdlog::set_level(spdlog::level::warn);
  testing::TestDatabase db(GetParam());
  BANSO_REQUIRE_DATABASE(db);
  auto run = std::async(std::launch::async, [&] {
    AppOptions options;
    options.db_url = db.url();
    options.pool_size = 2;
    App app(options);
    app.events().Start();
    auto key = app.events().sources().Create(auth::Actor::System("test"), "web", 1000).second;
    std::string body = nlohmann::json{{"batch",
                                       {{{"type", "track"},
                                         {"messageId", "m1"},
                                         {"userId", "u1"},
                                         {"event", "Seen"},
                                         {"timestamp", Timestamp::Now().ToString()}}}}}
                           .dump();
    EXPECT_EQ(app.events().Ingest(std::nullopt, body, key).accepted, 1u);
    app.events().WaitUntilApplied(std::chrono::seconds(20));
    app.events().Stop();   // checkpoints
    app.events().Start();  // restores from the checkpoint
    return app.events().usage().Catalog();
  });
  if (run.wait_for(std::chrono::seconds(60)) != std::future_status::ready) {
    ADD_FAILURE() << "the events did not start, apply and restart within 60 s on a pool of two: a "
                     "connection wait";
    std::_Exit(1);  // the stuck thread cannot be joined
  }
  std::vector<events::CatalogItem> catalog = run.get();
  ASSERT_EQ(catalog.size(), 1u);
  EXPECT_EQ(catalog[0].count, 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, SmallPoolTest, ::testing::ValuesIn(testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace banso::app
