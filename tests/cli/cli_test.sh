#!/usr/bin/env bash
# Operator-facing behaviour of the banso binary. Usage: cli_test.sh path/to/banso
set -uo pipefail
banso=$1
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
failures=0
check() {  # check "description" command...
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}
db="sqlite:$work/main.db"

# Users and tokens: the token is printed alone on its own line.
"$banso" --db "$db" user create --email ops@example.com --name Ops --role admin --password 'long-enough-pw' >/dev/null
token=$("$banso" --db "$db" token create --email ops@example.com --name ci)
check "token create prints one bns_ token line" bash -c '[[ "$0" =~ ^bns_[A-Za-z0-9_-]{40,}$ ]]' "$token"
check "token create for an unknown user fails" bash -c '! "$0" --db "$1" token create --email nobody@example.com --name x 2>/dev/null' "$banso" "$db"
check "a weak password is refused with the field named" bash -c \
  '"$0" --db "$1" user create --email w@example.com --name W --password short 2>&1 | grep -q "password"' "$banso" "$db"

# Staff management: offboarding from the shell ends the user's access, and each step is audited.
"$banso" --db "$db" user create --email leaver@example.com --name Leaver --role csm >"$work/leaver.txt"
check "user create without --password prints a one-time password" grep -q "^one-time password: " "$work/leaver.txt"
leaver_token=$("$banso" --db "$db" token create --email leaver@example.com --name laptop)
check "user list shows the user active" bash -c '"$0" --db "$1" user list | grep -qP "\tleaver@example.com\tcsm\tactive\t"' "$banso" "$db"
"$banso" user set-role --email leaver@example.com --role viewer --db "$db" >/dev/null
check "user set-role changes the role" bash -c '"$0" --db "$1" user list | grep -qP "leaver@example.com\tviewer"' "$banso" "$db"
check "user set-role refuses an unknown role" bash -c \
  '! "$0" --db "$1" user set-role --email leaver@example.com --role boss 2>/dev/null' "$banso" "$db"
check "token list shows the token active" bash -c '"$0" --db "$1" token list --email leaver@example.com | grep -qP "\tactive\t.*\tlaptop$"' "$banso" "$db"
"$banso" user disable --db "$db" --email leaver@example.com >/dev/null
check "user disable marks the user disabled" bash -c '"$0" --db "$1" user list | grep -qP "leaver@example.com\tviewer\tdisabled"' "$banso" "$db"
check "and revokes their tokens" bash -c '"$0" --db "$1" token list --email leaver@example.com | grep -qP "\trevoked\t.*\tlaptop$"' "$banso" "$db"
"$banso" --db "$db" user enable --email leaver@example.com >/dev/null
check "user enable restores the user" bash -c '"$0" --db "$1" user list | grep -qP "leaver@example.com\tviewer\tactive"' "$banso" "$db"
check "reset-password refuses a weak password" bash -c \
  '! "$0" --db "$1" user reset-password --email leaver@example.com --password password12 2>/dev/null' "$banso" "$db"
check "reset-password prints a one-time password" bash -c \
  '"$0" --db "$1" user reset-password --email leaver@example.com | grep -q "^one-time password: "' "$banso" "$db"
check "end-sessions reports what it ended" bash -c \
  '"$0" --db "$1" user end-sessions --email leaver@example.com | grep -q "^ended 0 session"' "$banso" "$db"
check "unlock clears the sign-in delay" bash -c '"$0" --db "$1" user unlock --email leaver@example.com | grep -q cleared' "$banso" "$db"
second=$("$banso" --db "$db" token create --email leaver@example.com --name script)
second_id=$("$banso" --db "$db" token list --email leaver@example.com | awk -F'\t' '$3 == "active" && $6 == "script" {print $1}')
"$banso" --db "$db" token revoke "$second_id" >/dev/null
check "token revoke revokes it" bash -c '"$0" --db "$1" token list --email leaver@example.com | grep -qP "^$2\t.*\trevoked\t"' "$banso" "$db" "$second_id"
check "the staff changes are in the audit log" bash -c \
  '[ "$(sqlite3 "$0" "SELECT COUNT(*) FROM audit_log WHERE actor = '"'"'cli'"'"' AND entity IN ('"'"'user'"'"', '"'"'api_token'"'"')")" -ge 6 ]' \
  "$work/main.db"
check "an unknown email is a clear error" bash -c \
  '"$0" --db "$1" user disable --email nobody@example.com 2>&1 | grep -q "no user with email"' "$banso" "$db"

# Global options go before or after the subcommand, at any depth.
check "--db after the subcommand" bash -c '"$0" migrate --db "$1" | grep -q "^applied"' "$banso" "sqlite:$work/after.db"
check "--db after a nested subcommand and its arguments" bash -c \
  '"$0" source create "Web app" --db "$1" >/dev/null 2>&1 && "$0" source list --db "$1" | grep -q "Web app"' \
  "$banso" "sqlite:$work/after.db"
check "an unknown option is still refused" bash -c '! "$0" migrate --dbx "$1" 2>/dev/null' "$banso" "sqlite:$work/after.db"

# A bad --db is a clear error and a non-zero exit.
out=$("$banso" --db "mysql://nope" migrate 2>&1); rc=$?
check "bad --db exits non-zero" test $rc -ne 0
check "bad --db names the option" bash -c 'grep -q "^banso: db:" <<<"$0"' "$out"

