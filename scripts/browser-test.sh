#!/usr/bin/env bash
# The browser test, run by CI (.ci/run): builds web/ (scripts/build-web.sh), then
#  1. the wasm checker, in Node, against the CLI's JSON on every fixture (fixtures.mjs);
#  2. web/ in headless Chromium: the seed story typed with its facts, exactly the Dermer
#     finding, scrolled to and underlined, its fix taken, the finding cleared, the page working
#     offline (browser.mjs).
# Screenshots: target/browser-test/*.png. Installs only what is missing, so a second run
# installs nothing: the wasm target and wasm-bindgen-cli (by build-web.sh; compiling
# wasm-bindgen-cli takes minutes, once), Debian's chromium, and Node.js with npm when the
# machine has none (apt-get, as root or through sudo), and playwright-core at the version in
# scripts/browser-test/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

# apt-get as root, or through sudo
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

debian_install() {
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# playwright-core as package-lock.json pins it, installed unless that version is there already
playwright_installed() {
  local dir=scripts/browser-test
  local locked installed
  locked=$(node -p "require('./$dir/package-lock.json').packages['node_modules/playwright-core'].version")
  installed=$(node -p "try { require('./$dir/node_modules/playwright-core/package.json').version } catch { '' }")
  [[ "$locked" == "$installed" ]]
}

scripts/build-web.sh
cargo build --locked --bin factlint

if [[ ! -x /usr/bin/chromium ]]; then
  debian_install chromium
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  debian_install nodejs npm
fi
if ! playwright_installed; then
  npm ci --prefix scripts/browser-test --no-audit --no-fund
fi

node scripts/browser-test/fixtures.mjs target/debug/factlint
node scripts/browser-test/browser.mjs
