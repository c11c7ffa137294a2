#!/usr/bin/env bash
# Prints the Pearson r of `reflect analyze` with the human ratings of the four public sets of the
# VADER paper (Hutto & Gilbert, ICWSM 2014): tweets, movie-review, Amazon-review and New York Times
# editorial snippets. The sets are not in this repository; get them once with
#
#   pip download vaderSentiment==3.3.2 --no-deps --no-binary :all: -d /tmp/vd
#   tar xzf /tmp/vd/vaderSentiment-3.3.2.tar.gz -C /tmp/vd
#   tar xzf /tmp/vd/vaderSentiment-3.3.2/additional_resources/hutto_ICWSM_2014.tar.gz -C /tmp/vd
#
# and run  Tests/public-sets.sh /tmp/vd/hutto_ICWSM_2014
# Only the *_GroundTruth.txt files are read (id, mean rating, text). A measurement, not a test.
set -euo pipefail
sets=${1:?usage: Tests/public-sets.sh FOLDER-WITH-GROUND-TRUTH-FILES}
cd "$(dirname "$0")/.."
swift build -c release --product reflect >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in tweets movieReviewSnippets amazonReviewSnippets nytEditorialSnippets; do
  file="$sets/${name}_GroundTruth.txt"
  tr -d '\r' < "$file" | awk -F'\t' 'NF >= 3 { print $2 > "'"$work/$name.ratings"'"; print $3 }' \
    | "$bin/reflect" analyze --lines --date 2026-11-24 > "$work/$name.jsonl"
done
python3 - "$work" <<'PY'
import json, math, sys
work = sys.argv[1]
def pearson(xs, ys):
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return cov / math.sqrt(sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))
vader = {"tweets": 0.872, "movieReviewSnippets": 0.427, "amazonReviewSnippets": 0.590, "nytEditorialSnippets": 0.503}
print(f"{'set':<22}{'n':>6}{'r':>8}{'VADER':>8}{'zero':>7}")
for name, theirs in vader.items():
    ratings = [float(line) for line in open(f"{work}/{name}.ratings")]
    scores = [json.loads(line)["score"] for line in open(f"{work}/{name}.jsonl")]
    assert len(ratings) == len(scores), name
    zero = sum(1 for s in scores if s == 0) / len(scores)
    print(f"{name:<22}{len(scores):>6}{pearson(ratings, scores):>8.3f}{theirs:>8.3f}{zero:>7.0%}")
PY
