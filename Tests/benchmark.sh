#!/usr/bin/env bash
# Prints how long reflect's commands take and how much memory they use on a ten-year journal
# from reflect-sample (3,652 entries of about 250 words). Not a test: figures, for notes and reviews.
#
#   Tests/benchmark.sh [runs]      (default 20 runs a command; the median and the worst are shown)
#
# It measures the binary as the README installs it: a release build with the Swift runtime linked
# in (--static-swift-stdlib), which starts in about half the time of one that loads it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
build=(swift build -c release --static-swift-stdlib --scratch-path .build-static)
"${build[@]}" >/dev/null
bin=$("${build[@]}" --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
journal="$work/journal"
"$bin/reflect-sample" --journal "$journal" --years 10 --end 2026-11-28
one_year="$work/one-year"
"$bin/reflect-sample" --journal "$one_year" --years 1 --end 2026-11-28 >/dev/null
export TZ=UTC
# The lexicon is kept in the cache folder by the first run and read back by the others; a cache of
# the benchmark's own keeps the user's untouched. "no cache" runs build it every time.
export XDG_CACHE_HOME="$work/cache"
mkdir -p "$XDG_CACHE_HOME"

# measure NAME JOURNAL ARGS... — median and worst wall time (ms) and the peak resident memory (MB).
measure() {
  local name=$1 dir=$2; shift 2
  local times=() peak=0
  for _ in $(seq "$runs"); do
    local start end rss
    start=$(date +%s%N)
    /usr/bin/time -o "$work/rss" -f '%M' "$bin/reflect" --journal "$dir" --date 2026-11-28 "$@" </dev/null >/dev/null 2>&1
    rss=$(tail -1 "$work/rss")
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
    (( rss > peak )) && peak=$rss
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  awk -v name="$name" -v median="${sorted[$((runs / 2))]}" -v worst="${sorted[$((runs - 1))]}" -v peak="$peak" \
    'BEGIN { printf "%-34s median %6.1f ms   worst %6.1f ms   peak %5.1f MB\n", name, median / 1000, worst / 1000, peak / 1024 }'
}

echo "reflect on a ten-year journal ($(find "$journal" -name '*.md' | wc -l) entries), $runs runs each, wall time including /usr/bin/time:"
measure "list" "$journal" list
measure "list --json" "$journal" list --json
measure "show" "$journal" show 2026-11-24
measure "search acme renewal (all years)" "$journal" search acme renewal
measure "commitments" "$journal" commitments
measure "commitments --all --json" "$journal" commitments --all --json
measure "on-this-day" "$journal" on-this-day
measure "prompt" "$journal" prompt
measure "report --month 2026-10 (json)" "$journal" report --month 2026-10 --format json
measure "report --month 2026-10 (html)" "$journal" report --month 2026-10 --format html
XDG_CACHE_HOME="$work/no-cache" measure "report --month 2026-10 (json), no cache" "$journal" report --month 2026-10 --format json
measure "brief (7 days, text)" "$journal" brief
measure "brief --month 2026-10 (html)" "$journal" brief --month 2026-10 --format html
measure "accounts --month 2026-10" "$journal" accounts --month 2026-10
measure "numbers" "$journal" numbers

# Saving today's answer: a fresh copy of each journal per run, so every run appends to the same file.
save() {
  local name=$1 source=$2 times=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/copy" && cp -a "$source" "$work/copy"
    local start end
    start=$(date +%s%N)
    echo "Saved answer." | "$bin/reflect" --journal "$work/copy" --date 2026-11-28 today --attitude 3 >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  awk -v name="$name" -v median="${sorted[$((runs / 2))]}" 'BEGIN { printf "%-34s median %6.1f ms\n", name, median / 1000 }'
}
save "today (piped), one-year journal" "$one_year"
save "today (piped), ten-year journal" "$journal"

# analyze --lines streams: a million short lines, with the peak memory that must stay flat.
lines="$work/lines.txt"
for _ in $(seq 200000); do
  printf '%s\n' "Not bad at all, the demo went well." "I got ghosted again by Initech." "I will send the proposal by Friday." \
    "No problem with legal this time." "The pipeline feels thin and I'm worried about Q4."
done > "$lines"
start=$(date +%s%N)
/usr/bin/time -o "$work/rss" -f '%M' "$bin/reflect" analyze "$lines" --lines >/dev/null
end=$(date +%s%N)
count=$(wc -l < "$lines")
awk -v count="$count" -v ns="$((end - start))" -v peak="$(tail -1 "$work/rss")" \
  'BEGIN { printf "%-34s %d lines in %.1f ms: %.0f lines/s   peak %5.1f MB\n", "analyze --lines", count, ns / 1e6, count / (ns / 1e9), peak / 1024 }'
