#!/usr/bin/env bash
# Learns the word weights the attitude score adds to its rules (Prompts/Resources/learned/weights.md)
# from the development parts of the labelled sets, and only from them: the sets tuned on
# (development 2 to 16, 18 to 20, 22, 24, 27, 28, 31, 32), the rows of the first sets that are
# not in their frozen test part (row numbers not divisible by 3), the odd rows of the plain-event
# sentences (events-sentences.tsv; the even rows are its test part) and the sentences the
# vocabulary sweeps' helpers wrote and rated to find their words (training-sentences.tsv). The
# sets never tuned on, the frozen test parts, the blind sets and the public sets are left out, so
# they still measure text the weights never saw.
#
# The model is ridge regression of the rated valence (−4…4, scaled to −1…1) on how often each word
# and each pair of neighbouring words occurs in the sentence, words as `Tokenizer` folds them
# (lower case, `’` as `'`, phone spellings such as "dont" as "don't"; words starting with a digit
# left out). Features seen in fewer than 3 sentences are dropped, the penalty is 10, and it is
# solved by conjugate gradients in plain Python, so the result is the same on every machine.
# The count, penalty and the weight the analyzer gives the sum (0.3) were chosen by three-fold
# cross-validation over the development sets. Usage: Tests/learn.sh
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import re

fixtures = "Tests/InsightsTests/Fixtures"
tuned = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 22, 24, 27, 28, 31, 32]
spellings = dict(re.findall(r'\("([^"]+)", "([^"]+)"\)', open("Sources/Journal/Spellings.swift", encoding="utf-8").read()))

def rows(name):
    lines = open(f"{fixtures}/{name}", encoding="utf-8").read().split("\n")[1:]
    return [line.split("\t") for line in lines if line.strip()]

examples = []   # (valence −1…1, sentence)
for n in tuned:
    examples += [(float(r[0]) / 4, r[-1]) for r in rows(f"development-{n}-sentences.tsv")]
for name, scale in [("sales-sentences.tsv", 1 / 4), ("general-sentences.tsv", 1 / 4), ("labelled-sentences.tsv", 1 / 2)]:
    examples += [(float(r[0]) * scale, r[-1]) for number, r in enumerate(rows(name), start=1) if number % 3 != 0]
examples += [(float(r[0]) / 4, r[-1]) for number, r in enumerate(rows("events-sentences.tsv"), start=1) if number % 2 == 1]
examples += [(float(r[0]) / 4, r[-1]) for r in rows("training-sentences.tsv")]

def words(text):
    out = []
    for word in re.findall(r"[^\W_]+(?:['\-][^\W_]+)*", text.replace("\u2019", "'")):
        folded = word.lower()
        if not (len(word) > 1 and word.isupper()):
            folded = spellings.get(folded, folded)
        out.append(None if folded[0].isdigit() else folded)
    return out

def features(text):
    w = words(text)
    found = [x for x in w if x]
    found += [f"{a} {b}" for a, b in zip(w, w[1:]) if a and b]
    return found

counts = {}
for _, text in examples:
    for f in set(features(text)):
        counts[f] = counts.get(f, 0) + 1
index = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= 3))}
X = []
for _, text in examples:
    row = {}
    for f in features(text):
        if f in index:
            row[index[f]] = row.get(index[f], 0) + 1
    X.append(list(row.items()))
y = [v for v, _ in examples]
mean = sum(y) / len(y)
target = [v - mean for v in y]
penalty = 10.0

def normal(w):   # (XᵀX + λI) w
    out = [penalty * x for x in w]
    for row in X:
        dot = sum(w[i] * c for i, c in row)
        for i, c in row:
            out[i] += dot * c
    return out

b = [0.0] * len(index)
for row, t in zip(X, target):
    for i, c in row:
        b[i] += t * c
w = [0.0] * len(index)
r = b[:]
p = r[:]
rr = sum(x * x for x in r)
for _ in range(300):
    Ap = normal(p)
    alpha = rr / sum(a * c for a, c in zip(p, Ap))
    w = [a + alpha * c for a, c in zip(w, p)]
    r = [a - alpha * c for a, c in zip(r, Ap)]
    new = sum(x * x for x in r)
    if new < 1e-12 * len(index):
        break
    p = [a + new / rr * c for a, c in zip(r, p)]
    rr = new

with open("Prompts/Resources/learned/weights.md", "w", encoding="utf-8") as out:
    out.write("# Learned word weights\n\n")
    out.write(f"Written by `Tests/learn.sh` from {len(examples)} labelled sentences of the development sets (never the\n"
              "sets kept for measuring): how much each word and each pair of neighbouring words moves a sentence's\n"
              "rated valence (−1…1), by ridge regression. The analyzer adds 0.3 times a sentence's sum (the\n"
              "intercept plus its words' weights) to what its rules say. Not for editing by hand: run the script.\n\n")
    out.write("## intercept\n")
    out.write(f"- intercept: {mean:.5f}\n\n## weights\n")
    for f, i in sorted(index.items()):
        if abs(w[i]) >= 0.0005:
            out.write(f"- {f}: {w[i]:.5f}\n")
print(f"{len(examples)} sentences, {len(index)} features")
PY
