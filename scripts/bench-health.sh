#!/usr/bin/env bash
# The health and revenue-retention benchmark of docs/performance.md (issue 14), printed as one
# table at the end.
#
#   scripts/bench-health.sh [--quick] BUILD_DIR
#   (make bench runs it under scripts/with-postgres.sh --durable; without BANSO_TEST_PG the
#    PostgreSQL half is skipped)
#
# For SQLite and for PostgreSQL: a fresh database with `banso demo --accounts A --seed 7
# --usage-accounts U` (BENCH_HEALTH_ACCOUNTS, default 100,000; BENCH_HEALTH_USAGE_ACCOUNTS,
# default 20,000: usage events for every account would take the demo most of an hour), then
# 1. `banso health rescore --runs 5`: the engine's start, rescoring every account from memory
#    (median of 5) and the default scorecard's backtest over 24 monthly dates; it also writes
#    every account's measures today.
# 2. banso_health_peers: 13 of those 18 measures for every account by SQL over the stored tables
#    (median of 3 runs), compared value by value with the engine's.
# 3. On a `banso serve`: banso_health_freshness (1,000 events, one at a time, from acknowledgement
#    to the new score in GET /api/v1/accounts/{id}/health; the server's CPU per rescoring from
#    GET /api/v1/health/status), then banso_http_load with 8 clients over the retention and
#    cohort answers, over the account list sorted by health under tier and band filters, and
#    over the list of benchmark 1 (each owner x stage pair, sorted by name).
#
# --quick: a smoke check (2,000 accounts, short runs), about two minutes.
set -euo pipefail

