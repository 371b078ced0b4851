// Database faults during an import, an API write and event ingest, on both backends: a full
// database, a locked one, and (PostgreSQL) a connection killed mid-transaction; and, for
// SQLite's file event log, a full disk. Each write answers 503 with a reason (or is taken, when
// it does not need what the fault took away), the server keeps answering, nothing is half
// written, no acknowledged event is lost, and the same writes succeed once the fault clears.
//
// How each fault is made:
// - SQLite full: PRAGMA max_page_count set to the current size on every pooled connection.
// - PostgreSQL full: PostgreSQL has no per-database quota; a trigger raises SQLSTATE 53100
//   (disk_full), the error it gives when its disk fills, on the tables written.
// - Locked: another connection holds the write lock (SQLite BEGIN EXCLUSIVE; PostgreSQL LOCK
//   TABLE ... ACCESS EXCLUSIVE) for longer than the server's lock wait.
// - Killed: pg_terminate_backend on the server's connections while they wait inside their
//   transactions for such a lock.
// - Disk full for the event log: RLIMIT_FSIZE, so that appends to the log fail with EFBIG.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <atomic>
#include <csignal>
#include <future>
#include <thread>

#include "store/database.h"
#include "support/api_client.h"
#include "support/test_database.h"

namespace banso::testing {
namespace {

using namespace std::chrono_literals;

class FaultInjectionTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = std::make_unique<TestDatabase>(GetParam());
    BANSO_REQUIRE_DATABASE(*db_);
  }

  // lock_wait: how long the server waits for a lock before it answers 503.
  void StartServer(std::chrono::milliseconds lock_wait = 500ms) {
    server_ = std::make_unique<TestServer>(db_->url(),
                                           [&](app::AppOptions& o) { o.lock_wait = lock_wait; });
    write_key_ = server_->app()
                     .events()
                     .sources()
                     .Create(auth::Actor::System("test"), "web", 1'000'000)
                     .second;
  }

  bool postgres() const { return GetParam() == "postgresql"; }
  store::Database& db() { return server_->app().db(); }

  // ---- the three writes; `tag` makes what each wrote countable ----

  ApiResponse WriteAccount(const std::string& tag) {
    // 16 KiB of attributes: overflow pages, so a full SQLite database cannot fit it in a page
    // that has room left.
    nlohmann::json attributes;
    for (int i = 0; i < 15; ++i)
      attributes["note" + std::to_string(i)] = std::string(1000, 'a' + i);
    return server_->as("csm").Post("/api/v1/accounts",
                                   {{"name", tag + " account"}, {"custom_attributes", attributes}});
  }

  ApiResponse Import(const std::string& tag) {
    std::string csv = "external_id,name,industry\n";
    for (int i = 0; i < 500; ++i)
      csv += tag + "-" + std::to_string(i) + "," + tag + " imported " + std::to_string(i) +
             ",Logistics\n";
    return server_->as("manager").PostRaw("/api/v1/imports/accounts?dry_run=false", csv,
                                          "text/csv");
  }

  // Sends track messages `tag`-0 .. -(n-1) and a group call that makes a new account: the
  // applier has database writes to make for them.
  int Ingest(const std::string& tag, int n = 20) {
    nlohmann::json batch = nlohmann::json::array();
    std::string user = tag + "-user";
    batch.push_back({{"type", "group"},
                     {"messageId", tag + "-group"},
                     {"userId", user},
                     {"groupId", "group of " + tag},
                     {"traits", {{"name", tag + " group"}}}});
    for (int i = 0; i < n; ++i)
      batch.push_back({{"type", "track"},
                       {"messageId", tag + "-" + std::to_string(i)},
                       {"userId", user},
                       {"event", tag + " event"}});
    httplib::Client client("127.0.0.1", server_->port());
    client.set_basic_auth(write_key_, "");
    client.set_read_timeout(60, 0);
    auto r = client.Post("/v1/batch", nlohmann::json{{"batch", batch}}.dump(), "application/json");
    return r ? r->status : -1;
  }

  // ---- what was written ----

