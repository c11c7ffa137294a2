import Insights
import Testing

@Suite("Learned word weights")
struct LearnedWeightsTests {
    static let text = """
        # Learned word weights

        Some words about how they were made.
        - not an item: 3

        ## intercept
        - intercept: 0.1

        ## weights
        - shipped: 1
        - sent back: -2
        - tomorrow: -0.5
        """

    /// An analyzer with no word lists at all, so the learned weights are all that scores.
    static func analyzer(_ text: String = text) -> TextAnalyzer {
        TextAnalyzer(lexicon: Fixtures.lexicon(""), learned: LearnedWeights.parsing(text, source: "weights.md").weights)
    }

    /// The score of the first sentence of `text`.
    static func sentenceScore(_ text: String) -> Double {
        analyzer().analyze(text, sentences: true).sentences.first?.score ?? .nan
    }

    /// How a sentence the rules score `score` reads on its own: the score of a text of that one
    /// sentence.
    static func reading(_ score: Double) -> Double {
        score / (score * score + 2).squareRoot()
    }

    @Test("reads the intercept and the weights under their headings, and names every line it cannot read")
    func parsing() {
        let (weights, problems) = LearnedWeights.parsing(Self.text + "\n- broken line\n- huge: 9\n- written: 1e-3\n- signed: +0.5 \r\n", source: "weights.md")
        #expect(weights.intercept == 0.1)
        #expect(!weights.isEmpty)
        #expect(problems == [
            "weights.md:13: not `- key: weight` with a weight from -4 to 4: `broken line`",
            "weights.md:14: not `- key: weight` with a weight from -4 to 4: `huge: 9`",
            "weights.md:15: not `- key: weight` with a weight from -4 to 4: `written: 1e-3`",
        ])
        let signed = TextAnalyzer(lexicon: Fixtures.lexicon(""), learned: weights).analyze("Signed.", sentences: true).sentences[0].score
        #expect(abs(signed - (0.42 * (0.1 + 0.5) - 0.05)) < 1e-6, "\(signed)")
        #expect(LearnedWeights.parsing("", source: "weights.md").weights.isEmpty)
        #expect(LearnedWeights.none.isEmpty)
    }

    /// Sentences and the learned sums they hold: the intercept, 0.1, plus their words' weights.
    static let sums: [(String, Double)] = [
        ("Shipped.", 0.1 + 1),
        ("Shipped it, shipped it all.", 0.1 + 2),      // each time a word is there
        ("They sent back the order.", 0.1 - 2),        // a pair of words
        ("They sent the order back.", 0.1),            // apart, the pair is not there (and the lean is too slight)
        ("They sent 🙃 back the order.", 0.1 - 2),      // an emoji parts no words
        ("They sent 40 back.", 0.1),                   // a figure does
        ("Tmrw.", 0.1 - 0.5),                          // words as the tokenizer folds them
        ("SHIPPED", 0.1 + 1),
    ]

    @Test("a sentence the rules leave unscored reads as 0.42 of the intercept and the weights of its words and word pairs, drawn 0.05 toward 0, within -0.8…0.8", arguments: sums)
    func sum(text: String, learned: Double) {
        let reading = learned < 0 ? max(-0.8, min(0, 0.42 * learned + 0.05)) : min(0.8, max(0, 0.42 * learned - 0.05))
        #expect(abs(Self.sentenceScore(text) - reading) < 1e-9, "\(Self.sentenceScore(text))")
        #expect(abs(Self.analyzer().analyze(text).score - reading) < 1e-9)   // a text of one sentence reads as it does
    }

    @Test("the learned weights add 0.42 of their sum to how the rules read a sentence alone, within -0.8…0.8")
    func added() {
        let lexicon = Fixtures.lexicon("## negative\n- awful: 1")
        let sentence = "Awful, sent back the lot."
        let rules = TextAnalyzer(lexicon: lexicon).analyze(sentence, sentences: true)
        let learned = LearnedWeights.parsing("## weights\n- sent back: -0.5", source: "weights.md").weights
        let both = TextAnalyzer(lexicon: lexicon, learned: learned).analyze(sentence, sentences: true)
        #expect(rules.score < 0 && rules.sentences[0].score == rules.score)
        #expect(rules.score > -Self.reading(1))   // the rules alone read no further than a sentence scoring -1
        #expect(abs(both.sentences[0].score - (rules.score - 0.21)) < 1e-9, "rules \(rules.score), both \(both.sentences[0].score)")
        #expect(abs(both.score - both.sentences[0].score) < 1e-9)
        let strong = LearnedWeights.parsing("## weights\n- sent back: -4\n- lot: -4", source: "weights.md").weights
        let strongest = TextAnalyzer(lexicon: lexicon, learned: strong).analyze(sentence, sentences: true)
        #expect(abs(strongest.sentences[0].score + 0.8) < 1e-9 && abs(strongest.score + 0.8) < 1e-9)
    }

    @Test("praise opening a sentence is read as mocking what follows when the learned weights, without the intercept, read that as below -0.15")
    func badNews() {
        let lexicon = Fixtures.lexicon("## positive\n- glad: 2")
        let sentence = "So glad the ferry is full."
        #expect(TextAnalyzer(lexicon: lexicon).analyze(sentence).score > 0.05)
        for (weight, mocked) in [(-0.2, true), (-0.1, false)] {
            let learned = LearnedWeights.parsing("## intercept\n- intercept: -0.3\n## weights\n- full: \(weight)", source: "weights.md").weights
            let score = TextAnalyzer(lexicon: lexicon, learned: learned).analyze(sentence).score
            #expect(mocked ? score < -0.05 : score > 0.05, "\(weight): \(score)")
        }
    }

    @Test("a sarcasm cue after a praising opener is good news told when the learned weights, without the intercept, read the rest as above 0.08", arguments: [
        (0.1, true), (0.05, false),
    ])
    func goodNews(weight: Double, sincere: Bool) {
        let lexicon = Fixtures.lexicon("## positive\n- glad: 2\n## sarcasm cues\n- wants")
        let sentence = "So glad the client wants a call."
        let learned = LearnedWeights.parsing("## intercept\n- intercept: 0\n## weights\n- call: \(weight)", source: "weights.md").weights
        let score = TextAnalyzer(lexicon: lexicon, learned: learned).analyze(sentence).score
        #expect(sincere ? score > 0.05 : score < -0.05, "\(score)")
    }

    @Test("good the rules read, amid words whose learned weights sum below -0.25 without it, reads as the learned sum alone; a \"!\" or a smiley vouches for it", arguments: [
        ("Love spending Friday on hold.", -0.3, true),
        ("Love spending Friday on hold.", -0.2, false),
        ("Love spending Friday on hold!", -0.3, false),
        ("Love spending Friday on hold 🙂", -0.3, false),
    ])
    func belied(sentence: String, weight: Double, belied: Bool) {
        let lexicon = Fixtures.lexicon("## positive\n- love: 2")
        #expect(TextAnalyzer(lexicon: lexicon).analyze(sentence).score > 0.05)
        // The good word's own weight is no part of the words around it.
        let learned = LearnedWeights.parsing("## intercept\n- intercept: 0\n## weights\n- love: -0.5\n- hold: \(weight)", source: "weights.md").weights
        let score = TextAnalyzer(lexicon: lexicon, learned: learned).analyze(sentence).score
        if belied {
            #expect(abs(score - 0.42 * (weight - 0.5)) < 1e-6, "\(score)")
        } else {
            #expect(score > 0, "\(score)")
        }
    }

    @Test("a step in time to news the learned weights read the other way turns like \"but\"", arguments: [
        (-0.3, -1), (-0.1, 1),
    ])
    func steppedTurn(weight: Double, sign: Int) {
        let lexicon = Fixtures.lexicon("## positive\n- won: 2\n## sequence\n- then")
        let learned = LearnedWeights.parsing("## weights\n- cut: \(weight)", source: "weights.md").weights
        let score = TextAnalyzer(lexicon: lexicon, learned: learned).analyze("We won the tender, then the hospital cut the order.").score
        #expect(sign < 0 ? score < -0.05 : score > 0.05, "\(score)")
    }

    @Test("the bundled weights read without a problem, and lean plain events the way people rate them", arguments: [
        ("The author took her second book to another publisher and the series went with her.", -1),
        ("Halvorsen sent back most of the chairs we shipped in March.", -1),
        ("The hospital extended our consignment agreement to three more theatres.", 1),
    ])
    func bundled(text: String, sign: Int) {
        #expect(LearnedWeights.bundled.problems.isEmpty)
        let score = Fixtures.analyzer.analyze(text).score
        #expect(sign > 0 ? score > 0 : score < 0, "\(score)")
    }
}

