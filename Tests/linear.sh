#!/usr/bin/env bash
# Times the inputs that once made reading superlinear, with the release binary: a line of
# 100,000 inline tags, a 10 MB file of one line, 100,000 task lines and 10,000 front matter
# keys, each a day of one journal. A measurement, not a test (JournalTests reads the same
# inputs and checks what it reads). Usage: Tests/linear.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product reflect >/dev/null
reflect="$(swift build -c release --show-bin-path)/reflect"
journal=$(mktemp -d "${TMPDIR:-/tmp}/reflect-linear-XXXXXX")
trap 'rm -rf "$journal"' EXIT
mkdir -p "$journal/2026/11"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "#t%d ", i; print "" }' > "$journal/2026/11/2026-11-01.md"
awk 'BEGIN { for (i = 0; i < 2000000; i++) printf "word "; print "" }' > "$journal/2026/11/2026-11-02.md"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "- [ ] Call account %d by Friday 📅 2026-12-01\n", i }' > "$journal/2026/11/2026-11-03.md"
awk 'BEGIN { print "---"; for (i = 0; i < 10000; i++) printf "key%d: value %d\n", i, i; print "tags: [a, b]"; print "---"; print "Body #x" }' \
    > "$journal/2026/11/2026-11-04.md"
TIMEFORMAT='%R s'
run() {
    printf '%-52s' "$*"
    { time "$reflect" --journal "$journal" --date 2026-11-30 "$@" >/dev/null; } 2>&1
}
run show 2026-11-01
run show 2026-11-02
run show 2026-11-03
run show 2026-11-04
run list
run search word
run commitments
printf '%-52s' "today (append to the 100,000 tags)"
{ time "$reflect" --journal "$journal" --date 2026-11-01 today --attitude 3 <<<"One more answer." >/dev/null; } 2>&1
