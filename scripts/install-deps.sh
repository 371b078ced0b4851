#!/usr/bin/env bash
# Installs what Banso needs to build, run and test on Debian bookworm: Debian packages via
# apt-get (only those missing), and the web app's npm packages via `npm ci`.
# Idempotent: a second run with everything present does nothing but check.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake pkg-config ccache git clang-format
  libsoci-dev libboost-dev libsqlite3-dev libpq-dev sqlite3 postgresql
  libsimdjson-dev libroaring-dev libcpp-httplib-dev nlohmann-json3-dev
  libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev
  libargon2-dev libsodium-dev libpwquality-dev cracklib-runtime libicu-dev zlib1g-dev libssl-dev libbrotli-dev libjemalloc-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  chromium fonts-noto-cjk python3
)

scripts/apt-ensure.sh "${PACKAGES[@]}"

if ! command -v node >/dev/null 2>&1; then
  echo "install-deps: node is missing; installing Debian's nodejs and npm"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi

if [ -f web/package-lock.json ]; then
  # npm ci only when the lock file changed since the last install.
  stamp=web/node_modules/.banso-lock-stamp
  if [ ! -f "$stamp" ] || ! cmp -s web/package-lock.json "$stamp"; then
    (cd web && npm ci --no-audit --no-fund)
    cp web/package-lock.json "$stamp"
  fi
fi

if [ -f tests/integration/segment-sdk/package-lock.json ]; then
  # The official Segment Node.js SDK for the integration test (tests/integration/segment-sdk),
  # installed again only when its lock file changed.
  stamp=tests/integration/segment-sdk/node_modules/.banso-lock-stamp
  if [ ! -f "$stamp" ] || ! cmp -s tests/integration/segment-sdk/package-lock.json "$stamp"; then
    (cd tests/integration/segment-sdk && npm ci --no-audit --no-fund)
    cp tests/integration/segment-sdk/package-lock.json "$stamp"
  fi
fi
