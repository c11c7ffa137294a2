import Insights
import Journal
import Testing

@Suite("Changes in quantity")
struct QuantityChangeTests {
    @Test("a good quantity rising or a bad one falling is good news; the reverse is bad", arguments: [
        ("Churn dropped to two percent this quarter.", 1),
        ("We reduced churn by half.", 1),
        ("Murders fell by a third last year.", 1),
        ("The pain eased overnight.", 1),
        ("Revenue fell again.", -1),
        ("My motivation vanished.", -1),
        ("Complaints spiked after the release.", -1),
        ("Pipeline grew twenty percent.", 1),
        ("Manager said well done, but then doubled my quota.", -1),     // a salesperson's quota is a load
        ("Order from Bayside Liquor halved for next month.", -1),
        ("Their budget doubled for next year.", 1),
        ("The discount they want doubled overnight.", -1),
        ("Occupancy at the serviced apartments fell to 52%.", -1),        // the subject's head, past a phrase of place
        ("The import duty on our wine went up 12% from Monday.", -1),
    ])
    func paired(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a negator before the change word turns the pair round")
    func negated() {
        #expect(Fixtures.rules.analyze("Churn hasn't dropped at all.").score < -0.05)
        #expect(Fixtures.rules.analyze("Revenue never declined.").score > 0.05)
    }

    @Test("nouns that look like change words are not changes", arguments: [
        "Island Park is so perfect in the fall.",
        "Enjoying every last drop of sunshine.",
    ])
    func nouns(text: String) {
        #expect(Fixtures.rules.analyze(text).score > 0.05)
    }

    @Test("a change that undoes something bad is good news, and pairs with nothing good", arguments: [
        ("Kayla fixed the wiring fault by lunchtime.", 1),
        ("Repaired the broken pump.", 1),
        ("We solved the login problem.", 1),
        ("Finally ironed out the billing errors.", 1),
        ("All fixed now though :D", 1),
        ("Everything was quickly and happily resolved.", 1),   // "happily" is not undone
        ("Never fixed the leak.", -1),                          // the negator is the change's
        ("Product still hasn't fixed the bug.", -1),
        ("We didn't reduce the stress at all.", -1),
    ])
    func resolving(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a figure that moved \"from\" one \"to\" another tells which way; not a time or a span of years", arguments: [
        ("The SDR team goes from eight to five at month end.", -1),
        ("After the cleanup the match rate went from 54% to 91%.", 1),
        ("Lead time on the sensor went from 12 weeks to 26.", -1),       // a bad quantity rising
        ("The hotel cut our events package from 12 dates to 4.", -1),   // a change with no listed quantity
        ("My trail commission went from £2,410 to £2,160.", -1),        // amounts in a currency
        ("The session on objection handling runs from 2 to 4.", 0),     // a time of day
        ("From 1968 to 1973 he ran the depot.", 0),                       // years
    ])
    func figureMoved(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("after an article, a word that undoes something bad is an adjective")
    func resolvingAdjective() {
        let analyzer = TextAnalyzer(lexicon: Fixtures.lexicon("""
            ## valence
            - fee: -1
            ## resolving
            - fixed
            """))
        #expect(analyzer.analyze("Fixed the fee.").score > 0.05)
        #expect(analyzer.analyze("A fixed fee.").score < -0.05)
    }

    @Test("in a custom lexicon, the pair counts once in place of both words")
    func custom() {
        let analyzer = TextAnalyzer(lexicon: Fixtures.lexicon("""
            ## valence
            - crime: -3
            - plunged: -3
            ## falling
            - plunged
            """))
        let analysis = analyzer.analyze("Crime plunged.")
        #expect(analysis.score > 0.05)
        #expect(analysis.negative == 0 && analysis.positive == 1, "\(analysis.negativeWords)")
    }
}

@Suite("Grading negators")
struct GradingNegatorTests {
    @Test("a negator that grades does not deny", arguments: [
        ("The team's response has been nothing short of heroic.", 1),
        ("Not only helpful but fast.", 1),
        ("The launch was nothing but trouble.", -1),
        ("It was no less than brilliant.", 1),
        ("Not just bad, it was awful.", -1),
    ])
    func grading(text: String, sign: Int) {
        let score = Fixtures.rules.analyze(text).score
        #expect(sign > 0 ? score > 0.05 : score < -0.05, "\(score)")
    }

    @Test("any negator before \"this\" and a rated word measures, it does not deny", arguments: [
        "I haven't been this happy in years.",
        "Hadn't felt this good about my pipeline since March.",
    ])
    func degree(text: String) {
        #expect(Fixtures.rules.analyze(text).score > 0.05)
    }

    @Test("a plain negator still denies")
    func denies() {
        #expect(Fixtures.rules.analyze("The response was not heroic.").score < -0.05)
        #expect(Fixtures.rules.analyze("Nothing was good about it.").score < -0.05)
        #expect(Fixtures.rules.analyze("Not loving this weather.").score < -0.05)
    }
}
