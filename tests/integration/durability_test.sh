#!/usr/bin/env bash
# Durability of event ingest under kill -9: an acknowledged event is stored, and stored once.
#
#   durability_test.sh path/to/banso path/to/banso_durability_client sqlite|postgresql
#
# A counting client (durability_client.cpp) posts batches of track messages to /v1/batch from
# DURABILITY_CLIENTS keep-alive connections; every messageId is unique, some requests are
# deliberately sent again (see the client). Meanwhile `banso serve` is killed with SIGKILL
# DURABILITY_KILLS times (default 5) at random moments and started again on the same database
# and port; the client retries every failed request until it gets HTTP 200. Then the server is
# stopped cleanly and started once more, and the client checks that the event catalogue counts
# each batch's event exactly once per distinct messageId (every messageId sent was acknowledged
# in the end, so this is "acknowledged ⊆ stored, each once"), that the source's count agrees,
# and that the log itself (SQLite: the segment files; PostgreSQL: the event_log table) holds
# each messageId once.
#
# Longer runs: DURABILITY_KILLS=50 (and DURABILITY_SEED to repeat a run's random choices;
# DURABILITY_CLIENTS connections, default 4; DURABILITY_MAX_BATCHES new batches at most, default
# 60000, after which requests only repeat earlier batches).
set -uo pipefail
BANSO=$(realpath "$1")
CLIENT=$(realpath "$2")
backend=$3
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

kills=${DURABILITY_KILLS:-5}
clients=${DURABILITY_CLIENTS:-4}
seed=${DURABILITY_SEED:-$((RANDOM * 32768 + RANDOM))}
RANDOM=$seed
log "durability ($backend): $kills kills, $clients connections, seed $seed (DURABILITY_SEED=$seed repeats it)"

WORK=$(mktemp -d /tmp/banso-durability.XXXXXX)
client_pid=""
finish() {
  [ -z "$client_pid" ] || { kill "$client_pid" 2>/dev/null; wait "$client_pid" 2>/dev/null; }
  cleanup_all
}
trap finish EXIT
new_database "$backend"
start_server 0
log "banso serve on port $PORT (pid $SERVER_PID)"
token=$(admin_token 2>/dev/null) || { echo "FAIL banso token create"; exit 1; }
run="r$seed"
key=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"name\":\"durability $run\"}" "$BASE_URL/api/v1/sources" | grep -o '"write_key":"[^"]*"' | cut -d'"' -f4)
[ -n "$key" ] || { echo "FAIL could not create a source"; exit 1; }

"$CLIENT" load --port "$PORT" --write-key "$key" --state "$WORK/state.json" --stop-file "$WORK/stop" \
  --run "$run" --clients "$clients" --batch 20 --pace-ms 2 --seed "$seed" --max-batches "${DURABILITY_MAX_BATCHES:-60000}" >"$WORK/client.log" 2>&1 &
client_pid=$!

# Kill at random moments: after 0.3 to 2.3 s of serving (the client is mid-request almost
# always), and start again after 0 to 0.5 s on the same port, so that requests also meet a
# refused connection.
for k in $(seq 1 "$kills"); do
  up_ms=$((300 + RANDOM % 2000))
  sleep "$(printf '%d.%03d' $((up_ms / 1000)) $((up_ms % 1000)))"
  kill -0 "$client_pid" 2>/dev/null || { echo "FAIL the client stopped early:"; cat "$WORK/client.log"; exit 1; }
  stop_server KILL
  log "kill -9 #$k after ${up_ms} ms"
  down_ms=$((RANDOM % 500))
  sleep "$(printf '0.%03d' "$down_ms")"
  t0=$(date +%s%N)
  start_server "$PORT"
  log "  started again after ${down_ms} ms down; start-up took $(( ($(date +%s%N) - t0) / 1000000 )) ms"
done
sleep 1  # the client goes on against the last start for a while
touch "$WORK/stop"
wait "$client_pid"; rc=$?
client_pid=""
cat "$WORK/client.log"
[ $rc -eq 0 ] || { echo "FAIL the client's load did not complete"; tail -30 "$WORK"/serve.*.log; exit 1; }
grep -q '"transport_failures":[1-9]' "$WORK/client.log" || {
  echo "FAIL no request failed: the kills did not interrupt the client, so this run proves nothing"; exit 1; }

# A clean stop (a last checkpoint) and a final start, as an operator would.
stop_server TERM || { echo "FAIL banso serve did not stop cleanly on SIGTERM"; exit 1; }
start_server "$PORT"
args=()
[ "$backend" = sqlite ] && args=(--events-dir "$WORK/banso.db-events")
"$CLIENT" verify --port "$PORT" --token "$token" --state "$WORK/state.json" "${args[@]}"
rc=$?

if [ "$backend" = postgresql ]; then
  distinct=$(grep -o '"distinct_messages":[0-9]*' "$WORK/client.log" | cut -d: -f2)
  read -r rows ids < <(psql -At -F ' ' "$DB_URL" -c \
    "SELECT count(*), count(DISTINCT message_id) FROM event_log WHERE message_id LIKE 'dur-$run-%'")
  if [ "$rows" = "$distinct" ] && [ "$ids" = "$distinct" ]; then
    echo "ok   event_log table: $rows rows, one per distinct messageId"
  else
    echo "FAIL event_log table: $rows rows, $ids distinct messageIds, $distinct sent"; rc=1
  fi
fi

if grep -q '"level":"error"' "$WORK"/serve.*.log; then
  echo "FAIL the server logged errors:"; grep -h '"level":"error"' "$WORK"/serve.*.log | head -20; rc=1
fi
stop_server TERM || { echo "FAIL banso serve did not stop cleanly on SIGTERM"; rc=1; }
[ $rc -ne 0 ] || log "passed ($backend, $kills kills, seed $seed)"
exit $rc
