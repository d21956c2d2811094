#!/usr/bin/env bash
# Whole-run benchmarks, as ratios against baselines measured in the same run.
#     scripts/bench.sh [CORPUS_DIR] [RUNS]      (defaults ../shared/corpus, 5)
#     scripts/bench.sh --save [RUNS]            only the editor's save (default 31 runs)
# FACTLINT_BIN=path/to/factlint measures that binary instead of building this tree's.
# Builds a release binary, makes the 1k/10k/100k who's-whos it needs, installs rg and typos
# if absent, and prints medians of alternating runs. Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
only_save=false
if [ "${1:-}" = "--save" ]; then
  only_save=true
  shift
  corpus=.
  runs=${1:-31}
else
  corpus=${1:-../shared/corpus}
  runs=${2:-5}
fi
bench=../shared/bench
if [ ! -d "$corpus" ] || [ ! -f "$bench/whoswho-10k.yaml" ]; then
  echo "bench: skipped, needs $corpus and $bench/whoswho-10k.yaml"
  exit 0
fi
if ! $only_save && ! command -v rg >/dev/null; then
  echo "bench: installing ripgrep for the baseline"
  (apt-get install -y -qq ripgrep >/dev/null 2>&1) || cargo install --quiet ripgrep
fi
if ! $only_save && ! command -v typos >/dev/null; then
  echo "bench: installing typos (a peer: one dictionary, no facts)"
  pip install --quiet typos >/dev/null 2>&1 || true
fi
# FACTLINT_BIN measures another build (an older commit's) with the same script
if [ -n "${FACTLINT_BIN:-}" ]; then
  fl=$FACTLINT_BIN
else
  cargo build --quiet --release
  fl=./target/release/factlint
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the facts cache in a folder of its own, so cold and warm runs are what they say
export FACTLINT_CACHE_DIR="$work/cache"

# who's-whos: 1k and 10k as shipped; 100k = the 10k with ten variants of each name
cp "$bench/whoswho-1k.yaml" "$work/1k.yaml"
cp "$bench/whoswho-10k.yaml" "$work/10k.yaml"
awk 'NR==1{print; next} /^people:/{print; next}
     {lines[++n]=$0} END{for(v=0; v<10; v++) for(i=1;i<=n;i++){l=lines[i]; if (l ~ /^  - name: /) sub(/$/, " " sprintf("%c", 65+v) "x", l); print l}}' \
  "$bench/whoswho-10k.yaml" > "$work/100k.yaml"
grep '^  - name: ' "$work/10k.yaml" | sed 's/^  - name: //; s/^"//; s/"$//' > "$work/names.txt"
seed=fixtures/seed-blinken-gaza
for n in 1 10 100; do
  for _ in $(seq "$n"); do cat "$seed/story.txt"; echo; done > "$work/story-x$n.txt"
done
echo "x" > "$work/empty.txt"

now() { date +%s%N; }
# wall time of one run of a shell command, in ms to a tenth
time_ms() {
  local t0; t0=$(now); eval "$1" >/dev/null 2>&1 || true
  awk -v ns="$(( $(now) - t0 ))" 'BEGIN{printf "%.1f", ns / 1e6}'
}
median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
# median wall time in ms of a command over $runs runs
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do times+=("$(time_ms "$*")"); done
  printf '%s\n' "${times[@]}" | median | awk '{printf "%d", $1 + 0.5}'
}
# alternate two commands, medians of each
pair() {
  local a=() b=()
  for _ in $(seq "$runs"); do
    a+=("$(time_ms "$1")")
    b+=("$(time_ms "$2")")
  done
  echo "$(printf '%s\n' "${a[@]}" | median) $(printf '%s\n' "${b[@]}" | median)"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b == 0) b = 1; printf "%.2f", a / b }'; }

