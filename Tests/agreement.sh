#!/usr/bin/env bash
# Prints how well `reflect analyze` agrees with the people who labelled
# Tests/InsightsTests/Fixtures/labelled-sentences.tsv: Pearson r of score against rated attitude,
# precision and recall of negative sentences, of negative-word counts and of stated commitments.
# A measurement, not a test (InsightsTests holds the agreement to thresholds).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product reflect >/dev/null
bin=$(swift build -c release --show-bin-path)
set="Tests/InsightsTests/Fixtures/labelled-sentences.tsv"
tail -n +2 "$set" | cut -f4 | "$bin/reflect" analyze --lines --date 2026-11-24 > "${TMPDIR:-/tmp}/reflect-agreement.jsonl"
python3 - "$set" "${TMPDIR:-/tmp}/reflect-agreement.jsonl" <<'PY'
import json, math, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")][1:]
results = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
assert len(rows) == len(results), (len(rows), len(results))
human = [float(r[0]) for r in rows]
score = [r["score"] for r in results]
mh, ms = sum(human) / len(human), sum(score) / len(score)
cov = sum((h - mh) * (s - ms) for h, s in zip(human, score))
r = cov / math.sqrt(sum((h - mh) ** 2 for h in human) * sum((s - ms) ** 2 for s in score))
def pr(truth, guess):
    tp = sum(t and g for t, g in zip(truth, guess)); fp = sum(g and not t for t, g in zip(truth, guess))
    fn = sum(t and not g for t, g in zip(truth, guess))
    return tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0
print(f"sentences                       {len(rows)}")
print(f"Pearson r, score vs attitude    {r:.3f}")
p, c = pr([h < 0 for h in human], [s <= -0.05 for s in score])
print(f"negative sentences              precision {p:.3f}  recall {c:.3f}   (rated below 0 / score at most -0.05)")
p, c = pr([int(r[2]) > 0 for r in rows], [x["negative"] > 0 for x in results])
print(f"sentences with negative words   precision {p:.3f}  recall {c:.3f}")
exact = sum(int(r[2]) == x["negative"] for r, x in zip(rows, results)) / len(rows)
print(f"negative-word count exact       {exact:.3f}")
p, c = pr([int(r[1]) > 0 for r in rows], [len(x["statedCommitments"]) > 0 for x in results])
print(f"stated commitments              precision {p:.3f}  recall {c:.3f}")
PY
