#pragma once
// The database behind Banso: SQLite (embedded, WAL) or PostgreSQL, through SOCI, with one
// interface for both. Modules run writes in Transact() and reads that must agree with each other in
// Read(); a single statement can use a pooled Session directly.
//
// Thread safety: Database is shared by all request threads; each Session leases its own
// connection from the pool for its lifetime.
#include <soci/soci.h>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "store/count_cache.h"
#include "store/database_error.h"

namespace banso::store {

enum class Backend { kSqlite, kPostgres };

inline constexpr std::chrono::milliseconds kDefaultLockWait{30'000};

struct DatabaseUrl {
  Backend backend = Backend::kSqlite;
  std::string sqlite_path;  // for kSqlite
  std::string pg_conninfo;  // for kPostgres: libpq keyword/value form, which SOCI 4.0 requires
  // Accepts "sqlite:PATH", "sqlite://PATH", "postgresql://..." / "postgres://..." (libpq URI).
  // Throws Invalid("db", ...) on anything else.
  static DatabaseUrl Parse(std::string_view url);
};

// A pooled connection, returned to the pool when it goes out of scope. A connection that the
// server dropped (a restart, pg_terminate_backend) is opened again when leased, so one fault
// does not leave a broken connection in the pool; Unavailable if that fails.
class Session : public soci::session {
 public:
  explicit Session(soci::connection_pool& pool);
};

// A write transaction in progress; passed to module functions that must compose into one.
class Tx {
 public:
  Tx(soci::session& sql, Backend backend) : sql_(sql), backend_(backend) {}
  soci::session& sql() { return sql_; }
  Backend backend() const { return backend_; }

 private:
  soci::session& sql_;
  Backend backend_;
};

class Database {
 public:
  // Opens pool_size connections (SQLite: creates the file and its directory, WAL mode).
  // lock_wait: how long a statement waits for a lock another connection or process holds
  // (SQLite's busy timeout, PostgreSQL's lock_timeout) before it fails as Unavailable (503).
  static std::unique_ptr<Database> Open(std::string_view url, size_t pool_size = 8,
                                        std::chrono::milliseconds lock_wait = kDefaultLockWait);
  ~Database();

  Backend backend() const { return url_.backend; }
  const DatabaseUrl& url() const { return url_; }
  size_t pool_size() const { return pool_size_; }
  soci::connection_pool& pool() { return *pool_; }

  // Runs fn(tx) inside BEGIN (SQLite: BEGIN IMMEDIATE, so writers queue instead of failing on
  // upgrade) ... COMMIT; rolls back if fn throws, and rethrows: SOCI's exceptions as
  // ThrowDatabaseError maps them, any other as it is. Returns fn's result.
  template <class Fn>
  auto Transact(Fn&& fn) -> decltype(fn(std::declval<Tx&>())) {
    return Run(std::forward<Fn>(fn),
               url_.backend == Backend::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  }

  // Runs fn(tx) inside a read-only transaction: one snapshot for all its statements, and no
  // writer lock (SQLite: a deferred BEGIN), so reads neither queue behind writers nor behind
  // each other. fn must not write.
  template <class Fn>
  auto Read(Fn&& fn) -> decltype(fn(std::declval<Tx&>())) {
    return Run(std::forward<Fn>(fn), url_.backend == Backend::kSqlite
                                         ? "BEGIN DEFERRED"
                                         : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }

  // Throws Unavailable unless the database answers a query now (the health check).
  void Ping();

  // Changes whenever a commit, by this process or another, may have changed what a read sees;
  // taken before a read, it labels the data the read saw. SQLite: PRAGMA data_version on a
  // connection that never writes; PostgreSQL: the current snapshot (xmin:xmax:in-progress), which
  // any transaction that writes anywhere in the cluster moves. nullopt when it cannot tell (an
  // in-memory SQLite database is private to each connection). PostgreSQL asks on `sql`, the
  // caller's connection, so that a caller never holds two of the pool's at once.
  std::optional<std::string> ChangeMark(soci::session& sql);
  // List totals kept under ChangeMark (store/paging.h).
  CountCache& counts() { return counts_; }

  // Runs a script of several statements through the backend's native API (used for migrations).
  void ExecScript(soci::session& sql, const std::string& script);

 private:
  Database(DatabaseUrl url, size_t pool_size);
  template <class Fn>
  auto Run(Fn&& fn, const char* begin) -> decltype(fn(std::declval<Tx&>()));

  DatabaseUrl url_;
  size_t pool_size_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::mutex watch_mu_;
  std::unique_ptr<soci::session> watch_;  // SQLite: reads data_version only
  CountCache counts_;
  std::unique_ptr<class WalCheckpointer> checkpointer_;  // SQLite file: see database.cpp
};

template <class Fn>
auto Database::Run(Fn&& fn, const char* begin) -> decltype(fn(std::declval<Tx&>())) {
  Session sql(*pool_);
  try {
    sql << begin;
  } catch (const soci::soci_error& e) {
    ThrowDatabaseError(e);
  }
  Tx tx(sql, url_.backend);
  try {
    if constexpr (std::is_void_v<decltype(fn(tx))>) {
      fn(tx);
      sql << "COMMIT";
    } else {
      auto result = fn(tx);
      sql << "COMMIT";
      return result;
    }
  } catch (const soci::soci_error& e) {
    try {
      sql << "ROLLBACK";
    } catch (...) {}
    ThrowDatabaseError(e);
  } catch (...) {
    try {
      sql << "ROLLBACK";
    } catch (...) {}
    throw;
  }
}

}  // namespace banso::store
