#!/usr/bin/env bash
# Installs what backprep needs to build and test, and nothing that is already there.
# Idempotent: a second run only checks (a few seconds). Says what it does.
#
#   wasm32 std      rustup target (standard) or Debian rustc-web + std sources (fallback)
#   wasm-bindgen    cargo install, version read from Cargo.lock      (first time: 3–6 min)
#   trunk           cargo install 0.21.14                             (first time: 12–25 min)
#   chromium        Debian chromium + chromium-driver                 (first time: ~30 s)
#   npm packages    npm install (binaryen's wasm-opt, playwright-core, ...)  (~10 s)
#   fsrs (python)   pip install --target .tools/pydeps, pinned            (~5 s)
#
# BACKPREP_TOOLS (default .tools) is where it writes wasm-env and its stamps; the Makefile reads
# the same variable. .ci/fallback.sh uses its own, so its simulated run never changes .tools/.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${BACKPREP_TOOLS:-.tools}"
mkdir -p "$TOOLS"
TRUNK_VERSION=0.21.14
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
# ~/.cargo/bin first unless it is already on PATH (then the caller's order stands, so a stand-in
# rustup placed before it, as .ci/fallback.sh does, is the one used).
case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) export PATH="$HOME/.cargo/bin:$PATH" ;; esac

command -v cargo >/dev/null || { echo "setup: cargo not found; install Rust with rustup first" >&2; exit 1; }
command -v npm >/dev/null || { echo "setup: npm not found; install Node.js 20 first" >&2; exit 1; }

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -q >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "$@" >/dev/null
}

# 1. The wasm32 standard library. The env file tells the Makefile how to build for wasm32.
STD_LOCK=/usr/lib/rustlib/src/rust/library/Cargo.lock   # the std sources' own lockfile (Debian)
build_std=""
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target: installed (rustup)"
  echo 'WASM_ENV :=' > "$TOOLS/wasm-env"
elif timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
  say "wasm32 target: added with rustup"
  echo 'WASM_ENV :=' > "$TOOLS/wasm-env"
else
  say "wasm32 target: rustup could not download it; using Debian's Rust with std sources (-Zbuild-std)"
  [ -x /usr/bin/cargo ] && [ -x /usr/lib/llvm-22/bin/wasm-ld ] && [ -f "$STD_LOCK" ] || apt_install rustc-web cargo-web rust-web-src lld-22
  # Debian's cargo and rustc (/usr/bin) have the std sources; rustup's do not. scripts/fallback-bin/
  # cargo runs Debian's cargo with -Zbuild-std for wasm32 builds only; RUSTC_BOOTSTRAP lets the
  # stable compiler accept it. Read by the Makefile as a command prefix.
  echo 'WASM_ENV := env PATH=$(CURDIR)/node_modules/.bin:$(CURDIR)/scripts/fallback-bin:/usr/bin:$$PATH RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld' > "$TOOLS/wasm-env"
  build_std=1
fi

# 2. wasm-bindgen-cli, exactly the version in Cargo.lock (the one pin lives in Cargo.toml).
[ -f Cargo.lock ] || cargo generate-lockfile
WBG=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$WBG" ]; then
  say "wasm-bindgen-cli $WBG: installed"
else
  say "wasm-bindgen-cli $WBG: installing with cargo (3–6 min, once)"
  cargo install -q wasm-bindgen-cli --version "=$WBG"
fi

# 3. Trunk: long to compile, so installed once and reused.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" = "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: installed"
else
  say "trunk $TRUNK_VERSION: installing with cargo (12–25 min, once)"
  cargo install -q trunk --version "$TRUNK_VERSION" --locked
fi

# 4. Chromium and its WebDriver, from Debian (never a test tool's own browser download).
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium + chromedriver: installed"
else
  say "chromium + chromedriver: installing from Debian (~30 s)"
  apt_install chromium chromium-driver
fi

# 5. npm packages (wasm-opt from binaryen, playwright-core, ...). `npm ci` fails on this
#    registry for some optional platform packages, so `npm install`, which honours the lockfile.
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ] && [ node_modules/.package-lock.json -nt package.json ]; then
  say "npm packages: up to date"
else
  say "npm packages: installing"
  npm install --no-audit --no-fund --loglevel=error
  touch node_modules/.package-lock.json
fi

# 6. Crates for every target, so `trunk build --offline` never needs the network.
if [ -f "$TOOLS/fetched" ] && [ "$TOOLS/fetched" -nt Cargo.lock ]; then
  say "crates: fetched"
else
  say "crates: fetching"
  cargo fetch -q && touch "$TOOLS/fetched"
fi
# 6b. With -Zbuild-std, std's own dependencies (dlmalloc, hashbrown, libc, getopts, ... pinned by
#     $STD_LOCK) are crates too, and a plain `cargo fetch` never sees them: Debian's cargo with
#     -Zbuild-std fetches them. Redone when either lockfile changes (e.g. an apt upgrade).
if [ -n "$build_std" ]; then
  if [ -f "$TOOLS/fetched-std" ] && [ "$TOOLS/fetched-std" -nt Cargo.lock ] && [ "$TOOLS/fetched-std" -nt "$STD_LOCK" ]; then
    say "std's crates (build-std): fetched"
  else
    say "std's crates (build-std): fetching"
    env PATH="$PWD/scripts/fallback-bin:/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 \
      cargo fetch -q --target wasm32-unknown-unknown && touch "$TOOLS/fetched-std"
  fi
fi
# 7. The reference FSRS implementation (PyPI `fsrs`, pinned), for the scheduler's cross-check in
#    `make test`. Into $TOOLS/pydeps, never the system's site-packages.
if [ -f "$TOOLS/pydeps/.installed" ] && [ "$TOOLS/pydeps/.installed" -nt scripts/fsrs-requirements.txt ]; then
  say "fsrs (python, for the cross-check): installed"
else
  say "fsrs (python, for the cross-check): installing"
  rm -rf "$TOOLS/pydeps"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --target "$TOOLS/pydeps" -r scripts/fsrs-requirements.txt
  touch "$TOOLS/pydeps/.installed"
fi
say "ready"
