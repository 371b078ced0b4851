#!/usr/bin/env bash
# make lint: the format check, clang-tidy over src/ (.clang-tidy: bugprone, performance and a few
# modernize checks) with the build's compile_commands.json, and eslint over the console.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
scripts/format-check.sh
scripts/apt-ensure.sh clang-tidy
mapfile -t sources < <(git ls-files -- 'src/*.cpp')
status=0
printf '%s\n' "${sources[@]}" | xargs -P "$(nproc)" -n 8 clang-tidy -p "$BUILD" --quiet >/tmp/banso-tidy.$$ 2>/dev/null || status=1
grep -E 'warning:|error:' /tmp/banso-tidy.$$ | sort -u || true
rm -f /tmp/banso-tidy.$$
(cd web && npx eslint src e2e scripts) || status=1
exit $status
