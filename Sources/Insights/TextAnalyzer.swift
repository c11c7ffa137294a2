import Journal

/// Reads a text with a lexicon: counts its words, negative and positive words and themes, scores
/// its attitude, and finds the commitments it states.
///
/// Rules:
/// - A sentiment word or phrase is negated when a negator (`not`, `no`, `never`, any `…n't`, …)
///   stands within the three words before it in the same clause. A negated negative word counts
///   nothing ("not bad", "no problem", "can't complain"); a negated positive word counts as a
///   negative one ("not happy", "didn't close").
/// - The score is VADER-like: each word's weight (negative below zero), scaled by a booster or
///   dampener just before it, flipped and damped when negated; within a sentence a contrast word
///   ("but") halves what came before it and weighs what follows half as much again; the sum `x` is
///   normalised to `x / √(x² + 15)`, in −1…1.
/// - Themes count each list's words and phrases, longest match first, negated or not.
/// - `#` and `##` heading lines are the prompts, not the writer's words, and are skipped.
public struct TextAnalyzer: Sendable {
    /// The word lists in use.
    public let lexicon: Lexicon
    let weights: AttitudeWeights

    /// An analyzer reading with `lexicon`.
    public init(lexicon: Lexicon) {
        self.init(lexicon: lexicon, weights: .standard)
    }

    init(lexicon: Lexicon, weights: AttitudeWeights) {
        self.lexicon = lexicon
        self.weights = weights
    }

    /// The analysis of `text`; stated commitments get due days when `writtenOn` is given.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func analyze(_ text: String, writtenOn: Day? = nil) -> TextAnalysis {
        var text = text
        return text.withUTF8 { analyze(utf8: $0, writtenOn: writtenOn) }
    }

    /// The analysis of UTF-8 bytes (invalid sequences separate words): the fast path for many
    /// lines, with no string made per word.
    ///
    /// - Complexity: O(n) in the number of bytes.
    public func analyze(utf8 source: UnsafeBufferPointer<UInt8>, writtenOn: Day? = nil) -> TextAnalysis {
        Tokenizer.withTokens(of: source) { tokens in
            let themeNames = lexicon.themeNames
            var analysis = withUnsafeTemporaryAllocation(of: Int.self, capacity: themeNames.count * 2 + 1) { themeState in
                themeState.initialize(repeating: 0)
                var pass = SentimentPass(tokens: tokens, table: lexicon.table, weights: weights, themeState: themeState)
                pass.run()
                return pass.analysis(themeNames: themeNames)
            }
            analysis.statedCommitments = StatedCommitmentFinder(tokens: tokens).find(writtenOn: writtenOn)
            return analysis
        }
    }
}

/// The numbers of the attitude score.
struct AttitudeWeights: Sendable {
    /// Multiplies a negated positive word.
    var negatedPositive: Double
    /// Multiplies a negated negative word.
    var negatedNegative: Double
    /// Multiplies a word right after a booster ("really").
    var booster: Double
    /// Multiplies a word right after a dampener ("slightly").
    var dampener: Double
    /// Multiplies the words of a sentence before its contrast word.
    var beforeContrast: Double
    /// Multiplies the words of a sentence after its contrast word.
    var afterContrast: Double
    /// The α of the normalisation `x / √(x² + α)`.
    var normalisation: Double

    static let standard = AttitudeWeights(
        negatedPositive: -0.74, negatedNegative: -0.74, booster: 1.3, dampener: 0.6,
        beforeContrast: 0.5, afterContrast: 1.5, normalisation: 15)
}

/// One walk over a text's words.
private struct SentimentPass {
    let tokens: Tokens
    let table: Lexicon.Table
    let weights: AttitudeWeights
    /// Per theme: the count, then the index of the first word not yet covered by a match.
    let themeState: UnsafeMutableBufferPointer<Int>

    private var negative = 0
    private var positive = 0
    private var negativeWords: [String] = []
    private var total = 0.0
    private var beforeContrast = 0.0
    private var afterContrast = 0.0
    private var contrastSeen = false
    /// The last word of the latest negator in the clause, and its first word.
    private var negatorEnd = Int.min / 2
    private var negatorStart = 0
    private var modifierEnd = Int.min / 2
    private var modifierScale = 1.0
    /// Words before this index belong to a sentiment phrase already counted.
    private var sentimentFrom = 0

    init(tokens: Tokens, table: Lexicon.Table, weights: AttitudeWeights, themeState: UnsafeMutableBufferPointer<Int>) {
        self.tokens = tokens
        self.table = table
        self.weights = weights
        self.themeState = themeState
    }

