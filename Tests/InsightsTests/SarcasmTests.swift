import Insights
import Journal
import Testing

@Suite("Sarcasm without negative words")
struct SarcasmTests {
    func sign(_ score: Double) -> Int { score > 0.05 ? 1 : score < -0.05 ? -1 : 0 }

    @Test("a listed sarcastic opener makes the sentence's praise ironic when anything in it is bad", arguments: [
        ("Nothing like a cancelled demo to really boost morale.", -1),
        ("Nothing says valued customer like a fourth round of security questionnaires.", -1),
        ("Just what I needed, a pricing change the day after I sent the quote.", -1),
        ("Thanks for nothing, procurement.", -1),
        ("Of course the renewal slipped again, great.", -1),
    ])
    func openers(text: String, expected: Int) {
        let score = Fixtures.analyzer.analyze(text).score
        #expect(sign(score) == expected, "\(score)")
    }

    @Test("praise for the news a sentence goes on to give mocks bad news; good news stays good", arguments: [
        ("Delighted to report the new routing sends every lead to the wrong rep.", -1),
        ("Thrilled to learn my deal was \"reassigned\" while I was away.", -1),   // the closing quote ends the sentence
        ("Perfect timing for the Wi-Fi to die during the CFO call.", -1),
        ("Can't wait to explain to my manager why the deal fell through.", -1),
        ("Delighted to report the pilot was a success.", 1),
        ("Happy to help the new reps with their first demos.", 1),
        ("Dana got promoted to VP and wants to roll us out across her org.", 1),   // "promoted to" is no opener
    ])
    func reported(text: String, expected: Int) {
        let score = Fixtures.analyzer.analyze(text).score
        #expect(sign(score) == expected, "\(score)")
    }

    @Test("a verdict set off by a comma, with nothing else to praise, is said through gritted teeth", arguments: [
        ("Awesome, the new territory map gives me three accounts and a car park.", -1),
        ("Perfect timing, my laptop updated itself before the board demo.", -1),
        ("Oh good, the champion is on leave for six weeks.", -1),
        ("Great, the contract is signed and they loved the demo!", 1),      // more praise: meant
        ("Delighted, this is why I do this.", 1),                          // a feeling is meant
        ("Good day, on balance.", 1),                                      // plain "good" is meant
        ("Closed-won: Cyberdyne, 85k ARR.", 1),                            // a label's colon
        ("Strong week, start to finish.", 1),                              // a summary, not an interjection
        ("Recovered, I think.", 1),                                         // news, not a verdict
        ("Sure, I'll send the deck tomorrow.", 0),                         // a reply, not a verdict
        ("So glad I drove two hours for a 'let's stay in touch'.", -1),      // single quotes scare too
        ("I don't think it's the reps' problem, and the demo was great.", 1),  // apostrophes are not quotes
        ("Of course, I can cover the Acme call.", 0),
    ])
    func setOff(text: String, expected: Int) {
        let score = Fixtures.analyzer.analyze(text).score
        #expect(sign(score) == expected, "\(score)")
    }

    @Test("genuine praise after the same openers stays praise", arguments: [
        ("Nothing like a good night's sleep before a big demo.", 1),
        ("Gotta love a customer who pays early.", 1),
        ("Great, we won the renewal!", 1),
        ("Competent, handsome, and entirely charming.", 1),
        ("Renewal signed, upsell approved.", 1),
    ])
    func genuine(text: String, expected: Int) {
        let score = Fixtures.analyzer.analyze(text).score
        #expect(sign(score) == expected, "\(score)")
    }

    @Test("after an exclaimed opener and something bad, the rest of the praise is ironic too", arguments: [
        "Great, the prospect loved the demo so much they want to revisit next year. Again.",
        "Oh good, another reorg, right when my pipeline finally looked healthy.",
        "Love how the CRM ate my notes right after the best call of the week.",
    ])
    func restIronic(text: String) {
        let score = Fixtures.analyzer.analyze(text).score
        #expect(score < -0.05, "\(score)")
    }

    @Test("a one-word opener set off by a comma (\"Sure,\", \"Yeah,\") mocks only with a cue or something bad", arguments: [
        ("Sure, I'll get the forecast perfect this time, just like the last nine times.", -1),
        ("Yeah, I'll finish all my admin tonight, right after I win the lottery.", -1),
        ("Sure, happy to help with the renewal.", 1),
        ("Yes, we won the Globex deal.", 1),
        ("I'm sure the renewal will be great.", 1),   // not an opener: not the first word
    ])
    func oneWord(text: String, expected: Int) {
        let score = Fixtures.analyzer.analyze(text).score
        #expect(sign(score) == expected, "\(score)")
    }

    @Test("an opener in a custom lexicon: praise flips only with evidence")
    func custom() {
        let analyzer = TextAnalyzer(lexicon: Fixtures.lexicon("""
            ## positive
            - boost
            ## negative
            - stuck
            ## sarcasm openers
            - nothing like
            """))
        #expect(analyzer.analyze("Nothing like a stuck deal to boost morale.").score < -0.05)
        #expect(analyzer.analyze("Nothing like a walk to boost morale.").score > 0.05)
    }
}
