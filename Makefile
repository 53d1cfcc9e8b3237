# backprep: `make serve` and `make test` are all you need (see README.md).
SHELL := /bin/bash
PORT ?= 8080
# ~/.cargo/bin is added unless already on PATH (then the caller's order stands: .ci/fallback.sh
# puts a stand-in rustup before it).
export PATH := $(CURDIR)/node_modules/.bin:$(if $(findstring :$(HOME)/.cargo/bin:,:$(PATH):),,$(HOME)/.cargo/bin:)$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
# Where setup keeps its state, and where the release build goes (the e2e tests read dist/).
# .ci/fallback.sh overrides both so its simulated route never touches .tools/ or dist/.
export BACKPREP_TOOLS ?= .tools
DIST ?= dist
# How to build for wasm32 on this machine (written by scripts/setup.sh).
-include $(BACKPREP_TOOLS)/wasm-env

.PHONY: setup dist build-dist serve dev test test-native test-wasm test-e2e bench clean

setup:
	@bash scripts/setup.sh

## Release build into dist/ (relative URLs: works from any sub-path).
dist: setup
	@$(MAKE) --no-print-directory build-dist

build-dist:
	$(WASM_ENV) trunk build --release --offline --dist $(DIST)

## Build, then serve dist/ on http://127.0.0.1:$(PORT) (what users get).
serve: dist
	@echo "backprep on http://127.0.0.1:$(PORT)/  (Ctrl+C to stop)"
	node tests/e2e/serve.mjs $(DIST) $(PORT)

## Debug build with live reload (for development; writes target/dev-dist).
dev: setup
	$(WASM_ENV) trunk serve --offline --dist target/dev-dist --port $(PORT) --address 127.0.0.1

## Every test layer: native core, wasm in headless Chromium, end to end on the release dist/.
## (A sub-make, so that it reads the .tools/wasm-env that setup has just written.)
test: setup
	@$(MAKE) --no-print-directory test-native test-wasm build-dist test-e2e

test-native:
	cargo test -p backprep-core
	PYTHONPATH=$(BACKPREP_TOOLS)/pydeps python3 scripts/fsrs_crosscheck.py --json test-results/fsrs-crosscheck.json

test-wasm:
	node scripts/build-js.mjs
	$(WASM_ENV) cargo test -p backprep --target wasm32-unknown-unknown

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

bench: setup
	@$(MAKE) --no-print-directory build-dist
	node bench/run.mjs

clean:
	rm -rf dist target/dev-dist test-results bench/results
