#!/usr/bin/env bash
# Prints how well `reflect analyze` agrees with the labelled sets in Tests/InsightsTests/Fixtures:
# sentence Pearson r with the rated valence, negative sentences found (precision and recall),
# 3-class accuracy, stated commitments (precision and recall), and whole-day r (all days and the
# mixed ones). The first sets are split by a fixed rule: data row (or day) numbers divisible by 3
# (days: even numbers) are the frozen test part, the rest the development part; the plain-event
# sentences (events-sentences.tsv) split by even row numbers. Development sets 2 to 43
# (development-*-sentences.tsv, development-*-days.md: new writers) are development only, though
# 17, 21, 23, 25, 26, 29, 30 and 33 to 43 were never tuned on (README). The blind sets (blind-*:
# written by someone who never saw the scorer) are test only. The learned word weights
# (Tests/learn.sh) are fitted on development parts only. Last, how far a second rater
# (second-rater-19-*, second-rater-22-*) agrees with the first.
#
#   Tests/agreement.sh          the development part (what the rules were tuned on)
#   Tests/agreement.sh --test   the frozen test part and the blind set as well
#
# A measurement, not a test: InsightsTests holds the agreement to thresholds.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product reflect >/dev/null
bin=$(swift build -c release --show-bin-path)
fixtures=Tests/InsightsTests/Fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The development sets of new writers: development-N-sentences.tsv and development-N-days.md.
development="2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43"
for set in sales-sentences general-sentences labelled-sentences events-sentences $(printf 'development-%s-sentences ' $development) blind-sentences blind-2-sentences; do
  tail -n +2 "$fixtures/$set.tsv" | awk -F'\t' '{ print $NF }' | "$bin/reflect" analyze --lines --date 2026-11-24 > "$work/$set.jsonl"
done
for days in days $(printf 'development-%s-days ' $development) blind-days blind-2-days; do
  python3 - "$fixtures/$days.md" "$work/$days" <<'PY'
import os, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
os.makedirs(sys.argv[2])
for match in re.finditer(r"^## day (\d+) · valence ([+-]?[\d.]+) · (mixed|plain)\n(.*?)(?=^## day |\Z)", text, re.S | re.M):
    number, valence, kind, body = match.groups()
    open(f"{sys.argv[2]}/{number}-{valence}-{kind}.md", "w", encoding="utf-8").write(body.strip() + "\n")
