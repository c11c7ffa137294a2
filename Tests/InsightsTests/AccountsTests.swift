@testable import Insights
import Journal
import Testing

@Suite("Accounts")
struct AccountListTests {
    @Test("accounts.md reads names with their aliases; other lines are problems named by line")
    func parsesList() {
        let (list, problems) = AccountList.parse("""
            # Accounts

            - Acme (Acme Corp, ACME)
            * Globex
            - Wayne Enterprises (Wayne)
            Initech
            - ()
            """)
        #expect(list.accounts == [
            AccountList.Account(name: "Acme", aliases: ["Acme Corp", "ACME"]),
            AccountList.Account(name: "Globex"),
            AccountList.Account(name: "Wayne Enterprises", aliases: ["Wayne"]),
        ])
        #expect(problems == ["line 6: 'Initech' is not an account: write '- Name (Alias, Other alias)'", "line 7: '- ()' has no name"])
    }

    @Test("Words are read as written, with a possessive 's dropped and joined words kept", arguments: [
        ("Acme's CFO joined.", ["Acme", "CFO", "joined"]),
        ("AT&T and Hewlett-Packard, then O'Brien’s team.", ["AT&T", "and", "Hewlett-Packard", "then", "O'Brien", "team"]),
        ("- [ ] Send Acme the deck 📅 2026-11-27", ["Send", "Acme", "the", "deck", "2026-11-27"]),
    ])
    func words(text: String, words: [String]) {
        #expect(AccountMatcher.words(text).map(String.init) == words)
    }

    @Test("Mentions count each name or alias once, the longest first, and commitments naming it by status")
    func figures() throws {
        let lexicon = Lexicon.bundled().lexicon
        let entry = try EntryParser.parse(Array("""
            ## Notes

            Acme Corp called. We love Acme. acme is not Acme when typed in lower case? It is not.

            - [ ] Send Acme Corp the deck 📅 2026-11-20
            - [x] Call Globex ✅ 2026-11-24

            """.utf8), day: Day(iso: "2026-11-24")!, path: "/j/2026-11-24.md")
        let list = AccountList([AccountList.Account(name: "Acme", aliases: ["Acme Corp"]), AccountList.Account(name: "Globex"),
                                AccountList.Account(name: "Umbrella")])
        let day = Day(iso: "2026-11-24")!
        let figures = AccountMatcher.figures(entries: [entry], period: day...day, reference: day, list: list,
                                             commitments: Commitment.all(in: entry), analyzer: TextAnalyzer(lexicon: lexicon))
        #expect(figures.map(\.name) == ["Acme", "Globex"])
        #expect(figures.map(\.mentions) == [4, 1])
        #expect(figures[0].commitments == .init(made: 1, met: 0, metOnTime: 0, open: 0, overdue: 1))
        #expect(figures[1].commitments == .init(made: 1, met: 1, metOnTime: 1, open: 0, overdue: 0))
    }
}