quick=""
if [ "${1:-}" = "--quick" ]; then quick=yes; shift; fi
[ $# -eq 1 ] || { echo "usage: scripts/bench-health.sh [--quick] BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
banso=$build/banso
load=$build/bench/banso_http_load
peers=$build/bench/banso_health_peers
freshness=$build/bench/banso_health_freshness
for b in "$banso" "$load" "$peers" "$freshness"; do
  [ -x "$b" ] || { echo "bench-health: $b is not built (cmake --build $1)" >&2; exit 1; }
done

if [ -n "$quick" ]; then
  accounts=2000 usage_accounts=500 events=100 duration=3 warmup=1 rounds=1
else
  accounts=${BENCH_HEALTH_ACCOUNTS:-100000} usage_accounts=${BENCH_HEALTH_USAGE_ACCOUNTS:-20000}
  events=${BENCH_HEALTH_EVENTS:-1000} duration=${BENCH_DURATION:-15} warmup=3 rounds=${BENCH_ROUNDS:-3}
fi
clients=8

work=$(mktemp -d /tmp/banso-bench-health.XXXXXX)
pids=()
pg_db=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_db" ]; then psql -q "$BANSO_TEST_PG" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

log() { echo "bench-health: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# The value of a number field in a one-line JSON answer.
field() { sed -E "s/.*\"$2\":([-0-9.e+]+).*/\1/" <<<"$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

backends=(sqlite)
if [ -n "${BANSO_TEST_PG:-}" ]; then backends+=(postgresql); else log "BANSO_TEST_PG is not set: PostgreSQL is skipped"; fi
log "$accounts accounts ($usage_accounts with usage events), ${backends[*]}"

declare -A url port token rescore peer fresh
for b in "${backends[@]}"; do
  mkdir -p "$work/$b"
  if [ "$b" = sqlite ]; then
    url[$b]="sqlite:$work/$b/banso.db"
  else
    pg_db="banso_bench_health_$$"
    psql -q "$BANSO_TEST_PG" -c "CREATE DATABASE $pg_db" >/dev/null
    url[$b]="${BANSO_TEST_PG%/*}/$pg_db"
  fi
done
# One backend after the other: the demo holds a writer lock for long stretches, and two side by
# side fight over the two cores for most of it anyway.
# BENCH_HEALTH_DEMO_CACHE=DIR keeps each demo there (the SQLite file, a pg_dump) and copies it back
# on the next run with the same sizes: the 100k demo takes a quarter of an hour to load.
cache=${BENCH_HEALTH_DEMO_CACHE:-}
for b in "${backends[@]}"; do
  t0=$(now)
  kept=${cache:+$cache/$b-$accounts-$usage_accounts}
  if [ -n "$kept" ] && [ -e "$kept.done" ]; then
    if [ "$b" = sqlite ]; then
      cp "$kept.db" "$work/$b/banso.db" && cp -r "$kept.db-events" "$work/$b/banso.db-events"
    else
      pg_restore -j 2 -d "${url[$b]}" "$kept.dump"
    fi
    log "$b: demo copied from $kept in $(since "$t0") s"
    continue
  fi
  "$banso" --db "${url[$b]}" demo --accounts "$accounts" --seed 7 --usage-accounts "$usage_accounts" \
    >"$work/$b/demo.log" 2>&1 || { cat "$work/$b/demo.log" >&2; exit 1; }
  log "$b: demo loaded in $(since "$t0") s"
  if [ -n "$kept" ]; then
    mkdir -p "$cache"
    if [ "$b" = sqlite ]; then
      cp "$work/$b/banso.db" "$kept.db" && rm -rf "$kept.db-events" && cp -r "$work/$b/banso.db-events" "$kept.db-events"
    else
      pg_dump -Fc -f "$kept.dump" "${url[$b]}"
    fi
    touch "$kept.done"
  fi
done
if [ -n "$pg_db" ]; then psql -q "${url[postgresql]}" -c "VACUUM ANALYZE" >/dev/null; fi

# --- 1 and 2: the engine against SQL (no server: the CLI is the only process) -----------------
for b in "${backends[@]}"; do
  rescore[$b]=$("$banso" --db "${url[$b]}" health rescore --runs 5 --measures "$work/$b/measures.tsv" --json \
    2>"$work/$b/rescore.log" | tail -1) || { cat "$work/$b/rescore.log" >&2; exit 1; }
  log "$b: ${rescore[$b]}"
  if [ "$b" = sqlite ]; then target=(--sqlite "$work/$b/banso.db"); else target=(--postgres "${url[$b]}"); fi
  peer[$b]=$("$peers" --measures "$work/$b/measures.tsv" "${target[@]}" --runs 3)
  log "$b: ${peer[$b]}"
done

# --- 3: under a server -----------------------------------------------------------------------
for b in "${backends[@]}"; do
  : >"$work/$b/serve.log"
  "$banso" --db "${url[$b]}" serve --port 0 --db-connections 24 --web-root "$work/$b/no-web" \
    --admin-email bench@banso.local --admin-password bench-password-1 >"$work/$b/serve.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    port[$b]=$(sed -nE 's|.*running at http://127\.0\.0\.1:([0-9]+)/.*|\1|p' "$work/$b/serve.log" | head -1) || true
    [ -n "${port[$b]}" ] && break
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/$b/serve.log" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "${port[$b]}" ] || { log "$b server did not start"; exit 1; }
  token[$b]=$("$banso" --db "${url[$b]}" token create --email bench@banso.local --name bench 2>/dev/null | tail -1)
  write_key=$("$banso" --db "${url[$b]}" source create bench-health --rate-limit 100000 2>/dev/null | tail -1)
  fresh[$b]=$("$freshness" --port "${port[$b]}" --token "${token[$b]}" --write-key "$write_key" --events "$events")
  log "$b: freshness ${fresh[$b]}"
  # The account list of docs/performance.md benchmark 1 (owner x stage, sorted by name), which
  # keeps its target now that it carries health, tier and the sparkline.
  "$load" --port "${port[$b]}" --token "${token[$b]}" --discover-account-paths --sort name \
    >"$work/$b-owners-paths.txt" 2> >(sed 's/^/bench-health: /' >&2)
done

# Retention and cohorts: every period kind and cohort table, under each tier and none, over the
# last three years; the account list sorted by health under each tier and band filter.
to=$(date -u +%Y-%m) from=$(date -u -d "$(date -u +%Y-%m-01) -35 months" +%Y-%m)
for tier in "" high_touch low_touch tech_touch; do
  t=${tier:+&tier=$tier}
  for period in month quarter ttm; do echo "/api/v1/revenue/retention?period=$period&from=$from&to=$to$t"; done
  for by in month quarter; do
    for measure in revenue logos; do echo "/api/v1/revenue/cohorts?by=$by&measure=$measure$t"; done
  done
done >"$work/retention-paths.txt"
for tier in "" high_touch low_touch tech_touch; do
  for band in "" red yellow green; do
    echo "/api/v1/accounts?sort=health&limit=50${tier:+&tier=$tier}${band:+&health_band=$band}"
  done
done >"$work/list-paths.txt"
results=$work/load.tsv   # backend what p50 p99 rps errors
for r in $(seq 1 "$rounds"); do
  for b in "${backends[@]}"; do
    for what in retention list owners; do
      follow=4
      [ "$what" = retention ] && follow=0
      paths=$work/$what-paths.txt
      [ "$what" = owners ] && paths=$work/$b-owners-paths.txt
      line=$("$load" --port "${port[$b]}" --token "${token[$b]}" --paths-file "$paths" \
        --clients "$clients" --duration "$duration" --warmup "$warmup" --follow-every "$follow" \
        --label "$b/$what/round$r" 2> >(sed 's/^/bench-health: /' >&2)) || true
      [ -n "$line" ] || { log "load run $b/$what failed"; exit 1; }
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$b" "$what" "$(field "$line" p50_ms)" "$(field "$line" p99_ms)" \
        "$(field "$line" rps)" "$(field "$line" errors)" >>"$results"
    done
  done
done

# --- Table -----------------------------------------------------------------------------------
ok() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { print ((op == "le" ? v <= t : v >= t) ? "yes" : "no") }'; }
echo
echo "Health and revenue retention (issue 14): banso demo --accounts $accounts --seed 7 --usage-accounts $usage_accounts, $(date -u +%Y-%m-%d), $(nproc) cores"
echo
echo "| benchmark | backend | measured | target | ok? | detail |"
echo "|---|---|---|---|---|---|"
for b in "${backends[@]}"; do
  rs=$(field "${rescore[$b]}" rescoring_median_s) bt=$(field "${rescore[$b]}" backtest_s)
  sql=$(field "${peer[$b]}" median_s) mism=$(field "${peer[$b]}" mismatches)
  ratio=$(awk -v s="$sql" -v r="$rs" 'BEGIN { printf "%.0f", s / r }')
  printf '| rescoring every account from memory (median of 5) | %s | %.3f s | ≤ 1 s | %s | start (load, score, store) %.2f s |\n' \
    "$b" "$rs" "$(ok "$rs" 1 le)" "$(field "${rescore[$b]}" start_s)"
  printf '| SQL peer: %s measures by SQL (median of 3) / engine rescoring | %s | %s× (%.2f s) | ≥ 50× | %s | %s of %s values differ |\n' \
    "$(field "${peer[$b]}" measures)" "$b" "$ratio" "$sql" "$(awk -v r="$ratio" -v m="$mism" 'BEGIN { print (r >= 50 && m == 0) ? "yes" : "no" }')" \
    "$mism" "$(field "${peer[$b]}" values_compared)"
  printf '| backtest, 24 monthly dates | %s | %.2f s | ≤ 10 s | %s | |\n' "$b" "$bt" "$(ok "$bt" 10 le)"
  f=${fresh[$b]}
  cpu=$(sed -E 's/.*"changes":\{[^}]*"cpu_ms":\{[^}]*"p99":([-0-9.e+]+).*/\1/' <<<"$f")
  printf '| new score in the API after an event (p99 of %s) | %s | %.0f ms | ≤ 1000 ms | %s | p50 %.0f ms, max %.0f ms, %s timeouts |\n' \
    "$events" "$b" "$(field "$f" p99_ms)" "$(ok "$(field "$f" p99_ms)" 1000 le)" "$(field "$f" p50_ms)" \
    "$(field "$f" max_ms)" "$(field "$f" timeouts)"
  printf '| CPU per rescoring after a change (p99, server thread time) | %s | %.2f ms | ≤ 5 ms | %s | |\n' \
    "$b" "$cpu" "$(ok "$cpu" 5 le)"
  for what in retention list owners; do
    col() { awk -F'\t' -v b="$b" -v w="$what" -v c="$1" '$1 == b && $2 == w { print $c }' "$results" | median; }
    errors=$(awk -F'\t' -v b="$b" -v w="$what" '$1 == b && $2 == w { e += $6 } END { print e + 0 }' "$results")
    target=50
    label="retention and cohorts, $clients clients (median of $rounds rounds)"
    if [ "$what" = list ]; then target=20 label="account list sort=health, tier and band filters, $clients clients"; fi
    if [ "$what" = owners ]; then target=20 label="account list sort=name, owner and stage filters, $clients clients"; fi
    printf '| %s | %s | p99 %.1f ms | p99 ≤ %s ms | %s | p50 %.1f ms, %.0f req/s, %s errors |\n' "$label" "$b" \
      "$(col 4)" "$target" "$(awk -v p="$(col 4)" -v t="$target" -v e="$errors" 'BEGIN { print (p <= t && e == 0) ? "yes" : "no" }')" \
      "$(col 3)" "$(col 5)" "$errors"
  done
done
