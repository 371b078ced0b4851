#include <gtest/gtest.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <thread>

#include "app/app.h"
#include "app/backup.h"
#include "core/date.h"
#include "core/error.h"
#include "events/file_event_log.h"
#include "events/usage_applier.h"
#include "store/backup.h"

namespace banso::app {
namespace {

namespace fs = std::filesystem;

class BackupTest : public ::testing::Test {
 protected:
  BackupTest() : dir_(fs::temp_directory_path() / ("banso_backup_" + std::to_string(getpid()))) {
    spdlog::set_level(spdlog::level::warn);  // start-up phases would drown the output
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~BackupTest() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  static std::unique_ptr<App> Open(const std::string& path) {
    AppOptions options;
    options.db_url = "sqlite:" + path;
    options.pool_size = 4;
    auto app = std::make_unique<App>(options);
    app->events().Start();
    return app;
  }

  // One track message, timestamped by the clock the test runs with.
  static std::string Message(const std::string& id, const std::string& event) {
    return nlohmann::json{{"batch",
                           {{{"type", "track"},
                             {"messageId", id},
                             {"userId", "u1"},
                             {"event", event},
                             {"timestamp", Timestamp::Now().ToString()}}}}}
        .dump();
  }

  static long long CatalogCount(App& app, const std::string& event) {
    for (const auto& e : app.events().usage().Catalog())
      if (e.name == event) return static_cast<long long>(e.count);
    return 0;
  }

  fs::path dir_;
};

// Backs up while a client keeps sending; every message acknowledged before the backup began is
// in the restored copy exactly once, a retry of one is still recognised, and new events are
// applied.
TEST_F(BackupTest, ABackupDuringIngestRestoresEveryAcknowledgedEventOnceAndAppliesNewOnes) {
  auto live = Open(Path("live.db"));
  auto [source, key] =
      live->events().sources().Create(auth::Actor::System("test"), "web", 1'000'000);
  std::atomic<int> acknowledged{0};
  std::atomic<bool> stop{false};
  std::thread client([&, key = key] {
    for (int i = 0; !stop; ++i) {
      live->events().Ingest(std::nullopt, Message("m-" + std::to_string(i), "Report Exported"),
                            key);
      acknowledged = i + 1;  // Ingest returned: the message is committed
    }
  });
  while (acknowledged < 300) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  live->events().CheckpointNow();  // so that the copy carries a checkpoint part-way through the log
  int acknowledged_before = acknowledged;
  BackupSummary summary = Backup(live->db(), Path("live.db-events"), Path("copy.db"));
  while (acknowledged < acknowledged_before + 200)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  stop = true;
  client.join();
  live->events().Stop();
  EXPECT_GT(summary.event_bytes, 0u);

  RestoreSummary restored =
      Restore(Path("copy.db"), Path("restored.db"), Path("restored.db-events"), false);
  EXPECT_EQ(restored.set_aside, "");
  std::map<std::string, int> times;
  {
    events::FileEventLog log({Path("restored.db-events")});
    for (uint64_t at = 0, next;
         (next = log.ReadAfter(at, 1000, [&](uint64_t, const events::EventRecord&r) {
           ++times[std::string(r.message_id)];
         })) != at;)
      at = next;
  }
  for (int i = 0; i < acknowledged_before; ++i)
    EXPECT_EQ(times["m-" + std::to_string(i)], 1) << "m-" << i;
  for (const auto& [id, n] : times) EXPECT_EQ(n, 1) << id;

  auto app = Open(Path("restored.db"));
  app->events().WaitUntilApplied();
  EXPECT_EQ(CatalogCount(*app, "Report Exported"), static_cast<long long>(times.size()));
  auto retry = app->events().Ingest(std::nullopt, Message("m-0", "Report Exported"), key);
  EXPECT_EQ(retry.duplicates, 1u);
  auto fresh = app->events().Ingest(std::nullopt, Message("after-restore", "After Restore"), key);
  EXPECT_EQ(fresh.accepted, 1u);
  app->events().WaitUntilApplied();
  EXPECT_EQ(CatalogCount(*app, "After Restore"), 1);
}

// A database copied without its log (what `banso backup` made before) is refused at start with
// the reason, instead of acknowledging new events it would never apply; discarding the
// checkpoint rebuilds usage from the log that is there.
TEST_F(BackupTest, ADatabaseBesideAnotherLogIsRefusedUntilItsCheckpointIsDiscarded) {
  {
    auto live = Open(Path("live.db"));
    auto [source, key] = live->events().sources().Create(auth::Actor::System("test"), "web", 1000);
    for (int i = 0; i < 5; ++i)
      live->events().Ingest(std::nullopt, Message("m-" + std::to_string(i), "Seen"), key);
    live->events().WaitUntilApplied();
    live->events().CheckpointNow();
    store::BackupSqlite(live->db(), Path("db-only.db"));
  }
  try {
    Open(Path("db-only.db"));
    FAIL() << "a checkpoint of another log was accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("not from the same copy"), std::string::npos) << e.what();
  }
  {
    AppOptions options;
    options.db_url = "sqlite:" + Path("db-only.db");
    App app(options);
    events::UsageApplier::DiscardCheckpoint(app.db());
  }
  auto app = Open(Path("db-only.db"));
  EXPECT_EQ(CatalogCount(*app, "Seen"), 0);  // the log here is empty: nothing to rebuild from
}

// Restore never overwrites: a database already there is refused, or moved aside with --replace.
TEST_F(BackupTest, RestoreMovesWhatWasThereAsideOnlyWhenAsked) {
  {
    auto live = Open(Path("live.db"));
    Backup(live->db(), Path("live.db-events"), Path("copy.db"));
    EXPECT_THROW(Backup(live->db(), Path("live.db-events"), Path("copy.db")), Invalid);  // exists
    EXPECT_THROW(Restore(Path("copy.db"), Path("live.db"), Path("live.db-events"), true),
                 Conflict);  // in use
  }
  EXPECT_THROW(Restore(Path("copy.db"), Path("live.db"), Path("live.db-events"), false), Conflict);
  RestoreSummary s = Restore(Path("copy.db"), Path("live.db"), Path("live.db-events"), true);
  EXPECT_TRUE(fs::exists(s.set_aside));
  EXPECT_TRUE(fs::exists(Path("live.db")));
  fs::copy_file(Path("copy.db"), Path("no-log.db"));
  EXPECT_THROW(Restore(Path("no-log.db"), Path("x.db"), Path("x.db-events"), false), Invalid);
  auto app = Open(Path("live.db"));  // the restored copy starts
}

}  // namespace
}  // namespace banso::app
