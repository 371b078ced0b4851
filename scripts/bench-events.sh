#!/usr/bin/env bash
# The event-ingest benchmark of docs/performance.md (issue 4), printed as one table at the end.
#
#   scripts/bench-events.sh [--quick] [--events N] [--level-events S] [--accounts A] [--users U]
#                           [--days D] [--seed S] [--levels 8,16,32,64] [--no-reference] BUILD_DIR
#   (make bench runs it under scripts/with-postgres.sh --durable; without BANSO_TEST_PG the
#    PostgreSQL peer is skipped)
#
# All tools generate the same Segment track events (bench/event_generator.h: seed, sizes, and
# the 90 UTC days ending yesterday), about 300 bytes of JSON each.
# 1. The peers' bare bulk load of the events the levels will send, just before them: SQLite (one
#    prepared INSERT, 10k rows per transaction, WAL, synchronous=NORMAL) and PostgreSQL (COPY
#    via libpq, a commit per 10k rows).
# 2. HTTP ingest, SQLite mode, durable: a fresh `banso serve`; banso_ingest_load sends a group
#    call for every user, then, for each concurrency level, S events in batches of 100 over
#    keep-alive connections (closed loop): events/s, p50/p99 batch latency, and the rate until
#    the rollups have applied them (the next level starts after that). Banso's rate as a ratio
#    to each peer. Then the rest of the N events at the best level: ingest's sustained rate,
#    at which the rollups' lag (sampled every 20 ms from /metrics: how long the oldest
#    acknowledged event not yet applied has waited) must stay ≤ 1 s at p99 (issue 14).
# 3. Rollups: DAU for every account and day of the window, WAU and MAU at its last day, from
#    Banso's GET /api/v1/usage/active-users (median of several calls), against the same
#    GROUP BY queries over all N events in a raw table in SQLite and in PostgreSQL; the answers
#    must be equal (and equal to an in-memory C++ reference, unless --no-reference).
# 4. Memory: VmRSS of banso serve with the N events applied, at rest (once it has packed the
#    cells the load left open; also read just after the load, and the peak). Restart: SIGTERM, then the time
#    from starting banso serve again until GET /healthz answers 200; its answers are checked
#    again after the restart.
#
# --quick: a smoke check (small population, 200k events), under a minute. The full run's
# default N is 20M events (BENCH_EVENTS_TOTAL or --events), about 7–11 minutes: the issue's 50M
# (`--events 50000000`) took 14–21 minutes on the 2-core machine, depending on other work
# (docs/performance.md), so the memory, restart and rollup targets, stated for 50M, are judged
# at 50M only with that flag.
set -euo pipefail

