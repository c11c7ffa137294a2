import Foundation
import Insights
import Journal

/// Files the tests read from the source tree.
enum Fixtures {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled lexicon, as a user without a `themes.md` gets it.
    static let bundledLexicon = Lexicon.bundled().lexicon

    /// An analyzer with the bundled lexicon.
    static let analyzer = TextAnalyzer(lexicon: bundledLexicon)

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
