// banso_events_peers: the peers of the event-ingest benchmark (docs/performance.md), on the same
// events as banso_ingest_load (bench/event_generator.h: same seed, sizes and last day).
//
// 1. Bare bulk load (--load-events M): events 0..M-1 into a table `events` holding each event's
//    columns (message_id, account, user_id, name, ts, day) and its JSON payload. No HTTP, no
//    parsing, no de-duplication, no rollups, no indexes.
//    - SQLite: WAL, synchronous=NORMAL, one prepared INSERT, a transaction per --batch rows.
//    - PostgreSQL: COPY … FROM STDIN (text format) through libpq, one COPY and so one commit per
//      --batch rows.
//    The rows of a transaction are generated before it starts; events/s counts only the time
//    spent in SQLite or libpq calls (binding or COPY-formatting included, generation excluded).
// 2. Rollup queries (--rollup-events N): events 0..N-1 into a raw table `events_raw(account,
//    user_id, day)` loaded the same way: only the columns the queries read, the narrowest table
//    they could scan (20% faster than with ts and name as well), so the peers' best case. Then,
//    over the window of --days days ending with --last-day:
//      DAU: SELECT account, day, COUNT(DISTINCT user_id) … WHERE day BETWEEN first AND last GROUP
//      BY account, day WAU: SELECT account, COUNT(DISTINCT user_id) … WHERE day BETWEEN last-6 AND
//      last GROUP BY account MAU: the same over last-29 .. last
//    timed (wall clock, rows fetched), and the answers written to --answers (rollup_answers.h).
//    PostgreSQL gets a VACUUM ANALYZE of the raw table first, as autovacuum would after a bulk
//    load (timed apart, not in the query time).
// --backend reference computes the same answers in memory in C++ (sorted packed keys), without
// a database: a cross-check of the SQL and of Banso, and a figure for information.
//
// Prints a human summary on stderr and one JSON line per phase on stdout (client_cpu_s: this
// process's CPU time so far, so that a caller can tell the share of a shared machine others took).
#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "event_generator.h"
#include "rollup_answers.h"

namespace banso::bench {
namespace {

using Clock = std::chrono::steady_clock;
double SecondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

double OwnCpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(u.ru_utime) + seconds(u.ru_stime);
}

// One transaction's rows: the events and, for the payload table, their JSON side by side.
struct Chunk {
  std::vector<Event> events;
  std::string payloads;
  std::vector<size_t> ends;  // payloads[ends[i-1], ends[i]) is event i's JSON
  std::string_view Payload(size_t i) const {
    size_t begin = i ? ends[i - 1] : 0;
    return std::string_view(payloads).substr(begin, ends[i] - begin);
  }
};

enum class Table { kPayload, kRaw };

struct Window {
  int first_day, last_day;
};

struct QueryTimes {
  double dau_s = 0, wau_s = 0, mau_s = 0;
  double Total() const { return dau_s + wau_s + mau_s; }
};

class Peer {
 public:
  virtual ~Peer() = default;
  virtual void CreateTable(Table t) = 0;
  virtual void Insert(Table t, const Chunk& chunk) = 0;  // one transaction
  virtual uint64_t TableBytes(Table t) = 0;
  virtual double PrepareForQueries() { return 0; }  // seconds
  // Fills by_account (index = account number - 1, DAU rows already sized to the window).
  virtual QueryTimes Query(const Window& w, std::vector<AccountActivity>& by_account) = 0;
};

// --- SQLite ---------------------------------------------------------------------------------

class SqlitePeer : public Peer {
 public:
  explicit SqlitePeer(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) Fail("open " + path);
    Exec("PRAGMA journal_mode=WAL");
    Exec("PRAGMA synchronous=NORMAL");
  }
  ~SqlitePeer() override {
    for (auto* s : {insert_payload_, insert_raw_}) sqlite3_finalize(s);
    sqlite3_close(db_);
  }

