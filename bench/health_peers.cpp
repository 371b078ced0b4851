// The SQL peers of the health rescoring target (issue 14, docs/performance.md): a representative
// set of the health measures of every account at today, computed by SQL over the tables Banso
// stores, in SQLite and in PostgreSQL. Each backend runs the queries --runs times (the median is
// reported), then its answers are compared with the engine's, as `banso health rescore
// --measures FILE` wrote them: the same value for every account, or a mismatch is counted.
//   banso_health_peers --measures FILE [--sqlite PATH] [--postgres URL] [--runs 3]
// Prints one JSON line per backend.
#include <libpq-fe.h>
#include <sqlite3.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/date.h"

namespace {

using Values = std::map<long long, double>;  // account -> value
// A measure: its name in the engine's file, its SQL per backend (rows of account, value), and
// whether an account without a row counts as 0 (counts) rather than missing.
struct PeerMeasure {
  std::string name, sqlite, postgres;
  bool absent_is_zero = false;
};

// The measures of health/measure.h that read only stored tables: 13 of 18 (usage lives in the
// rollups, and stage time against the portfolio's medians and plan progress from the plans'
// change history need more than a query can say briefly). The dates: D is today (UTC); E is the
// first ms after D; F the ms 90 days before E; Y the ms of D - 365 days.
std::vector<PeerMeasure> Measures(banso::Date d) {
  const long long end_ms = banso::Timestamp::FromDate(d.AddDays(1)).ms;
  const long long year_ms = banso::Timestamp::FromDate(d.AddDays(-365)).ms;
  const long long day_ms = 86'400'000;
  const std::string E = std::to_string(end_ms), Y = std::to_string(year_ms),
                    F = std::to_string(end_ms - 90 * day_ms), D = "'" + d.ToString() + "'";
  const std::string touch =
      "SELECT account_id, (" + E +
      " - MAX(occurred_at)) / 86400000 FROM touchpoints WHERE kind IN ('meeting', 'call', "
      "'onsite') AND occurred_at < " +
      E + " GROUP BY account_id";
  const std::string nps =
      "SELECT account_id, score FROM (SELECT account_id, score, ROW_NUMBER() OVER (PARTITION BY "
      "account_id ORDER BY responded_at DESC, id DESC) AS n FROM surveys WHERE kind = 'nps' AND "
      "responded_at < " +
      E + ") AS s WHERE n = 1";
  const std::string nps_change =
      "SELECT account_id, MAX(CASE WHEN n = 1 THEN score END) - MAX(CASE WHEN n = 2 THEN score "
      "END) FROM (SELECT account_id, score, ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY "
      "responded_at DESC, id DESC) AS n FROM surveys WHERE kind = 'nps' AND responded_at < " +
      E + ") AS s WHERE n <= 2 GROUP BY account_id HAVING COUNT(*) = 2";
  const std::string csat = "SELECT account_id, AVG(score) FROM surveys WHERE kind = 'csat' AND " +
                           ("responded_at >= " + F + " AND responded_at < " + E) +
                           " GROUP BY account_id";
  // Present contacts (a departed one without a time left before any date) who took part in a
  // touchpoint or answered a survey of their account in the 90 days to D.
  const std::string breadth =
      "SELECT c.account_id, COUNT(*) AS n FROM contacts c WHERE (c.departed = 0 OR "
      "c.departed_at >= " +
      E +
      ") AND (EXISTS (SELECT 1 FROM touchpoints t WHERE t.contact_id = c.id AND t.account_id = "
      "c.account_id AND t.occurred_at >= " +
      F + " AND t.occurred_at < " + E +
      ") OR EXISTS (SELECT 1 FROM surveys s WHERE s.contact_id = c.id AND s.account_id = "
      "c.account_id AND s.responded_at >= " +
      F + " AND s.responded_at < " + E + ")) GROUP BY c.account_id";
  const std::string single_threaded =
      "SELECT a.id, CASE WHEN COALESCE(b.n, 0) <= 1 THEN 1 ELSE 0 END FROM accounts a LEFT JOIN "
      "(" +
      breadth + ") AS b ON b.account_id = a.id";
  const std::string champion_departed =
      "SELECT account_id, 1 FROM contacts WHERE role = 'champion' AND departed = 1 AND "
      "COALESCE(departed_at, 0) < " +
      E + " AND " + E + " - COALESCE(departed_at, 0) <= " + std::to_string(180 * day_ms) +
      " GROUP BY account_id";
  const std::string self_sufficiency =
      "SELECT account_id, CASE level WHEN 'dependent' THEN 0 WHEN 'guided' THEN 1 WHEN "
      "'self_running' THEN 2 WHEN 'advocate' THEN 3 END FROM (SELECT account_id, level, "
      "ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY assessed_at DESC, id DESC) AS n FROM "
      "self_sufficiency_assessments WHERE assessed_at < " +
      E + ") AS s WHERE n = 1";
  const std::string open =
      " FROM tickets WHERE opened_at < " + E + " AND (solved_at IS NULL OR solved_at >= " + E + ")";
  const std::string open_count = "SELECT account_id, COUNT(*)" + open + " GROUP BY account_id";
  const std::string urgent = "SELECT account_id, COUNT(*)" + open +
                             " AND priority IN ('high', 'urgent') GROUP BY account_id";
  // SQLite has no median: the middle one or two ages of each account's open tickets.
  const std::string age_lite =
      "SELECT account_id, CAST(AVG(age) AS INTEGER) FROM (SELECT account_id, age, ROW_NUMBER() "
      "OVER (PARTITION BY account_id ORDER BY age) AS n, COUNT(*) OVER (PARTITION BY account_id) "
      "AS c FROM (SELECT account_id, (" +
      E + " - opened_at) / 86400000.0 AS age" + open +
      ")) WHERE n IN ((c + 1) / 2, c / 2 + 1) GROUP BY account_id";
  const std::string age_pg =
      "SELECT account_id, floor(percentile_cont(0.5) WITHIN GROUP (ORDER BY (" + E +
      " - opened_at) / 86400000.0))" + open + " GROUP BY account_id";
  const std::string active =
      " FROM contracts WHERE start_date <= " + D + " AND end_date >= " + D + " GROUP BY account_id";
  const std::string renewal_lite =
      "SELECT account_id, MIN(julianday(end_date) - julianday(" + D + "))" + active;
  const std::string renewal_pg =
      "SELECT account_id, MIN(end_date::date - " + D + "::date)" + active;
  // MRR lost to contraction in the 12 months to D over the MRR a year before, from the stored
  // movements (each account's MRR on a day is the sum of its movements up to that day).
  const std::string contraction =
      "SELECT account_id, 100.0 * SUM(CASE WHEN kind = 'contraction' AND occurred_at > " + Y +
      " THEN -mrr_delta_minor ELSE 0 END) / SUM(CASE WHEN occurred_at <= " + Y +
      " THEN mrr_delta_minor ELSE 0 END) FROM revenue_movements WHERE occurred_at < " + E +
      " GROUP BY account_id HAVING SUM(CASE WHEN occurred_at <= " + Y +
      " THEN mrr_delta_minor ELSE 0 END) > 0";
  return {
      {"days_since_meaningful_touch", touch, touch},
      {"nps_latest", nps, nps},
      {"nps_change", nps_change, nps_change},
      {"csat", csat, csat},
      {"relationship_breadth", breadth, breadth, true},
      {"single_threaded", single_threaded, single_threaded},
      {"champion_departed", champion_departed, champion_departed, true},
      {"self_sufficiency", self_sufficiency, self_sufficiency},
      {"open_tickets", open_count, open_count, true},
      {"urgent_tickets", urgent, urgent, true},
      {"ticket_median_age", age_lite, age_pg},
      {"days_to_renewal", renewal_lite, renewal_pg},
      {"contraction_12m", contraction, contraction},
  };
}

struct Backend {
  std::string name;
  std::function<Values(const std::string&)> query;
};

Backend Sqlite(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    throw std::runtime_error("sqlite: cannot open " + path);
  return {"sqlite", [db](const std::string& sql) {
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
              throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db) + ": " + sql);
            Values out;
            while (sqlite3_step(st) == SQLITE_ROW)
              if (sqlite3_column_type(st, 1) != SQLITE_NULL)
                out[sqlite3_column_int64(st, 0)] = sqlite3_column_double(st, 1);
            sqlite3_finalize(st);
            return out;
          }};
}

