import Insights
import Journal
import Testing

@Suite("Negation")
struct NegationTests {
    @Test("a negated negative word counts nothing", arguments: [
        "not bad at all",
        "no problem with legal",
        "I can't complain about October",
        "I can’t complain about October",
        "I was not nervous walking into the boardroom",
        "Hardly any no-shows this week",
        "Not a single ghosted follow-up this week",
    ])
    func negatedNegative(text: String) {
        let analysis = Fixtures.rules.analyze(text)
        #expect(analysis.negative == 0, "\(analysis.negativeWords)")
    }

    @Test("negative words and negated positive words count", arguments: [
        ("not happy with the call", ["not happy"]),
        ("I got ghosted again", ["got ghosted"]),
        ("Didn’t win a thing", ["didn't win"]),
        ("Two no-shows, and pushback on price", ["no-shows", "pushback on price"]),
        ("I'm burned out", ["burned out"]),
    ])
    func counted(text: String, words: [String]) {
        let analysis = Fixtures.rules.analyze(text)
        #expect(analysis.negativeWords == words)
        #expect(analysis.negative == words.count)
    }

    @Test("a negator reaches six words back within its clause", arguments: [
        ("not really all that bad", 0),
        ("not all that bad", 0),
        ("not at all, not in any way bad", 0),
        ("not that I would ever call it bad", 1),    // seven words back: too far
        ("No. Bad call.", 1),
        ("No, bad call", 1),
        ("Not\nbad", 1),
        ("Not sure but bad", 1),   // the contrast word starts a new clause
        ("I don't think it's bad", 0),
        ("I don't think it was bad", 0),
        ("I can't shake the feeling they're bad", 1),   // a clause of its own: not denied
        ("not a day it's bad about.", 0),
        ("not a day it's bad about", 0),   // a clause ending on its preposition describes what is denied
        ("not sure it's bad", 1),
        ("it wouldn't start and I missed the bad call", 1),   // a subject after "and" starts a clause
        ("it wouldn't start and bad", 0),
    ])
    func scope(text: String, negative: Int) {
        // An emoji or a laugh comments on the clause from outside it; right after the negator it is denied.
        let commented = Fixtures.lexicon("## negative\n- bad\n## positive\n- 🙌\n- haha\n## negators\n- not\n- no\n- nothing")
        let analyzer = TextAnalyzer(lexicon: commented)
        #expect(analyzer.analyze("no returns this week 🙌").score > 0)
        #expect(analyzer.analyze("nothing matters today haha").score > 0)
        #expect(analyzer.analyze("not haha").score < 0)
        let lexicon = Fixtures.lexicon("## negative\n- bad\n## positive\n- great\n## negators\n- not\n- no\n## contrast\n- but")
        #expect(TextAnalyzer(lexicon: lexicon).analyze(text).negative == negative)
    }

    @Test("a negator spent on a negative word denies no praise after it", arguments: [
        ("not bad and great", 0),          // the denied loss leaves the praise as it is
        ("not bad and not great", 1),      // a negator of its own still denies
        ("not great and bad", 1),          // praise does not spend it: "bad" is denied too
        ("not bad or bad", 0),             // negative words after it stay denied
    ])
    func spent(text: String, negative: Int) {
        let lexicon = Fixtures.lexicon("## negative\n- bad\n## positive\n- great\n## negators\n- not")
        let analysis = TextAnalyzer(lexicon: lexicon).analyze(text)
        #expect(analysis.negative == negative, "\(analysis.negativeWords)")
        #expect(Fixtures.rules.analyze("Didn't lose a single renewal this quarter.").score > 0.05)
    }

