# The README's two commands: `make run` and `make test`. Everything else is a step of those.
BUILD ?= build
JOBS ?= $(shell nproc)
PORT ?= 8080
HOST ?= 127.0.0.1

.PHONY: deps configure build web run test test-format test-cpp test-web test-e2e lint format bench fuzz clean

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# The console is rebuilt only when its sources change (a build takes ~20 s).
WEB_SOURCES := $(shell find web/src web/public web/index.html web/package.json web/package-lock.json web/vite.config.ts web/tsconfig.json web/scripts -type f 2>/dev/null)

web: deps web/dist/index.html

web/dist/index.html: $(WEB_SOURCES)
	@cd web && npm run --silent build

run: build web
	@scripts/run.sh $(BUILD)/banso --host $(HOST) --port $(PORT)

test: build web
	@scripts/format-check.sh
	@scripts/with-postgres.sh $(MAKE) --no-print-directory test-cpp test-web test-e2e

test-format:
	@scripts/format-check.sh

# clang-format and prettier check, clang-tidy, eslint (scripts/lint.sh).
lint: build
	@scripts/lint.sh $(BUILD)

# Rewrites every C++ and console file in the house format.
format:
	@git ls-files -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'fuzz/*.cpp' 'fuzz/*.h' 'bench/*.cpp' 'bench/*.h' | xargs clang-format -i --style=file
	@cd web && npx prettier --write --log-level warn src e2e bench

test-cpp:
	@BANSO_REQUIRE_PG=1 ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The unit tests, and the check that web/src/api/schema.d.ts is what docs/openapi.json gives.
test-web:
	@if [ -f web/package.json ]; then cd web && npm test --silent && npm run --silent check:api; fi

test-e2e:
	@if [ -x scripts/e2e.sh ]; then scripts/e2e.sh $(BUILD)/banso; fi

bench: build web
	@scripts/with-postgres.sh --durable scripts/bench.sh $(BUILD)

# libFuzzer on the Segment body parser and the JSON body parser, FUZZ_SECONDS each (default
# 600); see scripts/fuzz.sh.
fuzz:
	@scripts/fuzz.sh

clean:
	rm -rf $(BUILD) web/dist
