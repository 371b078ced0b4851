#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL cluster (Debian's postgresql package) in a
# temporary directory on a free local port; BANSO_TEST_PG points at it. initdb and postgres
# refuse to run as root, so as root they run as the postgres user.
#
#   scripts/with-postgres.sh [--durable] COMMAND...
#
# By default durability is off (fsync, synchronous_commit, full_page_writes): the cluster only
# ever holds test data. --durable keeps PostgreSQL's defaults, for benchmarks whose figures
# should be those of a real installation.
set -euo pipefail
durable=""
if [ "${1:-}" = "--durable" ]; then durable=yes; shift; fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { echo "with-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

dir=$(mktemp -d /tmp/banso-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_pg[@]}" "$PGBIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
settings="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ -z "$durable" ] || settings=""
started=""
for _ in $(seq 1 20); do
  port=$((20000 + RANDOM % 12000))  # below the kernel's ephemeral ports (32768+), which outgoing connections hold
  if "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $settings -c max_connections=200" \
      start >/dev/null 2>&1; then
    started=yes; break
  fi
done
[ -n "$started" ] || { echo "with-postgres: could not start PostgreSQL" >&2; cat "$dir/postgres.log" >&2; exit 1; }
export BANSO_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL on port $port${durable:+ (durable defaults)}" >&2
"$@"
