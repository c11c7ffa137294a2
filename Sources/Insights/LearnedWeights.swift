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
    /// No weights: the rules and word lists alone.
    public static let none = LearnedWeights(entries: [], intercept: 0)

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
    ///
    /// Read byte by byte, with no string made per line: the bundled files hold some 28,000 weights,
    /// and every command that reads attitude reads them.
    public static func parsing(_ text: String, source: String) -> (weights: LearnedWeights, problems: [String]) {
        var text = text
        return text.withUTF8 { parsing(utf8: $0, source: source) }
    }

    private static func parsing(utf8 bytes: UnsafeBufferPointer<UInt8>, source: String) -> (weights: LearnedWeights, problems: [String]) {
        var entries: [(hash: UInt64, weight: Float)] = [], intercept = 0.0, problems: [String] = []
        var inWeights = false, inIntercept = false
        var lineStart = 0, lineNumber = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            if line.starts(with: "## ".utf8) {
                let name = WordList.trimmed(line.dropFirst(3))
                inWeights = name.elementsEqual("weights".utf8)
                inIntercept = name.elementsEqual("intercept".utf8)
                continue
            }
            guard line.starts(with: "- ".utf8), inWeights || inIntercept else { continue }
            let item = line.dropFirst(2)
            guard let colon = item.lastIndex(of: UInt8(ascii: ":")),
                  let weight = number(WordList.trimmed(item[(colon + 1)...])), abs(weight) <= 4 else {
                problems.append("\(source):\(lineNumber): not `- key: weight` with a weight from -4 to 4: `\(WordList.string(item))`")
                continue
            }
            let key = WordList.trimmed(item[..<colon])
            if inIntercept {
                intercept = weight
            } else if !key.isEmpty {
                entries.append((FNV1a.hash(UnsafeBufferPointer(rebasing: key)), Float(weight)))
            }
        }
        return (LearnedWeights(entries: entries, intercept: intercept), problems)
    }

    /// The decimal number `bytes` spell (`-0.01234`, `2`, `+1.5`), or nil. Stricter than
    /// `WordList.number`, which also reads what `Double` reads ("1e-3"): `Tests/learn.sh` writes
    /// plain decimals, and anything else in the file is a mistake to report.
    private static func number(_ bytes: WordList.Bytes) -> Double? {
        var index = bytes.startIndex
        var sign = 1.0
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            if bytes[index] == UInt8(ascii: "-") { sign = -1 }
            index += 1
        }
        var value = 0.0, scale = 1.0, digits = 0, point = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                value = value * 10 + Double(byte - 0x30)
                if point { scale *= 10 }
                digits += 1
            } else if byte == UInt8(ascii: "."), !point {
                point = true
            } else {
                return nil
            }
            index += 1
        }
        return digits > 0 ? sign * value / scale : nil
    }

    private init(entries: [(hash: UInt64, weight: Float)], intercept: Double) {
        self.intercept = intercept
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var hashes = [UInt64](repeating: 0, count: capacity)
        var values = [Float](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (hash, weight) in entries {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while hashes[slot] != 0, hashes[slot] != hash { slot = (slot + 1) & mask }
            hashes[slot] = hash
            values[slot] = weight
        }
        self.hashes = hashes
        self.values = values
        self.mask = mask
        self.isEmpty = entries.isEmpty && intercept == 0
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
        intercept + wordSum(of: tokens, from: first, through: last)
    }

    /// The weights of the words `first...last` of `tokens` and of their pairs (as `sum`), without
    /// the intercept: how the words themselves lean.
    func wordSum(of tokens: Tokens, from first: Int, through last: Int) -> Double {
        weights(of: tokens, from: first, through: last).sum
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
