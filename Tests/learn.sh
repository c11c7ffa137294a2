#!/usr/bin/env bash
# Learns the word weights the attitude score adds to its rules, from the development parts of the
# labelled sets and only from them: the sets tuned on (development 2 to 16, 18 to 20, 22, 24, 27,
# 28, 31, 32), the rows and days of the first sets that are not in their frozen test part (row
# numbers not divisible by 3, odd days), the odd rows of the plain-event sentences
# (events-sentences.tsv; the even rows are its test part), the sentences the vocabulary sweeps'
# helpers and twenty more helpers wrote and rated (training-sentences.tsv) and the days twelve
# more helpers wrote and rated (training-days.md). The sets never tuned on, the frozen test parts, the
# blind sets and the public sets are left out, so they still measure text the weights never saw.
#
# Two models, each ridge regression of the rated valence (−4…4, scaled to −1…1) on how often each
# word and each pair of neighbouring words occurs, words as `Tokenizer` folds them (lower case, `’`
# as `'`, phone spellings such as "dont" as "don't"; words starting with a digit left out);
# features seen fewer than 3 times are dropped:
#   - sentences (Prompts/Resources/learned/weights.md): penalty 10;
#   - whole days (Prompts/Resources/learned/days.md): each day's counts divided by the square root
#     of its number of features, penalty 1.
# Both are solved by conjugate gradients in plain Python, so the result is the same on every
# machine. The penalties and the weights the analyzer gives the sums (0.42 a sentence, 0.8 a day)
# were chosen by three-fold cross-validation over the development sets; a larger share for
# sentences would suit journals better and general text worse (README). Usage: Tests/learn.sh
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

def rated_days(name):
    text = open(f"{fixtures}/{name}", encoding="utf-8").read()
    return re.findall(r"^## day (\d+) · valence ([+-]?[\d.]+) · (?:mixed|plain)\n(.*?)(?=^## day |\Z)", text, re.S | re.M)

sentences = []   # (valence −1…1, sentence)
for n in tuned:
    sentences += [(float(r[0]) / 4, r[-1]) for r in rows(f"development-{n}-sentences.tsv")]
for name, scale in [("sales-sentences.tsv", 1 / 4), ("general-sentences.tsv", 1 / 4), ("labelled-sentences.tsv", 1 / 2)]:
    sentences += [(float(r[0]) * scale, r[-1]) for number, r in enumerate(rows(name), start=1) if number % 3 != 0]
sentences += [(float(r[0]) / 4, r[-1]) for number, r in enumerate(rows("events-sentences.tsv"), start=1) if number % 2 == 1]
sentences += [(float(r[0]) / 4, r[-1]) for r in rows("training-sentences.tsv")]

days = []        # (valence −1…1, the day's text)
for n in tuned:
    days += [(float(v) / 4, body.strip()) for _, v, body in rated_days(f"development-{n}-days.md")]
days += [(float(v) / 4, body.strip()) for number, v, body in rated_days("days.md") if int(number) % 2 == 1]
days += [(float(v) / 4, body.strip()) for _, v, body in rated_days("training-days.md")]

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

def fit(examples, penalty, scaled):
    """(intercept, {feature: weight}): the intercept is the mean valence; each row is divided by
    the square root of its number of features when `scaled`."""
    seen = {}
    for _, text in examples:
        for f in set(features(text)):
            seen[f] = seen.get(f, 0) + 1
    index = {f: i for i, f in enumerate(sorted(f for f, c in seen.items() if c >= 3))}
    X = []
    for _, text in examples:
        found = features(text)
        scale = 1 / max(1, len(found)) ** 0.5 if scaled else 1
        row = {}
        for f in found:
            if f in index:
                row[index[f]] = row.get(index[f], 0) + scale
        X.append(list(row.items()))
    mean = sum(v for v, _ in examples) / len(examples)
    b = [0.0] * len(index)
    for row, (v, _) in zip(X, examples):
        for i, c in row:
            b[i] += (v - mean) * c

    def normal(w):   # (XᵀX + λI) w
        out = [penalty * x for x in w]
        for row in X:
            dot = sum(w[i] * c for i, c in row)
            for i, c in row:
                out[i] += dot * c
        return out

    w = [0.0] * len(index)
    r = b[:]
    p = r[:]
    rr = sum(x * x for x in r)
    for _ in range(2000):
        Ap = normal(p)
        alpha = rr / sum(a * c for a, c in zip(p, Ap))
        w = [a + alpha * c for a, c in zip(w, p)]
        r = [a - alpha * c for a, c in zip(r, Ap)]
        new = sum(x * x for x in r)
        if new < 1e-14 * len(index):
            break
        p = [a + new / rr * c for a, c in zip(r, p)]
        rr = new
    return mean, {f: w[i] for f, i in index.items()}

def write(path, title, about, intercept, weights):
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"# {title}\n\n{about}\n\n## intercept\n- intercept: {intercept:.5f}\n\n## weights\n")
        for f in sorted(weights):
            if abs(weights[f]) >= 0.0005:
                out.write(f"- {f}: {weights[f]:.5f}\n")

intercept, weights = fit(sentences, 10.0, scaled=False)
write("Prompts/Resources/learned/weights.md", "Learned word weights",
      f"Written by `Tests/learn.sh` from {len(sentences)} labelled sentences of the development sets (never the\n"
      "sets kept for measuring): how much each word and each pair of neighbouring words moves a sentence's\n"
      "rated valence (−1…1), by ridge regression. The analyzer adds 0.42 times a sentence's sum (the\n"
      "intercept plus its words' weights) to what its rules say. Not for editing by hand: run the script.",
      intercept, weights)
print(f"{len(sentences)} sentences, {len(weights)} features")

intercept, weights = fit(days, 1.0, scaled=True)
write("Prompts/Resources/learned/days.md", "Learned word weights of whole days",
      f"Written by `Tests/learn.sh` from {len(days)} labelled days of the development sets (never the sets\n"
      "kept for measuring): how much each word and each pair of neighbouring words moves a whole day's\n"
      "rated valence (−1…1), by ridge regression on counts divided by the square root of the day's\n"
      "number of words and pairs. The analyzer adds 0.8 times a day's sum (the intercept plus that\n"
      "scaled sum) to the score of a text of three sentences or more (in full from 40 words, in\n"
      "proportion below). Not for editing by hand: run the script.",
      intercept, weights)
print(f"{len(days)} days, {len(weights)} features")
PY
