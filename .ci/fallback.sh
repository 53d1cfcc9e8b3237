#!/usr/bin/env bash
# CI: the route for machines where rustup cannot download the wasm32 target (issue 9).
# A stand-in rustup (.ci/rustup-offline/) whose `target add` fails makes setup take the fallback
# (Debian's rustc-web + rust-web-src + lld-22, -Zbuild-std); then `make dist`, the README's own
# build (offline), writes target/fallback/dist, and headless Chromium checks that the app mounts.
# Its own setup state (BACKPREP_TOOLS) and CARGO_TARGET_DIR under target/fallback/: .tools/,
# dist/ and the main target/ are never touched. Idempotent: reuses packages, crates and builds.
# Set FALLBACK_TEST_WASM=1 to also run `make test-wasm` (the browser tests) on this route.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/fallback
say() { printf '\033[1mfallback:\033[0m %s\n' "$*"; }
export BACKPREP_TOOLS=$work/tools CARGO_TARGET_DIR=$work/target
export PATH="$root/.ci/rustup-offline:$HOME/.cargo/bin:$PATH"
t0=$SECONDS

rm -rf "$work/dist"
make --no-print-directory dist DIST="$work/dist"
grep -q "fallback-bin" "$BACKPREP_TOOLS/wasm-env" \
  || { say "setup did not choose the build-std route"; exit 1; }
# The wasm32 std in this build was compiled from Debian's sources (rustup's has no dlmalloc rlib).
compgen -G "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/deps/libdlmalloc-*.rlib" >/dev/null \
  || { say "no std built from source in $CARGO_TARGET_DIR"; exit 1; }
say "dist built in $((SECONDS - t0)) s"
node .ci/fallback-check.mjs "$work/dist"

if [ "${FALLBACK_TEST_WASM:-}" = 1 ]; then
  make --no-print-directory test-wasm
fi
say "OK in $((SECONDS - t0)) s"
