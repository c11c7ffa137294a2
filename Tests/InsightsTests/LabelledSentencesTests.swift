import Insights
import Testing

/// Agreement with `Fixtures/labelled-sentences.tsv`: journal-style sentences rated by a person for
/// attitude (−2…2), firm stated commitments, and the negative words that count under the spec's
/// rules. Each threshold sits a little below what the analyzer measured when it was set, so a
/// change that makes the analyzer read people worse fails here.
@Suite("Labelled sentences")
struct LabelledSentencesTests {
    let rows = Fixtures.labelledSentences
    let analyses = Fixtures.labelledSentences.map { Fixtures.analyzer.analyze($0.sentence) }

    @Test("the labelled set is there and covers every attitude")
    func fixtureIsThere() {
        #expect(rows.count >= 300)
        #expect(Set(rows.map(\.attitude)) == [-2, -1, 0, 1, 2])
    }

    @Test("the score correlates with the rated attitude")
    func scoreTracksAttitude() {
        let r = pearson(analyses.map(\.score), rows.map { Double($0.attitude) })
        #expect(r >= 0.72, "Pearson r = \(r)")
    }

    /// A sentence is negative when a person rated it below zero; the analyzer calls it negative
    /// when its score is at most −0.05 (VADER's neutral band).
    @Test("negative sentences are found with good precision and recall")
    func negativeSentences() {
        let (precision, recall) = agreement(predicted: analyses.map { $0.score <= -0.05 }, actual: rows.map { $0.attitude < 0 })
        #expect(precision >= 0.73, "precision = \(precision)")
        #expect(recall >= 0.70, "recall = \(recall)")
    }

    @Test("stated commitments are found with high precision and recall")
    func statedCommitments() {
        let (precision, recall) = agreement(predicted: analyses.map { !$0.statedCommitments.isEmpty },
                                            actual: rows.map { $0.commitments > 0 })
        #expect(precision >= 0.95, "precision = \(precision)")
        #expect(recall >= 0.95, "recall = \(recall)")
        let exact = zip(analyses, rows).filter { $0.statedCommitments.count == $1.commitments }.count
        #expect(Double(exact) / Double(rows.count) >= 0.97, "\(exact) of \(rows.count) counts agree")
    }

    @Test("the counted negative words mostly agree exactly")
    func negativeCounts() {
        let exact = zip(analyses, rows).filter { $0.negative == $1.negative }.count
        #expect(Double(exact) / Double(rows.count) >= 0.89, "\(exact) of \(rows.count) counts agree")
    }
}

/// Agreement with the larger labelled sets: `sales-sentences.tsv` (sales self-talk, negations,
/// contrasts, sarcasm, topics, word senses, commitments and near-misses), `general-sentences.tsv`
/// (tweets, reviews, news, diaries) and `days.md` (whole days). Each is split by a fixed rule into
/// a development part, which the rules were tuned on, and a frozen test part, scored only when the
/// rules were done. Thresholds sit a little below what was measured (`Tests/agreement.sh --test`).
@Suite("Labelled sets, development and test parts")
struct RatedSetsTests {
    static let sales = Fixtures.ratedSentences("sales-sentences.tsv")
    static let general = Fixtures.ratedSentences("general-sentences.tsv")

    @Test("the sets are large enough and the test part holds at least 500 sentences")
    func setsAreThere() {
        #expect(Self.sales.count + Self.general.count >= 1_500)
        #expect((Self.sales + Self.general).filter(\.isTest).count >= 500)
        #expect(Fixtures.ratedDays.count >= 60)
        #expect(Fixtures.ratedDays.filter(\.isMixed).count >= 40)
    }