  void CreateTable(Table t) override {
    if (t == Table::kPayload) {
      Exec("DROP TABLE IF EXISTS events");
      Exec(
          "CREATE TABLE events (message_id TEXT NOT NULL, account INTEGER NOT NULL, user_id "
          "INTEGER NOT NULL, "
          "name TEXT NOT NULL, ts INTEGER NOT NULL, day INTEGER NOT NULL, payload TEXT NOT NULL)");
      insert_payload_ = Prepare("INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    } else {
      Exec("DROP TABLE IF EXISTS events_raw");
      Exec(
          "CREATE TABLE events_raw (account INTEGER NOT NULL, user_id INTEGER NOT NULL, day "
          "INTEGER NOT NULL)");
      insert_raw_ = Prepare("INSERT INTO events_raw VALUES (?1, ?2, ?3)");
    }
  }

  void Insert(Table t, const Chunk& chunk) override {
    Exec("BEGIN");
    const auto& names = EventNames();
    std::string id;
    for (size_t i = 0; i < chunk.events.size(); ++i) {
      const Event& e = chunk.events[i];
      sqlite3_stmt* s;
      if (t == Table::kPayload) {
        s = insert_payload_;
        id.clear();
        AppendMessageId(e.id_hi, e.id_lo, id);
        auto payload = chunk.Payload(i);
        sqlite3_bind_text(s, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
        sqlite3_bind_int(s, 2, static_cast<int>(e.account + 1));
        sqlite3_bind_int(s, 3, static_cast<int>(e.user + 1));
        sqlite3_bind_text(s, 4, names[e.name].data(), static_cast<int>(names[e.name].size()),
                          SQLITE_STATIC);
        sqlite3_bind_int64(s, 5, e.ts_ms);
        sqlite3_bind_int(s, 6, e.day);
        sqlite3_bind_text(s, 7, payload.data(), static_cast<int>(payload.size()), SQLITE_STATIC);
      } else {
        s = insert_raw_;
        sqlite3_bind_int(s, 1, static_cast<int>(e.account + 1));
        sqlite3_bind_int(s, 2, static_cast<int>(e.user + 1));
        sqlite3_bind_int(s, 3, e.day);
      }
      if (sqlite3_step(s) != SQLITE_DONE) Fail("insert");
      sqlite3_reset(s);
    }
    Exec("COMMIT");
  }

  uint64_t TableBytes(Table t) override {
    // Pages of the table after a checkpoint: the sum of its b-tree pages is not available
    // without dbstat, so count the file's pages minus those of the other table (each table is
    // loaded into the file on its own, one after the other).
    Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    uint64_t pages = static_cast<uint64_t>(ScalarInt("PRAGMA page_count"));
    uint64_t bytes = pages * static_cast<uint64_t>(ScalarInt("PRAGMA page_size"));
    uint64_t table_bytes = bytes - bytes_before_;
    bytes_before_ = bytes;
    return table_bytes;
  }

  QueryTimes Query(const Window& w, std::vector<AccountActivity>& by_account) override {
    QueryTimes times;
    auto t0 = Clock::now();
    Rows(
        "SELECT account, day, COUNT(DISTINCT user_id) FROM events_raw WHERE day BETWEEN ?1 AND ?2 "
        "GROUP BY account, day",
        w.first_day, w.last_day, [&](sqlite3_stmt* s) {
          AccountActivity& a = by_account.at(static_cast<size_t>(sqlite3_column_int(s, 0) - 1));
          a.dau.at(static_cast<size_t>(sqlite3_column_int(s, 1) - w.first_day)) =
              static_cast<uint32_t>(sqlite3_column_int(s, 2));
        });
    times.dau_s = SecondsSince(t0);
    for (int span : {7, 30}) {
      t0 = Clock::now();
      Rows(
          "SELECT account, COUNT(DISTINCT user_id) FROM events_raw WHERE day BETWEEN ?1 AND ?2 "
          "GROUP BY account",
          w.last_day - span + 1, w.last_day, [&](sqlite3_stmt* s) {
            AccountActivity& a = by_account.at(static_cast<size_t>(sqlite3_column_int(s, 0) - 1));
            (span == 7 ? a.wau : a.mau) = static_cast<uint32_t>(sqlite3_column_int(s, 1));
          });
      (span == 7 ? times.wau_s : times.mau_s) = SecondsSince(t0);
    }
    return times;
  }

 private:
  [[noreturn]] void Fail(const std::string& what) {
    throw std::runtime_error("sqlite: " + what + ": " + (db_ ? sqlite3_errmsg(db_) : "?"));
  }
  void Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "?";
      sqlite3_free(err);
      throw std::runtime_error(std::string("sqlite: ") + sql + ": " + msg);
    }
  }
  sqlite3_stmt* Prepare(const char* sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &s, nullptr) != SQLITE_OK) Fail(sql);
    return s;
  }
  long long ScalarInt(const char* sql) {
    long long v = 0;
    Rows(
        sql, 0, 0, [&](sqlite3_stmt* s) { v = sqlite3_column_int64(s, 0); }, false);
    return v;
  }
  template <typename F>
  void Rows(const char* sql, int a, int b, F&& on_row, bool bind = true) {
    sqlite3_stmt* s = Prepare(sql);
    if (bind) {
      sqlite3_bind_int(s, 1, a);
      sqlite3_bind_int(s, 2, b);
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) on_row(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) Fail(sql);
  }

  sqlite3* db_ = nullptr;
  sqlite3_stmt* insert_payload_ = nullptr;
  sqlite3_stmt* insert_raw_ = nullptr;
  uint64_t bytes_before_ = 0;
};

