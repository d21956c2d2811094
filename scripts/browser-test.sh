#!/usr/bin/env bash
# The browser test, run by CI: builds web/ (scripts/build-web.sh), then
#  1. the wasm checker, in Node, against the CLI's JSON on every fixture (fixtures.mjs);
#  2. web/ in headless Chromium: the seed story typed with its facts, exactly the Dermer
#     finding, its fix taken, the finding cleared, the page working offline (browser.mjs).
# Screenshots: target/browser-test/*.png. Installs what is missing: the wasm target and
# wasm-bindgen-cli (by build-web.sh), Debian's chromium (needs root), playwright-core (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build-web.sh
cargo build --locked --bin factlint

if [[ ! -x /usr/bin/chromium ]]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
fi
npm ci --prefix scripts/browser-test --no-audit --no-fund

node scripts/browser-test/fixtures.mjs target/debug/factlint
node scripts/browser-test/browser.mjs