  long long Count(const std::string& sql_text) {
    store::Session sql(db().pool());
    long long n = 0;
    sql << sql_text, soci::into(n);
    return n;
  }
  // Accounts written by WriteAccount(tag) and Import(tag).
  long long Accounts(const std::string& tag) {
    return Count("SELECT COUNT(*) FROM accounts WHERE name = '" + tag +
                 " account' OR external_id LIKE '" + tag + "-%'");
  }
  // What people wrote (the event applier's own writes are audited as a system actor).
  long long AuditEntries() {
    return Count("SELECT COUNT(*) FROM audit_log WHERE actor_user_id IS NOT NULL");
  }
  long long EventCount(const std::string& tag) {
    for (const auto& e : server_->app().events().usage().Catalog())
      if (e.name == tag + " event") return static_cast<long long>(e.count);
    return 0;
  }

  void ExpectUnavailable(const ApiResponse& r, const std::string& what) {
    EXPECT_EQ(r.status, 503) << what << ": " << r.raw;
    nlohmann::json error = r.body.is_object() ? r.body.value("error", nlohmann::json::object())
                                              : nlohmann::json::object();
    EXPECT_EQ(error.value("code", ""), "unavailable") << what << ": " << r.raw;
    EXPECT_NE(error.value("message", ""), "") << what << ": " << r.raw;
  }
  void ExpectServing() {
    httplib::Client client("127.0.0.1", server_->port());
    auto r = client.Get("/healthz");
    ASSERT_TRUE(r) << "the server stopped answering";
    EXPECT_EQ(r->status, 200);
  }

  // After the fault: the same writes succeed, and every event acknowledged is applied once.
  void ExpectRecovery(const std::string& tag, int events_acknowledged_before) {
    ExpectServing();
    EXPECT_EQ(WriteAccount(tag + "-after").status, 201);
    auto imported = Import(tag + "-after");
    EXPECT_EQ(imported.status, 200) << imported.raw;
    EXPECT_EQ(Accounts(tag + "-after"), 501);
    EXPECT_EQ(Ingest(tag + "-after"), 200);
    server_->app().events().WaitUntilApplied();
    EXPECT_EQ(EventCount(tag + "-after"), 20);
    EXPECT_EQ(EventCount(tag), events_acknowledged_before);
  }