Backend Postgres(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK)
    throw std::runtime_error(std::string("postgres: ") + PQerrorMessage(conn));
  return {"postgresql", [conn](const std::string& sql) {
            PGresult* r = PQexec(conn, sql.c_str());
            if (PQresultStatus(r) != PGRES_TUPLES_OK)
              throw std::runtime_error(std::string("postgres: ") + PQerrorMessage(conn) + sql);
            Values out;
            for (int i = 0; i < PQntuples(r); ++i)
              if (!PQgetisnull(r, i, 1))
                out[std::stoll(PQgetvalue(r, i, 0))] = std::stod(PQgetvalue(r, i, 1));
            PQclear(r);
            return out;
          }};
}

// The engine's values: column name -> account -> value (missing values absent).
std::map<std::string, Values> ReadEngine(const std::string& path, std::vector<long long>& ids) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::string line, cell;
  std::getline(in, line);
  std::vector<std::string> names;
  for (std::istringstream header(line); std::getline(header, cell, '\t');) names.push_back(cell);
  std::map<std::string, Values> out;
  while (std::getline(in, line)) {
    std::istringstream row(line);
    std::getline(row, cell, '\t');
    const long long id = std::stoll(cell);
    ids.push_back(id);
    for (size_t c = 1; c < names.size() && std::getline(row, cell, '\t'); ++c)
      if (!cell.empty()) out[names[c]][id] = std::stod(cell);
  }
  return out;
}