// --- PostgreSQL -----------------------------------------------------------------------------

class PostgresPeer : public Peer {
 public:
  explicit PostgresPeer(const std::string& conninfo) : conn_(PQconnectdb(conninfo.c_str())) {
    if (PQstatus(conn_) != CONNECTION_OK) Fail("connect");
    PQsetNoticeProcessor(
        conn_, [](void*, const char*) {}, nullptr);  // "table does not exist, skipping"
  }
  ~PostgresPeer() override { PQfinish(conn_); }

  void CreateTable(Table t) override {
    if (t == Table::kPayload) {
      Exec("DROP TABLE IF EXISTS events");
      Exec(
          "CREATE TABLE events (message_id text NOT NULL, account integer NOT NULL, user_id "
          "integer NOT NULL, "
          "name text NOT NULL, ts bigint NOT NULL, day integer NOT NULL, payload text NOT NULL)");
    } else {
      Exec("DROP TABLE IF EXISTS events_raw");
      Exec(
          "CREATE TABLE events_raw (account integer NOT NULL, user_id integer NOT NULL, day "
          "integer NOT NULL)");
    }
  }

  void Insert(Table t, const Chunk& chunk) override {
    buffer_.clear();
    const auto& names = EventNames();
    for (size_t i = 0; i < chunk.events.size(); ++i) {
      const Event& e = chunk.events[i];
      if (t == Table::kPayload) {
        AppendMessageId(e.id_hi, e.id_lo, buffer_);
        buffer_ += '\t';
      }
      AppendNumber(e.account + 1);
      buffer_ += '\t';
      AppendNumber(e.user + 1);
      buffer_ += '\t';
      if (t == Table::kPayload) {
        buffer_ += names[e.name];
        buffer_ += '\t';
        AppendNumber(e.ts_ms);
        buffer_ += '\t';
        AppendNumber(e.day);
        buffer_ += '\t';
        AppendCopyEscaped(chunk.Payload(i));
      } else {
        AppendNumber(e.day);
      }
      buffer_ += '\n';
    }
    PGresult* r = PQexec(
        conn_, t == Table::kPayload ? "COPY events FROM STDIN" : "COPY events_raw FROM STDIN");
    if (PQresultStatus(r) != PGRES_COPY_IN) {
      PQclear(r);
      Fail("COPY");
    }
    PQclear(r);
    if (PQputCopyData(conn_, buffer_.data(), static_cast<int>(buffer_.size())) != 1 ||
        PQputCopyEnd(conn_, nullptr) != 1)
      Fail("COPY data");
    bool ok = true;
    while ((r = PQgetResult(conn_)) != nullptr) {
      ok = ok && PQresultStatus(r) == PGRES_COMMAND_OK;
      PQclear(r);
    }
    if (!ok) Fail("COPY end");
  }

