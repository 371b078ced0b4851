#!/usr/bin/env bash
# Page-load benchmark (issue 13): a real `banso serve` with demo data and the built console
# (web/dist), the account page loaded in Debian's chromium, cold and warm (web/bench/pageload.mjs).
#   scripts/bench-pageload.sh BINARY [--runs N]      (WEB_ROOT=DIR for another build of the console)
set -euo pipefail
bin=$(realpath "$1")
shift
cd "$(dirname "$0")/.."
web_root=${WEB_ROOT:-web/dist}
[ -f "$web_root/index.html" ] || { echo "bench-pageload: build the console first (make web)" >&2; exit 2; }
work=$(mktemp -d /tmp/banso-pageload.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$((20000 + RANDOM % 12000))
email=bench-admin@banso.example
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
"$bin" --db "sqlite:$work/banso.db" demo --accounts 2000 --seed 7 >/dev/null
"$bin" --db "sqlite:$work/banso.db" serve --port "$port" --web-root "$web_root" \
  --admin-email "$email" --admin-password "$password" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
BANSO_URL="http://127.0.0.1:$port" BANSO_EMAIL="$email" BANSO_PASSWORD="$password" \
  node web/bench/pageload.mjs "$@"
