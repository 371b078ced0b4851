#include "store/database.h"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <condition_variable>
#include <filesystem>
#include <thread>

#include "core/error.h"

namespace banso::store {
namespace {

std::string QuoteConninfoValue(const std::string& v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "'";
}

// SOCI 4.0.3 does not accept a postgresql:// URI, so libpq parses it and we hand SOCI the
// keyword/value form.
std::string PostgresUriToConninfo(const std::string& uri) {
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(uri.c_str(), &err);
  if (!opts) {
    std::string msg = err ? err : "unparseable";
    if (err) PQfreemem(err);
    throw Invalid("db", "invalid PostgreSQL URL: " + msg);
  }
  std::string conninfo;
  for (PQconninfoOption* o = opts; o->keyword; ++o) {
    if (!o->val || !*o->val) continue;
    if (!conninfo.empty()) conninfo += ' ';
    conninfo += std::string(o->keyword) + "=" + QuoteConninfoValue(o->val);
  }
  PQconninfoFree(opts);
  return conninfo;
}

}  // namespace

DatabaseUrl DatabaseUrl::Parse(std::string_view url) {
  DatabaseUrl out;
  if (url.starts_with("sqlite://")) {
    out.sqlite_path = std::string(url.substr(9));
  } else if (url.starts_with("sqlite:")) {
    out.sqlite_path = std::string(url.substr(7));
  } else if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    out.backend = Backend::kPostgres;
    out.pg_conninfo = PostgresUriToConninfo(std::string(url));
  } else {
    throw Invalid("db", "expected sqlite:PATH or postgresql://..., got '" + std::string(url) + "'");
  }
  if (out.backend == Backend::kSqlite && out.sqlite_path.empty())
    throw Invalid("db", "sqlite: needs a file path");
  return out;
}

// SQLite checkpoints the WAL into the database file when a commit finds it over 1,000 pages,
// in the committing thread: about one commit in a hundred of the health engine's paid a few
// milliseconds for everyone's writes (the p99 of its CPU per rescoring). Pool connections turn
// that off and this thread, on a connection of its own, checkpoints what it can every 200 ms
// (PASSIVE: it never waits for readers or writers). The last connection to close still
// checkpoints the rest, as SQLite always does.
class WalCheckpointer {
 public:
  WalCheckpointer(const std::string& path, std::chrono::milliseconds lock_wait)
      : sql_(*soci::factory_sqlite3(), "db=" + path) {
    sql_ << "PRAGMA busy_timeout = " + std::to_string(lock_wait.count());
    thread_ = std::thread([this] { Run(); });
  }
  ~WalCheckpointer() {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }

 private:
  void Run() {
    std::unique_lock lock(mu_);
    while (!cv_.wait_for(lock, std::chrono::milliseconds(200), [this] { return stopping_; })) {
      try {
        sql_ << "PRAGMA wal_checkpoint(PASSIVE)";
      } catch (const std::exception&) {
        // Busy or a full disk: the next round tries again, and the WAL only grows meanwhile.
      }
    }
  }

  soci::session sql_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
  std::thread thread_;
};

Database::Database(DatabaseUrl url, size_t pool_size)
    : url_(std::move(url)), pool_size_(pool_size), pool_(new soci::connection_pool(pool_size)) {}

Database::~Database() = default;