@Suite("Learned word weights of whole days")
struct LearnedDayWeightsTests {
    static let days = LearnedWeights.parsing("## intercept\n- intercept: -0.1\n## weights\n- ported: -2\n- lines: 1", source: "days.md").weights

    static func analysis(_ text: String, days: LearnedWeights = days) -> TextAnalysis {
        TextAnalyzer(lexicon: Fixtures.lexicon("## positive\n- great: 2"), learnedDays: days).analyze(text, sentences: true)
    }

    @Test("a text of three sentences or more adds 0.8 of the intercept and its words' weights over the square root of its words and pairs, fully from 40 words")
    func whole() {
        let text = "Great call. They ported the lines. Home now."
        let rules = TextAnalyzer(lexicon: Fixtures.lexicon("## positive\n- great: 2")).analyze(text).score
        let analysis = Self.analysis(text)
        // 8 words and 7 pairs (words pair across sentences too); "ported" and "lines" weighed.
        let expected = 8.0 / 40 * 0.8 * (-0.1 + (-2 + 1) / 15.0.squareRoot())
        #expect(abs(analysis.wholeText - expected) < 1e-9, "\(analysis.wholeText)")
        #expect(abs(analysis.score - (rules + expected)) < 1e-9)
    }

    @Test("one or two sentences are not a day: the whole-text weights add nothing", arguments: ["Great call.", "Great call. They ported the lines."])
    func short(text: String) {
        #expect(Self.analysis(text).wholeText == 0)
        #expect(Self.analysis(text).score == Self.analysis(text, days: .none).score)
    }
}
