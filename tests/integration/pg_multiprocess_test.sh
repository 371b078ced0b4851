#!/usr/bin/env bash
# PostgreSQL mode with two `banso serve` processes on one database: both ingest, a retry that
# reaches the other process is stored once, exactly one holds the analytics role, and when it
# dies the other takes the role over and applies everything.
#
#   pg_multiprocess_test.sh path/to/banso
set -uo pipefail
BANSO=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

WORK=$(mktemp -d /tmp/banso-multi-test.XXXXXX)
second_pid=""
cleanup() {
  [ -z "$second_pid" ] || { kill -KILL "$second_pid" 2>/dev/null; wait "$second_pid" 2>/dev/null; }
  cleanup_all
}
trap cleanup EXIT
new_database postgresql
start_server 0
first_pid=$SERVER_PID first_url=$BASE_URL
# The second process, by hand (lib.sh tracks one).
"$BANSO" --db "$DB_URL" serve --host 127.0.0.1 --port 0 --web-root "$WORK/no-web" >"$WORK/second.log" 2>&1 &
second_pid=$!
second_url=""
for _ in $(seq 1 300); do
  second_url=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/second.log" | head -1)
  [ -n "$second_url" ] && curl -sf -o /dev/null "$second_url/healthz" && break
  sleep 0.1
done
[ -n "$second_url" ] || { echo "FAIL the second banso serve did not start"; cat "$WORK/second.log"; exit 1; }
token=$(admin_token) || { echo "FAIL banso token create"; exit 1; }
key=$("$BANSO" --db "$DB_URL" source create multi --rate-limit 1000000 2>/dev/null | tail -1)
log "two processes: $first_url and $second_url"

failures=0
check() { if eval "$2"; then log "ok   $1"; else log "FAIL $1"; failures=$((failures + 1)); fi; }
get() { curl -sf -H "Authorization: Bearer $token" "$1$2"; }
role() { get "$1" /api/v1/events/status | grep -o '"analytics_role":[a-z]*' | cut -d: -f2; }
count() { get "$1" /api/v1/events/catalog | grep -o '"count":[0-9]*,[^}]*"name":"multi_clicked"' | grep -o '"count":[0-9]*' | cut -d: -f2; }
send() {  # url first last: messages first..last, each in both processes' hands
  local items="" i
  for i in $(seq "$2" "$3"); do
    items+="${items:+,}{\"type\":\"track\",\"userId\":\"u$((i % 7))\",\"event\":\"multi_clicked\",\"messageId\":\"m$i\"}"
  done
  curl -sf -o /dev/null -u "$key:" -H 'Content-Type: application/json' -d "{\"batch\":[$items]}" "$1/v1/batch"
}

roles="$(role "$first_url") $(role "$second_url")"
check "exactly one process holds the analytics role ($roles)" '[ "$roles" = "true false" ] || [ "$roles" = "false true" ]'
# Every batch goes to both processes, as a retry that reaches another process would.
for b in $(seq 0 19); do
  send "$first_url" $((b * 50)) $((b * 50 + 49)) || failures=$((failures + 1))
  send "$second_url" $((b * 50)) $((b * 50 + 49)) || failures=$((failures + 1))
done
analytics=$first_url other=$second_url other_pid=$second_pid
[ "$(role "$first_url")" = true ] || { analytics=$second_url; other=$first_url; other_pid=$first_pid; }
for _ in $(seq 1 100); do [ "$(count "$analytics")" = 1000 ] && break; sleep 0.1; done
check "1,000 distinct messages sent twice through two processes are counted 1,000 times ($(count "$analytics"))" '[ "$(count "$analytics")" = 1000 ]'
stored=$(psql -tA "$DB_URL" -c "SELECT count(*) FROM event_log")
check "the log holds each message once ($stored rows)" '[ "$stored" = 1000 ]'

# The analytics process dies; the other takes the role over and applies what follows.
if [ "$analytics" = "$first_url" ]; then stop_server KILL; else kill -KILL "$second_pid"; wait "$second_pid" 2>/dev/null; second_pid=""; fi
send "$other" 1000 1099 || failures=$((failures + 1))
for _ in $(seq 1 300); do [ "$(role "$other")" = true ] && [ "$(count "$other")" = 1100 ] && break; sleep 0.1; done
check "the survivor took the analytics role over ($(role "$other"))" '[ "$(role "$other")" = true ]'
check "and counts all 1,100 messages ($(count "$other"))" '[ "$(count "$other")" = 1100 ]'
[ $failures -eq 0 ] || { tail -20 "$WORK"/serve.*.log "$WORK/second.log"; exit 1; }
echo "PASS"