  uint64_t TableBytes(Table t) override {
    return std::stoull(Scalar(t == Table::kPayload
                                  ? "SELECT pg_total_relation_size('events')"
                                  : "SELECT pg_total_relation_size('events_raw')"));
  }

  double PrepareForQueries() override {
    auto t0 = Clock::now();
    Exec("VACUUM ANALYZE events_raw");
    return SecondsSince(t0);
  }

  QueryTimes Query(const Window& w, std::vector<AccountActivity>& by_account) override {
    QueryTimes times;
    auto t0 = Clock::now();
    Rows(
        "SELECT account, day, COUNT(DISTINCT user_id) FROM events_raw WHERE day BETWEEN $1 AND $2 "
        "GROUP BY account, day",
        w.first_day, w.last_day, [&](PGresult* r, int row) {
          AccountActivity& a = by_account.at(static_cast<size_t>(Int(r, row, 0) - 1));
          a.dau.at(static_cast<size_t>(Int(r, row, 1) - w.first_day)) =
              static_cast<uint32_t>(Int(r, row, 2));
        });
    times.dau_s = SecondsSince(t0);
    for (int span : {7, 30}) {
      t0 = Clock::now();
      Rows(
          "SELECT account, COUNT(DISTINCT user_id) FROM events_raw WHERE day BETWEEN $1 AND $2 "
          "GROUP BY account",
          w.last_day - span + 1, w.last_day, [&](PGresult* r, int row) {
            AccountActivity& a = by_account.at(static_cast<size_t>(Int(r, row, 0) - 1));
            (span == 7 ? a.wau : a.mau) = static_cast<uint32_t>(Int(r, row, 1));
          });
      (span == 7 ? times.wau_s : times.mau_s) = SecondsSince(t0);
    }
    return times;
  }

 private:
  [[noreturn]] void Fail(const std::string& what) {
    throw std::runtime_error("postgresql: " + what + ": " + PQerrorMessage(conn_));
  }
  void Exec(const char* sql) {
    PGresult* r = PQexec(conn_, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) Fail(sql);
  }
  std::string Scalar(const char* sql) {
    PGresult* r = PQexec(conn_, sql);
    bool ok = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1;
    std::string v = ok ? PQgetvalue(r, 0, 0) : "";
    PQclear(r);
    if (!ok) Fail(sql);
    return v;
  }
  static int Int(PGresult* r, int row, int col) { return std::atoi(PQgetvalue(r, row, col)); }
  template <typename F>
  void Rows(const char* sql, int a, int b, F&& on_row) {
    std::string sa = std::to_string(a), sb = std::to_string(b);
    const char* params[] = {sa.c_str(), sb.c_str()};
    PGresult* r = PQexecParams(conn_, sql, 2, nullptr, params, nullptr, nullptr, 0);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
      PQclear(r);
      Fail(sql);
    }
    for (int row = 0, n = PQntuples(r); row < n; ++row) on_row(r, row);
    PQclear(r);
  }
  template <typename T>
  void AppendNumber(T v) {
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    buffer_.append(buf, res.ptr);
  }
  void AppendCopyEscaped(std::string_view s) {  // COPY text format: backslash, tab, newline, CR
    for (char c : s) {
      switch (c) {
        case '\\': buffer_ += "\\\\"; break;
        case '\t': buffer_ += "\\t"; break;
        case '\n': buffer_ += "\\n"; break;
        case '\r': buffer_ += "\\r"; break;
        default: buffer_ += c;
      }
    }
  }

  PGconn* conn_;
  std::string buffer_;
};

// --- The in-memory reference ------------------------------------------------------------------

