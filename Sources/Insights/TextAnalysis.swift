import Journal

/// What the analyzer found in one text: its words, its attitude, its themes and the commitments
/// it states.
public struct TextAnalysis: Sendable, Equatable {
    /// How often one theme's words came up.
    public struct ThemeCount: Sendable, Equatable, Hashable {
        /// The theme's name: `negativity`, `blame`, `activity`, ….
        public let name: String
        /// How many of its words and phrases the text holds.
        public let count: Int

        /// A theme and its count.
        public init(name: String, count: Int) {
            self.name = name
            self.count = count
        }
    }

    /// The number of words.
    public var words: Int
    /// Negative words that counted: not negated, plus positive words that were negated.
    public var negative: Int
    /// Positive words that counted (not negated).
    public var positive: Int
    /// The attitude of the text, from −1 (bleak) to 1 (upbeat); 0 when nothing carries attitude.
    public var score: Double
    /// The counted negative words in text order, folded: `ghosted`, and `not happy` for a negated
    /// positive word.
    public var negativeWords: [String]
    /// The themes that came up, sorted by name, zero counts left out; `negativity` is `negative`.
    public var themes: [ThemeCount]
    /// Firm first-person commitments stated in the prose.
    public var statedCommitments: [StatedCommitment]
    /// Each sentence (or list item) with its score, when they were asked for.
    public var sentences: [Sentence]
    /// What the text's words as a whole added to its score (the learned weights of whole days, in a
    /// text of three sentences or more); 0 when nothing.
    public var wholeText: Double

    /// One sentence or list item and what it scored.
    public struct Sentence: Sendable, Equatable {
        /// The sentence as written.
        public let text: String
        /// Its attitude, −1…1, as it reads on its own: the score of a text of this one sentence; 0
        /// when nothing in it is rated.
        public let score: Double
        /// Its counted negative words, folded.
        public let negativeWords: [String]

        /// A sentence with its score and counted negative words.
        public init(text: String, score: Double, negativeWords: [String]) {
            self.text = text
            self.score = score
            self.negativeWords = negativeWords
        }
    }

    /// An analysis with every value given.
    public init(words: Int, negative: Int, positive: Int, score: Double, negativeWords: [String],
                themes: [ThemeCount], statedCommitments: [StatedCommitment], sentences: [Sentence] = [], wholeText: Double = 0) {
        self.words = words
        self.negative = negative
        self.positive = positive
        self.score = score
        self.negativeWords = negativeWords
        self.themes = themes
        self.statedCommitments = statedCommitments
        self.sentences = sentences
        self.wholeText = wholeText
    }

    /// The count of the theme `name`, 0 when it did not come up.
    public func count(ofTheme name: String) -> Int {
        themes.first { $0.name == name }?.count ?? 0
    }

    /// `{words, negative, positive, score, negativeWords, themes, statedCommitments, sentences}`,
    /// with `themes` a name → count object, `statedCommitments` `[{text, due}]`, and `sentences`
    /// `[{text, score, negativeWords}]` when they were kept.
    public var json: JSON {
        var pairs: [(String, JSON)] = [
            ("words", .int(words)),
            ("negative", .int(negative)),
            ("positive", .int(positive)),
            ("score", .double(score)),
            ("negativeWords", .array(negativeWords.map { .string($0) })),
            ("themes", .object(themes.map { ($0.name, .int($0.count)) })),
            ("statedCommitments", .array(statedCommitments.map(\.json))),
        ]
        // Appended in place: joining two arrays made a third for every analysis.
        if !sentences.isEmpty {
            pairs.append(("sentences", .array(sentences.map { sentence in
                .object([("text", .string(sentence.text)), ("score", .double(sentence.score)),
                         ("negativeWords", .array(sentence.negativeWords.map { .string($0) }))])
            })))
        }
        return .object(pairs)
    }
}
