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

    @Test("The byte-level split agrees with a Character-by-Character reading of every fixture text and of tricky ones")
    func wordsAgreeWithCharacters() {
        let tricky = [
            "Cafe\u{301} Noir's deal, café's too", "I’m at Acme’s — O’Brien’s & AT&T", "x-'y a--b c&&d e'", "\u{212A}elvin and Kelvin",
            "📅 2026-11-27 ✅ Acme👍🏽Globex", "Ünïcödé Straße ΣΊΣΥΦΟΣ 東京 ١٢٣ \u{0600}1 e\u{301}\u{302}", "line\r\nbreak\nAcme's\r\n",
            "'s 's's a's's -Acme- &Co", "",
        ]
        let texts = tricky + Fixtures.ratedSentences("sales-sentences.tsv").map(\.sentence)
            + Fixtures.ratedSentences("general-sentences.tsv").map(\.sentence) + Fixtures.labelledSentences.map(\.sentence)
        for text in texts {
            let byCharacters = AccountWords.characterWordRanges(in: text).map { Array(text.utf8)[$0] }.map(Array.init)
            #expect(AccountMatcher.words(text).map { Array($0.utf8) } == byCharacters, "\(text)")
        }
    }

    @Test("Words are one when String equality says so: canonically equivalent spellings match an account")
    func equivalentSpellings() throws {
        let day = Day(iso: "2026-11-24")!
        let entry = try EntryParser.parse(Array("""
            ## Notes

            Met Cafe\u{301} Noir today. Café Noir again 📅. Then \u{212A}elvin Labs, then Kelvin Labs.

            """.utf8), day: day, path: "/j/2026-11-24.md")
        let list = AccountList([AccountList.Account(name: "Café Noir"), AccountList.Account(name: "Kelvin Labs")])
        let figures = AccountMatcher.figures(entries: [entry], period: day...day, reference: day, list: list,
                                             commitments: [], analyzer: Fixtures.analyzer)
        #expect(figures.map(\.name) == ["Café Noir", "Kelvin Labs"])
        #expect(figures.map(\.mentions) == [2, 2])
    }

    @Test("Accounts found from the report's own analysis are those found by reading the entries again")
    func scoredEntriesAgree() throws {
        let days = Fixtures.ratedDays
        let start = Day(iso: "2026-01-01")!
        let entries = try days.prefix(60).enumerated().map { offset, day in
            // Every fifth day names the same few accounts mid-sentence, some with a possessive.
            let extra = offset % 5 == 0 ? "\n\nCalled Acme about it. Then Globex's CFO. Northwind Traders too.\n" : ""
            return try EntryParser.parse(Array("## Notes\n\n\(day.text)\(extra)".utf8), day: start.adding(days: offset),
                                         path: "/j/\(offset).md")
        }
        let period = start...start.adding(days: 59)
        let scored = entries.map { entry in
            AccountMatcher.ScoredEntry(day: entry.day, sentences: Fixtures.analyzer.analyze(entry.body, writtenOn: entry.day, sentences: true).sentences)
        }
        for list in [nil, AccountList([AccountList.Account(name: "Acme"), AccountList.Account(name: "Northwind Traders", aliases: ["Northwind"])])] {
            let read = AccountMatcher.figures(entries: entries, period: period, reference: period.upperBound, list: list,
                                              commitments: [], analyzer: Fixtures.analyzer)
            let shared = AccountMatcher.figures(scored: scored, reference: period.upperBound, list: list, commitments: [])
            #expect(read == shared)
            #expect(!read.isEmpty)
        }
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