bool Same(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a)); }

nlohmann::json Run(const Backend& b, const std::vector<PeerMeasure>& measures, int runs,
                   const std::map<std::string, Values>& engine, const std::vector<long long>& ids) {
  std::vector<double> seconds;
  std::map<std::string, Values> answers;
  for (int r = 0; r < runs; ++r) {
    auto t = std::chrono::steady_clock::now();
    for (const auto& m : measures)
      answers[m.name] = b.query(b.name == "sqlite" ? m.sqlite : m.postgres);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count());
  }
  long long compared = 0, mismatches = 0;
  nlohmann::json examples = nlohmann::json::array();
  for (const auto& m : measures) {
    const Values& sql = answers[m.name];
    auto it = engine.find(m.name);
    for (long long id : ids) {
      std::optional<double> e, s;
      if (it != engine.end())
        if (auto v = it->second.find(id); v != it->second.end()) e = v->second;
      if (auto v = sql.find(id); v != sql.end())
        s = v->second;
      else if (m.absent_is_zero)
        s = 0;
      ++compared;
      if (e.has_value() == s.has_value() && (!e || Same(*e, *s))) continue;
      ++mismatches;
      if (examples.size() < 5)
        examples.push_back({{"measure", m.name},
                            {"account", id},
                            {"engine", e ? nlohmann::json(*e) : nlohmann::json()},
                            {"sql", s ? nlohmann::json(*s) : nlohmann::json()}});
    }
  }
  std::vector<double> sorted = seconds;
  std::sort(sorted.begin(), sorted.end());
  return {{"backend", b.name},
          {"measures", measures.size()},
          {"accounts", ids.size()},
          {"seconds", seconds},
          {"median_s", sorted[sorted.size() / 2]},
          {"values_compared", compared},
          {"mismatches", mismatches},
          {"examples", examples}};
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("The SQL peers of health rescoring, checked against the engine's measures");
  std::string measures_file, sqlite_path, pg_url, today;
  int runs = 3;
  app.add_option("--measures", measures_file, "the engine's measures (banso health rescore)")
      ->required();
  app.add_option("--sqlite", sqlite_path, "a Banso SQLite database file");
  app.add_option("--postgres", pg_url, "a Banso PostgreSQL database URL");
  app.add_option("--today", today, "the date the engine scored at (default: today, UTC)");
  app.add_option("--runs", runs, "runs per backend (the median is reported)")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  try {
    const banso::Date d = today.empty() ? banso::Date::Today() : *banso::Date::Parse(today);
    std::vector<long long> ids;
    const auto engine = ReadEngine(measures_file, ids);
    const auto measures = Measures(d);
    if (!sqlite_path.empty())
      std::cout << Run(Sqlite(sqlite_path), measures, runs, engine, ids).dump() << std::endl;
    if (!pg_url.empty())
      std::cout << Run(Postgres(pg_url), measures, runs, engine, ids).dump() << std::endl;
  } catch (const std::exception& e) {
    std::cerr << "banso_health_peers: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
