#!/usr/bin/env bash
# Builds the checker for the browser into web/pkg/ (git-ignored): crates/factlint-wasm compiled
# to wasm32-unknown-unknown, its JavaScript bindings made by wasm-bindgen-cli, and the seed
# example the page offers. Installs the wasm target and wasm-bindgen-cli (the version of the
# wasm-bindgen crate in Cargo.lock, as the two must match) when they are missing.
#   scripts/build-web.sh && python3 -m http.server -d web 8000   # then open localhost:8000
set -euo pipefail
cd "$(dirname "$0")/.."

bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print }' Cargo.lock)
if [[ -z "$bindgen_version" ]]; then
  echo "build-web: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]]; then
  cargo install wasm-bindgen-cli --version "$bindgen_version" --locked
fi

cargo build --locked --profile web -p factlint-core -p factlint-wasm --target wasm32-unknown-unknown
wasm-bindgen --target web --no-typescript --out-dir web/pkg \
  target/wasm32-unknown-unknown/web/factlint_wasm.wasm
mkdir -p web/pkg/seed
cp fixtures/seed-blinken-gaza/facts.yaml fixtures/seed-blinken-gaza/story.txt web/pkg/seed/
echo "build-web: web/pkg/ built ($(du -k web/pkg/factlint_wasm_bg.wasm | cut -f1) KiB of wasm)"
