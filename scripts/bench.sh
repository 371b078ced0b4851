#!/usr/bin/env bash
# The benchmarks of docs/performance.md, printed as tables at the end.
#
#   scripts/bench.sh [--quick] BUILD_DIR        (make bench runs it under scripts/with-postgres.sh)
#
# 1. Account list API under keep-alive load: for SQLite and for PostgreSQL (BANSO_TEST_PG; the
#    PostgreSQL half is skipped when it is not set), a fresh database with `banso demo`, a
#    `banso serve`, and banso_http_load with 8 clients over the owner x stage filtered list,
#    sorted by name and by renewal date. Rounds alternate between the backends and sorts, so
#    that noise from the shared machine falls on all of them alike; medians are reported.
# 2. Journey funnel (every tier x cohort filter, rounds like the list's) and the relationship map
#    of every account once, on the same servers (issue 5).
# 3. CSV import of accounts into a fresh SQLite database: `banso import accounts` against the
#    sqlite3 shell's `.import` of the same file (the peer), rounds alternating, medians.
# 4. Product-usage event ingest, rollups, memory and restart: scripts/bench-events.sh, which
#    prints its own table (about 10 more minutes; under a minute with --quick; BENCH_SKIP_EVENTS=1
#    leaves it out).
# 5. Health rescoring against SQL, freshness after an event, the backtest, revenue retention
#    and the health-sorted list under load: scripts/bench-health.sh, its own table (about 15
#    more minutes at 100k accounts; BENCH_SKIP_HEALTH=1 leaves it out; it runs alone, at a
#    smaller scale, as `scripts/with-postgres.sh --durable scripts/bench-health.sh BUILD` with
#    BENCH_HEALTH_ACCOUNTS=N).
#
# --quick: a smoke check (few accounts, short runs, one round). Full run: about 10 minutes.
set -euo pipefail

