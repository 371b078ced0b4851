#!/usr/bin/env bash
# Two or more builds of the console (web/dist directories) compared in one page-load run: one
# `banso serve` per build, each on its own copy of the same demo database, their loads of the
# account page alternating run by run (bench/pageload.mjs), so that a shared machine's noise
# falls on each alike.
#   web/bench/compare-pageload.sh BINARY DIST_A DIST_B [...] [-- --runs N]
set -euo pipefail
bin=$(realpath "$1")
shift
roots=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  roots+=("$(realpath "$1")")
  shift
done
[ "${1:-}" = "--" ] && shift
[ ${#roots[@]} -ge 2 ] || { echo "compare-pageload: name at least two builds" >&2; exit 2; }
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/banso-pageload-compare.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

email=bench-admin@banso.example
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
"$bin" --db "sqlite:$work/demo.db" demo --accounts 2000 --seed 7 >/dev/null
urls=()
labels=()
for i in "${!roots[@]}"; do
  root=${roots[$i]}
  [ -f "$root/index.html" ] || { echo "compare-pageload: no index.html in $root" >&2; exit 2; }
  # The database with its WAL files and event log, copied while no server has it open.
  mkdir -p "$work/$i"
  for f in "$work"/demo.db*; do cp -r "$f" "$work/$i/banso.db${f#"$work"/demo.db}"; done
  port=$((20000 + RANDOM % 12000))
  "$bin" --db "sqlite:$work/$i/banso.db" serve --port "$port" --web-root "$root" \
    --admin-email "$email" --admin-password "$password" >"$work/server-$i.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 0.1
  done
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null ||
    { echo "compare-pageload: the server for $root did not start:" >&2; tail -5 "$work/server-$i.log" >&2; exit 1; }
  urls+=("http://127.0.0.1:$port")
  labels+=("$root")
done
BANSO_URL=$(IFS=,; echo "${urls[*]}") BANSO_LABELS=$(IFS=,; echo "${labels[*]}") \
  BANSO_EMAIL="$email" BANSO_PASSWORD="$password" node web/bench/pageload.mjs "$@"