# Configuration precedence: flag > BANSO_DB > TOML file.
printf '[database]\nurl = "sqlite:%s/from-toml.db"\n' "$work" > "$work/banso.toml"
"$banso" --config "$work/banso.toml" migrate >/dev/null
check "the TOML file supplies the database" test -f "$work/from-toml.db"
BANSO_DB="sqlite:$work/from-env.db" "$banso" --config "$work/banso.toml" migrate >/dev/null
check "BANSO_DB beats the TOML file" test -f "$work/from-env.db"
BANSO_DB="sqlite:$work/from-env.db" "$banso" --config "$work/banso.toml" --db "sqlite:$work/from-flag.db" migrate >/dev/null
check "--db beats BANSO_DB" test -f "$work/from-flag.db"

# Online backup of SQLite with its event log, and restore.
"$banso" --db "$db" demo --accounts 50 --seed 3 >/dev/null
"$banso" --db "$db" backup "$work/copy.db" >/dev/null
check "backup copies the data" bash -c '[ "$(sqlite3 "$0" "SELECT COUNT(*) FROM accounts")" = 50 ]' "$work/copy.db"
check "backup copies the event log beside it" test -s "$work/copy.db-events/log-id"
check "backup refuses to overwrite" bash -c '! "$0" --db "$1" backup "$2" 2>/dev/null' "$banso" "$db" "$work/copy.db"
check "restore refuses a database that is there" bash -c \
  '"$0" --db "$1" restore "$2" 2>&1 | grep -q -- "--replace"' "$banso" "$db" "$work/copy.db"
"$banso" --db "sqlite:$work/restored.db" restore "$work/copy.db" >/dev/null
check "restore puts the database and its log in place" test -s "$work/restored.db-events/log-id"
cp "$work/copy.db" "$work/db-only.db"
port=$((20000 + RANDOM % 12000))  # below the kernel's ephemeral ports (32768+), which outgoing connections hold
out=$("$banso" --db "sqlite:$work/db-only.db" serve --port "$port" --web-root "$work/none" 2>&1); rc=$?
check "serve refuses a database without its event log" test $rc -ne 0
check "and says what to do" bash -c 'grep -q "rebuild-usage" <<<"$0"' "$out"
"$banso" --db "sqlite:$work/db-only.db" events rebuild-usage >/dev/null
check "events rebuild-usage clears the checkpoint" bash -c \
  '[ "$(sqlite3 "$0" "SELECT COUNT(*) FROM usage_checkpoint")" = 0 ]' "$work/db-only.db"
check "backup refuses PostgreSQL with a hint" bash -c \
  '"$0" --db postgresql://127.0.0.1:1/x backup "$1/x.db" 2>&1 | grep -q "pg_dump"' "$banso" "$work"

# ltv fit: Fader & Hardie's high-end segment, years 0–7, gives their (α, β) and exactly the
# promised JSON; bad survival data is refused naming it, without a database.
fit=$("$banso" ltv fit --survival 1,0.869,0.743,0.653,0.593,0.551,0.517,0.491 --discount 0.10 --json)
check "ltv fit --json prints alpha, beta, projected_survival and derl only" node -e '
  const r = JSON.parse(process.argv[1]);
  const keys = Object.keys(r).sort().join(",");
  if (keys !== "alpha,beta,derl,projected_survival") throw new Error(keys);
  if (Math.abs(r.alpha - 0.668) > 0.0005 || Math.abs(r.beta - 3.806) > 0.0005) throw new Error(r.alpha + " " + r.beta);
  if (r.projected_survival.length !== 13 || r.projected_survival[0] !== 1) throw new Error("projection");
  if (!(r.derl > 1)) throw new Error("derl");' "$fit"
check "ltv fit refuses fewer than three points" bash -c \
  '"$0" ltv fit --survival 1,0.9 2>&1 | grep -q "survival: needs at least 3 points"' "$banso"
check "ltv fit refuses a survival that rises, with exit 2" bash -c \
  '"$0" ltv fit --survival 1,0.8,0.9 >/dev/null 2>&1; [ $? -eq 2 ]' "$banso"
check "ltv fit refuses a value outside (0, 1]" bash -c \
  '"$0" ltv fit --survival 1,0.8,1.3 2>&1 | grep -q "above 0 and at most 1"' "$banso"
check "ltv fit refuses a word" bash -c \
  '"$0" ltv fit --survival 1,0.8,abc 2>&1 | grep -q "\"abc\" is not a number"' "$banso"

# serve: health check, then SIGTERM stops it cleanly (exit 0).
port=$((20000 + RANDOM % 12000))  # below the kernel's ephemeral ports (32768+), which outgoing connections hold
"$banso" --db "sqlite:$work/fresh.db" serve --port "$port" --web-root "$work/none" >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
check "healthz answers ok" bash -c 'curl -sf "http://127.0.0.1:$0/healthz" | grep -q "\"status\":\"ok\""' "$port"
check "logs are JSON lines" bash -c 'grep "\"level\"" "$0" | head -3 | while read -r l; do
  echo "$l" | node -e "JSON.parse(require(\"fs\").readFileSync(0,\"utf8\"))" || exit 1; done' "$work/serve.log"
check "the first start creates an admin and prints its password" grep -q "one-time password" "$work/serve.log"
kill -TERM "$pid"
wait "$pid"; rc=$?
check "SIGTERM stops serve with exit 0" test $rc -eq 0
check "shutdown is logged" grep -q '"stopped"' "$work/serve.log"

[ $failures -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