quick=""
if [ "${1:-}" = "--quick" ]; then quick=yes; shift; fi
[ $# -eq 1 ] || { echo "usage: scripts/bench.sh [--quick] BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
banso=$build/banso
load=$build/bench/banso_http_load
make_csv=$build/bench/banso_make_accounts_csv
for b in "$banso" "$load" "$make_csv"; do
  [ -x "$b" ] || { echo "bench: $b is not built (cmake --build $1)" >&2; exit 1; }
done

if [ -n "$quick" ]; then
  accounts=2000 duration=3 warmup=1 rounds=1 import_rows=10000
else
  accounts=${BENCH_ACCOUNTS:-100000} duration=${BENCH_DURATION:-15} warmup=3 rounds=${BENCH_ROUNDS:-3}
  import_rows=${BENCH_IMPORT_ROWS:-100000}
fi
clients=8
server_threads=24   # database connections: one for each client and a few to spare
p99_target_ms=20
import_target_ratio=0.5

work=$(mktemp -d /tmp/banso-bench.XXXXXX)
pids=()
pg_db=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_db" ]; then psql -q "$BANSO_TEST_PG" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

log() { echo "bench: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# The value of a number field in banso_http_load's one-line JSON.
field() { sed -E "s/.*\"$2\":([-0-9.e+]+).*/\1/" <<<"$1"; }
# Median of the numbers on stdin.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

backends=(sqlite)
if [ -n "${BANSO_TEST_PG:-}" ]; then
  backends+=(postgresql)
else
  log "BANSO_TEST_PG is not set: PostgreSQL is skipped (make bench sets it)"
fi

log "machine: $(nproc) cores, $(uname -r); $accounts accounts, $clients clients, ${duration}s x $rounds rounds"

# --- Set-up: databases with demo data, then a server per backend -----------------------------
declare -A url port token demo_s
create_database() {
  local b=$1 dir=$work/$1
  mkdir -p "$dir"
  if [ "$b" = sqlite ]; then
    url[$b]="sqlite:$dir/banso.db"
  else
    pg_db="banso_bench_$$"
    psql -q "$BANSO_TEST_PG" -c "CREATE DATABASE $pg_db" >/dev/null
    url[$b]="${BANSO_TEST_PG%/*}/$pg_db"
    log "postgresql: fsync=$(psql -tA "$BANSO_TEST_PG" -c 'SHOW fsync'), synchronous_commit=$(psql -tA "$BANSO_TEST_PG" -c 'SHOW synchronous_commit'), shared_buffers=$(psql -tA "$BANSO_TEST_PG" -c 'SHOW shared_buffers')"
  fi
}

# Writes the seconds `banso demo` took to $work/$1/demo.seconds.
load_demo() {
  local b=$1 dir=$work/$1 t0
  t0=$(now)
  "$banso" --db "${url[$b]}" demo --accounts "$accounts" --seed 1 >"$dir/demo.log" 2>&1 \
    || { echo "bench: $b: banso demo failed" >&2; cat "$dir/demo.log" >&2; return 1; }
  since "$t0" >"$dir/demo.seconds"
}

start_server() {
  local b=$1 dir=$work/$1
  # Port 0: the server takes a free port and prints it.
  : >"$dir/serve.log"
  "$banso" --db "${url[$b]}" serve --port 0 --db-connections "$server_threads" --web-root "$dir/no-web" \
    --admin-email bench@banso.local --admin-password bench-password-1 >"$dir/serve.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    port[$b]=$(sed -nE 's|.*running at http://127\.0\.0\.1:([0-9]+)/.*|\1|p' "$dir/serve.log" | head -1) || true
    [ -n "${port[$b]}" ] && break
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$dir/serve.log" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "${port[$b]}" ] || { echo "bench: $b server did not start" >&2; cat "$dir/serve.log" >&2; exit 1; }
  token[$b]=$("$banso" --db "${url[$b]}" token create --email bench@banso.local --name bench 2>"$dir/token.log" | tail -1)
  local sort
  for sort in name renewal_date; do
    "$load" --port "${port[$b]}" --token "${token[$b]}" --discover-account-paths --sort "$sort" \
      >"$dir/paths-$sort.txt" 2>"$dir/discover.log" || { cat "$dir/discover.log" >&2; exit 1; }
  done
  log "$b: serving on port ${port[$b]}; $(cat "$dir/discover.log")"
}

for b in "${backends[@]}"; do create_database "$b"; done
# The demo loads run side by side (they take minutes each; the list benchmark needs only the
# result), unless BENCH_SERIAL_DEMO=1: their times are then each alone on the machine.
log "banso demo --accounts $accounts --seed 1 into ${backends[*]}${BENCH_SERIAL_DEMO:+ (one after the other)}"
demo_pids=()
for b in "${backends[@]}"; do
  if [ -n "${BENCH_SERIAL_DEMO:-}" ]; then load_demo "$b"; else load_demo "$b" & demo_pids+=($!); fi
done
for pid in "${demo_pids[@]}"; do wait "$pid"; done
for b in "${backends[@]}"; do
  demo_s[$b]=$(cat "$work/$b/demo.seconds")
  log "$b: demo loaded in ${demo_s[$b]} s: $(tail -1 "$work/$b/demo.log" | cut -c1-100)…"
done
# What autovacuum would do shortly after a bulk load; without it the COUNT(*) of a large page's
# total reads the heap as well as the index (see docs/performance.md).
if [ -n "$pg_db" ]; then psql -q "${url[postgresql]}" -c "VACUUM ANALYZE" >/dev/null; fi
for b in "${backends[@]}"; do start_server "$b"; done

# --- Account list under load -------------------------------------------------------------
# The machine is shared: each round also measures the CPU that processes other than ours (the
# servers, their PostgreSQL cluster, the load generator) took, as a share of all cores. A round
# with much of it is noise, not Banso.
clk_tck=$(getconf CLK_TCK)
postmaster=""
if [ -n "$pg_db" ]; then
  postmaster=$(head -1 "$(psql -tA "$BANSO_TEST_PG" -c 'SHOW data_directory')/postmaster.pid" 2>/dev/null || true)
fi
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# CPU ticks of the servers and of the PostgreSQL cluster's processes (children of its postmaster).
our_ticks() {
  local ours=("${pids[@]}")
  if [ -n "$postmaster" ]; then
    ours+=("$postmaster")
    ours+=($(awk -v pm="$postmaster" '$4 == pm { print $1 }' /proc/[0-9]*/stat 2>/dev/null))
  fi
  local total=0 t
  for pid in "${ours[@]}"; do
    t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) || continue
    total=$((total + ${t:-0}))
  done
  echo "$total"
}

results=$work/list-results.tsv   # backend sort round p50 p99 rps errors other_cpu_percent
for r in $(seq 1 "$rounds"); do
  for b in "${backends[@]}"; do
    for sort in name renewal_date; do
      busy0=$(busy_ticks) ours0=$(our_ticks) t0=$(now)
      line=$("$load" --port "${port[$b]}" --token "${token[$b]}" --paths-file "$work/$b/paths-$sort.txt" \
        --clients "$clients" --duration "$duration" --warmup "$warmup" --label "$b/$sort/round$r" \
        2> >(sed 's/^/bench: /' >&2)) || true
      [ -n "$line" ] || { echo "bench: load run $b/$sort failed" >&2; exit 1; }
      other=$(awk -v busy="$(( $(busy_ticks) - busy0 ))" -v ours="$(( $(our_ticks) - ours0 ))" \
        -v client="$(field "$line" client_cpu_s)" -v hz="$clk_tck" -v cores="$(nproc)" -v secs="$(since "$t0")" \
        'BEGIN { o = (busy - ours - client * hz) / (cores * secs * hz) * 100; printf "%.0f", o < 0 ? 0 : o }')
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$b" "$sort" "$r" "$(field "$line" p50_ms)" \
        "$(field "$line" p99_ms)" "$(field "$line" rps)" "$(field "$line" errors)" "$other" >>"$results"
      log "$b/$sort/round$r: other processes took ${other}% of the CPU"
    done
  done
done

# --- Journey funnel and relationship breadth (issue 5) ---------------------------------------
# The funnel under every tier x cohort filter (year, quarter and month cohorts), in rounds like
# the list's; then the relationship map (its breadth figure) of every account, each once.
journey_results=$work/journey-results.tsv   # backend what p50 p99 rps errors
for tier in "" high_touch low_touch tech_touch; do
  for cohort in "" 2024 2025 2026 2025-Q1 2025-Q2 2025-Q3 2025-Q4 2026-Q1 2026-Q2 2026-Q3 2026-Q4 $(seq -f "2026-%02g" 1 11); do
    qs=""
    [ -n "$tier" ] && qs="tier=$tier"
    [ -n "$cohort" ] && qs="${qs:+$qs&}cohort=$cohort"
    echo "/api/v1/journey/funnel${qs:+?$qs}"
  done
done >"$work/funnel-paths.txt"
seq 1 "$accounts" | sed 's|.*|/api/v1/accounts/&/relationships|' >"$work/relationship-paths.txt"
journey_run() {  # backend what args...
  local b=$1 what=$2 line; shift 2
  line=$("$load" --port "${port[$b]}" --token "${token[$b]}" --clients "$clients" --follow-every 0 --label "$b/$what" "$@" \
    2> >(sed 's/^/bench: /' >&2)) || true
  [ -n "$line" ] || { echo "bench: load run $b/$what failed" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$b" "$what" "$(field "$line" p50_ms)" "$(field "$line" p99_ms)" \
    "$(field "$line" rps)" "$(field "$line" errors)" >>"$journey_results"
}
for r in $(seq 1 "$rounds"); do
  for b in "${backends[@]}"; do
    journey_run "$b" funnel --paths-file "$work/funnel-paths.txt" --duration "$duration" --warmup "$warmup"
  done
done
for b in "${backends[@]}"; do journey_run "$b" relationships --paths-file "$work/relationship-paths.txt" --once; done

# --- CSV import ------------------------------------------------------------------------------
csv=$work/accounts.csv
"$make_csv" --rows "$import_rows" --seed 1 >"$csv"
import_results=$work/import-results.tsv   # tool round seconds
import_skipped=""
if ! "$banso" --help | grep -qE '^ +import +'; then
  import_skipped="banso has no \`import\` command yet: only the sqlite3 peers were measured"
  log "$import_skipped"
fi
# Banso's own accounts table and indexes, for the second (informational) peer.
"$banso" --db "sqlite:$work/schema.db" migrate >/dev/null
accounts_table=$(sqlite3 "$work/schema.db" "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = 'accounts' AND type = 'table'")
accounts_indexes=$(sqlite3 "$work/schema.db" "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = 'accounts' AND type = 'index' AND sql IS NOT NULL")

count_rows() {
  local n; n=$(sqlite3 "$1" 'SELECT COUNT(*) FROM accounts')
  [ "$n" = "$import_rows" ] || { echo "bench: $2 imported $n rows, not $import_rows" >&2; exit 1; }
}
# Runs the arguments after TOOL and ROUND, and appends "TOOL ROUND SECONDS" to the results.
timed() {
  local tool=$1 r=$2 t0; shift 2
  t0=$(now)
  "$@"
  printf '%s\t%s\t%s\n' "$tool" "$r" "$(since "$t0")" >>"$import_results"
}
peer_plain() {  # the target's peer: the sqlite3 shell's .import into a new table
  sqlite3 "$1" -cmd ".mode csv" ".import $csv accounts"
}
peer_schema() {  # the same rows into Banso's accounts table: WAL, derived keys, indexes built after
  sqlite3 "$1" >/dev/null <<EOF
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
$accounts_table
.mode csv
.import $csv raw
BEGIN;
INSERT INTO accounts (name, name_kana, name_key, search_text, external_id, domain, industry,
  employee_band, country, currency, journey_stage, start_date, renewal_date, renewal_key,
  created_at, updated_at)
SELECT name, NULLIF(name_kana, ''), COALESCE(NULLIF(name_kana, ''), name),
  lower(name || ' ' || name_kana || ' ' || external_id || ' ' || domain), external_id, domain,
  industry, employee_band, country, currency, journey_stage, NULLIF(start_date, ''),
  NULLIF(renewal_date, ''), COALESCE(NULLIF(renewal_date, ''), '9999-12-31'), 0, 0 FROM raw;
DROP TABLE raw;
$accounts_indexes
COMMIT;
EOF
}
banso_import() {
  "$banso" --db "sqlite:$1" import accounts "$csv" >"$work/import.log" 2>&1 || { cat "$work/import.log" >&2; exit 1; }
}

for r in $(seq 1 "$rounds"); do
  db=$work/import-peer-$r.db
  timed "sqlite3 .import" "$r" peer_plain "$db"
  count_rows "$db" "sqlite3 .import"
  rm -f "$db"
  db=$work/import-peer-schema-$r.db
  timed "sqlite3, Banso's schema" "$r" peer_schema "$db"
  count_rows "$db" "sqlite3 into Banso's schema"
  rm -f "$db" "$db-wal" "$db-shm"
  if [ -z "$import_skipped" ]; then
    db=$work/import-banso-$r.db
    "$banso" --db "sqlite:$db" migrate >/dev/null   # the schema is set-up, not import work
    timed "banso import" "$r" banso_import "$db"
    count_rows "$db" "banso import"
    rm -f "$db" "$db-wal" "$db-shm"
  fi
done

# --- Tables ----------------------------------------------------------------------------------
echo
echo "Banso benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores; medians of $rounds round(s)"
echo "(other CPU %: the share of the machine that processes other than the benchmark's took during"
echo " a round; the machine is shared, and rounds with much of it measure the neighbours too)"
echo
echo "Account list API: GET /api/v1/accounts?owner_id=&journey_stage=&sort=…&limit=50, $clients keep-alive clients, ${duration} s per round, $accounts demo accounts"
echo
echo "| benchmark | backend | p50 ms | p99 ms | req/s | errors | target | ok? | other CPU % | quietest round: p99 ms (other CPU %) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for b in "${backends[@]}"; do
  for sort in name renewal_date; do
    col() { awk -F'\t' -v b="$b" -v s="$sort" -v c="$1" '$1 == b && $2 == s { print $c }' "$results" | median; }
    p50=$(col 4) p99=$(col 5) rps=$(col 6) other=$(col 8)
    quiet=$(awk -F'\t' -v b="$b" -v s="$sort" '$1 == b && $2 == s { print $8 "\t" $5 }' "$results" | sort -n | head -1 \
      | awk -F'\t' '{ printf "%.1f (%s)", $2, $1 }')
    errors=$(awk -F'\t' -v b="$b" -v s="$sort" '$1 == b && $2 == s { e += $7 } END { print e + 0 }' "$results")
    ok=$(awk -v p="$p99" -v t="$p99_target_ms" -v e="$errors" 'BEGIN { print (p <= t && e == 0) ? "yes" : "no" }')
    printf '| list sort=%s | %s | %.1f | %.1f | %.0f | %s | p99 ≤ %s ms | %s | %.0f | %s |\n' \
      "$sort" "$b" "$p50" "$p99" "$rps" "$errors" "$p99_target_ms" "$ok" "$other" "$quiet"
  done
done
echo
echo "Journey funnel (GET /api/v1/journey/funnel, $(wc -l <"$work/funnel-paths.txt") tier x cohort filters, ${duration} s per round, median of $rounds) and relationship map (GET /api/v1/accounts/{id}/relationships, every one of $accounts accounts once); $clients keep-alive clients"
echo
echo "| benchmark | backend | p50 ms | p99 ms | req/s | errors | target | ok? |"
echo "|---|---|---|---|---|---|---|---|"
for what in funnel relationships; do
  for b in "${backends[@]}"; do
    jcol() { awk -F'\t' -v b="$b" -v w="$what" -v c="$1" '$1 == b && $2 == w { print $c }' "$journey_results" | median; }
    p50=$(jcol 3) p99=$(jcol 4) rps=$(jcol 5)
    errors=$(awk -F'\t' -v b="$b" -v w="$what" '$1 == b && $2 == w { e += $6 } END { print e + 0 }' "$journey_results")
    ok=$(awk -v p="$p99" -v e="$errors" 'BEGIN { print (p <= 50 && e == 0) ? "yes" : "no" }')
    printf '| %s | %s | %.1f | %.1f | %.0f | %s | p99 ≤ 50 ms | %s |\n' "$what" "$b" "$p50" "$p99" "$rps" "$errors" "$ok"
  done
done
echo
echo "Demo load (banso demo --accounts $accounts --seed 1, once$([ -n "${BENCH_SERIAL_DEMO:-}" ] || [ ${#backends[@]} -lt 2 ] || echo ', both backends at the same time')):"
for b in "${backends[@]}"; do echo "  $b: ${demo_s[$b]} s"; done
echo
echo "CSV import of $import_rows accounts into a fresh SQLite database"
echo
echo "| tool | median s | rows/s | runs (s) |"
echo "|---|---|---|---|"
for tool in "banso import" "sqlite3 .import" "sqlite3, Banso's schema"; do
  runs=$(awk -F'\t' -v t="$tool" '$1 == t { print $3 }' "$import_results" | paste -sd' ' -)
  [ -n "$runs" ] || { echo "| $tool | - | - | not run |"; continue; }
  s=$(awk -F'\t' -v t="$tool" '$1 == t { print $3 }' "$import_results" | median)
  printf '| %s | %.2f | %.0f | %s |\n' "$tool" "$s" "$(awk -v n="$import_rows" -v s="$s" 'BEGIN { print n / s }')" "$runs"
done
if [ -n "$import_skipped" ]; then
  echo
  echo "ratio: not measured ($import_skipped)"
else
  col() { awk -F'\t' -v t="$1" '$1 == t { print $3 }' "$import_results" | median; }
  banso_s=$(col "banso import") peer_s=$(col "sqlite3 .import") schema_s=$(col "sqlite3, Banso's schema")
  echo
  awk -v a="$banso_s" -v p="$peer_s" -v t="$import_target_ratio" 'BEGIN {
    r = p / a; printf "ratio banso import / sqlite3 .import (rows/s): %.2f, target ≥ %.1f: %s\n", r, t, (r >= t ? "ok" : "MISSED") }'
  awk -v a="$banso_s" -v p="$schema_s" 'BEGIN {
    printf "ratio banso import / sqlite3 into Banso'"'"'s schema (rows/s): %.2f (for information)\n", p / a }'
fi

# --- Page load (issue 13): the account page in Chromium, cold and warm ---
echo
"$(dirname "$0")/bench-pageload.sh" "$build/banso" ${quick:+--runs 3} >/dev/null || echo "page load: FAILED"

# --- Event ingest (issue 4): its own script and table; the list servers are no longer needed ---
for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
pids=()
# --- Health and revenue retention (issue 14): its own script, data and table ---
echo
if [ -n "${BENCH_SKIP_HEALTH:-}" ]; then
  echo "Health and retention: skipped (BENCH_SKIP_HEALTH is set)"
else
  "$(dirname "$0")/bench-health.sh" ${quick:+--quick} "$build"
fi
echo
if [ -n "${BENCH_SKIP_EVENTS:-}" ]; then
  echo "Event ingest: skipped (BENCH_SKIP_EVENTS is set)"
else
  "$(dirname "$0")/bench-events.sh" ${quick:+--quick} "$build"
fi
