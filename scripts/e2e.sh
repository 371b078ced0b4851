#!/usr/bin/env bash
# Browser tests: a real `banso serve` on a temporary SQLite database with demo data, driven by
# playwright-core in Debian's chromium (web/e2e/run.mjs). Screenshots go to build/screenshots.
set -euo pipefail
bin=$(realpath "$1")
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/banso-e2e.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$((20000 + RANDOM % 12000))  # below the kernel's ephemeral ports (32768+), which outgoing connections hold
email=e2e-admin@banso.example
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
"$bin" --db "sqlite:$work/banso.db" demo --accounts 300 --seed 7 >/dev/null
"$bin" --db "sqlite:$work/banso.db" serve --port "$port" --web-root web/dist \
  --admin-email "$email" --admin-password "$password" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
mkdir -p build/screenshots
if ! BANSO_URL="http://127.0.0.1:$port" BANSO_EMAIL="$email" BANSO_PASSWORD="$password" \
     SCREENSHOT_DIR="$(pwd)/build/screenshots" node web/e2e/run.mjs; then
  echo "e2e failed; server log:" >&2
  tail -50 "$work/server.log" >&2
  exit 1
fi
