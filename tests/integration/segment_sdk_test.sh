#!/usr/bin/env bash
# The official Segment Node.js SDK (@segment/analytics-node, unchanged) against a real
# `banso serve` on a fresh database: segment-sdk/sdk_test.mjs sends and checks.
#
#   segment_sdk_test.sh path/to/banso sqlite|postgresql
#
# The SDK is installed by scripts/install-deps.sh (npm ci in tests/integration/segment-sdk).
set -uo pipefail
BANSO=$(realpath "$1")
backend=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

if [ ! -d "$here/segment-sdk/node_modules/@segment/analytics-node" ]; then
  echo "FAIL the Segment SDK is not installed: run scripts/install-deps.sh (npm ci in tests/integration/segment-sdk)"
  exit 1
fi

WORK=$(mktemp -d /tmp/banso-sdk-test.XXXXXX)
trap cleanup_all EXIT
new_database "$backend"
start_server 0
log "banso serve ($backend) on port $PORT"
token=$(admin_token) || { echo "FAIL banso token create"; exit 1; }

BANSO_URL="$BASE_URL" BANSO_TOKEN="$token" BACKEND="$backend" node "$here/segment-sdk/sdk_test.mjs"
rc=$?
if [ $rc -ne 0 ]; then
  echo "--- server log (last 40 lines) ---"
  tail -40 "$WORK"/serve.*.log
fi
stop_server TERM || { echo "FAIL banso serve did not stop cleanly on SIGTERM"; rc=1; }
exit $rc