# the editor's save: one story against the 10k who's-who with a warm cache, alternated with
# the same story against its own small facts (the ratio is the goal), then the cold run
editor_save() {
  $fl check "$seed/story.txt" --facts "$work/10k.yaml" >/dev/null 2>&1 || true   # warms the cache
  read -r big small < <(pair "$fl check $seed/story.txt --facts $work/10k.yaml" "$fl check $seed/story.txt --facts $seed/facts.yaml")
  printf '%-58s %8sms %8sms %8s %8s\n' "one story vs 10k who's-who, warm cache / vs its own facts" "$big" "$small" "$(ratio "$big" "$small")" "<= 2"
  read -r cold nocache < <(pair "rm -rf $work/cache; $fl check $seed/story.txt --facts $work/10k.yaml" "$fl check $seed/story.txt --facts $work/10k.yaml --no-cache")
  printf '%-58s %8sms %8sms %8s %8s\n' "  cold cache (parse and write) / --no-cache" "$cold" "$nocache" "$(ratio "$cold" "$nocache")" ""
  # the 100k who's-who's warm run (its cache folder of its own, to read its entry's size)
  local big_cache="FACTLINT_CACHE_DIR=$work/cache-100k"
  eval "$big_cache $fl check $seed/story.txt --facts $work/100k.yaml" >/dev/null 2>&1 || true
  local warm100k entry
  warm100k=$(median_ms "$big_cache $fl check $seed/story.txt --facts $work/100k.yaml")
  entry=$(cat "$work"/cache-100k/*.facts | wc -c)
  printf '%-58s %8sms %8sms %8s %8s\n' "one story vs 100k, warm cache ($(( entry / 1048576 )) MB entry) / own facts" "$warm100k" "$small" "$(ratio "$warm100k" "$small")" ""
}

if $only_save; then
  echo "machine: $(nproc) cores, $(uname -m); load average: $(cut -d' ' -f1-3 /proc/loadavg); runs: $runs (median)"
  echo
  printf '%-58s %10s %10s %8s %8s\n' "measure" "factlint" "baseline" "ratio" "target"
  editor_save
  exit 0
fi

stories=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
echo "machine: $(nproc) cores, $(uname -m); corpus: $stories files, $(du -sh "$corpus" | cut -f1); runs: $runs (median)"
echo
printf '%-58s %10s %10s %8s %8s\n' "measure" "factlint" "baseline" "ratio" "target"

read -r f r < <(pair "$fl check $corpus --facts $work/10k.yaml --format short" "rg -c -F -f $work/names.txt $corpus")
printf '%-58s %8sms %8sms %8s %8s\n' "whole corpus vs 10k who's-who / rg -F -f 10k names" "$f" "$r" "$(ratio "$f" "$r")" "<= 2"

if command -v typos >/dev/null; then
  read -r f t < <(pair "$fl check $corpus --facts $work/10k.yaml --format short" "typos --format brief $corpus")
  printf '%-58s %8sms %8sms %8s %8s\n' "whole corpus vs 10k who's-who / typos (peer)" "$f" "$t" "$(ratio "$f" "$t")" "< 1"
fi
read -r h j < <(pair "$fl check $corpus --facts $work/10k.yaml --format human" "$fl check $corpus --facts $work/10k.yaml --format json")
printf '%-58s %8sms %8sms %8s %8s\n' "whole corpus vs 10k who's-who, human / json format" "$h" "$j" "$(ratio "$h" "$j")" "<= 1.1"

editor_save
load=$(median_ms $fl check "$work/empty.txt" --facts "$work/10k.yaml" --no-cache)
printf '%-58s %8sms %10s %8s %8s\n' "  loading the 10k who's-who uncached (empty story)" "$load" "" "" ""

t1=$(median_ms $fl check "$work/story-x1.txt" --facts "$seed/facts.yaml" --format short)
for n in 10 100; do
  tn=$(median_ms $fl check "$work/story-x$n.txt" --facts "$seed/facts.yaml" --format short)
  printf '%-58s %8sms %8sms %8s %8s\n' "story ${n}x as long / 1x" "$tn" "$t1" "$(ratio "$tn" "$t1")" "~$n"
done

# growth in the who's-who: loading it uncached (an empty story), and the corpus with it
prev=""
for size in 1k 10k 100k; do
  total=$(median_ms $fl check "$corpus" --facts "$work/$size.yaml" --format short --no-cache)
  loading=$(median_ms $fl check "$work/empty.txt" --facts "$work/$size.yaml" --no-cache)
  checking=$(( total - loading ))
  if [ -n "$prev" ]; then
    printf '%-58s %8sms %8sms %8s %8s\n' "loading the who's-who uncached: $size / $prev_size" "$loading" "$prev_loading" "$(ratio "$loading" "$prev_loading")" "~10"
    printf '%-58s %8sms %8sms %8s %8s\n' "corpus checking, loading aside: $size / $prev_size facts" "$checking" "$prev" "$(ratio "$checking" "$prev")" "<= 1.5"
  fi
  if [ -x /usr/bin/time ]; then
    rss=$({ /usr/bin/time -f %M $fl check "$work/empty.txt" --facts "$work/$size.yaml" --no-cache 2>&1 >/dev/null || true; } | tail -1)
    printf '%-58s %8sMB %10s %8s %8s\n' "  peak RSS, loading the $size who's-who uncached" "$(( rss / 1024 ))" "" "" ""
  fi
  prev=$checking; prev_size=$size; prev_loading=$loading
done

if [ -x /usr/bin/time ]; then
  rss=$({ /usr/bin/time -f %M $fl check "$corpus" --facts "$work/10k.yaml" --format short 2>&1 >/dev/null || true; } | tail -1)
  printf '%-58s %8sMB %10s %8s %8s\n' "peak RSS, whole corpus vs 10k who's-who" "$(( rss / 1024 ))" "" "" "< 100"
fi

# memory per byte of story: the seed story repeated to 50 MB on one line
if [ -x /usr/bin/time ]; then
  line=$(tr '\n' ' ' < "$seed/story.txt")
  : > "$work/big.txt"
  while [ "$(stat -c %s "$work/big.txt")" -lt 52428800 ]; do
    for _ in $(seq 200); do printf '%s ' "$line"; done >> "$work/big.txt"
  done
  bytes=$(stat -c %s "$work/big.txt")
  rss=$({ /usr/bin/time -f %M $fl check "$work/big.txt" --facts "$seed/facts.yaml" --format short --max-story-size 64M 2>&1 >/dev/null || true; } | tail -1)
  printf '%-58s %8sMB %10s %8s %8s\n' "peak RSS, a $(( bytes / 1048576 )) MB story ($(awk -v r="$rss" -v b="$bytes" 'BEGIN{printf "%.1f", r*1024/b}') bytes per byte)" "$(( rss / 1024 ))" "" "" "< 300"
fi
