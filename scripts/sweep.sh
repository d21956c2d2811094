#!/usr/bin/env bash
# The corpus-wide false-alarm sweep: every story of the corpus checked against a who's-who of
# its own people as the stories write them (`factlint facts learn`), and against the bench
# who's-who; findings counted by code. Clean copy should raise (almost) nothing.
#
#     scripts/sweep.sh [CORPUS_DIR]        (default ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}
if [ ! -d "$corpus" ]; then
  echo "sweep: skipped, no corpus at $corpus"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --quiet --release --bins
./target/release/factlint facts learn "$corpus" > "$out/whoswho.yaml"
count() {
  local label=$1 facts=$2
  local stories findings
  stories=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
  ./target/release/factlint check "$corpus" --facts "$facts" --format short > "$out/findings.txt" || [ $? -eq 1 ]
  findings=$(wc -l < "$out/findings.txt")
  echo "== $label: $findings findings on $stories stories"
  sed -E 's/.*(error|warning|note)\[([a-z-]+)\].*/\2/' "$out/findings.txt" | sort | uniq -c | sort -rn
  echo "   a sample:"
  shuf -n 8 --random-source="$out/findings.txt" "$out/findings.txt" | sed 's/^/   /' | cut -c1-160
}
echo "who's-who learnt from the corpus: $(grep -c '^  - name' "$out/whoswho.yaml") people"
count "against its own who's-who" "$out/whoswho.yaml"
bench=../shared/bench/whoswho-10k.yaml
if [ -f "$bench" ]; then
  count "against $bench" "$bench"
fi
# the quote checks on clean copy: facts of the stories' own quotes must leave them clean
cargo run --quiet --release --example quote_sweep -- "$out/whoswho.yaml" "$corpus" 10