    @Test("sentence scores follow the rated valence", arguments: [
        ("sales-sentences.tsv", false, 0.76), ("sales-sentences.tsv", true, 0.66),
        ("general-sentences.tsv", false, 0.68), ("general-sentences.tsv", true, 0.68),
    ])
    func sentences(file: String, testPart: Bool, minimum: Double) {
        let rows = Fixtures.ratedSentences(file).filter { $0.isTest == testPart }
        let scores = rows.map { Fixtures.analyzer.analyze($0.sentence).score }
        let r = pearson(scores, rows.map(\.valence))
        #expect(r >= minimum, "r = \(r)")
        let (precision, _) = agreement(predicted: scores.map { $0 <= -0.05 }, actual: rows.map { $0.valence < -0.25 })
        #expect(precision >= 0.75, "negative precision = \(precision)")
    }

    @Test("stated commitments in less formulaic wording are found, near-misses left out", arguments: [false, true])
    func commitments(testPart: Bool) {
        let rows = Self.sales.filter { $0.isTest == testPart }
        let found = rows.map { !Fixtures.analyzer.analyze($0.sentence).statedCommitments.isEmpty }
        let (precision, recall) = agreement(predicted: found, actual: rows.map { $0.commitment == true })
        #expect(precision >= 0.95, "precision = \(precision)")
        #expect(recall >= (testPart ? 0.65 : 0.78), "recall = \(recall)")
    }