// Distinct (account, day, user) and (account, user) keys, sorted: the answers without a database.
QueryTimes ReferenceAnswers(const EventGenerator& gen, uint64_t n, const Window& w,
                            std::vector<AccountActivity>& by_account, double& collect_s) {
  auto t0 = Clock::now();
  std::vector<uint64_t> keys;  // account (20 bits) | day offset (12 bits) | user (32 bits)
  keys.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    Event e = gen.Make(i);
    if (e.day < w.first_day || e.day > w.last_day) continue;
    keys.push_back(static_cast<uint64_t>(e.account) << 44 |
                   static_cast<uint64_t>(e.day - w.first_day) << 32 | e.user);
  }
  collect_s = SecondsSince(t0);
  QueryTimes times;
  t0 = Clock::now();
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (uint64_t k : keys) ++by_account[k >> 44].dau[(k >> 32) & 0xFFF];
  times.dau_s = SecondsSince(t0);
  for (int span : {7, 30}) {
    t0 = Clock::now();
    uint64_t from = static_cast<uint64_t>(w.last_day - span + 1 - w.first_day);
    std::vector<uint64_t> pairs;  // account | user, of the keys in the span
    for (uint64_t k : keys)
      if (((k >> 32) & 0xFFF) >= from) pairs.push_back((k >> 44) << 32 | (k & 0xFFFFFFFF));
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (uint64_t p : pairs) ++(span == 7 ? by_account[p >> 32].wau : by_account[p >> 32].mau);
    (span == 7 ? times.wau_s : times.mau_s) = SecondsSince(t0);
  }
  return times;
}

// --- Loading --------------------------------------------------------------------------------

struct LoadTimes {
  double db_s = 0, wall_s = 0;
};

LoadTimes Load(Peer& peer, Table table, const EventGenerator& gen, uint64_t n, uint64_t batch) {
  LoadTimes times;
  auto wall0 = Clock::now();
  peer.CreateTable(table);
  Chunk chunk;
  for (uint64_t start = 0; start < n; start += batch) {
    uint64_t end = std::min(n, start + batch);
    chunk.events.clear();
    chunk.payloads.clear();
    chunk.ends.clear();
    for (uint64_t i = start; i < end; ++i) {
      chunk.events.push_back(gen.Make(i));
      if (table == Table::kPayload) {
        gen.AppendTrackJson(chunk.events.back(), chunk.payloads);
        chunk.ends.push_back(chunk.payloads.size());
      }
    }
    auto t0 = Clock::now();
    peer.Insert(table, chunk);
    times.db_s += SecondsSince(t0);
  }
  times.wall_s = SecondsSince(wall0);
  return times;
}

}  // namespace
}  // namespace banso::bench