    mutating func run() {
        let themeCount = themeState.count / 2
        for index in 0..<tokens.count {
            let token = tokens[index]
            let single = table.find(tokens.foldedBytes(from: index, words: 1), hash: token.hash)
            var length = single < 0 ? 1 : min(Int(table.entries[single].longestPhrase), tokens.count - index)
            var sentimentMatch = -1
            var sentimentLength = 0
            while length >= 1 {
                let found = length == 1 ? single : phrase(at: index, words: length)
                if found >= 0 {
                    let entry = table.entries[found]
                    if entry.hasThemes {
                        for theme in table.themes[Int(entry.themeStart)..<Int(entry.themeEnd)] {
                            let theme = Int(theme)
                            if themeState[themeCount + theme] <= index {
                                themeState[theme] += 1
                                themeState[themeCount + theme] = index + length
                            }
                        }
                    }
                    if sentimentMatch < 0, index >= sentimentFrom, entry.affectsSentiment {
                        sentimentMatch = found
                        sentimentLength = length
                    }
                }
                length -= 1
            }
            if sentimentMatch >= 0 {
                apply(table.entries[sentimentMatch], at: index, length: sentimentLength)
            } else if index >= sentimentFrom, tokens.word(index, hasSuffix: "n't") {
                negatorStart = index
                negatorEnd = index
            }
            if token.endsClause {
                negatorEnd = Int.min / 2
                modifierEnd = Int.min / 2
            }
            if token.endsSentence { endSentence() }
        }
        endSentence()
    }

    /// The entry of the phrase of `words` words at `index`, or `-1`; phrases never cross a clause end.
    private func phrase(at index: Int, words: Int) -> Int {
        for inner in index..<index + words - 1 where tokens[inner].endsClause { return -1 }
        let bytes = tokens.foldedBytes(from: index, words: words)
        return table.find(bytes, hash: FNV1a.hash(bytes))
    }

    private mutating func apply(_ entry: Lexicon.Entry, at index: Int, length: Int) {
        let last = index + length - 1
        sentimentFrom = last + 1
        if entry.valence != 0 {
            var valence = Double(entry.valence)
            if index - modifierEnd <= 2 { valence *= modifierScale }
            if index - negatorEnd <= 3 {
                if valence > 0 {
                    negative += 1
                    negativeWords.append(words(negatorStart..<negatorEnd + 1) + " " + words(index..<last + 1))
                    valence *= weights.negatedPositive
                } else {
                    valence *= weights.negatedNegative
                }
            } else if valence < 0 {
                negative += 1
                negativeWords.append(words(index..<last + 1))
            } else {
                positive += 1
            }
            if contrastSeen { afterContrast += valence } else { beforeContrast += valence }
        } else if entry.roles & Lexicon.Role.negator != 0 {
            negatorStart = index
            negatorEnd = last
        } else if entry.roles & (Lexicon.Role.booster | Lexicon.Role.dampener) != 0 {
            modifierEnd = last
            modifierScale = entry.roles & Lexicon.Role.booster != 0 ? weights.booster : weights.dampener
        } else if entry.roles & Lexicon.Role.contrast != 0 {
            contrastSeen = true
            negatorEnd = Int.min / 2
            modifierEnd = Int.min / 2
        }
    }

    private mutating func endSentence() {
        if contrastSeen, afterContrast != 0 {
            total += beforeContrast * weights.beforeContrast + afterContrast * weights.afterContrast
        } else {
            total += beforeContrast + afterContrast
        }
        beforeContrast = 0
        afterContrast = 0
        contrastSeen = false
    }

    /// Words `range`, folded, joined by spaces.
    private func words(_ range: Range<Int>) -> String {
        String(decoding: tokens.foldedBytes(from: range.lowerBound, words: range.count), as: UTF8.self)
    }

    func analysis(themeNames: [String]) -> TextAnalysis {
        var themes: [TextAnalysis.ThemeCount] = []
        var negativityPending = negative > 0
        for (index, name) in themeNames.enumerated() where themeState[index] > 0 {
            if negativityPending, name > WordList.negativityTheme {
                themes.append(TextAnalysis.ThemeCount(name: WordList.negativityTheme, count: negative))
                negativityPending = false
            }
            themes.append(TextAnalysis.ThemeCount(name: name, count: themeState[index]))
        }
        if negativityPending { themes.append(TextAnalysis.ThemeCount(name: WordList.negativityTheme, count: negative)) }
        let score = total / (total * total + weights.normalisation).squareRoot()
        return TextAnalysis(words: tokens.count, negative: negative, positive: positive,
                            score: min(1, max(-1, score)), negativeWords: negativeWords, themes: themes,
                            statedCommitments: [])
    }
}