    @Test("firm commitments in deliberately varied wording are found, look-alikes left out")
    func commitmentWording() throws {
        // commitment-wording.tsv: 180 firm commitments and 120 near-misses a helper wrote to
        // widen the grammar (development data: the grammar was tuned on it).
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/InsightsTests/Fixtures/commitment-wording.tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: "\t", maxSplits: 1) }
        #expect(rows.count == 300 && rows.allSatisfy { $0.count == 2 })
        let found = rows.map { !Fixtures.analyzer.analyze(String($0[1])).statedCommitments.isEmpty }
        let (precision, recall) = agreement(predicted: found, actual: rows.map { $0[0] == "1" })
        #expect(precision >= 0.97, "precision = \(precision)")
        #expect(recall >= 0.83, "recall = \(recall)")
    }

    /// What one blind set is held to: each figure a little below what was measured.
    struct BlindSet: Sendable, CustomTestStringConvertible {
        let sentences: String
        let days: String
        let count: Int
        let dayCount: Int
        let r: Double
        let negative: (precision: Double, recall: Double)
        let threeClass: Double
        let dayR: Double
        var testDescription: String { sentences }
    }

    /// The blind sets, written by people who never saw the scorer: the nearest thing here to new
    /// text. Never read to choose words, rules or weights; scored only as a whole.
    @Test("on the blind sets, sentences, negative ones, commitments and whole days agree as measured", arguments: [
        BlindSet(sentences: "blind-sentences.tsv", days: "blind-days.md", count: 420, dayCount: 48,
                 r: 0.78, negative: (0.84, 0.80), threeClass: 0.79, dayR: 0.73),
        BlindSet(sentences: "blind-2-sentences.tsv", days: "blind-2-days.md", count: 400, dayCount: 50,
                 r: 0.76, negative: (0.83, 0.81), threeClass: 0.77, dayR: 0.77),
    ])
    func blindSet(_ set: BlindSet) {
        let rows = Fixtures.ratedSentences(set.sentences, blind: true)
        let analyses = rows.map { Fixtures.analyzer.analyze($0.sentence) }
        let scores = analyses.map(\.score)
        let r = pearson(scores, rows.map(\.valence))
        #expect(r >= set.r, "r = \(r)")
        let (precision, recall) = agreement(predicted: scores.map { $0 <= -0.05 }, actual: rows.map { $0.valence < -0.25 })
        #expect(precision >= set.negative.precision && recall >= set.negative.recall, "negative precision = \(precision), recall = \(recall)")
        let sign = { (value: Double, band: Double) in value < -band ? -1 : value > band ? 1 : 0 }
        let threeClass = Double(zip(rows, scores).filter { sign($0.valence, 0.25) == sign($1, 0.05) }.count) / Double(rows.count)
        #expect(threeClass >= set.threeClass, "3-class = \(threeClass)")
        let commitments = agreement(predicted: analyses.map { !$0.statedCommitments.isEmpty }, actual: rows.map { $0.commitment == true })
        #expect(commitments.precision >= 0.88 && commitments.recall >= 0.75, "commitments \(commitments)")
        let days = Fixtures.ratedDays(set.days, blind: true)
        let dayR = pearson(days.map { Fixtures.analyzer.analyze($0.text).score }, days.map(\.valence))
        #expect(rows.count == set.count && days.count == set.dayCount)
        #expect(dayR >= set.dayR, "day r = \(dayR)")
    }

    /// Plain events told without a feeling word ("Halvorsen sent back 40 of the 60 chairs"): the
    /// even rows, which neither the word lists nor the learned weights were fitted to.
    @Test("plain events agree as measured on their test part")
    func plainEvents() {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/InsightsTests/Fixtures/events-sentences.tsv")
        let lines = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").dropFirst()
        let rows: [(valence: Double, sentence: String)] = lines.enumerated().compactMap { offset, line in
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard (offset + 1) % 2 == 0, fields.count == 2, let valence = Double(fields[0]) else { return nil }
            return (valence, String(fields[1]))
        }
        #expect(rows.count == 350)
        let r = pearson(rows.map { Fixtures.analyzer.analyze($0.sentence).score }, rows.map(\.valence))
        #expect(r >= 0.62, "r = \(r)")
    }

    @Test("the development sets of new writers agree as measured", arguments: [
        ("development-2", 0.81, 0.80), ("development-3", 0.77, 0.77), ("development-4", 0.77, 0.80),
        ("development-5", 0.81, 0.75), ("development-6", 0.84, 0.85), ("development-7", 0.79, 0.80),
        ("development-8", 0.83, 0.84), ("development-9", 0.84, 0.84), ("development-10", 0.81, 0.77), ("development-11", 0.78, 0.81),
        ("development-12", 0.85, 0.74), ("development-13", 0.77, 0.73), ("development-14", 0.75, 0.70),
        ("development-15", 0.69, 0.77), ("development-16", 0.64, 0.51), ("development-17", 0.65, 0.51),
        ("development-18", 0.76, 0.71), ("development-19", 0.71, 0.72), ("development-20", 0.74, 0.65),
        ("development-21", 0.67, 0.60), ("development-22", 0.70, 0.73), ("development-23", 0.57, 0.59),
        ("development-24", 0.72, 0.44), ("development-25", 0.70, 0.60), ("development-26", 0.58, 0.52),
        ("development-27", 0.66, 0.80), ("development-28", 0.70, 0.67), ("development-29", 0.68, 0.68),
        ("development-30", 0.63, 0.72), ("development-31", 0.73, 0.71), ("development-32", 0.62, 0.70),
        ("development-33", 0.62, 0.55), ("development-34", 0.66, 0.75), ("development-35", 0.80, 0.83),
        ("development-36", 0.74, 0.84), ("development-37", 0.75, 0.84),
        ("development-38", 0.74, 0.84), ("development-39", 0.70, 0.84),
        ("development-40", 0.78, 0.81), ("development-41", 0.75, 0.80),
        ("development-42", 0.75, 0.80), ("development-43", 0.74, 0.82),
    ])
    func developmentSets(name: String, minimum: Double, dayMinimum: Double) {
        let rows = Fixtures.ratedSentences("\(name)-sentences.tsv")   // every row: development only
        let r = pearson(rows.map { Fixtures.analyzer.analyze($0.sentence).score }, rows.map(\.valence))
        #expect(r >= minimum, "r = \(r)")
        let days = Fixtures.ratedDays("\(name)-days.md")
        let dayR = pearson(days.map { Fixtures.analyzer.analyze($0.text).score }, days.map(\.valence))
        #expect(days.count >= 60 && dayR >= dayMinimum, "day r = \(dayR)")
    }

    @Test("whole days score as their balance", arguments: [false, true])
    func days(testPart: Bool) {
        let days = Fixtures.ratedDays.filter { $0.isTest == testPart }
        let scores = days.map { Fixtures.analyzer.analyze($0.text).score }
        let r = pearson(scores, days.map(\.valence))
        #expect(r >= (testPart ? 0.40 : 0.62), "r = \(r)")
    }
}
