import Insights
import Testing

@Suite("Recurring terms")
struct RecurringTermsTests {
    let lexicon = Fixtures.lexicon("## stopwords\n- the\n- on\n- i\n- is\n- again\n- to")

    @Test("finds words and two-word phrases in at least three entries, most entries first")
    func findsTerms() {
        let entries = [
            "The Acme renewal is stuck on legal. Legal again! Legal.",
            "Chased the Acme renewal again; legal is slow",
            "I called Acme. Renewal talk went fine, pricing too",
            "Acme renewal signed, pricing agreed",
            "Nothing to do with 2026 or 40 calls, 2026 and 40 calls, 2026 40 calls",
        ]
        #expect(RecurringTerm.find(in: entries, lexicon: lexicon) == [
            RecurringTerm(term: "acme", entries: 4),
            RecurringTerm(term: "renewal", entries: 4),
            RecurringTerm(term: "acme renewal", entries: 3),
        ])
        #expect(RecurringTerm.find(in: entries, lexicon: lexicon, minimumEntries: 2).contains(RecurringTerm(term: "legal", entries: 2)))
        #expect(RecurringTerm.find(in: entries, lexicon: lexicon, minimumEntries: 2).contains(RecurringTerm(term: "pricing", entries: 2)))
    }

    @Test("the phrase must be two neighbouring words in one clause")
    func phrasesStayInAClause() {
        let entries = Array(repeating: "Acme, renewal. Acme on renewal", count: 3)
        #expect(RecurringTerm.find(in: entries, lexicon: lexicon).map(\.term) == ["acme", "renewal"])
    }

    @Test("finds nothing in fewer than three entries")
    func needsThreeEntries() {
        #expect(RecurringTerm.find(in: ["acme acme acme", "acme"], lexicon: lexicon) == [])
    }
}
