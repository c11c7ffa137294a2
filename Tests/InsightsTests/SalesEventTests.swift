import Insights
import Journal
import Testing

@Suite("Sales events by composition")
struct SalesEventTests {
    /// A lexicon with no rated word: only the composition can score.
    let analyzer = TextAnalyzer(lexicon: Fixtures.lexicon("""
        ## negators
        - not
        - never
        ## sales objects
        - deal
        - renewal
        - po
        - budget
        - contract
        - demo
        ## sales events
        - slipped: -2
        - slip: -2
        - pushed: -1.5
        - frozen: -2.5
        - cancelled: -2.5
        - went to closed-lost: -3
        - came through: 2.5
        - countersigned: 3
        - close: 2.5
        - signed: 2.5
        ## positive
        - signed: 1
        """))

    @Test("an object and an event word in one clause score the event, in either order and in the passive", arguments: [
        ("The renewal slipped.", -1),
        ("Slipped the renewal again.", -1),
        ("Acme's PO got pushed.", -1),
        ("Budget was frozen.", -1),
        ("The deal went to closed-lost.", -1),
        ("The demo got cancelled.", -1),
        ("PO came through.", 1),
        ("Contract countersigned.", 1),
        ("Signed the contract.", 1),
    ])
    func composed(text: String, sign: Int) {
        let score = analyzer.analyze(text).score
        #expect(sign > 0 ? score > 0.05 : score < -0.05, "\(score)")
    }

    @Test("a negator turns the event round", arguments: [
        ("The deal didn't slip.", 1),
        ("The deal never came through.", -1),
        ("The deal didn't close.", -1),
    ])
    func negated(text: String, sign: Int) {
        let score = analyzer.analyze(text).score
        #expect(sign > 0 ? score > 0.05 : score < -0.05, "\(score)")
    }

    @Test("no object in the clause, a plan, or a noun after a determiner is no event", arguments: [
        "My flight slipped.",                  // no sales object
        "The schedule slipped, the deal is fine.",   // the object is in another clause
        "We need to close the deal.",          // a plan
        "I should close the deal.",
        "Rushed the close on the deal.",       // "the close" is a noun
    ])
    func noEvent(text: String) {
        #expect(analyzer.analyze(text).score == 0)
    }

    @Test("a word rated on its own takes its event valence beside an object, and counts once")
    func rerated() {
        let own = analyzer.analyze("We signed.")
        let event = analyzer.analyze("We signed the contract.")
        #expect(own.score > 0 && event.score > own.score)
        #expect(event.positive == 1 && event.negative == 0)
        let negated = analyzer.analyze("Never signed the contract.")
        #expect(negated.negative == 1 && negated.positive == 0, "\(negated.negativeWords)")
        #expect(negated.negativeWords == ["never signed"])
    }

    @Test("the bundled lists compose sales events", arguments: [
        ("Acme's PO got pushed to next quarter.", -1),
        ("The Globex pilot converted.", 1),
        ("Our budget was frozen this morning.", -1),
        ("The renewal didn't slip after all.", 1),
        ("3 dealers not paying old dues, total 4.2 lakh outstanding now.", -1),   // money owed, not praise
        ("Still $12k outstanding on the Marlow account.", -1),
        ("The Marlow team did outstanding work.", 1),
        ("Area manager cut my car allowance starting next month.", -1),
        ("Enquiries have been pouring in since the ad.", 1),
        ("The leads dried up after the show.", -1),
    ])
    func bundled(text: String, sign: Int) {
        let score = Fixtures.rules.analyze(text).score
        #expect(sign > 0 ? score > 0.05 : score < -0.05, "\(score)")
    }
}
