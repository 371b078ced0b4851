#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets (fuzz/, with clang's fuzzer, address and
# undefined-behaviour sanitizers) into build-fuzz/ and runs each for FUZZ_SECONDS (default 600)
# on a copy of its corpus, fuzz/corpus/<name>:
#   segment    the Segment body parser         (build-fuzz/segment_parser_fuzz)
#   json_body  the API's JSON body entry point (build-fuzz/json_body_fuzz)
# FUZZ_TARGETS picks some ("json_body", say). A clean run merges the inputs that found new
# coverage back into the corpus (commit them: tests/fuzz_corpus replays every corpus in
# `make test`). A crash, a sanitizer report or an invariant violation exits non-zero and keeps
# the input in build-fuzz/crashes/<name>/; replay it with
#   build-fuzz/<binary> build-fuzz/crashes/<name>/<file>
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN=${FUZZ_SECONDS:-600}
TARGETS=(${FUZZ_TARGETS:-segment json_body})
BUILD_DIR=build-fuzz
JOBS=${JOBS:-$(nproc)}
FUZZ_FLAGS=(-max_len=600000 -timeout=10 -rss_limit_mb=2048)
declare -A BINARY=([segment]=segment_parser_fuzz [json_body]=json_body_fuzz)

# Debian's clang 14 with libclang-rt-14-dev provides libFuzzer; the rest is `make deps`'s.
PACKAGES=(clang libclang-rt-14-dev cmake pkg-config libsimdjson-dev libfmt-dev libargon2-dev libsodium-dev
  libicu-dev nlohmann-json3-dev)
scripts/apt-ensure.sh "${PACKAGES[@]}"

cmake -S fuzz -B "$BUILD_DIR" -DCMAKE_CXX_COMPILER=clang++ >/dev/null
nice -n 10 cmake --build "$BUILD_DIR" -j "$JOBS"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

for name in "${TARGETS[@]}"; do
  bin=$BUILD_DIR/${BINARY[$name]:?unknown fuzz target $name}
  corpus=fuzz/corpus/$name
  # The run works on a copy, so that only a clean run's findings reach the committed corpus.
  work=$BUILD_DIR/corpus/$name
  crashes=$BUILD_DIR/crashes/$name
  log=$BUILD_DIR/$name.log
  rm -rf "$work"
  mkdir -p "$work" "$crashes"
  cp "$corpus"/* "$work"/
  before=$(ls "$corpus" | wc -l)

  echo "fuzz: running $bin for $SECONDS_TO_RUN s on a copy of $corpus ($before inputs); log in $log"
  rc=0
  nice -n 10 "$bin" "$work" -max_total_time="$SECONDS_TO_RUN" "${FUZZ_FLAGS[@]}" \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    tail -n 60 "$log"
    echo "fuzz: $name FAILED (exit $rc); the input is kept in $crashes/ (newest first):" >&2
    ls -t "$crashes" | head -5 | sed "s|^|  $crashes/|" >&2
    exit "$rc"
  fi

  grep -E '^#[0-9]+.*DONE' "$log" | tail -n 1 || true
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
  # -use_counters=0: an input joins the corpus for a new edge, not for a new hit count of one
  # (most of those are only longer strings or batches), which keeps the committed corpus small.
  nice -n 10 "$bin" -merge=1 -use_counters=0 "${FUZZ_FLAGS[@]}" "$corpus" "$work" >"$BUILD_DIR/$name.merge.log" 2>&1
  after=$(ls "$corpus" | wc -l)
  echo "fuzz: $name clean; $((after - before)) new input(s) merged into $corpus ($after in all)"
done
