#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Tests/Fuzz and runs them at the lowest priority.
#
#   Tests/fuzz.sh [RUNS] [HARNESS...]
#
# RUNS is the number of runs per harness (default 2,600,000: more than ten million over the four);
# the harnesses are parser, writer, duedate and tokenizer (default: all). Each is built with
# `swiftc -sanitize=fuzzer,address` from its file in Tests/Fuzz and the sources it tests, compiled
# directly: Sources/Journal (as the module Journal), and Sources/Insights/Tokenizer.swift, which is
# only read. Corpora grow in .build/fuzz (FUZZ_OUT); a crash stops the run, leaves the input in the
# build folder as crash-*, and the script exits non-zero (run the harness on that file to see why).
# Prints runs and seconds per harness.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-2600000}
[ $# -gt 0 ] && shift
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(parser writer duedate tokenizer)
out=${FUZZ_OUT:-.build/fuzz}
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
mkdir -p "$out"
swiftc=(nice -n 19 swiftc -parse-as-library -O -sanitize="$sanitizers" -package-name reflect)
# gold warns about every address sanitizer helper it links; nothing else is dropped.
quiet() { "$@" 2> >(grep -v "Cannot export local symbol" >&2); }

# The sources are copied first, so edits made while the harnesses build cannot mix into them.
rm -rf "$out/src" && mkdir -p "$out/src/Journal" "$out/src/Fuzz"
cp Sources/Journal/*.swift "$out/src/Journal/" && cp Tests/Fuzz/*.swift "$out/src/Fuzz/" && cp Sources/Insights/Tokenizer.swift "$out/src/"
# Journal, less the files that import the Prompts bundle (the prompt sets, the cache folder) and the
# schedule built on them.
journal=()
for file in "$out"/src/Journal/*.swift; do
    case "$file" in */Schedule.swift) continue ;; esac   # built on PromptSet
    grep -q '^import Prompts' "$file" || journal+=("$file")
done
quiet "${swiftc[@]}" -module-name Journal -emit-library -static -emit-module -emit-module-path "$out/Journal.swiftmodule" \
    -o "$out/libJournal.a" "${journal[@]}"

sources() {
    case "$1" in
        parser) echo "$out/src/Fuzz/EntryParserFuzz.swift" ;;
        writer) echo "$out/src/Fuzz/EntryWriterFuzz.swift" ;;
        duedate) echo "$out/src/Fuzz/DueDateFuzz.swift" ;;
        tokenizer) echo "$out/src/Fuzz/TokenizerFuzz.swift" "$out/src/Tokenizer.swift" ;;
        *) echo "unknown harness '$1'" >&2; exit 64 ;;
    esac
}

summary=""
total=0
for harness in "${harnesses[@]}"; do
    # shellcheck disable=SC2046
    quiet "${swiftc[@]}" -module-name "Fuzz_$harness" -I "$out" -L "$out" -lJournal "$out/src/Fuzz/Check.swift" $(sources "$harness") \
        -o "$out/fuzz-$harness"
    mkdir -p "$out/corpus-$harness"
    start=$(date +%s)
    # The Swift runtime's own backtracer would catch the trap before libFuzzer can keep the input.
    SWIFT_BACKTRACE=enable=no nice -n 19 "$out/fuzz-$harness" -runs="$runs" -artifact_prefix="$out/" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict=Tests/Fuzz/entry.dict "$out/corpus-$harness" Tests/Fuzz/Seeds 2>"$out/$harness.log" || {
        tail -40 "$out/$harness.log" >&2
        echo "fuzz-$harness found a crash; the log is $out/$harness.log" >&2
        exit 1
    }
    seconds=$(( $(date +%s) - start ))
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$harness.log")
    total=$(( total + executed ))
    summary+=$(printf '%-10s %12s runs %7s s\n' "$harness" "$executed" "$seconds")$'\n'
done
printf '%s' "$summary"
printf '%-10s %12s runs, no crash\n' total "$total"