quick="" reference=yes
events="" level_events="" accounts="" users="" days=90 seed=1 levels=8,16,32,64 calls=""
while [ $# -gt 1 ]; do
  case $1 in
    --quick) quick=yes; shift ;;
    --events) events=$2; shift 2 ;;
    --level-events) level_events=$2; shift 2 ;;
    --accounts) accounts=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    --days) days=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --levels) levels=$2; shift 2 ;;
    --calls) calls=$2; shift 2 ;;
    --no-reference) reference=""; shift ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] || { echo "usage: scripts/bench-events.sh [--quick] [--events N] [--level-events S] [--accounts A] [--users U] [--days D] [--seed S] [--levels L,..] [--calls K] [--no-reference] BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
banso=$build/banso
load=$build/bench/banso_ingest_load
peers=$build/bench/banso_events_peers
compare=$build/bench/banso_events_compare
for b in "$banso" "$load" "$peers" "$compare"; do
  [ -x "$b" ] || { echo "bench-events: $b is not built (cmake --build $1)" >&2; exit 1; }
done

if [ -n "$quick" ]; then
  : "${accounts:=1000}" "${users:=20000}" "${level_events:=25000}" "${events:=200000}" "${calls:=3}"
else
  : "${accounts:=10000}" "${users:=200000}" "${level_events:=${BENCH_EVENTS_LEVEL:-1000000}}"
  : "${events:=${BENCH_EVENTS_TOTAL:-20000000}}" "${calls:=5}"
fi
IFS=, read -r -a level_list <<<"$levels"
measured=$((level_events * ${#level_list[@]}))   # the events the throughput levels send
[ "$events" -ge "$measured" ] || events=$measured
max_clients=$(printf '%s\n' "${level_list[@]}" | sort -n | tail -1)
server_threads=$((max_clients + 8))  # database connections: one for each client and a few to spare
last_day=$(date -u -d yesterday +%F)
space=(--seed "$seed" --accounts "$accounts" --users "$users" --days "$days" --last-day "$last_day")
# Targets (issue 4).
target_sqlite=0.8 target_pg=1.0 target_p99_ms=50 target_p99_clients=32 target_rollup=50
target_rss_mib=1024 target_restart_s=5 issue_events=50000000
target_lag_s=1  # issue 14: health is only as fresh as the rollups

work=$(mktemp -d /tmp/banso-bench-events.XXXXXX)
server_pid="" pg_db=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "$pg_db" ]; then psql -q "$BANSO_TEST_PG" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

log() { echo "bench-events: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# The value of a number field in a tool's one-line JSON.
field() { sed -E "s/.*\"$2\":([-0-9.e+]+).*/\1/" <<<"$1"; }
fmt_int() { LC_ALL=C awk -v n="$1" 'BEGIN { s = sprintf("%.0f", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]([,]|$)/, ",&", s); print s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
yes_no() { awk "BEGIN { print ($1) ? \"yes\" : \"no\" }"; }

# The machine is shared: the share of all cores that processes other than ours took while a
# phase ran (ours: banso serve, the PostgreSQL cluster's processes, and the tool, whose CPU it
# reports itself).
clk_tck=$(getconf CLK_TCK)
postmaster=""
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
our_ticks() {
  local ours=() total=0 t pid
  [ -z "$server_pid" ] || ours+=("$server_pid")
  if [ -n "$postmaster" ]; then
    ours+=("$postmaster")
    ours+=($(awk -v pm="$postmaster" '$4 == pm { print $1 }' /proc/[0-9]*/stat 2>/dev/null))
  fi
  for pid in "${ours[@]}"; do
    t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) || continue
    total=$((total + ${t:-0}))
  done
  echo "$total"
}
phase_start() { busy0=$(busy_ticks) ours0=$(our_ticks) t0=$(now); }
other_cpu() {  # after phase_start; $1: the tool's own CPU seconds
  local busy=$(( $(busy_ticks) - busy0 )) ours=$(( $(our_ticks) - ours0 ))
  awk -v busy="$busy" -v ours="$ours" -v client="$1" -v hz="$clk_tck" -v cores="$(nproc)" -v secs="$(since "$t0")" \
    'BEGIN { o = (busy - ours - client * hz) / (cores * secs * hz) * 100; printf "%.0f", o < 0 ? 0 : o }'
}

run_t0=$(now)
results=$work/results.tsv   # key \t json-or-value
put() { printf '%s\t%s\n' "$1" "$2" >>"$results"; }
get() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print v }' "$results"; }
log "machine: $(nproc) cores, $(uname -r); $events events ($measured in the levels ${levels}), $accounts accounts, $users users, $days days to $last_day, seed $seed"

# --- The peers' bare loads (just before Banso's levels, on the events the levels will send) ---
pg_url=""
if [ -n "${BANSO_TEST_PG:-}" ]; then
  pg_db="banso_events_peer_$$"
  psql -q "$BANSO_TEST_PG" -c "CREATE DATABASE $pg_db" >/dev/null
  pg_url="${BANSO_TEST_PG%/*}/$pg_db"
  postmaster=$(head -1 "$(psql -tA "$BANSO_TEST_PG" -c 'SHOW data_directory')/postmaster.pid" 2>/dev/null || true)
  log "postgresql: fsync=$(psql -tA "$BANSO_TEST_PG" -c 'SHOW fsync'), synchronous_commit=$(psql -tA "$BANSO_TEST_PG" -c 'SHOW synchronous_commit'), shared_buffers=$(psql -tA "$BANSO_TEST_PG" -c 'SHOW shared_buffers'), work_mem=$(psql -tA "$BANSO_TEST_PG" -c 'SHOW work_mem')"
else
  log "BANSO_TEST_PG is not set: the PostgreSQL peer is skipped (make bench sets it)"
fi
peer_backends=(sqlite); [ -z "$pg_url" ] || peer_backends+=(postgresql)
peer_target() { if [ "$1" = sqlite ]; then echo "$work/peer-$2.db"; else echo "$pg_url"; fi; }
for p in "${peer_backends[@]}"; do
  phase_start
  out=$("$peers" --backend "$p" --target "$(peer_target "$p" load)" "${space[@]}" --load-events "$measured" \
    2> >(sed 's/^/bench-events: /' >&2)) || { log "the $p peer's load failed"; exit 1; }
  put "$p.load" "$out"
  put "$p.load.other" "$(other_cpu "$(field "$out" client_cpu_s)")"
done
rm -f "$work"/peer-load.db*

# --- Banso ------------------------------------------------------------------------------------
have_banso=yes
if ! "$banso" --help 2>/dev/null | grep -qE '^ +source +'; then
  have_banso=""
  log "banso has no \`source\` command yet (the event ingest is not built): only the peers are measured"
fi
dir=$work/banso
mkdir -p "$dir"
db="sqlite:$dir/banso.db"
port=""
# Starts banso serve on $port (0: any free port, then read from its log); sets server_pid.
start_server() {
  "$banso" --db "$db" serve --port "${port:-0}" --db-connections "$server_threads" --web-root "$dir/no-web" \
    --admin-email bench@banso.local --admin-password bench-password-1 >>"$dir/serve.log" 2>&1 &
  server_pid=$!
}
wait_port_from_log() {
  for _ in $(seq 1 3000); do
    port=$(sed -nE 's|.*running at http://127\.0\.0\.1:([0-9]+)/.*|\1|p' "$dir/serve.log" | head -1) || true
    [ -n "$port" ] && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$dir/serve.log" >&2; exit 1; }
    sleep 0.1
  done
  log "the server did not start"; cat "$dir/serve.log" >&2; exit 1
}
# Sets healthy_s: seconds from $1 until GET /healthz answers 200 (the server listens once its
# rollups are ready).
wait_healthy() {
  for _ in $(seq 1 30000); do
    if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/healthz"; then healthy_s=$(since "$1"); return 0; fi
    kill -0 "$server_pid" 2>/dev/null || { log "banso serve exited"; tail -20 "$dir/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  log "banso serve did not answer /healthz"; exit 1
}
# SIGTERM, then wait for the exit (the server writes a last checkpoint); sets stop_s.
stop_server() {
  local t0 rc=0; t0=$(now)
  kill -TERM "$server_pid"
  wait "$server_pid" || rc=$?
  [ "$rc" -eq 0 ] || { log "banso serve exited with $rc on SIGTERM"; tail -20 "$dir/serve.log" >&2; exit 1; }
  server_pid=""
  stop_s=$(since "$t0")
}
status_field() { grep -E "^$2:" "/proc/$1/status" | awk '{ print $2 }'; }   # kB

if [ -n "$have_banso" ]; then
  "$banso" --db "$db" migrate >/dev/null
  # A source's rate limit (default 50,000 events/s, 429 above it) is a policy, not a cost: the
  # benchmark's source gets the highest allowed, and the load still honours and counts any 429.
  write_key=$("$banso" --db "$db" source create bench --rate-limit 10000000 2>/dev/null | tail -1)
  start_server
  wait_port_from_log
  token=$("$banso" --db "$db" token create --email bench@banso.local --name bench 2>"$dir/token.log" | tail -1)
  log "banso serve on port $port ($server_threads request threads), data in $dir"
  common=(--port "$port" --write-key "$write_key" --token "$token" "${space[@]}")

  line=$("$load" "${common[@]}" --groups 2> >(sed 's/^/bench-events: /' >&2) | grep '"phase":"groups"') \
    || { log "the group calls failed"; exit 1; }
  put groups "$line"

  offset=0
  for c in "${level_list[@]}"; do
    phase_start
    line=$("$load" "${common[@]}" --levels "$c" --level-events "$level_events" --first "$offset" \
      2> >(sed 's/^/bench-events: /' >&2)) || { log "the load at $c clients had failures"; exit 1; }
    put "level.$c" "$line"
    put "level.$c.other" "$(other_cpu "$(field "$line" client_cpu_s)")"
    offset=$((offset + level_events))
  done
  best=$(for c in "${level_list[@]}"; do echo "$c $(field "$(get "level.$c")" events_per_s)"; done | sort -k2 -g | tail -1 | cut -d' ' -f1)
  if [ "$events" -gt "$offset" ]; then
    log "the rest: $((events - offset)) events at $best clients"
    phase_start
    line=$("$load" "${common[@]}" --first "$offset" --total-events "$((events - offset))" --rest-clients "$best" \
      2> >(sed 's/^/bench-events: /' >&2)) || { log "the rest of the load had failures"; exit 1; }
    put rest "$line"
    put rest.other "$(other_cpu "$(field "$line" client_cpu_s)")"
  fi

  line=$("$compare" --port "$port" --token "$token" --days "$days" --last-day "$last_day" --calls "$calls" \
    --save "$work/banso.txt" 2> >(sed 's/^/bench-events: /' >&2)) || { log "the rollup query failed"; exit 1; }
  put rollup "$line"
  put busy_rss_kb "$(status_field "$server_pid" VmRSS)"
  # At rest: the server packs the usage cells that stayed unchanged for a checkpoint interval
  # (10 s), so the resident size is read once none is left open (at most a minute).
  settle_t0=$(now)
  for _ in $(seq 1 60); do
    memory=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/events/status" | sed -E 's/.*"memory":(\{[^}]*\}).*/\1/') || memory=""
    [[ "$memory" == *'"open_cells":0'* ]] && break
    sleep 1
  done
  put settle_s "$(since "$settle_t0")"
  put rss_kb "$(status_field "$server_pid" VmRSS)"
  put hwm_kb "$(status_field "$server_pid" VmHWM)"
  put disk_bytes "$(du -sb "$dir" | cut -f1)"
  log "banso serve: VmRSS $(( $(get busy_rss_kb) / 1024 )) MiB just after the load, $(( $(get rss_kb) / 1024 )) MiB at rest $(get settle_s) s later (peak $(( $(get hwm_kb) / 1024 )) MiB), $(( $(get disk_bytes) / 1048576 )) MiB on disk"
  log "banso serve's own account of its memory (bytes): $memory"

  stop_server
  put stop_s "$stop_s"
  t0=$(now)
  start_server
  wait_healthy "$t0"
  put restart_s "$healthy_s"
  log "restart: stopped in $(get stop_s) s; serving again after $(get restart_s) s"
  grep -h '"events start-up"' "$dir/serve.log" | tail -3 | sed 's/^/bench-events: restart phase: /' >&2 || true
  line=$("$compare" --port "$port" --token "$token" --days "$days" --last-day "$last_day" --calls "$calls" \
    --save "$work/banso-restarted.txt" 2> >(sed 's/^/bench-events: /' >&2)) || { log "the rollup query after the restart failed"; exit 1; }
  put rollup_restarted "$line"
  put restart_rss_kb "$(status_field "$server_pid" VmRSS)"
  stop_server
fi

# --- The peers' rollup queries over all the events -------------------------------------------
for p in "${peer_backends[@]}"; do
  out=$("$peers" --backend "$p" --target "$(peer_target "$p" rollup)" "${space[@]}" --rollup-events "$events" \
    --answers "$work/$p.txt" 2> >(sed 's/^/bench-events: /' >&2)) || { log "the $p peer's rollups failed"; exit 1; }
  put "$p.rollup" "$out"
done
rm -f "$work"/peer-rollup.db*
if [ -n "$reference" ]; then
  out=$("$peers" --backend reference "${space[@]}" --rollup-events "$events" --answers "$work/reference.txt" \
    2> >(sed 's/^/bench-events: /' >&2)) || { log "the reference failed"; exit 1; }
  put reference.rollup "$out"
fi

# --- Do the answers agree? ----------------------------------------------------------------------
answers=()
[ -z "$have_banso" ] || answers+=(--answers "$work/banso.txt" --answers "$work/banso-restarted.txt")
answers+=(--answers "$work/sqlite.txt")
[ -z "$pg_url" ] || answers+=(--answers "$work/postgresql.txt")
[ -z "$reference" ] || answers+=(--answers "$work/reference.txt")
agree=yes
( cd "$work" && "$compare" --days "$days" --last-day "$last_day" "${answers[@]//$work\//}" >/dev/null 2> >(sed 's/^/bench-events: /' >&2) ) \
  || agree=no

# --- The table --------------------------------------------------------------------------------
sqlite_rate=$(field "$(get sqlite.load)" events_per_s)
pg_rate=""; [ -z "$pg_url" ] || pg_rate=$(field "$(get postgresql.load)" events_per_s)
sqlite_q=$(field "$(get sqlite.rollup)" query_seconds)
pg_q=""; [ -z "$pg_url" ] || pg_q=$(field "$(get postgresql.rollup)" query_seconds)
# The memory, restart and rollup targets are stated for the issue's 50M events: SQL's cost grows
# with the events, Banso's rollups with accounts x days, so a smaller run proves neither way.
small=""; [ "$events" -ge "$issue_events" ] || small=yes
verdict() {  # condition [sized]: yes/no, marked when the run is smaller than the target's size
  local v; v=$(yes_no "$1")
  if [ -n "${2:-}" ] && [ -n "$small" ]; then echo "$v (at $(fmt_int "$events") events; stated for 50M)"; else echo "$v"; fi
}
pg_cell() { if [ -n "$pg_url" ]; then echo "$1"; else echo "not run"; fi; }
f1() { printf '%.1f' "$1"; }

echo
echo "Banso event ingest benchmark, $(date -u +%Y-%m-%d), $(nproc) cores; main at $(git -C "$(dirname "$0")/.." rev-parse --short HEAD 2>/dev/null || echo '?'), banso built $(date -u -r "$banso" '+%Y-%m-%d %H:%M UTC')"
echo "$(fmt_int "$events") Segment track events (~300 B of JSON each; seed $seed), $(fmt_int "$accounts") accounts, $(fmt_int "$users") users, $days days ending $last_day."
echo "Ingest: each level sends $(fmt_int "$level_events") events in batches of 100 (closed loop, keep-alive connections opened before the clock), then waits until"
echo "the rollups have applied them; the peers bulk-load the same $(fmt_int "$measured") events just before. Rollups: the peers' SQL runs over all $(fmt_int "$events") events."
echo "(other CPU %: the share of the machine that processes other than the benchmark's took during the phase: Banso's / SQLite's / PostgreSQL's)"
echo
echo "| measure | Banso | SQLite peer | PostgreSQL peer | Banso ÷ SQLite | Banso ÷ PostgreSQL | target | ok? | other CPU % |"
echo "|---|---|---|---|---|---|---|---|---|"
peer_other="$(get sqlite.load.other) / $(pg_cell "$(get postgresql.load.other)")"
if [ -n "$have_banso" ]; then
  for c in "${level_list[@]}"; do
    l=$(get "level.$c")
    rate=$(field "$l" events_per_s) p50=$(field "$l" p50_ms) p99=$(field "$l" p99_ms)
    rs=$(ratio "$rate" "$sqlite_rate") rp=$(ratio "$rate" "$pg_rate")
    cond="$rs >= $target_sqlite"; [ -z "$pg_url" ] || cond="$cond && $rp >= $target_pg"
    target="≥ ${target_sqlite}× SQLite, ≥ ${target_pg}× PostgreSQL"
    if [ "$c" = "$target_p99_clients" ]; then cond="$cond && $p99 < $target_p99_ms"; target="$target, p99 < $target_p99_ms ms"; fi
    printf '| ingest, %s clients: events/s (batch p50 / p99 ms); events/s until applied | %s (%s / %s); %s | %s | %s | %s | %s | %s | %s | %s / %s |\n' \
      "$c" "$(fmt_int "$rate")" "$(f1 "$p50")" "$(f1 "$p99")" "$(fmt_int "$(field "$l" events_per_s_until_applied)")" \
      "$(fmt_int "$sqlite_rate")" "$(pg_cell "$(fmt_int "${pg_rate:-0}")")" "$rs" "$(pg_cell "$rp")" "$target" \
      "$(yes_no "$cond")" "$(get "level.$c.other")" "$peer_other"
  done
  # The lag at ingest's sustained rate: the rest of the load (else the levels' worst).
  lag_phase=rest; [ -n "$(get rest)" ] || lag_phase=$(for c in "${level_list[@]}"; do echo "level.$c $(field "$(get "level.$c")" lag_p99_s)"; done | sort -k2 -g | tail -1 | cut -d' ' -f1)
  l=$(get "$lag_phase")
  lag_what="the rest of the load, $(fmt_int "$(field "$l" events)") events at $best clients"
  [ "$lag_phase" = rest ] || lag_what="the worst level, ${lag_phase#level.} clients"
  printf '| rollup lag while ingest runs (%s): p99 s (p50; max); events/s acknowledged; events/s until applied | %.2f (%.2f; %.2f); %s; %s | | | | | p99 ≤ %s s | %s | %s |\n' \
    "$lag_what" "$(field "$l" lag_p99_s)" "$(field "$l" lag_p50_s)" "$(field "$l" lag_max_s)" \
    "$(fmt_int "$(field "$l" events_per_s)")" "$(fmt_int "$(field "$l" events_per_s_until_applied)")" \
    "$target_lag_s" "$(yes_no "$(field "$l" lag_p99_s) <= $target_lag_s")" "$(get "$lag_phase.other")"
  r=$(get rollup)
  banso_q=$(awk -v ms="$(field "$r" median_ms)" 'BEGIN { printf "%.4f", ms / 1000 }')
  fs=$(ratio "$sqlite_q" "$banso_q") fp=$(ratio "${pg_q:-0}" "$banso_q")
  cond="$fs >= $target_rollup"; [ -z "$pg_url" ] || cond="$cond && $fp >= $target_rollup"
  [ "$agree" = yes ] || cond=0
  banso_q2=$(awk -v ms="$(field "$(get rollup_restarted)" median_ms)" 'BEGIN { printf "%.3f", ms / 1000 }')
  printf '| rollups: DAU × %s days + WAU + MAU of every account, seconds (Banso: median of %s calls; after the restart) | %.3f (%s) | %.1f | %s | %s× faster | %s | ≥ %s× faster than either, same answers | %s | |\n' \
    "$days" "$calls" "$banso_q" "$banso_q2" "$sqlite_q" "$(pg_cell "$(f1 "${pg_q:-0}")")" "$fs" \
    "$(pg_cell "${fp}× faster")" "$target_rollup" "$(verdict "$cond" sized)"
  printf '| the answers agree (Banso, Banso after restart, SQLite%s%s) | %s | | | | | equal | %s | |\n' \
    "$([ -z "$pg_url" ] || echo ', PostgreSQL')" "$([ -z "$reference" ] || echo ', C++ reference')" "$agree" "$agree"
  rss_mib=$(( $(get rss_kb) / 1024 ))
  printf '| memory: VmRSS of banso serve with %s events applied, at rest (just after the load; peak) | %s MiB (%s; %s MiB) | | | | | ≤ 1 GiB | %s | |\n' \
    "$(fmt_int "$events")" "$(fmt_int "$rss_mib")" "$(fmt_int "$(( $(get busy_rss_kb) / 1024 ))")" \
    "$(fmt_int "$(( $(get hwm_kb) / 1024 ))")" "$(verdict "$rss_mib <= $target_rss_mib" sized)"
  printf '| restart: start to GET /healthz 200 with %s events | %s s | | | | | ≤ %s s | %s | |\n' \
    "$(fmt_int "$events")" "$(get restart_s)" "$target_restart_s" "$(verdict "$(get restart_s) <= $target_restart_s" sized)"
else
  printf '| ingest: events/s | not run (no event ingest in this banso) | %s | %s | | | | | - / %s |\n' "$(fmt_int "$sqlite_rate")" \
    "$(pg_cell "$(fmt_int "${pg_rate:-0}")")" "$peer_other"
  printf '| rollups, seconds | not run | %.1f | %s | | | | | |\n' "$sqlite_q" "$(pg_cell "$(f1 "${pg_q:-0}")")"
  printf '| the answers agree (SQLite%s%s) | %s | | | | | equal | %s | |\n' \
    "$([ -z "$pg_url" ] || echo ', PostgreSQL')" "$([ -z "$reference" ] || echo ', C++ reference')" "$agree" "$agree"
fi

echo
echo "For information:"
if [ -n "$have_banso" ]; then
  g=$(get groups)
  echo "- group calls: $(fmt_int "$(field "$g" calls)") in $(f1 "$(field "$g" seconds)") s ($(fmt_int "$(field "$g" calls_per_s)")/s), p99 $(f1 "$(field "$g" p99_ms)") ms; applied $(printf '%.2f' "$(field "$g" applied_s)") s later"
  conn="" errors=0 throttled=0 rejected=0
  for c in "${level_list[@]}"; do
    l=$(get "level.$c")
    conn="$conn${conn:+, }$c: $(fmt_int "$(field "$l" connect_max_ms)") ms"
    errors=$((errors + $(field "$l" errors)))
  done
  echo "- slowest keep-alive connection set-up per level (before the clock): $conn"
  echo "- per level, p90 / max batch ms, and seconds until applied after the level: $(for c in "${level_list[@]}"; do l=$(get "level.$c"); printf '%s: %s / %s, %s s (lag p99 %s s); ' "$c" "$(f1 "$(field "$l" p90_ms)")" "$(f1 "$(field "$l" max_ms)")" "$(f1 "$(field "$l" applied_s)")" "$(printf '%.2f' "$(field "$l" lag_p99_s)")"; done | sed 's/; $//')"
  if [ -n "$(get rest)" ]; then
    l=$(get rest)
    errors=$((errors + $(field "$l" errors)))
    echo "- the rest of the load: $(fmt_int "$(field "$l" events)") events at $best clients (generated on the fly): $(fmt_int "$(field "$l" events_per_s)") events/s, p50 $(f1 "$(field "$l" p50_ms)") / p99 $(f1 "$(field "$l" p99_ms)") / max $(f1 "$(field "$l" max_ms)") ms; the rollups had applied it $(f1 "$(field "$l" applied_s)") s later ($(fmt_int "$(field "$l" events_per_s_until_applied)") events/s until applied); other CPU $(get rest.other)%"
  fi
  for k in groups rest $(for c in "${level_list[@]}"; do echo "level.$c"; done); do
    l=$(get "$k"); [ -n "$l" ] || continue
    throttled=$((throttled + $(field "$l" throttled))) rejected=$((rejected + $(field "$l" rejected)))
  done
  echo "- 429 answers (honoured): $throttled; rejected items: $rejected; transport errors or 5xx (retried): $errors"
  r=$(get rollup)
  calls_ms() { sed -E 's/.*"calls_ms":\[([^]]*)\].*/\1/' <<<"$1" | tr ',' '\n' | awk '{ printf "%s%.0f", (NR > 1 ? " " : ""), $1 }'; }
  echo "- Banso's rollup answer: $(fmt_int "$(field "$r" answer_bytes)") bytes; the calls took $(calls_ms "$r") ms; after the restart $(calls_ms "$(get rollup_restarted)") ms"
  echo "- banso on disk: $(awk -v b="$(get disk_bytes)" -v n="$events" 'BEGIN { printf "%.0f MiB, %.0f bytes per event", b / 1048576, b / n }'); SIGTERM to exit (last checkpoint): $(get stop_s) s; VmRSS after the restart: $(fmt_int "$(( $(get restart_rss_kb) / 1024 ))") MiB"
fi
for p in "${peer_backends[@]}"; do
  l=$(get "$p.load") r=$(get "$p.rollup")
  echo "- $p peer: bare load $(printf '%.0f' "$(field "$l" bytes_per_event)") bytes per event on disk; raw table of $(fmt_int "$events") events loaded in $(f1 "$(field "$r" load_db_seconds)") s; queries DAU $(f1 "$(field "$r" dau_seconds)") s, WAU $(f1 "$(field "$r" wau_seconds)") s, MAU $(f1 "$(field "$r" mau_seconds)") s$([ "$p" = postgresql ] && printf '; VACUUM ANALYZE before them %.1f s' "$(field "$r" prepare_seconds)")"
done
if [ -n "$reference" ]; then
  r=$(get reference.rollup)
  echo "- C++ in memory (sorted packed keys, the events already generated): $(printf '%.2f' "$(field "$r" query_seconds)") s for the same answers"
fi
[ -z "$small" ] || echo "- this run has $(fmt_int "$events") events, not the issue's $(fmt_int $issue_events): the rollup, memory and restart targets are stated for 50M (--events $issue_events; 14–21 minutes on this 2-core machine)"
echo "- the whole run took $(since "$run_t0") s"
[ "$agree" = yes ] || { echo; echo "THE ANSWERS DIFFER (see the mismatches above)"; exit 1; }
