#!/usr/bin/env bash
# `make run`: serves Banso on the embedded SQLite database, loading the demo portfolio on the
# first start, and says how to sign in.
set -euo pipefail
bin=$1; shift
data=./banso-data
mkdir -p "$data"
if [ -f "$data/initial-admin.txt" ]; then
  echo "Sign in with the first admin account ($data/initial-admin.txt):"
  sed 's/^/  /' "$data/initial-admin.txt"
fi
exec "$bin" --db "sqlite:$data/banso.db" serve --demo-if-empty "$@"