int main(int argc, char** argv) {
  using namespace banso::bench;
  EventSpace space;
  std::string last_day, backend, target, answers_path, label;
  uint64_t load_events = 0, rollup_events = 0, batch = 10000;
  CLI::App app(
      "The event-ingest benchmark's peers: bare bulk loads and rollup SQL on SQLite and "
      "PostgreSQL");
  app.add_option("--backend", backend,
                 "sqlite, postgresql or reference (in-memory C++, no database)")
      ->required()
      ->check(CLI::IsMember({"sqlite", "postgresql", "reference"}));
  app.add_option("--target", target,
                 "the SQLite file, or the PostgreSQL connection string (libpq URI or key=value)");
  app.add_option("--seed", space.seed)->capture_default_str();
  app.add_option("--accounts", space.accounts)->capture_default_str();
  app.add_option("--users", space.users)->capture_default_str();
  app.add_option("--days", space.days)->capture_default_str();
  app.add_option("--last-day", last_day, "YYYY-MM-DD, the newest day (default: yesterday, UTC)");
  app.add_option("--load-events", load_events, "bare bulk load of events 0..M-1, timed")
      ->capture_default_str();
  app.add_option("--rollup-events", rollup_events,
                 "load events 0..N-1 into the raw table and run the rollup queries")
      ->capture_default_str();
  app.add_option("--batch", batch, "rows per transaction (per COPY on PostgreSQL)")
      ->capture_default_str();
  app.add_option("--answers", answers_path, "write the rollup answers to this file");
  app.add_option("--label", label, "name of this peer in the output (default: the backend)");
  CLI11_PARSE(app, argc, argv);
  if (label.empty()) label = backend;

  try {
    space.last_day = last_day.empty() ? TodayUtc() - 1 : ParseDate(last_day);
    EventGenerator gen(space);
    Window window{space.first_day(), space.last_day};
    std::unique_ptr<Peer> peer;
    if (backend != "reference") {
      if (target.empty()) throw std::invalid_argument("--target is required for " + backend);
      if (backend == "sqlite")
        peer = std::make_unique<SqlitePeer>(target);
      else
        peer = std::make_unique<PostgresPeer>(target);
    }

    if (load_events > 0 && peer) {
      LoadTimes t = Load(*peer, Table::kPayload, gen, load_events, batch);
      uint64_t bytes = peer->TableBytes(Table::kPayload);
      double rate = load_events / t.db_s;
      std::fprintf(stderr,
                   "%s: bare load of %llu events: %.2f s in the database (%.2f s with generation), "
                   "%.0f events/s, %.0f bytes on disk per event\n",
                   label.c_str(), static_cast<unsigned long long>(load_events), t.db_s, t.wall_s,
                   rate, double(bytes) / load_events);
      std::cout << nlohmann::json{{"peer", label},
                                  {"phase", "load"},
                                  {"events", load_events},
                                  {"batch", batch},
                                  {"db_seconds", t.db_s},
                                  {"wall_seconds", t.wall_s},
                                  {"events_per_s", rate},
                                  {"bytes_per_event", double(bytes) / load_events},
                                  {"client_cpu_s", OwnCpuSeconds()}}
                       .dump()
                << std::endl;
    }

    if (rollup_events > 0) {
      RollupAnswers answers;
      answers.first_day = window.first_day;
      answers.last_day = window.last_day;
      nlohmann::json line = {{"peer", label},
                             {"phase", "rollup"},
                             {"events", rollup_events},
                             {"first_day", DateString(window.first_day)},
                             {"last_day", DateString(window.last_day)}};
      QueryTimes q;
      std::vector<AccountActivity> by_account(space.accounts);
      for (auto& a : by_account) a.dau.assign(static_cast<size_t>(space.days), 0);
      if (peer) {
        LoadTimes t = Load(*peer, Table::kRaw, gen, rollup_events, batch);
        line["load_db_seconds"] = t.db_s;
        line["load_wall_seconds"] = t.wall_s;
        line["bytes_per_event"] = double(peer->TableBytes(Table::kRaw)) / rollup_events;
        line["prepare_seconds"] = peer->PrepareForQueries();
        q = peer->Query(window, by_account);
      } else {
        double collect_s = 0;
        q = ReferenceAnswers(gen, rollup_events, window, by_account, collect_s);
        line["collect_seconds"] = collect_s;
      }
      for (uint32_t a = 0; a < by_account.size(); ++a)
        if (!by_account[a].Empty())
          answers.accounts.emplace(AccountExternalId(a), std::move(by_account[a]));
      line["dau_seconds"] = q.dau_s;
      line["wau_seconds"] = q.wau_s;
      line["mau_seconds"] = q.mau_s;
      line["query_seconds"] = q.Total();
      line["client_cpu_s"] = OwnCpuSeconds();
      line["accounts"] = answers.accounts.size();
      line["user_days"] = answers.TotalUserDays();
      if (!answers_path.empty()) answers.Write(answers_path);
      std::fprintf(stderr,
                   "%s: rollups over %llu events (%s..%s): DAU %.2f s, WAU %.2f s, MAU %.2f s, "
                   "total %.2f s; "
                   "%zu accounts, %llu active user-days\n",
                   label.c_str(), static_cast<unsigned long long>(rollup_events),
                   DateString(window.first_day).c_str(), DateString(window.last_day).c_str(),
                   q.dau_s, q.wau_s, q.mau_s, q.Total(), answers.accounts.size(),
                   static_cast<unsigned long long>(answers.TotalUserDays()));
      std::cout << line.dump() << std::endl;
    }
  } catch (const std::exception& e) {
    std::cerr << "banso_events_peers: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
