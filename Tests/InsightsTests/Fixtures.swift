import Foundation
import Insights
import Journal
import Testing

/// Files the tests read from the source tree.
enum Fixtures {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled lexicon, as a user without a `themes.md` gets it.
    static let bundledLexicon = Lexicon.bundled().lexicon

    /// The analyzer `reflect` runs: the bundled lexicon and the bundled learned weights.
    static let analyzer = TextAnalyzer(lexicon: bundledLexicon, learned: LearnedWeights.bundled.weights, learnedDays: LearnedWeights.bundledDays.weights)

    /// The bundled lexicon's rules alone, without the learned weights: what a rule says of a
    /// sentence, not how the learned weights lean it.
    static let rules = TextAnalyzer(lexicon: bundledLexicon)

    /// 1, 0 or -1: the sign of an attitude score, with ±0.05 as neutral.
    static func sign(_ score: Double) -> Int { score > 0.05 ? 1 : score < -0.05 ? -1 : 0 }

    /// Expects `text` to score positive (1), neutral (0) or negative (-1) by the bundled lexicon's rules.
    static func expectSign(_ text: String, _ expected: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let score = rules.analyze(text).score
        #expect(sign(score) == expected, "\(score)", sourceLocation: sourceLocation)
    }

    /// One row of `Fixtures/labelled-sentences.tsv`: how a person rated a journal-style sentence.
    struct LabelledSentence: Sendable {
        /// The rated attitude, −2 (bleak) … 2 (upbeat).
        let attitude: Int
        /// How many firm commitments the sentence states.
        let commitments: Int
        /// How many negative words count under the rules of the spec.
        let negative: Int
        let sentence: String
    }

    /// The labelled sentences.
    static let labelledSentences: [LabelledSentence] = {
        let url = packageRoot.appendingPathComponent("Tests/InsightsTests/Fixtures/labelled-sentences.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let attitude = Int(fields[0]), let commitments = Int(fields[1]),
                  let negative = Int(fields[2]) else { return nil }
            return LabelledSentence(attitude: attitude, commitments: commitments, negative: negative,
                                    sentence: String(fields[3]))
        }
    }()

    /// A lexicon of word-list texts, for small focused tests.
    static func lexicon(_ texts: String...) -> Lexicon {
        Lexicon(wordLists: texts.enumerated().map { WordList(parsing: $1, source: "list\($0)") })
    }
}

extension Fixtures {
    /// One labelled sentence of `sales-sentences.tsv` or `general-sentences.tsv`.
    struct RatedSentence: Sendable {
        /// The writer's feeling as rated, −4…4.
        let valence: Double
        /// Whether it states a firm commitment (`nil` in the general set, which does not say).
        let commitment: Bool?
        /// What it tests: `sales`, `negation`, `sarcasm`, `tweet`, ….
        let kind: String
        let sentence: String
        /// Whether it belongs to the frozen test part: data rows whose number is divisible by 3.
        let isTest: Bool
    }

    /// The rows of a labelled sentence file; `commitmentColumn` when the file has one. Every row
    /// of a blind set is in the test part.
    static func ratedSentences(_ name: String, blind: Bool = false) -> [RatedSentence] {
        let url = packageRoot.appendingPathComponent("Tests/InsightsTests/Fixtures/\(name)")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().enumerated().compactMap { offset, line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, let valence = Double(fields[0]) else { return nil }
            return RatedSentence(valence: valence, commitment: fields.count == 4 ? fields[1] == "1" : nil,
                                 kind: fields[fields.count - 2], sentence: fields[fields.count - 1],
                                 isTest: blind || (offset + 1) % 3 == 0)
        }
    }

    /// One labelled day of `days.md`.
    struct RatedDay: Sendable {
        let number: Int
        let valence: Double
        let isMixed: Bool
        let text: String
        /// Whether it is in the frozen test part: even-numbered days, and every day of a blind set.
        let isTest: Bool
    }

    /// The labelled days of `days.md`.
    static let ratedDays = ratedDays("days.md")

    /// The labelled days of the file `name`.
    static func ratedDays(_ name: String, blind: Bool = false) -> [RatedDay] {
        let url = packageRoot.appendingPathComponent("Tests/InsightsTests/Fixtures/\(name)")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var days: [RatedDay] = []
        for block in text.components(separatedBy: "\n## day ").dropFirst() {
            let lines = block.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let heading = lines[0].components(separatedBy: " · ")
            guard heading.count == 3, let number = Int(heading[0]),
                  let valence = Double(heading[1].replacingOccurrences(of: "valence ", with: "")) else { continue }
            days.append(RatedDay(number: number, valence: valence, isMixed: heading[2] == "mixed",
                                 text: lines.count > 1 ? String(lines[1]) : "", isTest: blind || number % 2 == 0))
        }
        return days
    }
}

/// Pearson's r of two equally long series.
func pearson(_ xs: [Double], _ ys: [Double]) -> Double {
    let meanX = xs.reduce(0, +) / Double(xs.count)
    let meanY = ys.reduce(0, +) / Double(ys.count)
    var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
    for (x, y) in zip(xs, ys) {
        covariance += (x - meanX) * (y - meanY)
        varianceX += (x - meanX) * (x - meanX)
        varianceY += (y - meanY) * (y - meanY)
    }
    return covariance / (varianceX * varianceY).squareRoot()
}

/// Precision and recall of `predicted` against `actual`.
func agreement(predicted: [Bool], actual: [Bool]) -> (precision: Double, recall: Double) {
    let both = zip(predicted, actual).filter { $0 && $1 }.count
    return (Double(both) / Double(max(1, predicted.filter { $0 }.count)),
            Double(both) / Double(max(1, actual.filter { $0 }.count)))
}
