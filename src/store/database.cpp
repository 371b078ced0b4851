#include "store/database.h"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>

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
