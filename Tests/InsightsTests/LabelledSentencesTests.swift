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

    private func pearson(_ xs: [Double], _ ys: [Double]) -> Double {
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

    private func agreement(predicted: [Bool], actual: [Bool]) -> (precision: Double, recall: Double) {
        let both = zip(predicted, actual).filter { $0 && $1 }.count
        return (Double(both) / Double(max(1, predicted.filter { $0 }.count)),
                Double(both) / Double(max(1, actual.filter { $0 }.count)))
    }
}