std::unique_ptr<Database> Database::Open(std::string_view url_text, size_t pool_size,
                                         std::chrono::milliseconds lock_wait) {
  DatabaseUrl url = DatabaseUrl::Parse(url_text);
  if (url.backend == Backend::kSqlite && url.sqlite_path != ":memory:") {
    auto dir = std::filesystem::path(url.sqlite_path).parent_path();
    if (!dir.empty()) std::filesystem::create_directories(dir);
  }
  std::unique_ptr<Database> db(new Database(url, pool_size));
  try {
    for (size_t i = 0; i < pool_size; ++i) {
      soci::session& s = db->pool_->at(i);
      if (url.backend == Backend::kSqlite) {
        s.open(*soci::factory_sqlite3(), "db=" + url.sqlite_path);
        s << "PRAGMA busy_timeout = " + std::to_string(lock_wait.count());
        // WAL lets readers run beside the writer; NORMAL sync is durable across process
        // crashes in WAL mode (an OS crash may lose the last commits, as documented by SQLite).
        s << "PRAGMA journal_mode=WAL";
        s << "PRAGMA synchronous=NORMAL";
        s << "PRAGMA foreign_keys=ON";
        s << "PRAGMA cache_size=-65536";
        s << "PRAGMA temp_store=MEMORY";
        if (url.sqlite_path != ":memory:") s << "PRAGMA wal_autocheckpoint=0";  // WalCheckpointer
      } else {
        // In the connection's options, so that a connection opened again keeps it; a URL that
        // sets its own options keeps those.
        std::string conninfo = url.pg_conninfo;
        if (conninfo.find("options=") == std::string::npos)
          conninfo += " options='-c lock_timeout=" + std::to_string(lock_wait.count()) + "'";
        s.open(*soci::factory_postgresql(), conninfo);
      }
    }
    if (url.backend == Backend::kSqlite && url.sqlite_path != ":memory:") {
      db->watch_ =
          std::make_unique<soci::session>(*soci::factory_sqlite3(), "db=" + url.sqlite_path);
      *db->watch_ << "PRAGMA busy_timeout = " + std::to_string(lock_wait.count());
      db->checkpointer_ = std::make_unique<WalCheckpointer>(url.sqlite_path, lock_wait);
    }
  } catch (const soci::soci_error& e) {
    throw Unavailable(std::string("cannot open database: ") + e.what());
  }
  return db;
}

Session::Session(soci::connection_pool& pool) : soci::session(pool) {
  // libpq marks a connection bad when a call finds the server gone. SOCI's is_connected() would
  // ping the server on every lease (a round trip per query); the status costs nothing. SQLite
  // connections do not drop.
  if (get_backend_name() != "postgresql") return;
  auto* pg = static_cast<soci::postgresql_session_backend*>(get_backend());
  if (PQstatus(pg->conn_) != CONNECTION_BAD) return;
  try {
    reconnect();
  } catch (const std::exception& e) {
    throw Unavailable(std::string("the database connection was lost and cannot be opened again: ") +
                      e.what());
  }
}

void Database::Ping() {
  Session sql(pool());
  int one = 0;
  sql << "SELECT 1", soci::into(one);
  if (one != 1) throw Unavailable("the database does not answer");
}

std::optional<std::string> Database::ChangeMark(soci::session& sql) {
  try {
    if (url_.backend == Backend::kPostgres) {
      std::string snapshot;
      sql << "SELECT pg_current_snapshot()::text", soci::into(snapshot);
      return snapshot;
    }
    if (!watch_) return std::nullopt;
    std::lock_guard lock(watch_mu_);
    long long version = 0;
    *watch_ << "PRAGMA data_version", soci::into(version);
    return std::to_string(version);
  } catch (const soci::soci_error& e) {
    ThrowDatabaseError(e);
  }
}

void Database::ExecScript(soci::session& sql, const std::string& script) {
  if (url_.backend == Backend::kSqlite) {
    auto* be = static_cast<soci::sqlite3_session_backend*>(sql.get_backend());
    char* err = nullptr;
    if (sqlite_api::sqlite3_exec(be->conn_, script.c_str(), nullptr, nullptr, &err) != 0) {
      std::string msg = err ? err : "unknown error";
      sqlite_api::sqlite3_free(err);
      throw std::runtime_error("SQL script failed: " + msg);
    }
  } else {
    auto* be = static_cast<soci::postgresql_session_backend*>(sql.get_backend());
    PGresult* res = PQexec(be->conn_, script.c_str());
    auto status = PQresultStatus(res);
    std::string msg = PQresultErrorMessage(res);
    PQclear(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
      throw std::runtime_error("SQL script failed: " + msg);
  }
}

}  // namespace banso::store
