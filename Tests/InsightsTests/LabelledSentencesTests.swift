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
        ("sales-sentences.tsv", false, 0.70), ("sales-sentences.tsv", true, 0.50),
        ("general-sentences.tsv", false, 0.65), ("general-sentences.tsv", true, 0.60),
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

    /// The blind set, written by someone who never saw the scorer: the nearest thing here to new text.
    static let blind = Fixtures.ratedSentences("blind-sentences.tsv", blind: true)

    @Test("on the blind set, sentences, negative ones, commitments and whole days agree as measured")
    func blindSet() {
        let scores = Self.blind.map { Fixtures.analyzer.analyze($0.sentence).score }
        let r = pearson(scores, Self.blind.map(\.valence))
        #expect(r >= 0.70, "r = \(r)")
        let (precision, recall) = agreement(predicted: scores.map { $0 <= -0.05 }, actual: Self.blind.map { $0.valence < -0.25 })
        #expect(precision >= 0.77 && recall >= 0.70, "negative precision = \(precision), recall = \(recall)")
        let found = Self.blind.map { !Fixtures.analyzer.analyze($0.sentence).statedCommitments.isEmpty }
        let commitments = agreement(predicted: found, actual: Self.blind.map { $0.commitment == true })
        #expect(commitments.precision >= 0.88 && commitments.recall >= 0.75, "commitments \(commitments)")
        let days = Fixtures.blindDays
        let dayR = pearson(days.map { Fixtures.analyzer.analyze($0.text).score }, days.map(\.valence))
        #expect(Self.blind.count == 420 && days.count == 48)
        #expect(dayR >= 0.60, "day r = \(dayR)")
    }

    @Test("whole days score as their balance", arguments: [false, true])
    func days(testPart: Bool) {
        let days = Fixtures.ratedDays.filter { $0.isTest == testPart }
        let scores = days.map { Fixtures.analyzer.analyze($0.text).score }
        let r = pearson(scores, days.map(\.valence))
        #expect(r >= (testPart ? 0.40 : 0.62), "r = \(r)")
    }
}
