import Prompts

/// Word weights learned from the project's own labelled development sentences and days
/// (`learned/weights.md` and `learned/days.md`, written by `Tests/learn.sh`): how much each folded
/// word, and each pair of neighbouring words, moves a sentence's (or a whole day's) rated valence
/// (−1…1), with an intercept. The analyzer adds a share of a sentence's sum to what its rules say,
/// and a share of a day's scaled sum to the day's score, so that words no list names ("ported",
/// "re-tendered", "sent back") still count.
///
/// The file is a list of `- key: weight` lines under `## intercept` and `## weights`; a key is one
/// word or two words parted by a space, folded as `Tokenizer` folds them. Weights are kept in an
/// open-addressing table keyed by FNV-1a of the key's bytes, so the analyzer looks them up
/// straight from the text's tokens.
public struct LearnedWeights: Sendable {
    /// No weights: a lexicon built from word lists alone.
    public static let none = LearnedWeights(keys: [], weights: [], intercept: 0)

    /// The bundled `learned/weights.md`, the weights of sentences, with every line that could not be read.
    public static let bundled: (weights: LearnedWeights, problems: [String]) = parsing(Resources.text("learned/weights.md") ?? "", source: "learned/weights.md")

    /// The bundled `learned/days.md`, the weights of whole days, with every line that could not be read.
    public static let bundledDays: (weights: LearnedWeights, problems: [String]) = parsing(Resources.text("learned/days.md") ?? "", source: "learned/days.md")

    /// The sum's value with no words at all.
    public let intercept: Double
    private let hashes: [UInt64]
    private let values: [Float]
    private let mask: Int

    /// Whether there are no weights.
    public let isEmpty: Bool

    /// The weights of `text` (the format of `learned/weights.md`), and every line that could not be
    /// read, naming `source`.
    public static func parsing(_ text: String, source: String) -> (weights: LearnedWeights, problems: [String]) {
        var keys: [String] = [], weights: [Float] = [], intercept = 0.0, problems: [String] = []
        var section: Substring = ""
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("## ") { section = trimmed(line.dropFirst(3)); continue }
            guard line.hasPrefix("- "), section == "intercept" || section == "weights" else { continue }
            let item = line.dropFirst(2)
            guard let colon = item.lastIndex(of: ":"), let weight = Double(trimmed(item[item.index(after: colon)...])),
                  weight.isFinite, abs(weight) <= 4 else {
                problems.append("\(source):\(number + 1): not `- key: weight` with a weight from -4 to 4: `\(item)`")
                continue
            }
            let key = trimmed(item[..<colon])
            if section == "intercept" {
                intercept = weight
            } else if !key.isEmpty {
                keys.append(String(key))
                weights.append(Float(weight))
            }
        }
        return (LearnedWeights(keys: keys, weights: weights, intercept: intercept), problems)
    }

    /// `text` without the spaces and tabs around it.
    private static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first == " " || first == "\t" || first == "\r" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return text
    }

    private init(keys: [String], weights: [Float], intercept: Double) {
        self.intercept = intercept
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var hashes = [UInt64](repeating: 0, count: capacity)
        var values = [Float](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, weight) in zip(keys, weights) {
            var key = key
            let hash = key.withUTF8 { FNV1a.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while hashes[slot] != 0, hashes[slot] != hash { slot = (slot + 1) & mask }
            hashes[slot] = hash
            values[slot] = weight
        }
        self.hashes = hashes
        self.values = values
        self.mask = mask
        self.isEmpty = keys.isEmpty && intercept == 0
    }

    /// The weight of the key whose folded bytes hash to `hash`, or 0.
    @inline(__always)
    func weight(_ hash: UInt64) -> Double {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = hashes[slot]
            if found == hash { return Double(values[slot]) }
            if found == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    /// The intercept plus the weights of the words `first...last` of `tokens` and of each pair of
    /// neighbouring words among them; emoji and emoticons are skipped, and a word that starts with a
    /// digit counts for nothing and parts the words around it.
    func sum(of tokens: Tokens, from first: Int, through last: Int) -> Double {
        let (sum, _) = weights(of: tokens, from: first, through: last)
        return intercept + sum
    }

    /// The intercept plus the weights of all the words of `tokens` and their pairs (as `sum`),
    /// divided by the square root of how many words and pairs there are: a whole day's lean,
    /// however long the day.
    func scaledSum(of tokens: Tokens) -> Double {
        guard tokens.count > 0 else { return intercept }
        let (sum, count) = weights(of: tokens, from: 0, through: tokens.count - 1)
        return intercept + sum / Double(max(1, count)).squareRoot()
    }

    /// The summed weights of the words `first...last` and their pairs, and how many words and
    /// pairs there are (weighted or not).
    private func weights(of tokens: Tokens, from first: Int, through last: Int) -> (sum: Double, count: Int) {
        var sum = 0.0, count = 0
        var previous = -1
        for index in first...last where !tokens[index].isEmoticon {
            if tokens.startsWithDigit(index) { previous = -1; continue }
            let token = tokens[index]
            sum += weight(token.hash)
            count += 1
            if previous >= 0 {
                var pair = FNV1a.hash(0x20, into: tokens[previous].hash)
                for byte in tokens.folded[token.foldedStart..<token.foldedEnd] { pair = FNV1a.hash(byte, into: pair) }
                sum += weight(pair)
                count += 1
            }
            previous = index
        }
        return (sum, count)
    }
}
