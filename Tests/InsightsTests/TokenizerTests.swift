import Insights
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("splits text into case-folded words", arguments: [
        ("Can't won’t DON’T", ["can't", "won't", "don't"]),
        ("I’m sure it's fine", ["i'm", "sure", "it's", "fine"]),
        ("A no-show, then a FOLLOW-UP", ["a", "no-show", "then", "a", "follow-up"]),
        ("Café CRÈME, naïve Ökonomie", ["café", "crème", "naïve", "ökonomie"]),
        ("ΣΟΦΙΑ Δέλτα", ["σοφια", "δέλτα"]),
        ("Cafe\u{301} au lait", ["cafe\u{301}", "au", "lait"]),
        ("Q4 target: 40 calls, 3.5 hours", ["q4", "target", "40", "calls", "3.5", "hours"]),
        ("$1,200 at €0,42 each, 3, 4", ["1,200", "at", "0,42", "each", "3", "4"]),
        ("at 8:30, our 1:1: notes", ["at", "8:30", "our", "1:1", "notes"]),
        ("'quoted' -dash- end- 'em", ["quoted", "dash", "end", "em"]),
        ("rock — and -- roll - twice", ["rock", "and", "roll", "twice"]),
        ("sales’ pipeline's", ["sales", "pipeline's"]),
        ("## A heading\nThe body\n# Title\n### Kept", ["the", "body", "kept"]),
        ("- [ ] Send Acme the deck", ["send", "acme", "the", "deck"]),
        ("  * [x] Call Dana 📅 2026-11-27 ✅2026-11-26", ["call", "dana"]),
        ("Met 📅 on 2026", ["met", "📅", "on", "2026"]),
        ("- [-] Call Dana ❌ 2026-11-24 ⏫ 🔁 every week ⏳\u{FE0F} 2026-11-20", ["call", "dana", "every", "week"]),
        ("", []),
        ("dont cant im tmrw tho thx", ["don't", "can't", "i'm", "tomorrow", "though", "thanks"]),   // phone-typed spellings
        ("Flew to BC, IM me", ["flew", "to", "bc", "im", "me"]),                                   // capitals are left as written
        ("its ill lets were", ["its", "ill", "lets", "were"]),                                     // words with another reading too
    ])
    func splitsWords(text: String, expected: [String]) {
        #expect(Tokenizer.words(in: text) == expected)
    }

    @Test("a text of nothing but shorthand that grows fits: every word is read in full")
    func shorthandGrows() {
        let words = Tokenizer.words(in: String(repeating: "bc,tmr ", count: 2_000))
        #expect(words.count == 4_000)
        #expect(words.allSatisfy { $0 == "because" || $0 == "tomorrow" })
    }

    @Test("treats invalid UTF-8 as a separator")
    func invalidBytes() {
        let bytes: [UInt8] = Array("bad".utf8) + [0xFF, 0xC3] + Array("call".utf8)
        let analysis = bytes.withUnsafeBufferPointer { Fixtures.rules.analyze(utf8: $0) }
        #expect(analysis.words == 2)
        #expect(analysis.negativeWords == ["bad call"])
    }
}