  // Runs sql on every pooled connection (SQLite pragmas are per connection).
  void OnEveryConnection(const std::string& sql_text) {
    std::vector<std::unique_ptr<store::Session>> all;
    for (size_t i = 0; i < db().pool_size(); ++i)
      all.push_back(std::make_unique<store::Session>(db().pool()));
    for (auto& s : all) *s << sql_text;
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::string write_key_;
};

TEST_P(FaultInjectionTest, AFullDatabaseRefusesWritesWhole) {
  StartServer();
  long long audit_before = AuditEntries();
  int acknowledged = 0;
  if (postgres()) {
    {
      store::Session sql(db().pool());
      sql << "CREATE FUNCTION banso_test_disk_full() RETURNS trigger LANGUAGE plpgsql AS "
             "$$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING "
             "ERRCODE = 'disk_full'; END $$";
      for (const char* table : {"accounts", "event_log"})
        sql << "CREATE TRIGGER banso_test_disk_full BEFORE INSERT OR UPDATE ON " +
                   std::string(table) + " FOR EACH ROW EXECUTE FUNCTION banso_test_disk_full()";
    }
    ExpectUnavailable(WriteAccount("full"), "API write");
    ExpectUnavailable(Import("full"), "import");
    EXPECT_EQ(Ingest("full"), 503);  // nothing acknowledged
    ExpectServing();
    store::Session sql(db().pool());
    for (const char* table : {"accounts", "event_log"})
      sql << "DROP TRIGGER banso_test_disk_full ON " + std::string(table);
    sql << "DROP FUNCTION banso_test_disk_full()";
  } else {
    long long pages = Count("PRAGMA page_count"), free_pages = Count("PRAGMA freelist_count");
    ASSERT_LE(free_pages, 3) << "free pages would take the writes";
    OnEveryConnection("PRAGMA max_page_count = " + std::to_string(pages));
    ExpectUnavailable(WriteAccount("full"), "API write");
    ExpectUnavailable(Import("full"), "import");
    // The event log is not in the database: ingest is acknowledged, and applied once there is room.
    EXPECT_EQ(Ingest("full"), 200);
    acknowledged = 20;
    std::this_thread::sleep_for(300ms);  // the applier meets the full database meanwhile
    ExpectServing();
    OnEveryConnection("PRAGMA max_page_count = 1073741823");
  }
  EXPECT_EQ(Accounts("full"), 0);
  EXPECT_EQ(AuditEntries(), audit_before);
  ExpectRecovery("full", acknowledged);
  // SQLite: the applier made the group's account after all.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM accounts WHERE name = 'full group'"), postgres() ? 0 : 1);
}

TEST_P(FaultInjectionTest, ALockedDatabaseAnswers503AfterTheLockWait) {
  StartServer(300ms);
  long long audit_before = AuditEntries();
  int acknowledged = 0;
  {
    // Another process's connection holding the write lock.
    auto locker = store::Database::Open(db_->url(), 1);
    store::Session sql(locker->pool());
    if (postgres()) {
      sql << "BEGIN";
      sql << "LOCK TABLE accounts, event_log IN ACCESS EXCLUSIVE MODE";
    } else {
      sql << "BEGIN EXCLUSIVE";
    }
    ExpectUnavailable(WriteAccount("locked"), "API write");
    ExpectUnavailable(Import("locked"), "import");
    if (postgres()) {
      EXPECT_EQ(Ingest("locked"), 503);
    } else {
      EXPECT_EQ(Ingest("locked"), 200);  // the file log needs no database lock
      acknowledged = 20;
    }
    ExpectServing();
    sql << "ROLLBACK";
  }
  EXPECT_EQ(Accounts("locked"), 0);
  EXPECT_EQ(AuditEntries(), audit_before);
  ExpectRecovery("locked", acknowledged);
}

TEST_P(FaultInjectionTest, AConnectionKilledMidTransactionIsAnErrorAndTheNextRequestReconnects) {
  if (!postgres()) GTEST_SKIP() << "SQLite has no server connection to lose";
  StartServer(30s);  // the kill, not the lock wait, ends the wait
  long long audit_before = AuditEntries();
  auto locker = store::Database::Open(db_->url(), 1);
  store::Session sql(locker->pool());
  // Each write waits inside its transaction for a lock on `table`, and whoever waits for that
  // table is killed until the write is answered (the applier may be waiting on the event log too).
  auto killed = [&](const std::string& table, auto write) {
    sql << "BEGIN";
    sql << "LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE";
    auto answer = std::async(std::launch::async, write);
    long long terminated = 0;
    while (answer.wait_for(10ms) != std::future_status::ready) {
      long long n = 0;
      sql << "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_locks WHERE relation = '" + table +
                 "'::regclass AND NOT granted",
          soci::into(n);
      terminated += n;
    }
    EXPECT_GT(terminated, 0) << "no server connection was waiting for " << table;
    sql << "ROLLBACK";
    return answer.get();
  };
  ExpectUnavailable(killed("accounts", [&] { return WriteAccount("killed"); }), "API write");
  ExpectUnavailable(killed("accounts", [&] { return Import("killed"); }), "import");
  EXPECT_EQ(killed("event_log", [&] { return Ingest("killed"); }), 503);
  ExpectServing();
  EXPECT_EQ(Accounts("killed"), 0);
  EXPECT_EQ(AuditEntries(), audit_before);
  // A retry of the refused batch is stored once.
  EXPECT_EQ(Ingest("killed"), 200);
  ExpectRecovery("killed", 20);
}

TEST_P(FaultInjectionTest, AFullDiskRefusesEventsUnacknowledgedAndKeepsThoseAcknowledged) {
  if (postgres())
    GTEST_SKIP() << "PostgreSQL mode keeps the event log in the database (the full-database test)";
  StartServer();
  ASSERT_EQ(Ingest("disk"), 200);  // acknowledged before the disk fills
  // No file may grow past its size now: the next append to the log fails with EFBIG.
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit old_limit;
  getrlimit(RLIMIT_FSIZE, &old_limit);
  rlimit full = old_limit;
  full.rlim_cur = 4096;
  setrlimit(RLIMIT_FSIZE, &full);
  int refused = Ingest("disk-full");
  setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_EQ(refused, 503);
  ExpectServing();
  EXPECT_EQ(Ingest("disk-full"), 200);  // the retry, once there is room
  server_->app().events().WaitUntilApplied();
  EXPECT_EQ(EventCount("disk-full"), 20);
  ExpectRecovery("disk", 20);
}

INSTANTIATE_TEST_SUITE_P(Backends, FaultInjectionTest, ::testing::ValuesIn(Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace banso::testing