    @Test("no one noticing or answering is neglect; a surprise or a best is no denial", arguments: [
        ("Nobody in the office even noticed I closed the Barker deal.", -1),
        ("Nobody on the team answered when I asked for help with the RFP.", -1),
        ("Nobody expected Cascadia to renew at full price, and they did.", 1),
        ("Never thought I'd enjoy prospecting this much.", 1),
        ("Never had a better discovery call.", 1),
        ("Going to bed smiling, which I did not expect at 10am.", 1),
        ("I've never had a quarter like this one.", 0),                  // a first, not a denial
        ("I've never had a client write a thank-you note like that.", 1),
        ("Never had a good discovery call with them.", -1),
        ("The competitor didn't even make the shortlist at Kestrel.", 1),   // a rival's miss is good news
        ("The buyer didn't even make the meeting.", -1),
        ("I don't think I've ever laughed this much on a site visit.", 1),   // a first
        ("I don't think I've ever been so happy.", 1),
        ("I don't think I've ever been hugged that hard by a man in hi-vis.", 1),
        ("I don't think I've ever been happy here.", -1),
        ("None of the three pubs said no.", 1),                              // a denial after "nobody" turns it round
        ("None of them replied.", -1),
        ("Nobody called and nobody emailed.", -1),                           // a second no-one is no refusal
        ("Nothing went wrong at the gala, not one thing.", 1),               // an echo repeats the denial
        ("No complaints, none.", 1),
        ("They said no.", -1),
        ("He called me, not Dale, and asked for the deck.", 0),            // a correction, no event
        ("Sit at the table like a neighbour, not a shark.", 0),
        ("Called three of them, not a single reply.", -1),
    ])
    func neglectAndSurprise(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a customer choosing someone else is a loss, choosing us a win; the writer's choice, a plan, an option or a date is neither", arguments: [
        ("The Union Hotel signed with the big brewer for all twelve taps.", -1),
        ("We're the preferred vendor now.", 1),                          // the writer's own standing, an adjective
        ("She's putting us on their preferred supplier list.", 1),
        ("Klinikum Passau gave the contract to Philips.", -1),
        ("The Reyes family went with the brother-in-law's company.", -1),
        ("Our biggest account moved its whole annual block to Jumeirah.", -1),
        ("Derek took the Naperville account with him to his new firm.", -1),
        ("The Brossard hospital picked the other firm.", -1),
        ("They picked us over Oracle.", 1),
        ("Acme signed with us today.", 1),
        ("I went with the blue one.", 0),
        ("Dad went with me to the clinic.", 0),
        ("She picked up the samples.", 0),
        ("Might go with Philips.", 0),
        ("Procurement moved the contract review to Thursday.", 0),
        ("The hospital switched all their orthopaedic screws over to our range.", 1),   // business coming to the writer
        ("The author took her second book to another publisher.", -1),                 // business going to a rival
        ("The hospital group signed a five-year deal with our rival for all implants.", -1),
        ("Two of my biggest clients left for another agency.", -1),
        ("The client moved our meeting to another week.", 0),                           // a span, not a rival
        ("The regulator ordered a review of the tender.", 0),                           // an authority's order is no purchase
        ("The SME took the business bundle with handsets.", 0),                          // "took … with" a person is a customer leaving
        ("Oga has handed my Lekki clients to his cousin.", -1),                          // the writer's business given away
        ("Manager moved my two biggest opportunities to the enterprise team.", -1),
        ("She gave my name to her boss.", 1),                                            // a name passed on is no business lost
        ("Already picked the dates.", 0),
        ("Renewal signed with a 15% uplift.", 1),
        ("Got shortlisted for the Mercy tender.", 1),                        // the writer chosen
        ("Mrs. Nguyen's foundation pledged $80,000 for the scholarships.", 1),  // a customer's money, counted
        ("I wired $500 to the supplier.", 0),                                // the writer's own payment
        ("Mumbai ordered 2,400 cases.", 1),                                  // a customer buying is a sale
        ("The customer already bought from the bloke down the road.", -1),
        ("Ordered new business cards.", 0),
        ("The company's been bought by a bigger print group.", -1),        // a takeover: unsettling news, not a sale
        ("They haven't picked us.", -1),
        ("Got the Haberfield listing.", 1),                                   // the writer's win
        ("WE GOT THE SAINT-LAURENT DEPOT CONTRACT.", 1),
        ("Got the invoice from Acme.", 0),
        ("Never got the contract.", -1),
        ("Tommy gave us the replacement order for all 22 globes.", 1),           // the business given to the writer
        ("They've given us a trial on their weekend shifts.", 1),                // a first step of business
        ("Two farmers paid deposits on M-Pesa, KSh 24,000 total.", 1),          // a customer paying
        ("Golden Harvest sent the PO for all forty branches.", 1),              // a customer's order
        ("Finance sent the order back.", -1),                                // returned, not sent: rejected
        ("Landlord's raising the rent £220 a month from February.", -1),        // a bad quantity rising
        ("Mum paid the bill.", 0),
        ("I paid $40 for parking.", 0),
        ("Dana gave me a hard time about the forecast.", -1),
        ("Cormack gave the job to the other distributor.", -1),
        ("Kestrel moves all their freight to a single 3PL as of Monday.", -1),
        ("Got the Singapore role!", 1),
        ("Ana gave us.", 0),
    ])
    func choices(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a denial of anything major or serious, or that something mattered, is a relief, not a missed event")
    func reliefOfAnythingMajor() {
        let analyzer = TextAnalyzer(lexicon: Fixtures.lexicon("## negators\n- not\n"))
        #expect(analyzer.analyze("The audit didn't find anything major.").score == 0)
        #expect(analyzer.analyze("Didn't matter.").score == 0)
        #expect(analyzer.analyze("The client didn't mind waiting.").score == 0)
        #expect(analyzer.analyze("The audit didn't find the invoices.").score < -0.05)
    }

    @Test("the good news neglect passes over is not listed as a negative word")
    func neglectListsNoPraise() {
        #expect(Fixtures.rules.analyze("Nobody noticed I closed Globex.").negativeWords == [])
    }

    @Test("\"however\" meaning \"no matter how\" does not turn; \"however\" opening a clause does; \"even though\" concedes", arguments: [
        ("Sums that don't work however I do them.", -1),
        ("However hard I push, nothing moves.", -1),
        ("Navigation is ok however I miss the folders.", -1),
        ("The demo went well; however, the CFO was late.", -1),
        ("Placed Marisol, even though the fee barely covers my coffee habit.", 1),   // "even though" concedes, it does not turn
        ("Embarrassed about the pricing mix-up, even though the client laughed it off.", -1),
        ("They're holding my commission until the implementation is signed off.", -1),   // "until" a clause not yet true is a condition
        ("Quiet morning until Acme called and signed.", 1),                                // "until" what happened steps on
    ])
    func noMatterHow(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a belief a step in time proves wrong turns like \"but\"; \"but at least\" consoles without outweighing", arguments: [
        ("I thought the renewal was safe, then Cascadia sent an RFP to three vendors.", -1),
        ("I thought we'd lost Ferro, then their CIO called to say we're the pick.", 1),
        ("The meeting was a bust, but at least the flight home was on time.", -1),
        ("The meeting was a disaster, but the follow-up was brilliant.", 1),
        ("Started the day pumped, ended it staring at a dead forecast.", -1),   // how it ended weighs more
        ("Feet destroyed, 14 hours on site, but what a day.", 1),
        ("Can't believe how good the demo went.", 1),                          // disbelief is amazement, not denial
        ("i cant believe how good this is", 1),
        ("Can't believe we lost it on price again.", -1),                // the turn sums the day up as worth it
        ("What a day.", -1),
    ])
    func turns(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("figures tell how a number went: nought, only some of many, short, a share of quota", arguments: [
        ("40 dials, 1 connect, 0 meetings.", -1),
        ("Only 2 of the 6 invited pharmacists turned up.", -1),
        ("Only two of the five webinar signups showed up.", -1),
        ("Still $45k short with three weeks left.", -1),
        ("Finished the month at 61% of quota.", -1),
        ("Hit 140% of quota for the year.", 1),
        ("Finished the week at 95% of plan.", 0),
        ("Only took two calls to close it.", 1),
        ("A short call with the CFO.", 0),
        ("Corvid came back asking for 35% off.", -1),
        ("Three years at €0,42 per unit.", 0),
        ("It's November and I'm at 58% for Q4.", -1),                   // where the writer stands is attainment
        ("Finished at 112% for the year.", 1),
        ("Conversion rate at 12% this week.", 0),
    ])
    func figures(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a count or an amount right after a customer's event word is what the event was about", arguments: [
        ("Larsen confirmed 450 MT of structural steel in three lots.", 1),
        ("Rajkot party cleared ₹18.4 lakh after two months.", 1),
        ("Luminex cut 40 guests from the March sailing.", -1),
        ("They cut another 12 cabins.", -1),
        ("Acme cleared $40k today.", 1),
        ("Cut 20 minutes off my commute.", 0),                   // a time is no object
        ("Confirmed.", 0),
    ])
    func countedEvents(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("British \"properly\" before a feeling strengthens it, like \"really\"")
    func properlyBoosts() {
        let analyzer = Fixtures.rules
        #expect(analyzer.analyze("Properly rattled.").score < analyzer.analyze("Rattled.").score)
        #expect(analyzer.analyze("Properly proud of Marcus.").score > analyzer.analyze("Proud of Marcus.").score)
    }

    @Test("someone let go is a loss; letting a thing, a day or a worry go is not", arguments: [
        ("Had to let Eddie go after twenty-two years.", -1),
        ("We let two reps go.", -1),
        ("Let it go.", 1),                                   // a worry let go is some peace
        ("Let the kids go to the park.", 0),
        ("Let the day go by.", 0),
    ])
    func letGo(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("few of a bad thing is good news; not a time, a share, or one drawback announced", arguments: [
        ("Only two complaints this week.", 1),
        ("The buyer rejected only four coils.", 1),
        ("Just one customer complained.", 1),
        ("Lost only one deal all month.", 1),
        ("There's just one problem.", -1),                       // one drawback announced
        ("The train was only 90 minutes late.", -1),             // a time
        ("It broke just two weeks after I bought it.", -1),
        ("Not only one problem but ten.", -1),
    ])
    func fewBadThings(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a step in time with nothing rated after it halves what came before")
    func sequenceAlone() {
        let before = Fixtures.rules.analyze("The viewings went well.").score
        let after = Fixtures.rules.analyze("The viewings went well, then the vendor called.").score
        #expect(after > 0.05 && after < before, "\(before) → \(after)")
    }

    @Test("a feeling after \"used to\" is a feeling lost; \"got used to\" is not a habit over", arguments: [
        ("I used to love this work, now I just count the hours.", -1),
        ("We used to enjoy the Monday pipeline call.", -1),
        ("I got used to the new CRM and I love it.", 1),
        ("Finally used to the new territory, and loving it.", 1),
    ])
    func habitualPast(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }
}

@Suite("Attitude score")
struct AttitudeScoreTests {
    let analyzer = TextAnalyzer(lexicon: Fixtures.lexicon("""
        ## negative
        - awful: 4
        - rough
        ## positive
        - great: 3
        - keen
        ## negators
        - not
        ## boosters
        - really
        ## dampeners
        - a bit
        ## contrast
        - but
        ## sequence
        - then
        """))

    /// Cases with the sum of weights they should score; the score is that sum normalised.
    @Test("follows the normalised sum of weights", arguments: [
        ("great", 3),
        ("awful", -4),
        ("nothing here", 0),
        ("", 0),
        ("really great", 3.293),     // a booster adds 0.293 away from 0
        ("a bit rough", -1.707),     // a dampener takes 0.293 towards 0
        ("not great", -2.22),        // negated ×−0.74
        ("rough but keen", 2),       // −2 × 0.5 before the contrast, 2 × 1.5 after
        ("keen but", 2),             // a contrast word ending its clause looks back: no turn
        ("rough, but, keen", 2),     // set off by commas on both sides, it turns
        ("Awful!", -4.292),          // "!" adds 0.292 away from 0
        ("GREAT, keen", 3.733 + 2),  // capitals add 0.733 in a sentence that is not all capitals
    ] as [(String, Double)])
    func score(text: String, sum: Double) {
        let sentence = sum / (sum * sum + 10).squareRoot()
        #expect(abs(analyzer.analyze(text).score - entry(sentence)) < 1e-9)
    }

    /// An entry's score from its evidence: the sentences' mean times √n.
    private func entry(_ evidence: Double) -> Double { evidence / (evidence * evidence + 2).squareRoot() }

    @Test("a text's score is its sentences' mean times √n, unrated sentences counting 0, squashed into −1…1; the mean blends into the mean leaning (each score's square root) as the text grows, and the first and last of three or more count 1.5 times")
    func sentencesAddUp() {
        func normalised(_ sum: Double) -> Double { sum / (sum * sum + 10).squareRoot() }
        let (great, awful) = (normalised(3), normalised(-4.292))
        // Three sentences: half way to the mean leaning; the first and the last weigh 1.5 of 4.
        let scores = (1.5 * great + 1.5 * awful) / 4
        let leanings = (1.5 * great.squareRoot() - 1.5 * (-awful).squareRoot()) / 4
        let expected = entry((0.5 * scores + 0.5 * leanings) * 3.0.squareRoot())
        #expect(abs(analyzer.analyze("Great. Nothing here. Awful!").score - expected) < 1e-9)
        #expect(analyzer.analyze("Awful. Awful.").score < analyzer.analyze("Awful.").score)
    }

    @Test("trouble that did not happen is a relief; trouble that did not end is not", arguments: [
        ("The outage didn't affect any of my customers.", 1),
        ("The pricing objection never came up.", 1),
        ("The chargeback didn't go through.", 1),
        ("Bad weather didn't stop us.", 1),
        ("Even the traffic didn't get to me.", 1),                            // nothing got in the way
        ("The rain didn't stop us.", 1),
        ("Nothing could touch me today.", 1),
        ("The migraine didn't come back.", 1),
        ("He didn't get to me in time.", -1),                                 // arriving late is no obstacle
        ("The customer didn't come back.", -1),
        ("Didn't touch my own accounts once.", -1),
        ("The problem didn't go away.", -1),
        ("The rain didn't stop.", -1),
        ("I was sick and didn't go.", -1),
    ])
    func avertedTrouble(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a doubt the sentence says came true, or praise of someone indispensable, denies nothing; a hope compared with is denied", arguments: [
        ("I never thought Markel would say yes, and they did.", 1),
        ("Never thought the Vietnam subsidiary would sign before Christmas, and here we are.", 1),
        ("I never thought they'd cancel the order, and they did.", -1),
        ("I never thought about it.", 0),
        ("Took the kids for ice cream after soccer because honestly, why not.", 1),   // a suggestion, not a denial
        ("It isn't a part of myself I'm proud of.", -1),
        ("Worked the list rather than mourning the old one.", 0),          // what the writer does not do
        ("Called the champion instead of sulking.", 0),
        ("Sure, I'll just match their price out of my own pocket, why not.", -1),
        ("Wasn't expecting Declan to back me up, but he did.", 1),          // "but" confirms, it does not turn
        ("Never thought I'd be glad to see a procurement officer, but there we are.", 1),
        ("So grateful for Sipho, I don't know what this lot would do without him.", 1),   // indispensable
        ("I don't know what I'd do without Dana.", 1),
        ("Don't know what we'll do without the Acme revenue.", -1),         // a worry, not praise
        ("Papa is not responding to the medicine the way the doctors hoped.", -1),   // the hope compared is denied
        ("The launch didn't go nearly as smoothly as the team had hoped.", -1),
        ("It went the way we hoped.", 1),
    ])
    func confirmedDoubts(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("\"a single\" or \"even one\" after a negator makes the denial emphatic")
    func notOne() {
        let analyzer = Fixtures.rules
        #expect(analyzer.analyze("Didn't book a single meeting.").score < analyzer.analyze("Didn't book the meeting.").score)
        #expect(analyzer.analyze("I didn't close a single deal today.").score < analyzer.analyze("I didn't close the deal today.").score)
        #expect(analyzer.analyze("Didn't lose a single renewal.").score > 0)
    }

    @Test("a sentence that opens with a turn or a step in time the other way weighs against the one before as a turn inside one sentence does")
    func turnsAcrossSentences() {
        func normalised(_ sum: Double) -> Double { sum / (sum * sum + 10).squareRoot() }
        let (rough, keen) = (normalised(-2), normalised(2))
        // Two sentences, a quarter of the way to the mean leaning; the turn weighs them 0.5 and 1.5.
        let scores = (0.5 * rough + 1.5 * keen) / 2
        let leanings = (-0.5 * (-rough).squareRoot() + 1.5 * keen.squareRoot()) / 2
        let expected = entry((0.75 * scores + 0.25 * leanings) * 2.0.squareRoot())
        #expect(abs(analyzer.analyze("Rough. But keen.").score - expected) < 1e-9)
        #expect(analyzer.analyze("Rough. But keen.").score > analyzer.analyze("Rough. Keen.").score)
        #expect(analyzer.analyze("Keen. Then rough.").score < analyzer.analyze("Keen. Rough.").score)   // a step in time
        // The same way twice is no turn.
        #expect(analyzer.analyze("Keen. But keen.").score == analyzer.analyze("Keen. Keen.").score)
    }

    @Test("how a day of three sentences or more opens and ends colours it; in one or two, order does not matter")
    func endingsWeighMore() {
        let endsBadly = analyzer.analyze("Nothing here. Great call. Awful drive home.").score
        let endsWell = analyzer.analyze("Nothing here. Awful drive home. Great call.").score
        #expect(endsBadly < endsWell)
        let opensBadly = analyzer.analyze("Awful drive in. Great call. Nothing here.").score
        let opensWell = analyzer.analyze("Great call. Awful drive in. Nothing here.").score
        #expect(opensBadly < opensWell)
        #expect(analyzer.analyze("Great call. Awful drive.").score == analyzer.analyze("Awful drive. Great call.").score)
    }

    @Test("in a day of three sentences or more, one that names a feeling counts three quarters as much as one that tells an event")
    func feelingsWeighLess() {
        let valence = WordList(parsing: "## negative feelings\n- gloomy: -2\n## good news\n- signed: 2\n", source: "words/valence/x.md", valence: true)
        let analyzer = TextAnalyzer(lexicon: Lexicon(wordLists: [valence]))
        func normalised(_ sum: Double) -> Double { sum / (sum * sum + 10).squareRoot() }
        let (gloomy, signed) = (normalised(-2), normalised(2))
        // Four sentences, three quarters of the way to the mean leaning; the first and last
        // (unrated) weigh 1.5, the gloomy one 0.75: 1.5 + 0.75 + 1 + 1.5.
        let scores = (gloomy * 0.75 + signed) / 4.75
        let leanings = (-(-gloomy).squareRoot() * 0.75 + signed.squareRoot()) / 4.75
        let expected = entry((0.25 * scores + 0.75 * leanings) * 4.0.squareRoot())
        #expect(abs(analyzer.analyze("Home. Gloomy. Acme signed. Home.").score - expected) < 1e-9)
        #expect(analyzer.analyze("Home. Gloomy. Acme signed. Home.").score > 0)
        #expect(analyzer.analyze("Gloomy. Acme signed.").score == 0)   // one or two sentences: equal weights
    }

    @Test("in a day of three sentences or more, a consoling sentence counts against the day at 0.3 of its score: it says the rest went the other way")
    func consolationsCountAgainst() {
        let valence = WordList(parsing: "## negative feelings\n- gloomy: -2\n## good news\n- signed: 2\n", source: "words/valence/x.md", valence: true)
        let analyzer = TextAnalyzer(lexicon: Lexicon(wordLists: [valence]))
        func normalised(_ sum: Double) -> Double { sum / (sum * sum + 10).squareRoot() }
        let signed = normalised(2)
        // Three sentences, the consoling one counting −0.3, the first and last (unrated) 1.5: 1.5 + 1 + 1.5.
        let scores = -0.3 * signed / 4
        let leanings = -0.3 * signed.squareRoot() / 4
        let expected = entry((0.5 * scores + 0.5 * leanings) * 3.0.squareRoot())
        for text in ["Long day. At least Acme signed. Home.", "Long day. The one good thing: Acme signed. Home.",
                     "Long day. But the only good news was that Acme signed. Home.", "Long day. Silver lining, Acme signed. Home."] {
            #expect(abs(analyzer.analyze(text).score - expected) < 1e-9, "\(text)")
        }
        #expect(analyzer.analyze("Long day. Acme signed. Home.").score > 0)
        #expect(analyzer.analyze("At least Acme signed.").score > 0)   // one sentence alone says what it says
        // Last, it weighs 1.5 as much, still against the day.
        let ending = entry((0.5 * (-0.45 * signed / 4) + 0.5 * (-0.45 * signed.squareRoot() / 4)) * 3.0.squareRoot())
        #expect(abs(analyzer.analyze("Long day. Home. At least Acme signed.").score - ending) < 1e-9)
    }

    @Test("in a day of three sentences or more, bad news played down (\"the one downside\") counts against the day as a consolation does")
    func playedDownNewsCountsAgainst() {
        let valence = WordList(parsing: "## bad news\n- lost: -2\n", source: "words/valence/x.md", valence: true)
        let analyzer = TextAnalyzer(lexicon: Lexicon(wordLists: [valence]))
        func normalised(_ sum: Double) -> Double { sum / (sum * sum + 10).squareRoot() }
        let lost = normalised(-2)
        // Three sentences, the one playing its news down counting −0.3, the first and last (unrated) 1.5.
        let scores = -0.3 * lost / 4
        let leanings = -0.3 * -(-lost).squareRoot() / 4
        let expected = entry((0.5 * scores + 0.5 * leanings) * 3.0.squareRoot())
        for text in ["Long day. The one downside: we lost Acme. Home.", "Long day. Only thing is we lost Acme. Home.",
                     "Long day. My only small gripe, Acme lost the form. Home.", "Long day. The only bad news was that we lost Acme. Home."] {
            #expect(abs(analyzer.analyze(text).score - expected) < 1e-9, "\(text)")
        }
        #expect(analyzer.analyze("Long day. The one thing I lost was Acme. Home.").score < 0)   // no drawback named
        #expect(analyzer.analyze("Long day. We lost Acme. Home.").score < 0)
        #expect(analyzer.analyze("The one downside: we lost Acme.").score < 0)   // one sentence alone says what it says
    }

    @Test("a long text scores as nine of its sentences do: its length does not push it to the end of the scale")
    func longTextsDoNotSaturate() {
        let nine = analyzer.analyze(String(repeating: "rough day. ", count: 9)).score
        let text = String(repeating: "rough day. ", count: 500)
        #expect(nine > -0.9)
        #expect(abs(analyzer.analyze(text).score - nine) < 1e-9)
    }

    @Test("a name that is also a word, capitalised inside a sentence or before a verb of speech, or after a title, is a name", arguments: [
        ("Grace told me the office is moving.", 0),
        ("Restocked the cabinet at Mercy West.", 0),
        ("Could ask Grace about the terms.", 0),
        ("Two hours in Excel on the forecast.", 0),
        ("Met Mr. Best about the order.", 0),
        ("Took the team to Illegal Pete's.", 0),                           // a capitalised word before another is a name
        ("Grace under pressure today.", 1),
        ("Pure joy.", 1),
        ("I HAD JOY TODAY.", 1),
        ("Happy with the week.", 1),
        ("Happy and tired.", 1),                                           // a name before "and" needs a second name
        ("Grace and Dale came by.", 0),
    ])
    func names(text: String, expected: Int) {
        Fixtures.expectSign(text, expected)
    }

    @Test("a title's full stop ends no sentence: \"Dr. Okafor\", \"St. Brigid's\", \"Elm St. closed\"")
    func titles() {
        let text = "Dr. Okafor signed at St. Brigid's. Elm St. closed this morning. Met Mrs. Patel. Done."
        let sentences = Fixtures.rules.analyze(text, sentences: true).sentences.map(\.text)
        #expect(sentences == ["Dr. Okafor signed at St. Brigid's.", "Elm St. closed this morning.", "Met Mrs. Patel.", "Done."])
    }

    @Test("\"no.\" before a figure is a number's sign: it ends no sentence and denies nothing")
    func numberSign() {
        let analysis = Fixtures.rules.analyze("Typhoon signal no. 8, so the office closed early. Great lunch.", sentences: true)
        #expect(analysis.sentences.map(\.text) == ["Typhoon signal no. 8, so the office closed early.", "Great lunch."])
        #expect(analysis.sentences[0].score == 0)
        #expect(Fixtures.rules.analyze("No. Bad call.", sentences: true).sentences.count == 2)
    }

    @Test("tears on a day that has gone well so far are tears of joy; after bad news they are not")
    func tearsOfJoy() {
        let joy = Fixtures.rules.analyze("We got the depot contract. I phoned my mother and she cried.", sentences: true)
        #expect((joy.sentences.map(\.score).last ?? -1) >= 0)   // the call home may cheer; the tears do not grieve
        let sorrow = Fixtures.rules.analyze("Lost the Kestrel renewal. I cried in the parking garage.", sentences: true)
        #expect((sorrow.sentences.map(\.score).last ?? 0) < -0.05)
    }

    @Test("a mixed day reads as its balance: one good call and three bad ones is mostly bad")
    func mixedDayReadsAsItsBalance() {
        let day = """
            Great call with Acme, they loved the demo.
            Globex ghosted me again.
            Lost the Initech renewal to a cheaper competitor.
            My pipeline review was a mess and I felt awful.
            """
        let analysis = analyzer.analyze(day, sentences: true)
        #expect(analysis.sentences.map { $0.score > 0 } == [true, false, false, false])
        #expect(analysis.score < 0)
    }

    @Test("a step in time weighs what came after more, and alone says nothing of it", arguments: [
        ("The install looked perfect, then the inspector failed it on the wiring.", -1),
        ("Was dreading the pipeline review, turned out to be the most useful hour of my week.", 1),
        ("Terrible start to the year; ended it as the top rep in the region.", 1),
        ("Great call with Acme, then lunch with the team.", 1),              // not a turn like "but"
        ("Great call with Acme, but the rest of the day.", -1),
    ])
    func sequence(text: String, sign: Int) {
        let score = Fixtures.rules.analyze(text).score
        #expect(sign > 0 ? score > 0.05 : score < -0.05, "\(score)")
    }

    @Test("a longer rated phrase starting inside a shorter one is read instead", arguments: [
        ("they signed with the competitor", -1),     // not "they signed"
        ("they signed it today", 1),
        ("they signed. with the competitor", 1),     // phrases end with their clause
    ])
    func overtaken(text: String, sign: Int) {
        let valence = WordList(parsing: "## events\n- they signed: 2\n- signed with the competitor: -3\n", source: "words/valence/x.md", valence: true)
        let score = TextAnalyzer(lexicon: Lexicon(wordLists: [valence])).analyze(text).score
        #expect(sign > 0 ? score > 0.05 : score < -0.05, "\(score)")
    }

    @Test("tracks how people rate sentences, in sign", arguments: [
        ("Closed Acme today and I'm grateful for the whole team.", 1),
        ("Got ghosted by Globex again and this quarter feels hopeless.", -1),
        ("Updated the CRM with notes from the discovery call.", 0),
    ])
    func sign(text: String, sign: Int) {
        let score = Fixtures.rules.analyze(text).score
        #expect(sign > 0 ? score > 0.05 : sign < 0 ? score < -0.05 : abs(score) < 0.05)
    }

    @Test("events read without feeling words: what did not happen, regret, resolve; topics and relief do not", arguments: [
        ("Stark hasn't logged into the platform since onboarding.", -1),   // a negated clause, nothing rated
        ("Didn't book a single meeting this week.", -1),
        ("Didn't have to discount at all.", 0),                             // relief, not a missed event
        ("Probably going to the trade show, haven't decided.", 0),          // a choice left open
        ("If they don't sign, we're done.", 0),                             // a condition, not a telling
        ("I'm motivated in a way I haven't been in months.", 1),            // how rare, not what was missed
        ("Didn't lose a single renewal, which hasn't happened since 2023.", 1),
        ("Realised I haven't been to the gym since August.", -1),
        ("Not one bit of it matters.", 0),                                  // what does not matter is no missed event
        ("Mum's clear, so the rest of today's rubbish doesn't count.", 1),  // dismissed, the bad does not weigh
        ("The rain didn't matter.", 0),
        ("My deal doesn't count toward quota.", -1),
        ("Quietly content tonight, nothing big, just a decent day.", 1),    // a quiet day, not a missed event
        ("Client MD called to say thanks, which he never does.", 1),        // a habit repeated, not denied
        ("Sent Mum flowers for no reason.", 0),
        ("I was going to call him back, but I never did.", -1),             // a failure
        ("I don't know what to tell him.", -1),                             // helplessness
        ("Never had a client thank me like that before.", 1),               // a first, not a denial
        ("I've never felt so sure of a deal.", 0),                          // "never so" measures
        ("Never felt so proud of the team.", 1),                            // also with "so" inside a listed phrase
        ("Never had so many referrals in one week.", 1),                    // "so many" counts, it does not deny
        ("I have never had so many complaints in a week.", -1),
        ("Never closed a deal this fast in my life.", 1),                   // a measure later in the clause
        ("Never been this far ahead of quota.", 1),                         // a measure word between
        ("Never been this close to quitting.", -1),
        ("I never closed a deal this week.", -1),                           // "this week" is a date, no measure
        ("Couldn't have dreamed of a better month.", 1),                    // a best, not a denial
        ("Couldn't have asked for a worse start.", -1),                     // a worst, too
        ("Things can't get any better.", 1),
        ("It didn't get better.", -1),                                      // a plain denial
        ("It didn't get worse.", 1),
        ("I'm close to quitting.", -1),                                     // "close to" is near, not a sale
        ("I couldn't be more excited about this project.", 1),              // "more" makes the comparative
        ("He couldn't be more wrong.", -1),
        ("I don't think I've ever had a better one-to-one with Dave.", 1),  // "ever" makes a best
        ("Really appreciate the 2am text from the boss.", -1),              // the small hours are a sarcasm cue
        ("Really appreciate the 2 am call.", -1),
        ("Really appreciate the text from the boss.", 1),
        ("I'm dreading telling Mum I'm dropping the module.", -1),          // the drop is no quantity of the dread
        ("Loving the new comp plan, said nobody ever.", -1),
        ("Love the smell of diesel at dawn, said no bus driver ever.", -1),
        ("I'm not coping well with the extra hours.", -1),
        ("It's been ages since a client thanked me.", -1),                 // a good thing long missed
        ("It's been months since I lost a deal.", 1),                       // a bad thing long absent
        ("Been a long time since I felt this good.", 1),                    // a degree word measures
        ("It's been two years since we won the Acme deal.", 1),             // a counted span is a date
        ("Not as busy as last week.", 0),
        ("I never heard back from them before the deadline.", -1),          // "before" with more after it
        ("I was supposed to send Hooli the pricing today.", -1),            // regret
        ("I'll send Tyrell the architecture diagram by noon.", 0),          // a plain plan
        ("I won't go home tonight until the forecast is finished.", 1),  // resolve: effort or intent
        ("So glad the demo crashed in front of their CFO.", -1),            // effusive sarcasm
        ("So glad we closed Acme, the whole team was brilliant.", 1),       // sincere: the rest is good too
        ("Disappointing call with the ops team.", -1),                      // an adjective judges the call
        ("Made my number, but missed Maddie's recital again.", -1),         // a family moment missed weighs heavily
        ("Missed the first two sets, made the third, and she won.", 1),
        ("The storm shut I-80, yet nobody's freight got damaged.", 1),      // "nobody's" denies
        ("Reviewed the churn report with Dana.", 0),                        // a noun names a topic
        ("Rewrote the outage notification policy.", 0),                     // a topic head after one more noun
        ("Read the liquor licence breach guidelines.", 0),
        ("Counted the broken pallets at the depot.", 0),                    // what an admin verb works on is a topic
        ("Sent the wrong invoice to Acme.", -1),                            // not every verb is one
        ("We lost three accounts to the same competitor.", -1),             // a count is no compound
        ("Proud of how I handled the escalation.", 1),                      // what the writer handled is a topic
        ("So glad I built a custom deck for a buyer who never opened it.", -1),  // the denial comes last
        ("Happy with the call, nothing broke.", 1),                         // a denied negative word
        ("Hooli is going with the incumbent.", -1),                         // a sales event, no feeling word
        ("Procurement sat on the contract and reopened pricing.", -1),
        ("The buyer asked for the contract before I sent a proposal.", 1),
        ("Amazing how \"urgent\" the renewal was until the quote arrived.", -1),  // praise remarking how, with a cue
        ("So happy my \"great opportunity\" turned out to be a student project.", -1),     // quoted praise is mocked
        ("Amazing how fast the team rallied for the launch.", 1),
        ("Made every dial on the list today!", 1),                          // an exclamation with nothing rated cheers
        ("Made every dial on the list today.", 0),
        ("Sent thirty emails, but only one was opened.", -1),               // a turn to too little
        ("Embarrassed that the VPN dropped in front of their CIO.", -1),    // a feeling is no quantity that falls
        ("I was so tired I fell asleep on the train and missed my stop.", -1),
        ("Wasn't expecting a thank-you card from the Adams family.", 1),    // what was not expected came
        ("Nobody on the team complained.", 1),                              // the verb of a subject after "on"
        ("Read the post-mortem on last year's failed rollout.", 0),         // a topic after "on"
        ("Ran the numbers on why deals died in Q3.", 0),
        ("Orla's making me watch Elf and I'll pretend to hate it.", 1),      // a feeling pretended
        ("Nowhere near enough and too late anyway.", -1),                    // "and" ends the denial
        ("Never had a customer hug me in the showroom before today.", 1),   // a first, up to now
        ("Not one of the 47 leads from the fair has replied.", -1),         // a fair is an event, not a verdict
        ("Front Range Engineering moved all 312 rentals to Enterprise effective January 1.", -1),
        ("Calling the mill back at 8 sharp.", 0),                           // a time, not a quality
        ("I was too tired to celebrate.", -1),                              // what "too" rules out does not happen
        ("The drive was a nightmare, but the demo wasn't.", 1),             // a bare denial says the clause before the other way
        ("The customer is happy, but my boss is not.", -1),
        ("The food wasn't great, and the service wasn't either.", -1),      // "either" says it again
        ("I keep telling myself I'll stop working weekends, and then I don't.", -1),  // a plan not kept
        ("The renewal went through, which I didn't expect.", 1),            // a relative clause is no echo
        ("It went better than I'd dreaded.", 1),                            // what was feared is the measure
        ("It was worse than we had feared.", -1),
        ("I was dreading the board dinner, and instead I had a lovely time.", 1),  // "and instead" turns
    ])
    func events(text: String, sign: Int) {
        let score = Fixtures.rules.analyze(text).score
        #expect(sign > 0 ? score > 0.05 : sign < 0 ? score < -0.05 : abs(score) < 0.05, "\(score)")
    }
}

@Suite("Irrealis")
struct IrrealisTests {
    @Test("praise that is wished for or owed is not so", arguments: [
        "It would be nice to get the quarterly review finished early.",
        "Ideally the kickoff goes smoothly on Monday.",
        "In a perfect world every renewal would be easy.",
        "Somebody really ought to improve the handoff process.",
        "If only the new territory were better.",
        "The onboarding should have been easy.",
        "If the budget gets approved, I'll fly out to meet the whole team.",
        "Need to hit the number this month.",                 // a goal is not yet so
        "Hoping to close Acme next week.",
    ])
    func wished(text: String) {
        let score = Fixtures.rules.analyze(text).score
        #expect(score < 0.05, "\(score)")
    }

    @Test("the marker reaches to the sentence's end or its turn, and only praise", arguments: [
        ("It should be great.", 0.0, 0),
        ("It should be awful.", -1.0, 1),
        ("Ideally, the launch is great.", 0.0, 0),
        ("It should be great, but the demo was great.", 1.0, 0),    // the turn ends it
        ("It was great. It should be great.", 1.0, 0),              // each sentence on its own
        ("It should not be great.", -1.0, 1),                       // a negated word is left to negation
    ])
    func scope(text: String, sign: Double, negative: Int) {
        let lexicon = Fixtures.lexicon("""
            ## negative
            - awful
            ## positive
            - great
            ## negators
            - not
            ## contrast
            - but
            ## irrealis
            - should
            - ideally
            """)
        let analysis = TextAnalyzer(lexicon: lexicon).analyze(text)
        #expect(sign > 0 ? analysis.score > 0.05 : sign < 0 ? analysis.score < -0.05 : analysis.score == 0, "\(analysis.score)")
        #expect(analysis.negative == negative)
    }
}

@Suite("Longing")
struct LongingTests {
    @Test("a want not met or a word not kept, in a sentence nothing else scores, reads as mildly negative", arguments: [
        ("I should have called Initech before the forecast.", -1),
        ("I really wanted to finish my account plans today.", -1),
        ("Part of me wants to walk away from the Vandelay deal.", -1),
        ("Really miss having a manager who backs me up.", -1),             // the good that is missed is not so
        ("I was going to prospect tonight.", -1),
        ("Someone should fix the lead routing.", -1),
        ("The contract should arrive on Monday.", 0),                      // an expectation, not a want
        ("I should probably call their CFO at some point.", 0),            // a plan that looks ahead
        ("It'd be nice to get the Fenwick contract signed before the holidays.", 0),
        ("I should feel better than I do.", -1),
        ("They wanted to see the roadmap.", 0),                            // someone else's want
        ("I wanted to call Initech, and the demo was great.", 1),           // anything rated speaks for itself
        ("I wanted to send the recap but Priya already did.", -1),         // not turned by the "but"
        ("Last month I swore I'd log every call the same day.", -1),       // a word not kept
        ("Last week I said I'd call every reference; I called two.", -1),
        ("I keep telling myself I'll start prospecting at 8.", -1),
        ("Was planning to visit Stroud this week.", -1),
        ("I said I'd send Dana the deck on Friday and I did.", 0),          // a word kept
    ])
    func longing(text: String, sign: Int) {
        let score = Fixtures.rules.analyze(text).score
        #expect(sign > 0 ? score > 0.05 : sign < 0 ? score < -0.05 && score > -0.4 : abs(score) < 0.05, "\(score)")
    }
}

@Suite("Work on a topic")
struct WorkOnATopicTests {
    @Test("a clause opened by work names its negative words as topics, not feelings", arguments: [
        ("Updated the tracker with every account that went dark this quarter.", 0),
        ("Drafted a follow-up for the buyers who ghosted us in March.", 0),
        ("I documented the outage for the postmortem.", 0),
        ("Went through the list of prospects who never replied.", 0),      // the denial is a topic too
        ("Then compiled the worst objections from the webinar into a deck.", 0),
        ("Prepared the problem statement for the discovery deck.", 0),    // preparing is work, not a feeling
        ("Sent the hearing damage leaflets to the printer.", 0),           // a document about a bad thing
        ("I felt prepared.", 1),
        ("Updated the tracker and I'm frustrated by how many went dark.", -1),   // a feeling still counts
        ("Compiled the objections and felt proud of the result.", 1),
        ("Logged the churned accounts, which was depressing.", -1),        // the next clause is not the work
        ("Reviewed the pipeline because we lost Acme.", -1),               // the reason is an event
        ("The review was brutal.", -1),                                    // a noun, not the work
        ("Tracking is broken again.", -1),
        ("The buyer went dark after the demo.", -1),
        ("A call about churn.", 0),
        ("Everything about that is wrong.", -1),                           // past a verb of its own, it says how it is
    ])
    func topics(text: String, sign: Int) {
        let score = Fixtures.rules.analyze(text).score
        #expect(sign > 0 ? score > 0.05 : sign < 0 ? score < -0.05 : abs(score) < 0.05, "\(score)")
    }

    @Test("a customer's problem, and a customer's line of business, are what the writer sells to", arguments: [
        ("The buyer's main problem is downtime on the packaging line.", 0),
        ("Their biggest headache is late shipments from overseas suppliers.", 0),
        ("The prospect is a bankruptcy law firm with 60 attorneys.", 0),
        ("Met with a pain clinic about the scheduling software.", 0),
        ("Checked the injury claims history for the Marsh quote.", 0),
        ("Our biggest problem is the pricing.", -1),                          // the writer's own
        ("Their CFO is furious about the invoice.", -1),                      // no problem noun: a feeling
        ("The company is a mess.", -1),                                       // a judgement, not a line of business
    ])
    func customerProblems(text: String, sign: Int) {
        let score = Fixtures.rules.analyze(text).score
        #expect(sign > 0 ? score > 0.05 : sign < 0 ? score < -0.05 : abs(score) < 0.05, "\(score)")
    }

    @Test("feelings are the valence sections headed as feelings, and a `## feelings` list")
    func feelings() {
        let valence = WordList(parsing: "## negative feelings\n- gloomy: -2\n## judgements\n- grim: -2\n", source: "words/valence/x.md", valence: true)
        let grammar = WordList(parsing: "## topic verbs\n- logged\n## feelings\n- grim\n", source: "list")
        let analyzer = TextAnalyzer(lexicon: Lexicon(wordLists: [valence]))
        #expect(valence.sections.map(\.feelings) == [true, false])
        #expect(analyzer.analyze("Logged the calls, gloomy.").negative == 1)
        let withVerbs = TextAnalyzer(lexicon: Lexicon(wordLists: [valence, WordList(parsing: "## topic verbs\n- logged\n", source: "list")]))
        #expect(withVerbs.analyze("Logged all of the calls with grim results and the gloomy ones.").negativeWords == ["gloomy"])
        #expect(TextAnalyzer(lexicon: Lexicon(wordLists: [valence, grammar])).analyze("Logged all of the calls with grim results and the gloomy ones.").negative == 2)
    }
}

@Suite("Plans and resolve")
struct PlansAndResolveTests {
    @Test("the bad things a plan works on count half; what comes before the plan counts whole", arguments: [
        ("I'll fix the error tomorrow.", -1.0),
        ("The error is back.", -2.0),
        ("The error is back, and I'll fix it tomorrow.", -2.0),
    ])
    func plannedTopics(text: String, sum: Double) {
        let analyzer = TextAnalyzer(lexicon: Fixtures.lexicon("## negative\n- error\n"))
        let analysis = analyzer.analyze(text, sentences: true)
        let score = sum / (sum * sum + 10).squareRoot()
        #expect(abs(analysis.score - score / (score * score + 2).squareRoot()) < 1e-9)
        #expect(analysis.sentences.first?.score == analysis.score)   // one sentence reads as the text does
    }

    @Test("a plain plan reads as neutral; a plan with effort or intent as resolve", arguments: [
        ("I'll email the agenda to the buyer by Thursday.", 0),
        ("Going to book the flights for the offsite tonight.", 0),
        ("From now on I'll log every call the same day.", 1),
        ("I'll call each of my top accounts myself this week.", 1),
        ("No more skipping my call block: I'm dialing at eight tomorrow.", 1),    // "no more" resolves, it misses nothing
        ("I'm finishing the forecast tonight, no matter how late it gets.", 1),   // "no matter" concedes, like "despite"
    ])
    func plans(text: String, sign: Int) {
        let analysis = Fixtures.rules.analyze(text)
        #expect(!analysis.statedCommitments.isEmpty)
        let score = analysis.score
        #expect(sign > 0 ? score > 0.05 : sign < 0 ? score < -0.05 : abs(score) < 0.05, "\(score)")
    }
}

@Suite("Text analysis")
struct TextAnalysisTests {
    let lexicon = Fixtures.lexicon("""
        ## negative
        - ghosted: 3
        - no leads
        ## positive
        - signed
        ## negators
        - no
        ## blame
        - the economy
        - economy
        - marketing
        - no leads
        ## absolutes
        - always
        ## activity
        - calls
        """)

    @Test("counts each theme's words once per place, longest phrase first")
    func themes() {
        let analysis = TextAnalyzer(lexicon: lexicon).analyze("The economy and marketing. Always the ECONOMY, always no leads; calls")
        #expect(analysis.themes == [
            .init(name: "absolutes", count: 2), .init(name: "activity", count: 1), .init(name: "blame", count: 4),
            .init(name: "negativity", count: 1),
        ])
        #expect(analysis.count(ofTheme: "blame") == 4)
        #expect(analysis.count(ofTheme: "data") == 0)
        #expect(analysis.negativeWords == ["no leads"])
    }

    @Test("a task's field signs are not feelings; the same emoji in prose is")
    func taskFieldSigns() {
        let analyzer = Fixtures.rules
        #expect(analyzer.analyze("- [-] Call Dana ❌ 2026-11-24\n- [x] Send it ✅ 2026-11-20 🔁 every week ⏫\n").negativeWords == [])
        #expect(analyzer.analyze("The demo went ❌").negativeWords == ["❌"])
    }

    @Test("writes the analyze JSON with stable keys")
    func json() {
        let analysis = TextAnalyzer(lexicon: lexicon).analyze(
            "Ghosted again, blame the economy. I will call Acme by Friday.", writtenOn: Day(iso: "2026-11-24"))
        #expect(analysis.json.rendered(pretty: false) == """
            {"words":11,"negative":1,"positive":0,"score":-0.34,"negativeWords":["ghosted"],\
            "themes":{"blame":1,"negativity":1},\
            "statedCommitments":[{"text":"I will call Acme by Friday","due":"2026-11-27"}]}
            """)
    }

    @Test("writes empty values for an empty text")
    func emptyJSON() {
        #expect(TextAnalyzer(lexicon: lexicon).analyze("").json.rendered(pretty: false) == """
            {"words":0,"negative":0,"positive":0,"score":0,"negativeWords":[],"themes":{},"statedCommitments":[]}
            """)
    }

    @Test("reads bytes and strings alike")
    func bytesAndStrings() {
        let text = "Signed Globex! No leads from marketing, and I'll send the deck tomorrow.\nGhosted."
        let analyzer = TextAnalyzer(lexicon: lexicon)
        let day = Day(iso: "2026-11-24")
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { analyzer.analyze(utf8: $0, writtenOn: day) }
        #expect(fromBytes == analyzer.analyze(text, writtenOn: day))
        #expect(fromBytes.statedCommitments == [StatedCommitment(text: "I'll send the deck tomorrow", due: Day(iso: "2026-11-25"))])
    }

    @Test("leaves the prompt headings out")
    func headings() {
        let analysis = TextAnalyzer(lexicon: lexicon).analyze("## Why were you ghosted?\n\nSigned Globex.")
        #expect(analysis.words == 2)
        #expect(analysis.negative == 0)
        #expect(analysis.positive == 1)
    }
}
