#!/usr/bin/env bash
# The quick format check `make test` runs: every C++ file as .clang-format says, every console
# file as web/.prettierrc says. `make format` rewrites them.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t cpp < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'fuzz/*.cpp' 'fuzz/*.h' 'bench/*.cpp' 'bench/*.h')
if ! clang-format --style=file --dry-run -Werror "${cpp[@]}" 2>/tmp/banso-format.$$; then
  grep -m 20 'error:' /tmp/banso-format.$$ || true
  rm -f /tmp/banso-format.$$
  echo "format-check: C++ files are not formatted: run make format" >&2
  exit 1
fi
rm -f /tmp/banso-format.$$
(cd web && npx prettier --check --log-level warn src e2e bench) || {
  echo "format-check: console files are not formatted: run make format" >&2
  exit 1
}
echo "format-check: ${#cpp[@]} C++ files and the console are formatted"