PY
  for day in "$work/$days"/*.md; do
    printf '%s\t' "$(basename "$day" .md)"
    "$bin/reflect" analyze --json --date 2026-11-24 < "$day" | python3 -c 'import json, sys; print(json.load(sys.stdin)["score"])'
  done > "$work/$days.tsv"
done
python3 - "$fixtures" "$work" "${1:-}" "$development" <<'PY'
import json, math, sys
fixtures, work, mode, development = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split()
parts = ["dev", "test"] if mode == "--test" else ["dev"]

def pearson(xs, ys):
    if len(xs) < 3: return float("nan")
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return cov / math.sqrt(sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))

def pr(truth, guess):
    tp = sum(t and g for t, g in zip(truth, guess)); fp = sum(g and not t for t, g in zip(truth, guess))
    fn = sum(t and not g for t, g in zip(truth, guess))
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)

def cls(value, band):
    return -1 if value < -band else 1 if value > band else 0

def part_of(number):
    return "test" if number % 3 == 0 else "dev"

def load(name, valence_column, commitment_column=None, scale=1.0, blind=False, development=False, halves=False):
    rows = [line.rstrip("\n").split("\t") for line in open(f"{fixtures}/{name}.tsv", encoding="utf-8")][1:]
    results = [json.loads(line) for line in open(f"{work}/{name}.jsonl", encoding="utf-8")]
    assert len(rows) == len(results), (name, len(rows), len(results))
    out = []
    for number, (row, result) in enumerate(zip(rows, results), start=1):
        part = "test" if blind else "dev" if development else ("test" if number % 2 == 0 else "dev") if halves else part_of(number)
        out.append({"part": part, "valence": float(row[valence_column]) * scale,
                    "commitment": None if commitment_column is None else int(row[commitment_column]) > 0,
                    "kind": row[-2] if len(row) >= 3 else "", "result": result})
    return out

sets = {
    "sales": load("sales-sentences", 0, 1),
    "general": load("general-sentences", 0),
    "journal (earlier set)": load("labelled-sentences", 0, 1, scale=2.0),
    "plain events": load("events-sentences", 0, halves=True),
    **{f"development {n}": load(f"development-{n}-sentences", 0, 1, development=True) for n in development},
    "blind (written unseen)": load("blind-sentences", 0, 1, blind=True),
    "blind 2 (written unseen)": load("blind-2-sentences", 0, 1, blind=True),
}

def print_days(name, file, blind, part, development=False):
    days = [line.rstrip("\n").split("\t") for line in open(f"{work}/{file}.tsv", encoding="utf-8")]
    days = [(int(n.split("-")[0]), float(n.split("-", 1)[1].rsplit("-", 1)[0]), n.endswith("mixed"), float(s)) for n, s in days]
    days = [d for d in days if ("test" if blind else "dev" if development or d[0] % 2 else "test") == part]
    if not days: return
    mixed = [d for d in days if d[2]]
    print(f"{name:24} n={len(days):4}  r={pearson([d[1] for d in days], [d[3] for d in days]):.3f}"
          f"  mixed n={len(mixed)} r={pearson([d[1] for d in mixed], [d[3] for d in mixed]):.3f}")

for part in parts:
    print(f"== {part} part ==")
    for name, rows in sets.items():
        rows = [r for r in rows if r["part"] == part]
        if not rows: continue
        human = [r["valence"] for r in rows]; score = [r["result"]["score"] for r in rows]
        p, c = pr([h < -0.25 for h in human], [s <= -0.05 for s in score])
        acc = sum(cls(h, 0.25) == cls(s, 0.05) for h, s in zip(human, score)) / len(rows)
        print(f"{name:24} n={len(rows):4}  r={pearson(human, score):.3f}  negative P={p:.3f} R={c:.3f}  3-class={acc:.3f}")
        if rows and rows[0]["commitment"] is not None:
            p, c = pr([r["commitment"] for r in rows], [len(r["result"]["statedCommitments"]) > 0 for r in rows])
            print(f"{'':24} stated commitments P={p:.3f} R={c:.3f}")
    print_days("days", "days", False, part)
    for n in development:
        print_days(f"development {n} days", f"development-{n}-days", False, part, development=True)
    print_days("blind days", "blind-days", True, part)
    print_days("blind 2 days", "blind-2-days", True, part)

# A second rater re-rated development sets 19 and 22 without seeing the first rater's labels
# (second-rater-N-*.tsv): how far the raters agree bounds how far any scorer can.
print("== second rater ==")
for n in ["19", "22"]:
    first = [r["valence"] for r in sets[f"development {n}"]]
    second = [float(line.split("\t")[1]) for line in open(f"{fixtures}/second-rater-{n}-sentences.tsv", encoding="utf-8").readlines()[1:]]
    score = [r["result"]["score"] for r in sets[f"development {n}"]]
    both = [(a + b) / 2 for a, b in zip(first, second)]
    print(f"development {n:12} sentences  raters r={pearson(first, second):.3f}  scorer with their mean r={pearson(score, both):.3f}")
    days = {int(name.split("-")[0]): (float(name.split("-", 1)[1].rsplit("-", 1)[0]), float(s))
            for name, s in (line.rstrip("\n").split("\t") for line in open(f"{work}/development-{n}-days.tsv", encoding="utf-8"))}
    rated = {int(d): float(v) for d, v in (line.rstrip("\n").split("\t") for line in open(f"{fixtures}/second-rater-{n}-days.tsv", encoding="utf-8").readlines()[1:])}
    keys = sorted(days)
    first = [days[k][0] for k in keys]; second = [rated[k] for k in keys]; score = [days[k][1] for k in keys]
    print(f"development {n:12} days       raters r={pearson(first, second):.3f}  scorer with their mean r={pearson(score, [(a + b) / 2 for a, b in zip(first, second)]):.3f}")
PY
