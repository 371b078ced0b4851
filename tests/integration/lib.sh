# Shared by the integration tests (sourced): a fresh database on either backend, and a real
# `banso serve` on a free port that can be killed and started again on the same port.
#
#   new_database sqlite|postgresql   sets DB_URL (and remembers what to drop); exits 77 (skipped)
#                                    without BANSO_TEST_PG, or 1 under BANSO_REQUIRE_PG
#   start_server [PORT]              starts $BANSO on DB_URL (PORT 0 or none: the kernel picks a
#                                    free one); sets SERVER_PID, PORT, BASE_URL; waits for /healthz
#   stop_server TERM|KILL            sends the signal and waits for the process
#   cleanup_all                      stops the server, drops the PostgreSQL database, removes WORK
#                                    (kept when KEEP_WORK is set, for a look after a failure)
#
# The caller sets BANSO (the binary) and WORK (a temporary directory) first.

ADMIN_EMAIL=admin@integration.example.com
ADMIN_PASSWORD='integration-test-password-1'
SERVER_PID=""
PORT=0
PG_DB=""
SERVER_STARTS=0

log() { echo "[$(date +%H:%M:%S.%3N)] $*"; }

# 77: the PostgreSQL case cannot run here. ctest shows it as skipped (SKIP_RETURN_CODE), except
# under BANSO_REQUIRE_PG (make test), where a missing PostgreSQL is a failure, as in the C++ suites.
skip_or_fail_without_pg() {
  if [ -n "${BANSO_REQUIRE_PG:-}" ]; then
    echo "FAIL BANSO_REQUIRE_PG is set but BANSO_TEST_PG is not (run under scripts/with-postgres.sh)"
    exit 1
  fi
  echo "SKIP BANSO_TEST_PG is not set (scripts/with-postgres.sh sets it)"
  exit 77
}

new_database() {
  case "$1" in
    sqlite) DB_URL="sqlite:$WORK/banso.db" ;;
    postgresql)
      [ -n "${BANSO_TEST_PG:-}" ] || skip_or_fail_without_pg
      PG_DB="banso_integ_$(date +%s)_$$_$RANDOM"
      psql -q -v ON_ERROR_STOP=1 "$BANSO_TEST_PG" -c "CREATE DATABASE $PG_DB" >/dev/null || {
        echo "FAIL cannot create database $PG_DB"; PG_DB=""; exit 1; }
      DB_URL="${BANSO_TEST_PG%/*}/$PG_DB"
      ;;
    *) echo "unknown backend $1"; exit 2 ;;
  esac
}

start_server() {
  local want=${1:-0} attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    SERVER_STARTS=$((SERVER_STARTS + 1))
    local out="$WORK/serve.$SERVER_STARTS.log"
    "$BANSO" --db "$DB_URL" serve --host 127.0.0.1 --port "$want" --web-root "$WORK/no-web" \
      --admin-email "$ADMIN_EMAIL" --admin-password "$ADMIN_PASSWORD" >"$out" 2>&1 &
    SERVER_PID=$!
    local i
    for i in $(seq 1 600); do  # 60 s: a start replays the event log's tail before listening
      if ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
      local url
      url=$(grep -o 'Banso is running at http://127.0.0.1:[0-9]*' "$out" 2>/dev/null | head -1)
      if [ -n "$url" ]; then
        PORT=${url##*:}
        BASE_URL="http://127.0.0.1:$PORT"
        if curl -sf -o /dev/null --max-time 2 "$BASE_URL/healthz"; then return 0; fi
      fi
      sleep 0.1
    done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "FAIL banso serve did not answer /healthz within 60 s (start $SERVER_STARTS)"; cat "$out"; exit 1
    fi
    wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=""
    # The same port again after a kill: it may take a moment to be free.
    if grep -q "cannot listen" "$out" && [ "$want" != 0 ]; then sleep 0.2; continue; fi
    echo "FAIL banso serve exited during start-up (start $SERVER_STARTS):"; cat "$out"; exit 1
  done
  echo "FAIL could not start banso serve on port $want"; exit 1
}

stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  kill "-$1" "$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
  local rc=$?
  SERVER_PID=""
  return $rc
}

cleanup_all() {
  [ -z "$SERVER_PID" ] || { kill -KILL "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; }
  if [ -n "$PG_DB" ]; then
    psql -q "$BANSO_TEST_PG" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [ -n "${KEEP_WORK:-}" ]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}

# A staff API token for the first admin (created by the server's first start).
admin_token() {
  "$BANSO" --db "$DB_URL" token create --email "$ADMIN_EMAIL" --name "integration test"
}
