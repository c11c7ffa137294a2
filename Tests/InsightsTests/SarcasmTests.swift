import Insights
import Journal
import Testing

@Suite("Sarcasm without negative words")
struct SarcasmTests {
    @Test("a listed sarcastic opener makes the sentence's praise ironic when anything in it is bad", arguments: [
        ("Nothing like a cancelled demo to really boost morale.", -1),
        ("Nothing says valued customer like a fourth round of security questionnaires.", -1),
        ("Just what I needed, a pricing change the day after I sent the quote.", -1),
        ("Thanks for nothing, procurement.", -1),
        ("Of course the renewal slipped again, great.", -1),
    ])
    func openers(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("\"Oh sure,\", \"Oh yes,\" and \"Ah yes,\" mock what follows; a comma's closing exclamation is no praise that makes an opener meant", arguments: [
        ("Oh sure, \"part commission\" is totally not a pay cut.", -1),
        ("ah yes, the \"quick\" site visit, 90km for some knocking pipes", -1),
        ("Oh yes, do the needful, very helpful instruction, thank you sir.", -1),
        ("Fantastic, 47 minutes of head office hold music, what a treat.", -1),
        ("Oh good, a 28-page relocation form, my favourite genre.", -1),
        ("Lovely, lovely day.", 1),
        ("Great job, me, double-booking the library room like a true professional.", -1),
        ("Sure, that works for me.", 0),
    ])
    func mockingReplies(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("praise and blame side by side weigh each other as they do joined by \"and\"; they do not mock", arguments: [
        ("Won one, lost one.", "Won one and lost one."),
        ("Great meeting, terrible drive.", "Great meeting and terrible drive."),
        ("Good numbers, bad sleep.", "Good numbers and bad sleep."),
        ("One great meeting, one terrible one.", "One great meeting and one terrible one."),
        ("Happy, tired, sunburnt, and happy.", "Happy and tired and sunburnt and happy."),   // a list of feelings
    ])
    func sideBySide(text: String, joined: String) {
        #expect(Fixtures.rules.analyze(text).score == Fixtures.rules.analyze(joined).score)
    }

    @Test("news set off by a comma is told, not cheered: it turns as any clause does, it does not mock", arguments: [
        ("Won the renewal, though they cut seats by a third.", "Won the renewal though they cut seats by a third."),
        ("The launch went well, but nobody from leadership noticed.", "The launch went well but nobody from leadership noticed."),
    ])
    func newsSetOff(text: String, joined: String) {
        #expect(Fixtures.rules.analyze(text).score == Fixtures.rules.analyze(joined).score)
    }

    @Test("the best part of a day that is time lost or anything bad mocks it; time spent is a cue after an opener that frames, not after a verdict on a thing", arguments: [
        ("Best part of my day was the 45 minutes on hold with our own IT helpdesk.", -1),
        ("Highlight of my day was the $28 parking ticket.", -1),
        ("Best part of my day: 52 dials and a guy who told me to lose his number.", -1),
        ("So glad the pricing team could turn a one-day quote around in just six days.", -1),
        ("Best part of my day was lunch with Sam.", 1),
        ("We talked for an hour, which was the best part of the day.", 1),
        ("Bright side: the pet store renewed for six months.", 1),             // a term, not a wait
        ("Good meeting, but they're still three months away from a budget.", -1),
        ("Love that the generator picked today of all days to retire.", -1),   // "of all days"
        ("Greg called it \"a growth opportunity\" with a straight face.", -1),
        ("The client called it \"the best demo we've seen\".", 1),           // quoted praise with nothing to mock
        ("Reorg memo dropped at 4pm on a Friday, classy.", -1),
    ])
    func bestParts(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("praise for the news a sentence goes on to give mocks bad news; good news stays good", arguments: [
        ("Delighted to report the new routing sends every lead to the wrong rep.", -1),
        ("Thrilled to learn my deal was \"reassigned\" while I was away.", -1),   // the closing quote ends the sentence
        ("Perfect timing for the Wi-Fi to die during the CFO call.", -1),
        ("Can't wait to explain to my manager why the deal fell through.", -1),
        ("Can't wait to see the kids.", 1),                                   // anticipation of something good is meant
        ("Can't wait for the holidays.", 1),
        ("Such fun at the offsite with the whole team.", 1),
        ("Such fun, another three-hour call with procurement.", -1),
        ("Delighted to report the pilot was a success.", 1),
        ("Happy to help the new reps with their first demos.", 1),
        ("Dana got promoted to VP and wants to roll us out across her org.", 1),   // "promoted to" is no opener
    ])
    func reported(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("praise for news learned, with nothing good in it, mocks even without a cue; a feeling, plain \"good\" or news with good in it is meant", arguments: [
        ("Wonderful to learn about our price increase from the customer.", -1),
        ("Thrilled to learn the VP role is going to an outside hire.", -1),
        ("Lovely to find out the demo car is at the other branch.", -1),
        ("Great to hear from Dana.", 1),                                       // hearing from someone
        ("Great to hear the CFO loved it.", 1),
        ("Glad to hear Dana's mum is home.", 1),                               // a feeling
        ("Good to know the warehouse opens at six.", 1),                       // plain "good" is meant
    ])
    func learned(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("bare praise straight after or before bad news, or said again after \"just\", mocks it; after good news, or closing a day, it is meant", arguments: [
        ("The Dunbars cancelled and want the deposit back. Brilliant.", [-1, -1]),
        ("Brilliant. The Dunbars cancelled and want the deposit back.", [-1, -1]),
        ("Brilliant. The Dunbars signed.", [1, 1]),
        ("Good. The Dunbars cancelled and want the deposit back.", [1, -1]),   // "Good." is said and meant
        ("Lost the deal at the desk. Great, just great.", [-1, -1]),
        ("Closed the Acme deal. Brilliant.", [1, 1]),
        ("Had a row with deal desk, which stressed me out. Great day.", [-1, 1]),
        ("Brilliant.", [1]),
        ("Great, just great.", [-1]),                     // a verdict said again after "just" mocks on its own
        ("Perfect. Just perfect.", [-1, -1]),
        ("Good. Just good.", [1, 1]),                     // "good" is said and meant
    ])
    func bareVerdicts(text: String, signs: [Int]) {
        let sentences = Fixtures.rules.analyze(text, sentences: true).sentences
        #expect(sentences.map { $0.score < -0.05 ? -1 : $0.score > 0.05 ? 1 : 0 } == signs)
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
        Fixtures.expectSign(text, expected)
    }

    @Test("genuine praise after the same openers stays praise", arguments: [
        ("Nothing like a good night's sleep before a big demo.", 1),
        ("Gotta love a customer who pays early.", 1),
        ("Great, we won the renewal!", 1),
        ("Competent, handsome, and entirely charming.", 1),
        ("Renewal signed, upsell approved.", 1),
    ])
    func genuine(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("after an exclaimed opener and something bad, the rest of the praise is ironic too", arguments: [
        "Great, the prospect loved the demo so much they want to revisit next year. Again.",
        "Oh good, another reorg, right when my pipeline finally looked healthy.",
        "Love how the CRM ate my notes right after the best call of the week.",
    ])
    func restIronic(text: String) {
        let score = Fixtures.rules.analyze(text).score
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
        Fixtures.expectSign(text, expected)
    }

    @Test("an upside-down face or an eye-roll says the praise is not meant", arguments: [
        ("So grateful to finance for taking three weeks to approve a 5% discount 🙃", -1),
        ("Absolutely loving this new comp plan 🙄", -1),
        ("So grateful to finance for approving the discount in a day 🙂", 1),
    ])
    func ironyMarks(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a plan that mocks the ask (\"Sure, I'll just…\") is a complaint, not a plan", arguments: [
        ("Sure, I'll just conjure a budget out of thin air for them.", -1),
        ("Oh yeah, we'll just close $200k by Friday.", -1),
        ("Oh sure, I'll get right on that forty-page RFP due tomorrow.", -1),
        ("I'll just go ahead and thank marketing personally for the rebrand.", -1),
        ("Sure, I'll send the deck tomorrow.", 0),
        ("I'll just send the deck now.", 0),
    ])
    func mockingPlan(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a listed opener set off by a colon, a comma a few words on, or the sentence's end mocks", arguments: [
        ("Living the dream: hotel wifi, cold pizza and a proposal due at 9.", -1),
        ("Living the dream.", -1),
        ("What a great use of my day, four hours of pipeline hygiene.", -1),
        ("Fun times.", 1),   // two words alone are meant
        ("A very good day, with one person missing.", 1),   // a summary of the day, not a cheer
    ])
    func openerSetOff(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("thanks for what the sentence goes on to tell, with something bad or a cue, or thanks for harm, mocks", arguments: [
        ("Nice of them to tell me about the reorg via a calendar invite titled \"quick chat\"", -1),
        ("So helpful of legal to lose the redlines again.", -1),
        ("Nice of Priya to cover my calls while I was out.", 1),
        ("Nice of Marcus to reforecast me in front of the whole floor.", -1),   // a cue
        ("Thank you so much, courier company, for losing only one parcel this time.", -1),
        ("Cheers, DHL, for losing the samples.", -1),
        ("Thanks, Dana, for covering my calls today.", 1),
        ("Thanks to Dana for sorting out the pricing sheet.", 1),
    ])
    func thanked(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a treat or a joy pointed at \"when\" something bad happens mocks it; at something good it is meant", arguments: [
        ("Always a joy when the railway cancels my train.", -1),
        ("Always a joy when the railway decides Amersfoort is where I live now.", -1),   // a cue
        ("Very reassuring that the man with no budget authority wanted three separate quotes.", -1),
        ("It's a joy when clients refer their friends.", 1),
        ("Thrilled to learn about my own territory from the org chart, as one does.", -1),
        ("So glad I spent eleven months on that account just to find out what a two-line email looks like.", -1),
    ])
    func pointedAtWhen(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("praise pointed at being told something mocks; in the past only with a cue or something bad", arguments: [
        ("Loved being told my 'energy' was the problem on a call I booked myself.", -1),
        ("Loved being on stage at the kickoff.", 1),
    ])
    func pointedBefore(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("with a cue, effusive praise mocks even beside other praise", arguments: [
        ("Really appreciate procurement adding a fifth approval step.", -1),
        ("Really enjoying the new patch, people are friendly round here.", 1),
        ("Really appreciate the team's support on the renewal.", 1),
    ])
    func effusiveWithCue(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("an ordinal in figures counts as a cue; a date does not", arguments: [
        ("So excited for my 6th onboarding session of the week.", -1),
        ("So excited, I'm presenting the business case to their board on the 14th.", 1),
    ])
    func ordinals(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("an exclaimed \"what a…,\" with nothing else praised mocks", arguments: [
        ("What a gift, a surprise audit of my mileage claims in the busiest week.", -1),
        ("What a day, two deals closed and a referral!", 1),
    ])
    func exclaimed(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a verdict closing the sentence after a comma, with a cue, an opener or something bad, mocks; so does a stock phrase of mock delight", arguments: [
        ("Another 'alignment session', my favourite.", -1),
        ("Lost the Acme renewal again, great.", -1),
        ("Of course the knee goes the month we're on straight commission, perfect.", -1),
        ("A $19 hot dog, living the dream.", -1),
        ("Two-hour delay at Heathrow and no lounge, ten out of ten.", -1),
        ("Ten out of ten, would recommend getting lectured on work-life balance at 9pm.", -1),
        ("Another \"alignment session\", my favourite.", -1),                 // praise in scare quotes is no sincere praise
        ("Closed the Acme renewal, living the dream.", 1),
        ("Closed the Acme renewal, great.", 1),
        ("First week back and the team made me feel like I never left, really touched.", 1),   // a feeling, not a verdict
    ])
    func closingVerdict(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
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
