import Journal

/// Reads a text with a lexicon: counts its words, negative and positive words and themes, scores
/// its attitude sentence by sentence, and finds the commitments it states.
///
/// Rules, applied to each sentence (and each list item or line) on its own:
/// - Every rated word or phrase (the longest match wins) adds its valence, −4…4. A booster or
///   dampener in the three words before it ("really", "a bit") pushes it away from or towards 0;
///   a word in capitals in a sentence that is not all capitals is emphasised.
/// - Negation has the clause as its scope: a negator (`not`, `never`, any `…n't`, `no`, …) up to
///   six words before a rated word in the same clause flips and damps it ("couldn't get a single
///   meeting booked"), but not across a subject and verb of their own ("can't shake the feeling
///   they're unhappy"; after "think" or "believe" it carries over, and a clause ending on its
///   preposition describes what is denied: "isn't a part of me I'm proud of"); a negated negative
///   word counts nothing ("not bad"), a negated positive one counts as a negative word ("not
///   happy"). A comparative after "be"/"feel" or "asked for a" denied by "couldn't", "can't",
///   "never", "haven't" or with "ever" between is a best or a worst, not flipped ("couldn't be
///   happier", "never felt worse", "couldn't have dreamed of a better month", "I don't think I've
///   ever had a better one-to-one"; but "it didn't get better" denies). After "never",
///   "this", "that" or "so" before a measure word anywhere in the clause measures ("never closed a
///   deal this fast", "never been this close to quitting"). A
///   clause opened by "nobody", "no one", "nothing", "zero"… with no rated word in it is a negative
///   event ("nobody replied"), and so is a negator after every rated word of its clause ("so glad I
///   built a deck for a buyer who never opened it"). No one noticing, thanking or answering is
///   neglect, whatever good news it passes over ("Nobody even noticed I closed the Barker deal").
///   "Never thought…", "nobody expected…" tell a surprise and "never had a better…" or "don't think
///   I've ever … this much" a best, not a denial. An echo (", not one thing.") repeats a denial and
///   a correction (", not Dale,") denies no event; "None of them said no" turns it round; "didn't
///   matter" and "didn't mind" are reliefs ("not one bit of it matters", a habit repeated — "which
///   he never does" — and "for no reason" tell no missed event either), and so is trouble that did
///   not happen ("The outage didn't affect anyone", not "the problem didn't go away"). "Wasn't
///   expecting…" tells a surprise; a doubt the sentence says came true ("…, and they did.", "…, but
///   he did.") denies nothing, nor does praise of someone indispensable ("I don't know what this
///   lot would do without him"); a hope a denial is compared with is denied too ("not responding
///   the way the doctors hoped"), and "why not" suggests, it does not deny; "a single" or "even
///   one" makes a denial emphatic. A denial ends at a subject after "and" and at an "and" after its
///   own object. A choice left open ("haven't decided"), a condition ("if they don't sign") or a
///   rarity ("which hasn't happened since 2023") tells no missed event. A bare denial closing a
///   clause ("…, but the demo wasn't") says the clause before it the other way round ("…wasn't
///   either": the same way), and what was feared or hoped after "than" is the measure, not a
///   feeling ("better than I'd dreaded").
/// - Contrast: after "but", "however", "yet"… the clause after weighs 1.5 and the one before 0.5;
///   a subordinate clause ("despite …", "although …", "…, even though …") weighs 0.5 and the main one 1.5. When only
///   the weaker side holds rated words, the turn itself says the rest went the other way. A step in
///   time ("then", "turned out", "in the end", a semicolon; `## sequence`) weighs its sides the
///   same way but alone says nothing of what came after, and halves what came before; after "I
///   thought…", or to news the learned weights read the other way ("We won the tender, then the
///   hospital cut the quantity by half"), it turns like "but"; "and instead" is such a step, and
///   "until" is one only after what happened ("until Acme called"): "until" a clause not yet true
///   ("holding my commission until it's signed off") is a condition, and its praise is not so. "But at least" consoles: both sides
///   weigh the same. "Yet" turns only at its clause's start, and a contrast word ending its clause
///   ("Still buzzing though.") looks back, not on, unless commas set it off on both sides
///   (", still, "); "however" meaning "no matter how" ("however hard I push") does not turn. A
///   sentence opening with a turn or a step in time the other way weighs against
///   the one before in the same way. A feeling after "used to" is a feeling lost, and so is one
///   after "it's been ages since" (what has not gone wrong for so long is good news) unless a degree
///   word measures it ("a long time since I felt this good"); one pretended
///   ("pretend to hate it") or ruled out by "too" ("too tired to celebrate") is not felt.
/// - Sarcasm: a positive word opening the sentence ("Oh great, another…", "Love it when…", "Amazing
///   how…") followed by a negative word or a sarcasm cue ("another", "again", scare quotes, an
///   ordinal in figures: "the 14th straight voicemail") counts as negative, and so does praise in
///   scare quotes after it (my "hot lead"). So does praise with an upside-down face or an eye-roll
///   or closed by "said no one ever" ("…, said no bus driver ever"),
///   "Nice of them to…" with something bad or a cue, "Loved being told…", "Always a joy when…" with
///   something bad, thanks for harm ("Cheers, DHL, for losing…"), "What a gift, …", a verdict
///   closing a complaint after a comma (", my favourite."), a stock phrase of mock delight closing
///   one (", living the dream.", ", ten out of ten.") and bare praise straight after bad news
///   ("Brilliant."), or said again after "just" ("Great, just great."); the small hours ("the 2am
///   text from the boss") and bad timing ("at 4:58 on a
///   Friday") is a cue. "Sure, I'll just…" mocks the ask, and "Oh sure, …" anything. Time lost ("the
///   45 minutes on hold", "a 26-week lead time") is a cue after an opener that frames what follows
///   ("Best part of my day was…"). Praise and blame side by side ("Great meeting, terrible drive"),
///   a list of feelings ("Happy, tired, sunburnt") and news set off by a comma ("Won the renewal,
///   though they cut seats") do not mock, and a closing exclamation ("…, what a treat.") does not
///   make a mocking opener sincere. Praise for news learned with nothing good in it ("Thrilled to
///   learn the VP role went outside") mocks without a cue. With `LearnedWeights`, the words after
///   such an opener are something bad when their learned weights (without the intercept) sum below
///   −0.15: "Just brilliant, my top rep is leaving" names nothing a list rates; above 0.08 they are
///   good news told, and a cue among them mocks nothing ("Really happy, a lecturer wants to
///   partner"; after a feeling, nor does a bad word). Wherever it stands, what the rules read as
///   good is belied when the learned weights of the words around it (its own left out) sum below
///   −0.25 ("love spending my friday on hold with Sydney"); the sentence then reads as those words
///   alone, unless a turn sets the two apart or a "!" or a smiley vouches for the good. Tears on a
///   day that has gone well so far are tears of joy.
/// - Composition: a sales object and a sales event word in one clause, in either order, count as
///   the event with the event's valence ("the renewal slipped", "slipped the renewal"), unless the
///   word is planned ("need to close") or a noun after a determiner ("the close"); a change word
///   beside a quantity counts as good when a good quantity rises or a bad one falls ("churn
///   dropped") and bad the other way ("revenue fell"), in place of both words, and what undoes
///   something bad is good ("fixed the fault"; "never fixed the bug" is not). A count or an amount
///   right after what a customer confirms, clears or cuts is its object ("cut 40 guests"), and
///   someone let go is a loss ("Had to let Eddie go").
/// - A listed sarcastic opener ("Nothing like…", "Just what I needed…", "Sure, …") with anything
///   bad in its sentence makes the sentence's praise ironic. A verdict opening the sentence and set
///   off by a comma, with nothing else praised ("Awesome, the new territory map gives me three
///   accounts", "Perfect timing, …"), mocks on its own, and so does a listed opener set off by a
///   colon, or by the sentence's end when it has three words or more ("Living the dream."); a
///   feeling ("Delighted, …"), plain "good" and a reply ("Sure, …") do not. A negator that grades
///   ("nothing short of", "not only", "haven't been this happy") does not deny.
/// - Figures: "only" a count of or from another ("Only 4 connects from 80 dials"), a figure
///   "short" or "behind" ("$45k short"), a count of nought ("0 meetings") and a share of quota
///   under 90% are shortfalls, and so is standing under 90% ("I'm at 58% for Q4"); 100% or more
///   is good, and so is few of a bad thing ("only two complaints"). A figure that moved "from" one
///   "to" another ("the team goes from eight to five") tells which way, with the polarity of the
///   quantity before it; not a time of day or a span of years.
/// - Choices: a customer's choice told by its subject is a loss when it goes elsewhere ("The Union
///   Hotel signed with the big brewer", "gave the contract to Philips") and a win when it comes to
///   the writer ("they picked us", "they've given us a trial"); a customer buying or paying is a
///   sale ("Mumbai ordered 2,400 cases", "two farmers paid deposits", "they sent the PO"),
///   and so is the writer getting the business ("Got the Haberfield listing").
/// - Names: a listed name that is also a word (`## names`: "Grace", "Mercy", "Excel"), written
///   with a capital inside its sentence or before a verb of speech, and any capitalised word
///   after a title ("Mr. Best") or before another inside a sentence ("Illegal Pete's"), is a
///   name, not a feeling.
/// - Family: a family moment missed ("missed Leo's recital", "missing my daughter's school
///   assembly") weighs as heavily as a lost deal.
/// - Word sense: "killed it" is praise with a first-person or absent subject and a loss after a
///   blocker ("legal killed it"); phrases rated 0 keep sales terms neutral ("customer success").
/// - Topic: a negative word right before a topic head ("churn analytics") or after a topic verb
///   ("follow up with every no-show") is a subject of work, not the writer's feeling; so is every
///   negative item, and any denial, of a clause opened by a topic verb ("Updated the loss reasons
///   on the deals we dropped"), up to "because", "after", "but"… — unless it names a feeling (the
///   valence sections headed "feelings", and `## feelings`).
/// - Plans: a stated commitment with a word of effort or intent in its sentence ("until",
///   "every", "from now on"; `## resolve`) reads as mild resolve, a plain plan as neutral; the
///   bad things a plan works on ("I'll chase finance about the commission error") count half.
/// - What the writer does instead: an item after "rather than" or "instead of" counts nothing
///   ("rather than mourning the old one"), nor does what a clause dismisses at its end ("the rest
///   of today's rubbish doesn't count"); "nothing big" tells a quiet day, not a missed event.
/// - Irrealis: praise after "should", "ideally", "would be nice", "I wish", "if", a goal ("need
///   to", "hoping to")… up to the sentence's end or its turn is wished for, owed, aimed at or
///   supposed, not so, and counts nothing.
/// - Longing: a want not met ("I should have…", "I really wanted to…", "part of me wants…") or a
///   word not kept ("Last week I said I'd…", "I keep telling myself I'll…"; `## longing`) in a
///   sentence nothing else scores reads as mildly negative, unless the sentence says it came true
///   ("…, and I did"); one that only looks ahead ("I should probably call their CFO") is a plan.
/// - A sentence ending in "!" with no rated word in it is mildly positive ("Made every call block
///   this week!").
/// - A sentence's sum `x`, with "!" adding emphasis, is normalised to `x / √(x² + 10)`, in −1…1.
///   With `LearnedWeights`, 0.42 of the sentence's learned sum (drawn 0.05 toward 0 when the rules
///   found nothing) is added to how the sentence reads on its own, the score of a text of that one
///   sentence (below), held within −0.8…0.8, and the sentence scores what reads so. Each sentence
///   is shown (`TextAnalysis.sentences`) as it reads on its own.
///   The text's score is its sentences' mean times the square root of their number (at most
///   nine), normalised to `e / √(e² + 2)`: a long entry does not saturate, a mixed day reads as
///   its balance, and a few sentences of steady complaint read worse than one. The mean blends
///   into the mean of the scores' square roots as the text grows (fully from five sentences): a
///   day reads as how many sentences lean each way more than as how far each leans. From three
///   sentences on, the first and the last count half as much again as each other one: a day's
///   opening often says what kind of day it was, and how it ends colours it.
///   From three sentences on, too, one that names a feeling counts three quarters as much as one
///   that tells an event, and a consoling one ("At least…", "The one good thing…") or one that
///   plays its bad news down ("The one downside…") counts against the day at 0.3 of its score:
///   it says the rest went the other way.
/// - Themes count each list's words and phrases, longest match first, negated or not.
/// - `#` and `##` heading lines are the prompts, not the writer's words, and are skipped.
public struct TextAnalyzer: Sendable {
    /// The word lists in use.
    public let lexicon: Lexicon
    /// The learned word weights added to the rules' score of each sentence (`.none` for the rules alone).
    public let learned: LearnedWeights
    /// The learned word weights of whole days, added to the score of a text of three sentences or more (fully from 40 words).
    public let learnedDays: LearnedWeights
    let weights: AttitudeWeights

    /// An analyzer reading with `lexicon`, and with `learned` weights of sentences and days when given.
    public init(lexicon: Lexicon, learned: LearnedWeights = .none, learnedDays: LearnedWeights = .none) {
        self.init(lexicon: lexicon, weights: .standard, learned: learned, learnedDays: learnedDays)
    }

    init(lexicon: Lexicon, weights: AttitudeWeights, learned: LearnedWeights = .none, learnedDays: LearnedWeights = .none) {
        self.lexicon = lexicon
        self.weights = weights
        self.learned = learned
        self.learnedDays = learnedDays
    }

    /// The analysis of `text`; stated commitments get due days when `writtenOn` is given, and
    /// each sentence's text and score are kept when `sentences` is true.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func analyze(_ text: String, writtenOn: Day? = nil, sentences: Bool = false) -> TextAnalysis {
        var text = text
        return text.withUTF8 { analyze(utf8: $0, writtenOn: writtenOn, sentences: sentences) }
    }

    /// The analysis of UTF-8 bytes (invalid sequences separate words): the fast path for many
    /// lines, with no string made per word.
    ///
    /// - Complexity: O(n) in the number of bytes.
    public func analyze(utf8 source: UnsafeBufferPointer<UInt8>, writtenOn: Day? = nil, sentences: Bool = false) -> TextAnalysis {
        // The closures read these, not `self`: capturing the analyzer copied it (its lexicon
        // retained, its weights copied) and released the copy again for every text.
        let themeNames = lexicon.themeNames
        let table = lexicon.table
        let weights = self.weights
        let learned = self.learned
        let learnedDays = self.learnedDays
        return Tokenizer.withTokens(of: source) { tokens in
            let commitments = StatedCommitmentFinder(tokens: tokens).located(writtenOn: writtenOn)
            var analysis = withUnsafeTemporaryAllocation(of: Int.self, capacity: themeNames.count * 2 + 1) { themeState in
                themeState.initialize(repeating: 0)
                return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: WordList.maximumWords + 1) { phraseHash in
                    phraseHash.initialize(repeating: 0)
                    let pass = SentimentPass(tokens: tokens, table: table, weights: weights, learned: learned, learnedDays: learnedDays, themeState: themeState,
                                             phraseHash: phraseHash, keepsSentences: sentences, commitmentWords: commitments.map(\.word))
                    pass.run()
                    return pass.analysis(themeNames: themeNames)
                }
            }
            analysis.statedCommitments = commitments.map(\.commitment)
            return analysis
        }
    }
}

/// The numbers of the attitude score.
struct AttitudeWeights: Sendable {
    /// Multiplies a negated rated word.
    var negation: Double
    /// Added (away from 0) for a booster right before a word, taken for a dampener.
    var modifier: Double
    /// Added (away from 0) for a word in capitals.
    var capitals: Double
    /// Multiplies the clause before a contrast word, and a subordinate clause.
    var weaker: Double
    /// Multiplies the clause after a contrast word, and the main clause beside a subordinate one.
    var stronger: Double
    /// Multiplies the weaker side when the stronger side holds no rated word: the turn implies
    /// the opposite feeling.
    var impliedTurn: Double
    /// The valence of a clause opened by "nobody" with no rated word in it.
    var noOneEvent: Double
    /// The valence of a negated clause with no rated word in it: "Stark hasn't logged in since
    /// onboarding", "couldn't get the CFO on the phone" — something wanted did not happen.
    var negatedEvent: Double
    /// What a doubt the sentence says came true adds when nothing else is rated ("Never thought
    /// they'd sign, and here we are").
    var confirmedDoubt: Double
    /// The valence a firm stated commitment made with effort or intent ("I won't leave until…",
    /// "every open deal", "from now on") gives its sentence: resolve reads as mildly positive.
    var resolve: Double
    /// The valence of a sentence whose only sign is a want not met ("I should…", "wanted to…").
    var longing: Double
    /// Multiplies a negative item or event after a stated commitment's first word: what the plan
    /// works on ("chase finance about the commission error").
    var plannedTopic: Double
    /// The valence of a plain stated plan ("I'll send the deck by noon"): a plan, not a feeling.
    var plainPlan: Double
    /// Multiplies a sarcastic positive opener.
    var sarcasm: Double
    /// The valence a listed sarcastic opener ("nothing like") adds to a sentence with anything bad in it.
    var sarcasticOpener: Double
    /// Added (away from 0) per "!" ending a sentence, up to four.
    var exclamation: Double
    /// The sum of a sentence ending in "!" with no rated word in it.
    var bareExclamation: Double
    /// Multiplies praise after an irrealis marker ("should", "ideally", "would be nice"): it
    /// names what is wished for, not what is so.
    var irrealis: Double
    /// Multiplies the clause before a step in time ("…, then the vendor pulled the listing") when
    /// nothing after it is rated: what came next may have changed it.
    var sequenceAlone: Double
    /// The valence of a figure that tells a shortfall ("only 2 of the 6", "$45k short", "61% of
    /// quota"); its opposite is a share of quota met.
    var shortfall: Double
    /// The valence of a figure that moved up ("went from 54% to 91%"), times the polarity of the
    /// clause's listed quantity (a lead time up is bad); down is its opposite.
    var figureMove: Double
    /// Multiplies a feeling after "used to" ("I used to love this work"): a feeling lost.
    var habitualPast: Double
    /// The α of the normalisation `x / √(x² + α)` of a sentence's sum.
    var normalisation: Double
    /// The α of the same normalisation of an entry's evidence, its sentences' scores summed over √n.
    var entryNormalisation: Double
    /// How much the last sentence of a text of three or more counts against each other one: how
    /// a day ends colours how it is remembered ("…Drove home with the radio off.").
    var lastSentence: Double
    /// How much the first sentence of a text of three or more counts against each other one: a
    /// day's opening often says what kind of day it was ("Brutal day.", "Best week of the year.").
    var firstSentence: Double
    /// How much a sentence that names a feeling ("I'm gutted") counts in a text of three or more
    /// against one that tells what happened: feeling words are rated strongly, and a day is judged
    /// by its events as much as by the words for how it felt.
    var feelingSentence: Double
    /// How much a consoling sentence of a text of three or more ("At least the Stormers won",
    /// "The one good thing was…") counts; below 0 it counts against the day, since it says the
    /// rest of the day went the other way.
    var consolationSentence: Double
    /// How much of a sentence's learned sum (`LearnedWeights`) is added to its rules' score.
    var learned: Double
    /// How far the learned share of a sentence the rules leave unscored is drawn toward 0: a slight
    /// lean of its words alone makes it neither negative nor positive.
    var learnedAlone: Double
    /// The furthest from 0 a sentence may read on its own (the score of a text of that one sentence)
    /// once its learned sum is added.
    var mostReading: Double
    /// How much of a day's learned scaled sum (`LearnedWeights.scaledSum`) is added to the score of a
    /// text of three sentences or more, in full from 40 words and in proportion below.
    var learnedDay: Double
    /// How far below 0 the learned weights of the words after a praising opener must sum for the
    /// opener to be read as mocking them.
    var learnedBadNews: Double
    /// How far above 0 the learned weights of the words after a praising opener must sum for a
    /// sarcasm cue among them ("wants", "another") to be read as good news told, not mocked.
    var learnedGoodNews: Double
    /// How far below 0 the learned weights of the words around what a sentence's rules read as good
    /// must sum for them to belie it wherever it stands ("love spending my friday on hold with
    /// Sydney"): further than after a praising opener, which is a cue in itself.
    var learnedBelied: Double

    static let standard = AttitudeWeights(
        negation: -0.74, modifier: 0.293, capitals: 0.733, weaker: 0.5, stronger: 1.5, impliedTurn: -0.2,
        noOneEvent: -1.5, negatedEvent: -1.5, confirmedDoubt: 1.5, resolve: 0.5, longing: -1, plannedTopic: 0.5, plainPlan: 0, sarcasm: -0.8, sarcasticOpener: -1, exclamation: 0.292, bareExclamation: 1.0, irrealis: 0, sequenceAlone: 0.5, shortfall: -1.5, figureMove: 1.5, habitualPast: -0.5, normalisation: 10, entryNormalisation: 2, lastSentence: 1.5, firstSentence: 1.5, feelingSentence: 0.75, consolationSentence: -0.3,
        learned: 0.42, learnedAlone: 0.05, mostReading: 0.8, learnedDay: 0.8, learnedBadNews: 0.15, learnedGoodNews: 0.08, learnedBelied: 0.25)
}

/// One walk over a text's words, scoring each sentence as it ends.
///
/// A class, not a struct: its many helpers read the pass's state in place, where a struct of this
/// size (a few hundred bytes, with arrays to retain) was copied for every call of a non-mutating
/// helper from a mutating one.
private final class SentimentPass {
    let tokens: Tokens
    let table: Lexicon.Table
    let weights: AttitudeWeights
    let learned: LearnedWeights
    let learnedDays: LearnedWeights
    /// Per theme: the count, then the index of the first word not yet covered by a match.
    let themeState: UnsafeMutableBufferPointer<Int>
    let keepsSentences: Bool
    /// The first words of stated commitments, in order.
    let commitmentWords: [Int]
    private var nextCommitment = 0

    /// A rated word or phrase of the sentence being read.
    private struct Rated {
        var valence: Double
        var first: Int
        var last: Int
        /// The negator's first word when negated, else -1.
        var negator: Int
        /// The negator's last word.
        var negatorEnd: Int
        var capitals: Bool
        var countsAsNegative: Bool
        /// Whether the item names a feeling ("frustrated", "proud"), not a topic or an event.
        var feeling = false
    }

    private var negative = 0
    private var positive = 0
    private var negativeWords: [String] = []
    /// The sum of the sentences' scores, and how many sentences there were, rated or not.
    private var scoreSum = 0.0
    /// The sum of the sentences' leanings: each score's square root, signed.
    private var leanSum = 0.0
    private var sentenceCount = 0
    /// The share of the sums above from sentences that name a feeling, and how many they were.
    private var feelingScoreSum = 0.0
    private var feelingLeanSum = 0.0
    private var feelingCount = 0
    /// The share of the sums above from consoling sentences ("At least…") and ones that play bad
    /// news down ("The one downside…").
    private var consolationScoreSum = 0.0
    private var consolationLeanSum = 0.0
    /// The last sentence's score (0 when nothing in it was rated).
    private var lastScore = 0.0
    /// Whether the last sentence consoles ("At least…") or plays bad news down.
    private var lastConsoles = false
    /// The first sentence's score (0 when nothing in it was rated).
    private var firstScore = 0.0
    /// The score of the sentence before when it was a bare verdict ("Superb."), else 0.
    private var verdictBefore = 0.0
    /// Whether the sentence opens with a turn ("But…", "Still, …"), which weighs it against the one before.
    private var opensWithTurn = false
    private var sentences: [TextAnalysis.Sentence] = []
    private var rated: [Rated] = []

    // The sentence being read.
    private var sentenceStart = 0
    private var sentenceHasLowercase = false
    private var contrast = -1
    /// Whether the turn is a step in time ("then", "turned out", a semicolon), which weighs what
    /// came after more but, unlike "but", says nothing of it on its own.
    private var sequenceTurn = false
    /// Whether the turn is "but at least": the clause after it consoles, and weighs no more than
    /// the one before.
    private var consolation = false
    private var subordinate: Range<Int>? = nil
    private var subordinateOpen = false
    private var implied: [(index: Int, valence: Double)] = []
    // The clause being read.
    private var clauseStart = 0
    /// Where the clause before this one started (in this sentence or an earlier one).
    private var previousClauseStart = -1
    private var clauseRated = 0
    private var noOneAt = -1
    /// The first negator of the clause that denies something ("didn't", "never"), or -1.
    private var clauseNegator = -1
    /// The clause's last denying negator, and the first word of its last rated item (or -1).
    private var clauseLastNegator = -1
    private var clauseLastRated = -1
    private var negatorStart = Int.min / 2
    /// The negator that a negative word after it has taken, or -1: it denies no praise after.
    private var spentNegator = -1
    private var negatorEnd = Int.min / 2
    private var modifierEnd = Int.min / 2
    private var modifierSign = 0.0
    private var topicVerbEnd = Int.min / 2
    /// The topic verb that opens the clause ("Updated…", "I cleaned up…"), or -1: the clause is
    /// work on a topic.
    private var activityFrom = -1
    /// Words before this index belong to a phrase already counted.
    private var sentimentFrom = 0
    /// The hashes of the phrases at the word being read, by length (`phraseHashes`): the caller's
    /// scratch memory for `WordList.maximumWords + 1` hashes, so no array is made for every text.
    let phraseHash: UnsafeMutableBufferPointer<UInt64>
    /// A change word of the clause ("fell", "grew"), and its negator (or -1).
    private struct Change {
        var first: Int
        var last: Int
        var direction: Double
        var negator: Int
        var negatorEnd: Int
        /// Whether the change undoes something bad ("fixed", "resolved"), so pairs only with that.
        var resolves: Bool
    }
    private var changes: [Change] = []
    /// The listed quantities of the clause ("revenue", "churn"): where, and +1 good or -1 bad.
    private var quantities: [(index: Int, polarity: Double)] = []
    /// Whether the sentence has had "not only" or "not just".
    private var correlative = false
    /// The first and last words of the sentence's sarcastic opener ("nothing like"), or -1.
    private var sarcasmOpener = -1
    private var sarcasmOpenerLast = -1
    /// The first word of the sentence's irrealis marker ("should", "ideally") since its last
    /// turn, or `Int.max`.
    private var irrealisFrom = Int.max
    /// Whether the sentence has a word of effort or intent ("until", "every", "from now on").
    private var resolute = false
    /// The first word of the sentence's want not met ("I should", "wanted to"), or -1.
    private var longingAt = -1
    /// The last sales object of the clause, or -1.
    private var clauseObject = -1
    /// Sales event words of the clause before any sales object, valued as events.
    private struct PendingEvent {
        var valence: Double
        var first: Int
        var last: Int
        var negator: Int
        var negatorEnd: Int
        /// The index in `rated` of the word counted with its own valence, or -1.
        var rated: Int
    }
    private var pendingEvents: [PendingEvent] = []

    init(tokens: Tokens, table: Lexicon.Table, weights: AttitudeWeights, learned: LearnedWeights, learnedDays: LearnedWeights,
         themeState: UnsafeMutableBufferPointer<Int>,
         phraseHash: UnsafeMutableBufferPointer<UInt64>, keepsSentences: Bool, commitmentWords: [Int]) {
        self.tokens = tokens
        self.table = table
        self.weights = weights
        self.learned = learned
        self.learnedDays = learnedDays
        self.themeState = themeState
        self.phraseHash = phraseHash
        self.keepsSentences = keepsSentences
        self.commitmentWords = commitmentWords
    }

    func run() {
        let themeCount = themeState.count / 2
        for index in 0..<tokens.count {
            let token = tokens[index]
            if !token.isCapitals, !token.isEmoticon { sentenceHasLowercase = true }
            let single = table.find(tokens.foldedBytes(from: index, words: 1), hash: token.hash)
            var length = single < 0 ? 1 : phraseHashes(at: index, upTo: Int(table.entries[single].longestPhrase))
            var sentimentMatch = -1
            var sentimentLength = 0
            while length >= 1 {
                let found = length == 1
                    ? single : table.find(tokens.foldedBytes(from: index, words: length), hash: phraseHash[length])
                if found >= 0 {
                    let entry = table.entries[found]
                    if entry.hasThemes {
                        for theme in table.themes[Int(entry.themeStart)..<Int(entry.themeEnd)] {
                            let theme = Int(theme)
                            if themeState[themeCount + theme] <= index {
                                themeState[theme] += 1
                                themeState[themeCount + theme] = index + length
                            }
                        }
                    }
                    if sentimentMatch < 0, index >= sentimentFrom, entry.affectsSentiment {
                        sentimentMatch = found
                        sentimentLength = length
                    }
                }
                length -= 1
            }
            if sentimentMatch >= 0, sentimentLength > 1, table.entries[sentimentMatch].valence != 0,
               isOvertaken(at: index, length: sentimentLength) {
                // A longer rated phrase starts inside this one: it is read instead.
            } else if sentimentMatch >= 0, sentimentLength == 1, isName(at: index, listed: table.entries[sentimentMatch].is(Lexicon.Role.name)) {
                // "Grace called", "restocked at Mercy West", "Mr. Best signed": a name, not a feeling.
                sentimentFrom = index + 1
            } else if sentimentMatch >= 0 {
                apply(table.entries[sentimentMatch], at: index, length: sentimentLength)
            } else if index >= sentimentFrom, tokens.word(index, hasSuffix: "n't") {
                negatorStart = index
                negatorEnd = index
                if clauseNegator < 0 { clauseNegator = index }
                clauseLastNegator = index
            }
            if token.endsSentence {
                endClause(at: index)
                endSentence(at: index)
            } else if token.endsClause {
                endClause(at: index)
            }
        }
        if tokens.count > 0, !tokens[tokens.count - 1].endsSentence {
            endClause(at: tokens.count - 1)
            endSentence(at: tokens.count - 1)
        }
    }

    /// Whether the rated word at `index` is a person's or a place's name: written with a capital
    /// (not in capitals) after a title ("Mr. Best"), or, when it is a listed name that is also a
    /// word (`listed`), inside its sentence or opening it before a verb of speech or contact
    /// ("Grace called", "at Mercy West"; not "Grace under pressure.").
    private func isName(at index: Int, listed: Bool) -> Bool {
        guard tokens.startsWithCapital(index) else { return false }
        if index > sentenceStart, tokens.word(index - 1, isOneOf: ["mr", "mrs", "ms", "dr", "miss", "mx", "prof", "sir", "dame"]) { return true }
        let inside = index > sentenceStart && !tokens[index - 1].isCapitals && !tokens[index - 1].endsClause
        // "Took the team to Illegal Pete's": a capitalised word inside a sentence, before another, is
        // part of a name.
        if inside, !tokens[index].endsClause, tokens.startsWithCapital(index + 1) { return true }
        guard listed else { return false }
        if inside { return true }
        // "Grace and Dale called", not "Happy and tired.": a second name after "and".
        if tokens.word(index + 1, is: "and") { return !tokens[index + 1].endsClause && tokens.startsWithCapital(index + 2) }
        return tokens.word(index + 1, isOneOf: Self.contactVerbs)
    }

    private static let contactVerbs = WordSet([
        "said", "says", "told", "tells", "called", "calls", "rang", "phoned", "emailed", "texted", "messaged",
        "asked", "asks", "replied", "wrote", "sent", "signed", "agreed", "confirmed", "wants", "thinks",
    ])

    /// Whether a longer rated phrase starts inside the rated phrase of `length` words at `index`
    /// and runs past it: "they signed with the competitor" is read as "signed with the
    /// competitor", not "they signed".
    private func isOvertaken(at index: Int, length: Int) -> Bool {
        for start in index + 1..<index + length where !tokens[start - 1].endsClause {
            let single = table.find(tokens.foldedBytes(from: start, words: 1), hash: tokens[start].hash)
            guard single >= 0 else { continue }
            var candidate = phraseHashes(at: start, upTo: Int(table.entries[single].longestPhrase))
            while candidate > length, start + candidate > index + length {
                let found = table.find(tokens.foldedBytes(from: start, words: candidate), hash: phraseHash[candidate])
                if found >= 0, table.entries[found].valence != 0 { return true }
                candidate -= 1
            }
        }
        return false
    }

    /// Hashes the phrases of 2…`longest` words at `index` into `phraseHash` — each the hash of the
    /// one before continued by a space and the next word, as the folded bytes hold them — and
    /// returns how many words the longest may have: phrases never cross a clause end.
    private func phraseHashes(at index: Int, upTo longest: Int) -> Int {
        var hash = tokens[index].hash
        var length = 1
        while length < min(longest, tokens.count - index), !tokens[index + length - 1].endsClause {
            let next = tokens[index + length]
            hash = FNV1a.hash(0x20, into: hash)
            for byte in tokens.folded[next.foldedStart..<next.foldedEnd] { hash = FNV1a.hash(byte, into: hash) }
            length += 1
            phraseHash[length] = hash
        }
        return length
    }

    private func apply(_ entry: Lexicon.Entry, at index: Int, length: Int) {
        let last = index + length - 1
        // "Would be nice to…", "Ideally I'd…", "Someone should fix…": what follows is wished for.
        if entry.is(Lexicon.Role.irrealis), irrealisFrom > index { irrealisFrom = index }
        if entry.is(Lexicon.Role.resolve) { resolute = true }
        // "I should probably call their CFO" looks ahead; "I should have called", "I meant to" look back.
        if entry.is(Lexicon.Role.longing), longingAt < 0,
           (index...last).contains(where: { tokens.word($0, isOneOf: Self.regretWords) }) || tokens.word(last + 1, isOneOf: ["have", "had", "feel", "be"]) || tokens[last].endsClause {
            longingAt = index
        }
        // "Updated the loss reasons…", "Went through the unsubscribe list": a clause opened by
        // work on a topic; the verb's own sense ("the deal went through") is not meant.
        if entry.is(Lexicon.Role.topicVerb), activityFrom < 0, opensActivity(index, last: last) {
            activityFrom = index
            topicVerbEnd = last
            sentimentFrom = last + 1
            return
        }
        // Changes in quantity: "crime fell", "revenue grew", "reduced churn"; paired at the
        // clause's end unless a sales object makes the word a sales event first.
        // "A fixed income": after an article, a word that undoes something bad is an adjective.
        let isChange = entry.is(Lexicon.Role.rising | Lexicon.Role.falling)
            || entry.is(Lexicon.Role.resolving) && !(index > clauseStart && tokens.word(index - 1, isOneOf: ["a", "an"]))
        if isChange {
            let negated = index - negatorEnd <= 6 && (negatorEnd >= clauseStart || index - negatorEnd <= 1)
            changes.append(Change(first: index, last: last, direction: entry.is(Lexicon.Role.rising) ? 1 : -1,
                                  negator: negated ? negatorStart : -1, negatorEnd: negatorEnd,
                                  resolves: entry.is(Lexicon.Role.resolving)))
        }
        // Sales events by composition: "the renewal slipped", "slipped the renewal".
        if entry.is(Lexicon.Role.salesObject) {
            clauseObject = index
            happen(pendingEvents)
            pendingEvents.removeAll(keepingCapacity: true)
        }
        if entry.is(Lexicon.Role.salesEvent), entry.eventQuarters != 0, !isIntention(index),
           let (valence, negator) = adjusted(entry.eventValence, first: index, last: last, topicNoun: false) {
            if clauseObject >= clauseStart {
                if isChange { changes.removeLast() }
                sentimentFrom = last + 1
                record(valence, negator: negator, negatorEnd: negatorEnd, first: index, last: last)
                return
            }
            let pendingNegatorEnd = negatorEnd
            let before = rated.count
            sentimentFrom = last + 1
            if entry.valence != 0 {
                rate(Double(entry.valence), first: index, last: last, topicNoun: entry.is(Lexicon.Role.topicNoun),
                     feeling: entry.is(Lexicon.Role.feeling))
            }
            pendingEvents.append(PendingEvent(valence: valence, first: index, last: last, negator: negator, negatorEnd: pendingNegatorEnd,
                                              rated: rated.count > before ? before : -1))
            return
        }
        let isFirstOfClause = index == clauseStart || index == clauseStart + 1 && tokens.word(clauseStart, isOneOf: ["and", "but", "so", "then", "because"])
        if isChange, entry.valence == 0 {
            sentimentFrom = last + 1
            return
        }
        if entry.is(Lexicon.Role.goodQuantity | Lexicon.Role.badQuantity) {
            quantities.append((index, entry.is(Lexicon.Role.goodQuantity) ? 1 : -1))
        }
        // "Nothing like…", "Just what I needed…": a sarcastic opener at the sentence's start.
        // A one-word opener ("Sure,", "Yeah,") opens the sentence and is set off by a comma.
        if entry.is(Lexicon.Role.sarcasmOpener), sarcasmOpener < 0,
           length > 1 ? index - sentenceStart <= 1 || index - sentenceStart <= 2 && tokens.word(index - 1, isOneOf: ["oh", "ah", "well", "and", "yeah", "wow", "so"])
                      : index == sentenceStart && tokens[index].endsClause && !tokens[index].endsSentence {
            sarcasmOpener = index
            sarcasmOpenerLast = last
            if entry.valence == 0 {
                sentimentFrom = last + 1
                return
            }
        }
        if entry.valence != 0 {
            sentimentFrom = last + 1
            rate(Double(entry.valence), first: index, last: last, topicNoun: entry.is(Lexicon.Role.topicNoun),
                 feeling: entry.is(Lexicon.Role.feeling))
            return
        }
        if entry.is(Lexicon.Role.neutral) {
            sentimentFrom = last + 1
            return
        }
        // "nothing short of heroic", "not only good", "no less than": the negator grades, it does
        // not deny.
        if entry.is(Lexicon.Role.negator | Lexicon.Role.noOneSubject), isGrading(after: last) {
            // "not only … but": the "but" that follows completes it, it does not turn.
            if tokens.word(last + 1, isOneOf: ["only", "just"]) { correlative = true }
            sentimentFrom = last + 1
            return
        }
        // "Can't believe how good the demo went", "couldn't believe they cancelled": disbelief is
        // amazement at what follows, not a denial of it.
        if entry.is(Lexicon.Role.negator), tokens.word(index, isOneOf: ["can't", "cannot", "couldn't"]), last == index,
           tokens.word(index + 1, is: "believe"), !tokens[index].endsClause, !tokens[index + 1].endsClause,
           tokens.word(index + 2, isOneOf: ["how", "what", "that", "it", "we", "i", "they", "he", "she", "the", "my", "our", "this", "these", "just", "you"]) {
            sentimentFrom = last + 1
            return
        }
        // "…because honestly, why not", "Why not celebrate?": a suggestion, not a denial (but "Sure,
        // I'll just match their price, why not." mocks).
        if entry.is(Lexicon.Role.negator), index > sentenceStart, sarcasmOpener < 0, tokens.word(index, is: "not"), tokens.word(index - 1, is: "why") {
            sentimentFrom = last + 1
            return
        }
        if entry.is(Lexicon.Role.noOneSubject), isFirstOfClause || index - clauseStart <= 2 {
            noOneAt = index
        }
        if entry.is(Lexicon.Role.negator | Lexicon.Role.noOneSubject) {
            negatorStart = index
            negatorEnd = last
            sentimentFrom = last + 1
            if entry.is(Lexicon.Role.negator) {
                if clauseNegator < 0 { clauseNegator = index }
                clauseLastNegator = index
            }
        }
        if entry.is(Lexicon.Role.booster | Lexicon.Role.dampener) {
            modifierEnd = last
            modifierSign = entry.is(Lexicon.Role.booster) ? 1 : -1
            sentimentFrom = last + 1
        }
        if entry.is(Lexicon.Role.topicVerb), !isSubject(last) { topicVerbEnd = last }
        // "Yet" turns only at its clause's start: "no reschedule yet" is not a turn. A contrast
        // word ending its clause looks back past its sentence ("Still buzzing though."): no turn
        // within it.
        // "Rough week. Still, we closed Acme.", "The demo went well. Then legal killed it.": a
        // sentence that opens with a turn or a step in time outweighs the one before, if it goes
        // the other way ("Small win: Juniper signed. Still $45k short.").
        if entry.is(Lexicon.Role.contrast | Lexicon.Role.sequence), index == sentenceStart, !tokens[last].endsSentence, !isNoMatterHow(index) {
            opensWithTurn = true
        }
        // "Tiring week, still, 101% is 101%": set off by commas on both sides, it turns too.
        if entry.is(Lexicon.Role.contrast), index > sentenceStart, !subordinateOpen, last + 1 < tokens.count,
           !tokens[last].endsClause || tokens[index - 1].endsClause && !tokens[last].endsSentence,
           !(tokens.word(index, is: "but") && (correlative || tokens.word(index - 1, isOneOf: ["nothing", "none", "nobody", "one", "all", "anything", "anyone"]))),
           isFirstOfClause || !tokens.word(index, is: "yet"), !isNoMatterHow(index) {
            contrast = index
            // "The meeting was a bust, but at least the flight was on time": a consolation weighs
            // no more than what it consoles for.
            consolation = tokens.word(last + 1, is: "at") && tokens.word(last + 2, is: "least")
            irrealisFrom = Int.max
            negatorEnd = Int.min / 2
            modifierEnd = Int.min / 2
        }
        // "They're holding my commission until the implementation is signed off": "until" a clause
        // not yet true is a condition, not a step in time, and its praise is not so.
        let condition = length == 1 && tokens.word(index, is: "until") && index > sentenceStart && isPending(after: index)
        if condition, irrealisFrom > index { irrealisFrom = index }
        // "…, then the inspector failed it", "turns out it's mostly spreadsheets": a step in time.
        if entry.is(Lexicon.Role.sequence), !condition, contrast < 0, index > sentenceStart, !subordinateOpen {
            contrast = index
            sequenceTurn = true
            irrealisFrom = Int.max
            negatorEnd = Int.min / 2
            modifierEnd = Int.min / 2
        }
        if entry.is(Lexicon.Role.subordinator) {
            if index == sentenceStart || isFirstOfClause && subordinate == nil && contrast < 0 && index == clauseStart {
                subordinate = index..<Int.max   // closed at the clause's end
                subordinateOpen = true
            } else if index > sentenceStart, subordinate == nil, tokens[index - 1].endsClause || !tokens.word(index, isOneOf: ["though", "although"]) {
                subordinate = index..<Int.max   // "…, despite the budget freeze": runs to the sentence's end
            }
        }
        if entry.is(Lexicon.Role.sarcasmCue) { implied.append((index, 0)) }
    }

    /// Adds the rated item at `first...last` with its valence adjusted for the words around it.
    private func rate(_ base: Double, first: Int, last: Int, topicNoun: Bool, feeling: Bool) {
        guard let (valence, negator) = adjusted(base, first: first, last: last, topicNoun: topicNoun) else { return }
        record(valence, negator: negator, negatorEnd: negatorEnd, first: first, last: last, feeling: feeling)
    }

    /// The valence of a rated item at `first...last` with the words around it (negation, modifiers,
    /// word sense), and its negator's first word (or -1); nil when it is a topic, not a feeling.
    private func adjusted(_ base: Double, first: Int, last: Int, topicNoun: Bool) -> (Double, Int)? {
        var valence = base
        // Word sense: "killed it" after a blocker ("legal killed it") is a loss.
        if valence > 0, first > clauseStart, isBlocker(first - 1) { valence = -abs(valence) }
        // Word sense: "4.2 lakh outstanding", "$12k still outstanding" is money owed, not praise.
        if valence > 0, first == last, first > clauseStart, tokens.word(first, is: "outstanding"),
           tokens.startsWithDigit(first - 1) || tokens.word(first - 1, isOneOf: Self.owed) {
            valence = -1
        }
        // Topic: "churn report", "follow up with every no-show".
        // Not past a verb of its own: "Everything about it is wrong" says how it is.
        // Nor the verb of a subject after "on" or "about": "Nobody on the team complained".
        let verbAfterPhrase = tokens.word(topicVerbEnd, isOneOf: ["on", "about"]) && first - topicVerbEnd >= 3
            && tokens.word(first, hasSuffix: "ed") && !tokens.word(first - 1, isOneOf: ["the", "a", "an", "my", "our", "their", "his", "her", "its", "your", "any", "all", "some"])
            && !tokens.word(first - 1, hasSuffix: "'s") && !tokens.word(first - 1, hasSuffix: "'")
            && !(topicVerbEnd + 1..<first).contains { tokens.word($0, isOneOf: ["why", "how", "what", "which", "where", "when"]) }
        if valence < 0, first == last,
           first - topicVerbEnd <= 3 && !verbAfterPhrase && !(min(topicVerbEnd + 1, first)..<first).contains(where: { isSubject($0 - 1) })
            || topicNoun && (isTopicHead(last + 1) || isCompoundHead(after: last)) {
            return nil
        }
        if first - modifierEnd <= 3, modifierEnd >= clauseStart {
            let decay = [1.0, 1.0, 0.95, 0.9][min(3, first - modifierEnd)]
            valence += (valence > 0 ? 1 : -1) * modifierSign * weights.modifier * decay
        }
        var negator = -1
        // A negator spent on a negative word leaves the praise after it alone: "didn't lose a
        // single renewal" denies the loss, not the renewal.
        // An emoji, an emoticon or a laugh comments on its clause from outside it: "no returns
        // this week 🙌", "nothing matters today haha".
        if first - negatorEnd <= 6 || isHopeComparedWith(first, after: negatorEnd), negatorEnd >= clauseStart || first - negatorEnd <= 1, negatorStart != spentNegator || valence < 0,
           !opensClause(between: negatorEnd, and: first), !tokens[first].isEmoticon,
           !(first == last && first - negatorEnd > 1 && tokens.word(first, isOneOf: ["haha", "hahaha", "hahahaha", "lol", "lmao", "hehe", "heh"])) {
            // "Couldn't be happier", "never felt worse", "couldn't have asked for a better start": a
            // best or a worst, not a denial (but "it didn't get better" denies).
            // "I don't think I've ever had a better one-to-one": "ever" makes one too.
            let superlative = tokens.word(negatorStart, isOneOf: ["couldn't", "can't", "cannot", "never", "haven't", "hasn't", "hadn't"])
                || tokens.word(negatorStart, is: "not") && tokens.word(negatorStart - 1, isOneOf: ["could", "can"])
                || negatorEnd + 1 < first && (negatorEnd + 1..<first).contains { tokens.word($0, is: "ever") }
            if !(superlative && isComparativeAfterBe(first)), !isDegreeOrStop(first) {
                negator = negatorStart
                valence *= weights.negation
            }
        }
        // "Rebuild the list rather than mourning the old one", "instead of complaining": what the
        // writer does not do is no feeling.
        if first - 2 >= clauseStart, tokens.word(first - 1, is: "than") && tokens.word(first - 2, is: "rather")
            || tokens.word(first - 1, is: "of") && tokens.word(first - 2, is: "instead") {
            return nil
        }
        // "Better than I'd dreaded", "worse than we feared": what was expected is the measure,
        // not how the writer feels.
        if first == last, first - 2 >= clauseStart, tokens.word(first, isOneOf: Self.expectations),
           (max(clauseStart, first - 4)...first - 2).contains(where: { than in
               tokens.word(than, is: "than") && (than + 1..<first).allSatisfy { tokens.word($0, isOneOf: Self.expecters) }
           }) {
            return nil
        }
        // "Feet destroyed, but what a day": after a turn, the exclamation sums the day up as worth it.
        if valence < 0, last == first + 2, first > clauseStart, tokens.word(first - 1, is: "but"), tokens.word(first, is: "what"),
           tokens.word(last, isOneOf: ["day", "week", "night", "month", "year", "ride", "trip", "weekend", "season", "quarter"]) {
            valence = 2
        }
        // "Made my number, but missed Maddie's recital": a family moment missed weighs heavily.
        if valence < 0, first == last, tokens.word(first, isOneOf: ["missed", "miss", "missing"]), first + 2 < tokens.count,
           tokens.word(first + 1, hasSuffix: "'s") || tokens.word(first + 1, isOneOf: ["my", "his", "her", "their", "our", "the", "kids'"]),
           (first + 2...min(tokens.count - 1, first + 4)).contains(where: { tokens.word($0, isOneOf: Self.familyMoments) }) {
            valence = min(valence, -2.5)
        }
        // "Calling the mill at 8 sharp": a time, not a quality.
        if first == last, first > clauseStart, tokens.word(first, is: "sharp"),
           tokens.startsWithDigit(first - 1) || tokens.word(first - 1, isOneOf: ["am", "pm", "a.m.", "p.m.", "noon", "o'clock"]) {
            return nil
        }
        // "I'm going to pretend to hate it": a feeling pretended is not felt, if anything the
        // other way.
        if first - 2 >= clauseStart, tokens.word(first - 1, is: "to"),
           tokens.word(first - 2, isOneOf: ["pretend", "pretending", "pretended", "pretends", "act", "acting"]) {
            valence *= -weights.weaker
        }
        // "Too tired to celebrate", "too busy to enjoy it": what "too" rules out does not happen.
        if valence > 0, first - 3 >= clauseStart, tokens.word(first - 1, is: "to"),
           tokens.word(first - 3, is: "too") || first - 4 >= clauseStart && tokens.word(first - 4, is: "too") && !tokens[first - 3].endsClause {
            return nil
        }
        // "Only two complaints this week", "rejected just four coils": few of a bad thing is good news
        // (but thanks "for losing only one parcel" is still thanks for harm).
        if valence < 0, negator < 0, !tokens[first].isEmoticon, !(first > clauseStart && tokens.word(first - 1, is: "for")),
           isFew(first: first, last: last) {
            valence *= -weights.weaker
        }
        // Irrealis: praise that is wished for or owed ("would be nice to finish", "should have
        // been great") is not so.
        if valence > 0, negator < 0, first >= irrealisFrom { valence *= weights.irrealis }
        return (valence, negator)
    }

    /// Counts the rated item at `first...last`, in order of its first word.
    private func record(_ valence: Double, negator: Int, negatorEnd: Int, first: Int, last: Int, feeling: Bool = false) {
        if negator >= 0, valence > 0 { spentNegator = negator }
        clauseRated += 1
        clauseLastRated = max(clauseLastRated, first)
        let countsAsNegative = valence < 0
        if valence < 0 {
            negative += 1
            negativeWords.append(counted(first: first, last: last, negator: negator, negatorEnd: negatorEnd))
        } else if valence > 0 {
            positive += 1
        }
        let item = Rated(valence: valence, first: first, last: last, negator: negator, negatorEnd: negatorEnd,
                         capitals: tokens[first].isCapitals, countsAsNegative: countsAsNegative, feeling: feeling)
        rated.insert(item, at: rated.firstIndex(where: { $0.first > first }) ?? rated.count)
    }

    /// Gives the counted item `index` of `rated` the valence `valence`: a word rated on its own
    /// that a later sales object makes an event ("slipped the renewal").
    private func rerate(_ index: Int, _ valence: Double) {
        let old = rated[index]
        if old.valence < 0 { negative -= 1 } else if old.valence > 0 { positive -= 1 }
        if old.countsAsNegative {
            let words = counted(first: old.first, last: old.last, negator: old.negator, negatorEnd: old.negatorEnd)
            if let at = negativeWords.lastIndex(of: words) { negativeWords.remove(at: at) }
        }
        if valence < 0 {
            negative += 1
            negativeWords.append(counted(first: old.first, last: old.last, negator: old.negator, negatorEnd: old.negatorEnd))
        } else if valence > 0 {
            positive += 1
        }
        rated[index].valence = valence
        rated[index].countsAsNegative = valence < 0
    }

    /// Pairs each change word of the clause with the nearest quantity, listed or rated, up to four
    /// words before it (preferred) or three after: the pair counts as one item, good when a good
    /// quantity rises or a bad one falls, in place of both words' own valence.
    private func pairChanges() {
        for change in changes {
            var best: (index: Int, polarity: Double, distance: Int)? = nil
            func consider(_ position: Int, _ polarity: Double) {
                if change.resolves, polarity > 0 { return }
                let distance = position < change.first ? change.first - position : position - change.last + 4
                guard position < change.first ? distance <= 4 || isSubjectHead(position, before: change.first) : position > change.last && distance <= 7 else { return }
                if best == nil || distance < best!.distance { best = (position, polarity, distance) }
            }
            for quantity in quantities { consider(quantity.index, quantity.polarity) }
            // A feeling is the quantity only when it is what changed ("my motivation vanished"), not
            // when it is about something else that did ("Embarrassed that the VPN dropped").
            // A negator before the change word is the change's, not its object's: "never fixed the bug".
            for item in rated where item.first >= clauseStart && item.first != change.first && item.valence != 0
                && (item.negator < 0 || change.negator >= 0 && item.negator == change.negator && item.first > change.last)
                && (item.first == item.last || change.resolves && item.first > change.last)   // "fixed the billing error"
                && !(item.feeling && (item.last + 1..<max(item.last + 1, change.first)).contains { tokens.word($0, isOneOf: Self.clauseOpeners) })
                // "Dreading telling Mum I'm dropping the module": a subject of its own between them
                // makes the change someone else's.
                && !(item.last + 1..<max(item.last + 1, change.first)).contains(where: { tokens.word($0, isOneOf: Self.subjects) }) {
                consider(item.first, (item.valence > 0) == (item.negator < 0) ? 1 : -1)
            }
            guard let quantity = best else { continue }
            var valence = 2 * quantity.polarity * change.direction
            if change.negator >= 0 { valence *= weights.negation }
            if let noun = rated.firstIndex(where: { $0.first == quantity.index }) { rerate(noun, 0) }
            // A rated word right before a listed quantity belongs to it: "emergency wait times".
            if quantities.contains(where: { $0.index == quantity.index }),
               let modifier = rated.firstIndex(where: { $0.last == quantity.index - 1 && $0.first >= clauseStart && $0.negator < 0 }) {
                rerate(modifier, 0)
            }
            if let word = rated.firstIndex(where: { $0.first == change.first }) {
                rerate(word, valence)
                rated[word].negator = change.negator
            } else {
                record(valence, negator: change.negator, negatorEnd: change.negatorEnd, first: change.first, last: change.last)
            }
        }
    }

    /// Whether the word at `position` heads its clause's subject, a phrase of place or kind after
    /// it, up to eight words before the change word at `change`: "Occupancy at the serviced
    /// apartments fell", "Subscribers to the trade magazine fell below 10,000".
    private func isSubjectHead(_ position: Int, before change: Int) -> Bool {
        guard change - position <= 8, position + 2 < change,
              position == clauseStart || position == clauseStart + 1 && tokens.word(clauseStart, isOneOf: ["the", "our", "my", "their", "its"]),
              tokens.word(position + 1, isOneOf: ["at", "of", "in", "to", "for", "from", "on", "across"]) else { return false }
        return (position + 1..<change).allSatisfy { !tokens[$0].endsClause }
    }

    /// Whether the clause after "until" at `index` is not yet true: a verb in the present ("is
    /// signed off", "they pay", "it's done") and none in the past.
    private func isPending(after index: Int) -> Bool {
        // The clause before says something waits on it: "holding…", "won't…", "can't relax…".
        guard (sentenceStart..<index).contains(where: {
            tokens.word($0, isOneOf: ["will", "won't", "can't", "cannot", "not", "going", "gonna", "holding", "hold", "holds", "held", "waiting",
                                      "wait", "stopping", "stop", "nothing", "no", "never", "until"]) || tokens.word($0, hasSuffix: "'ll")
        }) else { return false }
        var present = false
        var word = index + 1
        while word < tokens.count {
            if tokens.word(word, isOneOf: ["was", "were", "had", "did", "came", "went", "got", "said", "told", "saw", "heard", "found", "made",
                                          "took", "gave", "sent", "rang", "left", "ran", "fell", "won", "lost", "sold", "bought", "met"])
                || tokens.word(word, hasSuffix: "ed") && !tokens.word(word - 1, isOneOf: ["is", "are", "am", "be", "been", "being", "gets", "get"])
                    && !tokens.word(word - 1, hasSuffix: "'s") && !tokens.word(word - 1, hasSuffix: "'re") {
                return false
            }
            if tokens.word(word, isOneOf: ["is", "are", "am", "gets", "get", "has", "have", "does", "do", "can", "will", "pays", "pay",
                                          "signs", "comes", "arrives", "lands", "clears", "agrees", "approves", "hears", "says"])
                || tokens.word(word, hasSuffix: "'s") || tokens.word(word, hasSuffix: "'re") {
                present = true
            }
            if tokens[word].endsClause { break }
            word += 1
        }
        return present
    }

    /// Whether the words after a negator ending at `last` make it grade rather than deny: "nothing
    /// but", "nothing short of", "no less than", "none other than", "not only", "not just", "not to
    /// mention".
    private func isGrading(after last: Int) -> Bool {
        let next = last + 1
        guard next < tokens.count, !tokens[last].endsClause else { return false }
        if tokens.word(next, isOneOf: ["but", "only"]) { return true }
        if tokens.word(next, is: "just") { return tokens.word(last, isOneOf: ["not", "isn't", "wasn't", "it's"]) }
        guard next + 1 < tokens.count, !tokens[next].endsClause else { return false }
        return tokens.word(next, is: "short") && tokens.word(next + 1, is: "of")
            || tokens.word(next, isOneOf: ["less", "other"]) && tokens.word(next + 1, is: "than")
            || tokens.word(next, is: "to") && tokens.word(next + 1, is: "mention")
    }

    /// Whether the event word at `index` names no event: planned, after a modal ("should sign",
    /// "I'll close"), after "to get"/"to be" ("waiting to get approved") or after "to" following a
    /// verb of intending ("need to close", "going to sign"); or a noun or adjective after a
    /// determiner ("rushed the close", "the signed contract").
    private func isIntention(_ index: Int) -> Bool {
        guard index > clauseStart else { return false }
        if tokens.word(index - 1, isOneOf: ["will", "would", "should", "could", "might", "may", "must", "can", "gonna", "wanna", "let's", "lets",
                                            "the", "a", "an", "my", "our", "their", "his", "her", "its", "your", "this", "that", "every", "each", "any", "some"])
            || tokens.word(index - 1, hasSuffix: "'ll") || tokens.word(index - 1, hasSuffix: "'d") {
            return true
        }
        // "will have closed", "I'll finally sign": a modal two words back.
        if index - 1 > clauseStart, tokens.word(index - 2, isOneOf: ["will", "would", "should", "could", "might", "must", "gonna"])
            || index - 1 > clauseStart && tokens.word(index - 2, hasSuffix: "'ll") {
            return true
        }
        if index - 1 > clauseStart, tokens.word(index - 2, is: "to"), tokens.word(index - 1, isOneOf: ["get", "be"]) { return true }
        return index - 1 > clauseStart && tokens.word(index - 1, is: "to")
            && tokens.word(index - 2, isOneOf: ["need", "needs", "needed", "want", "wants", "wanted", "hope", "hoping", "hoped",
                                                "try", "trying", "tried", "going", "plan", "planning", "planned", "have", "has",
                                                "had", "able", "expect", "expecting", "expected", "about", "like", "love", "due",
                                                "supposed", "ready", "aim", "aiming", "chance", "how", "way", "time", "got"])
    }

    /// "didn't have to", "don't need to", "no more": the negator spares the writer something.
    private func isRelief(_ negator: Int) -> Bool {
        guard negator + 1 < tokens.count else { return false }
        // "The audit didn't find anything major", "didn't turn up anything serious".
        for index in negator + 1..<min(tokens.count - 1, negator + 5) where tokens.word(index, isOneOf: ["anything", "any"]) {
            if tokens.word(index + 1, isOneOf: ["major", "serious", "wrong", "bad", "significant", "untoward", "alarming", "worrying"]) { return true }
        }
        // "No worries", "Didn't matter", "He didn't mind": what did not weigh is no missed event.
        if tokens.word(negator + 1, isOneOf: ["worry", "worries", "problem", "wait", "matter", "matters", "mattered", "mind", "minded"]) { return true }
        // "No more winging discovery": an end resolved on, not a missed event.
        if tokens.word(negator, is: "no"), tokens.word(negator + 1, is: "more") { return true }
        return negator + 2 < tokens.count && tokens.word(negator + 1, isOneOf: ["have", "need", "needed", "had"])
            && tokens.word(negator + 2, is: "to")
    }

    /// A customer's choice in the clause from `start` through `end`, told by its subject: "Klinikum
    /// Passau gave the contract to Philips", "The Reyes family went with the brother-in-law's
    /// company", "our biggest account moved its whole block to Jumeirah" are losses (−2.5); "they
    /// picked us", "Acme signed with us" wins (2.5). Not when the writer chose ("I went with the
    /// blue one"), when it is only planned ("might go with"), or when an option was chosen ("went
    /// with the cheaper plan").
    private func choice(from start: Int, through end: Int) -> (verb: Int, object: Int, valence: Double)? {
        guard start < end else { return nil }
        // "the preferred vendor", "our selected partner": after a determiner it is an adjective, not a choice.
        for verb in start + 1..<end where tokens.word(verb, isOneOf: Self.choiceVerbs)
            && !tokens.word(verb - 1, isOneOf: ["the", "a", "an", "our", "their", "my", "your", "his", "her", "its"]) {
            var object: Int
            var winsWith: [StaticString] = ["us", "our"]
            var purchase = false
            var destined: Double?
            if let destination = destination(after: verb, through: end) {
                // "moved all her clients' payroll to us", "switched their screws over to our range":
                // what comes to the writer is a win; "took her second book to another publisher",
                // "signed a five-year deal with our rival": what goes to a rival is a loss.
                object = destination.object
                destined = destination.ours ? 2.5 : -2.5
            } else if tokens.word(verb, isOneOf: ["went", "signed", "sided", "stuck", "stayed"]), tokens.word(verb + 1, is: "with") {
                object = verb + 2
                if tokens.word(verb, isOneOf: ["stuck", "stayed", "went"]) { winsWith = ["our"] }
            } else if tokens.word(verb, isOneOf: ["picked", "chose", "selected", "preferred", "shortlisted"]), !tokens.word(verb + 1, isOneOf: ["up", "out", "off"]) {
                // "Got shortlisted for the job", "we were picked": the one chosen is the subject, a
                // win when that is the writer (or no one is named); another's is not the writer's news.
                if tokens.word(verb - 1, isOneOf: ["got", "get", "gets", "getting", "was", "were", "been", "being", "is", "are"]) {
                    let named = (start..<verb - 1).filter { !tokens.word($0, isOneOf: Self.adverbs) }
                    if named.allSatisfy({ tokens.word($0, isOneOf: ["i", "we", "i've", "we've", "i'm", "we're"]) }) {
                        return (verb, verb + 1, 2.5)
                    }
                    return nil
                }
                object = verb + 1
                winsWith = ["us", "our", "me"]
            } else if tokens.word(verb, isOneOf: ["gave", "gives", "given", "awarded", "handed"]), tokens.word(verb + 1, isOneOf: ["us", "me"]), verb + 2 <= end,
                      (verb + 2...min(end, verb + 6)).contains(where: { tokens.word($0, isOneOf: Self.business) || tokens.word($0, isOneOf: Self.trials) }) {
                // "Tommy gave us the replacement order", "they've given us a trial": the business is the writer's.
                object = verb + 1
            } else if tokens.word(verb, isOneOf: ["wired", "pledged", "donated", "transferred"]), isCounted(after: verb, through: end),
                      !(verb + 1...min(end, verb + 3)).contains(where: { tokens.word($0, isOneOf: ["of", "off", "from"]) }) {
                // "Mrs. Nguyen's foundation pledged $80,000", "Mr. Patel wired $40,000": a customer's
                // money, counted.
                object = verb + 1
                purchase = true
            } else if tokens.word(verb, isOneOf: ["gave", "gives", "awarded", "moved", "moves", "moving", "handed", "switched", "switches", "defected", "took"]) {
                // "gave the contract to Philips", "took the Naperville account with him", "switched to Xero".
                let to = (verb + 1...min(end, verb + 7)).first { tokens.word($0, isOneOf: ["to", "with"]) }
                guard let to, to < end else { continue }
                let carried = verb + 1..<to
                if tokens.word(verb, isOneOf: ["switched", "switches", "defected"]) {
                    guard carried.isEmpty, tokens.word(to, is: "to") else { continue }
                } else {
                    guard carried.contains(where: { tokens.word($0, isOneOf: Self.business) }) else { continue }
                    if tokens.word(verb, is: "took") != tokens.word(to, is: "with") { continue }
                    // "took the account with him", not "took the business bundle with handsets".
                    if tokens.word(verb, is: "took"), !tokens.word(to + 1, isOneOf: ["him", "her", "them"]) { continue }
                }
                object = to + 1
                winsWith = []
            } else if tokens.word(verb, isOneOf: ["bought", "ordered", "purchased", "reordered"]),
                      !(verb + 1...min(end, verb + 3)).contains(where: { tokens.word($0, isOneOf: Self.orderedActions) }) {
                // (Not what an authority orders done: "the regulator ordered a recall".)
                object = verb + 1
                purchase = true
            } else if tokens.word(verb, isOneOf: ["sent", "sends", "emailed"]),
                      (verb + 1...min(end, verb + 3)).contains(where: { tokens.word($0, isOneOf: ["po", "pos", "order", "deposit", "signature", "signatures"]) }),
                      !(verb + 1...end).contains(where: { tokens.word($0, isOneOf: ["back", "elsewhere"]) }) {
                // "Golden Harvest sent the PO for all forty branches": a customer's order (not one
                // sent back).
                object = verb + 1
                purchase = true
            } else if tokens.word(verb, isOneOf: ["paid", "prepaid"]),
                      (verb + 1...min(end, verb + 4)).contains(where: { tokens.word($0, isOneOf: Self.payments) || tokens.startsWithDigit($0) }),
                      !(verb + 1...end).contains(where: { tokens.word($0, isOneOf: ["late", "short", "half", "part", "partly", "only"]) }) {
                // (Not paid late or short: "paid the invoice 45 days late again".)
                // "Two farmers paid deposits", "Reyes paid her overdue balance": a customer paying.
                object = verb + 1
                purchase = true
            } else {
                continue
            }
            guard object <= end else { return nil }
            let subject = start..<verb
            // The chooser is named, and is not the writer, nor the paper itself ("Renewal signed
            // with a 15% uplift").
            guard subject.contains(where: { !tokens.word($0, isOneOf: Self.adverbs) }) else { continue }
            if subject.contains(where: { tokens.word($0, isOneOf: ["i", "we", "i've", "we've", "i'd", "we'd", "i'm", "we're", "you", "to", "will", "might", "may", "could", "would", "should", "can", "if",
                                                                 "renewal", "contract", "agreement", "paperwork", "it", "po", "order", "sow", "nda", "msa", "deal",
                                                                 "nobody", "no", "none", "nothing", "noone", "never", "not"]) || tokens.word($0, hasSuffix: "n't") }) { return nil }
            if let destined { return (verb, object, destined) }
            // "Mumbai ordered 2,400 cases", "she still bought the pair": a customer buying is a sale,
            // and "bought from the bloke down the road" a sale lost; family shopping is neither.
            if purchase {
                if subject.contains(where: { tokens.word($0, isOneOf: Self.family) }) { return nil }
                // "the company's been bought by a bigger group": a takeover, not a sale.
                if tokens.word(verb - 1, isOneOf: Self.passiveAuxiliaries) || tokens.word(object, is: "by") { return nil }
                if tokens.word(object, is: "from"), !tokens.word(object + 1, isOneOf: ["us", "me"]) { return (verb, object, -2.5) }
                return (verb, object, 2)
            }
            if tokens.word(object, isOneOf: winsWith) { return (verb, object, 2.5) }
            // "took the account with him": a customer leaving with the seller's rival.
            if tokens.word(verb, is: "took") { return (verb, object, -2.5) }
            if tokens.word(object, isOneOf: ["me", "us", "my", "our", "him", "her", "them", "it"]) { return nil }
            if tokens.word(object, isOneOf: ["a", "an", "no", "zero", "full", "all", "only", "just"]) && tokens.word(verb, is: "signed") { return nil }
            // The option is what was chosen, not a date after it ("moved all 312 rentals to Hertz on January 1").
            let chosen = tokens.word(object, isOneOf: ["the", "a", "an", "our", "their", "its", "this", "that"]) ? object + 3 : object
            if (verb + 1...min(end, chosen)).contains(where: { tokens.word($0, isOneOf: Self.options) }) { return nil }
            return (verb, object, -2.5)
        }
        return nil
    }

    /// Where a verb of giving, moving or leaving at `verb` sends business, within the clause ending
    /// at `end`: to the writer ("to us", "over to our range") or to a rival ("to a competitor",
    /// "with our rival", "to another publisher", "left for another agency"); nil when neither.
    private func destination(after verb: Int, through end: Int) -> (object: Int, ours: Bool)? {
        guard tokens.word(verb, isOneOf: Self.transferVerbs) else { return nil }
        let leaving = tokens.word(verb, isOneOf: ["left", "leaving", "jumped", "defected", "went", "gone"])
        // "handed my Lekki clients to his cousin", "my accounts were moved to the new hire": the
        // writer's own business given to someone else.
        let passive = verb - 1 >= clauseStart && tokens.word(verb - 1, isOneOf: Self.passiveAuxiliaries)
        let owned = passive ? clauseStart..<verb : verb + 1..<min(end, verb + 7)
        let mine = tokens.word(verb, isOneOf: Self.reassigningVerbs)
            && owned.contains { tokens.word($0, is: "my") }
            && owned.contains { tokens.word($0, isOneOf: Self.business) || tokens.word($0, isOneOf: Self.book) }
        for to in verb + 1..<min(end, verb + 9) {
            if tokens[to - 1].endsClause { return nil }
            guard tokens.word(to, isOneOf: ["to", "with"]) || leaving && tokens.word(to, is: "for") else { continue }
            let place = to + 1
            let rival = (place...min(end, place + 3)).contains { tokens.word($0, isOneOf: Self.rivals) }
                || tokens.word(place, is: "another") && place < end && !tokens.word(place + 1, isOneOf: Self.options)
                    && !tokens.word(place + 1, isOneOf: Self.spans)
                || tokens.word(place, isOneOf: ["someone", "somebody"]) && tokens.word(place + 1, is: "else")
                || tokens.word(place, is: "a") && tokens.word(place + 1, is: "different") && place + 1 < end && !tokens.word(place + 2, isOneOf: Self.options)
            if rival { return (place, false) }
            if mine, !tokens.word(place, isOneOf: ["me", "us", "my", "our", "myself"]), !tokens.word(place, isOneOf: Self.options),
               !tokens.word(place + 1, isOneOf: Self.options), !tokens.startsWithDigit(place) {
                return (place, false)
            }
            if tokens.word(place, is: "us") && (place == end || tokens[place].endsClause || !tokens.word(place + 1, isOneOf: ["for", "about", "on", "at"]))
                || tokens.word(place, is: "our") && place < end && tokens.word(verb, isOneOf: ["moved", "switched", "switching", "ported", "transferred", "shifted", "migrated", "converted"])
                    && !tokens.word(place + 1, isOneOf: Self.options) && !tokens.word(place + 1, isOneOf: Self.spans) {
                return (place, true)
            }
            return nil
        }
        return nil
    }

    /// The auxiliaries of a passive: "was bought", "got moved", "are being reassigned".
    private static let passiveAuxiliaries = WordSet(["was", "were", "been", "being", "got", "get", "is", "are"])

    /// Verbs that send business somewhere: "moved", "took … to", "signed … with", "left for".
    private static let transferVerbs = WordSet([
        "moved", "moves", "moving", "switched", "switches", "switching", "ported", "transferred", "shifted", "migrated", "converted",
        "took", "taken", "taking", "gave", "given", "handed", "awarded", "went", "gone", "left", "leaving", "jumped", "defected",
        "signed", "placed", "renewed", "reassigned", "passed", "reallocated", "redistributed", "assigned", "allocated",
    ])

    /// Verbs that hand the writer's business to someone else: "reassigned my accounts to…".
    private static let reassigningVerbs = WordSet([
        "gave", "given", "handed", "moved", "reassigned", "transferred", "passed", "shifted", "reallocated", "redistributed",
        "switched", "assigned", "allocated",
    ])

    /// A seller's own book of business besides the words of `business`: "my clients", "my patch".
    private static let book = WordSet([
        "clients", "client", "customers", "customer", "leads", "territory", "territories", "patch", "stockists", "stores",
        "doctors", "practices", "region", "patients", "slot", "commission", "bonus", "book", "desk", "dealers", "distributors",
        "opportunities", "opportunity", "opps", "opp", "pipeline", "prospects", "logos",
    ])

    /// Who a seller loses business to: "a rival", "the competition", "the incumbent".
    private static let rivals = WordSet([
        "rival", "rivals", "rival's", "competitor", "competitors", "competitor's", "competition", "incumbent", "incumbent's",
    ])

    /// Spans of time and rooms that "another" can name without a rival: "moved it to another week".
    private static let spans = WordSet([
        "week", "weeks", "month", "months", "year", "years", "quarter", "round", "room", "floor", "office", "site", "building",
        "location", "venue", "level", "stage", "team", "department", "page", "folder", "file", "list", "tab", "sheet", "system",
        "email", "address", "number", "phone", "channel", "thread", "chat", "doc", "document", "person", "colleague", "rep",
    ])

    /// The negator of a doubt ("never thought", "didn't expect") in the sentence ending at `end`
    /// when the sentence ends by saying it came true: "…, and they did.", "…, and here we are.".
    private func confirmedDoubt(through end: Int) -> Int? {
        guard end - sentenceStart >= 5 else { return nil }
        let confirmed = saysItCameTrue(through: end)
            || tokens.word(end, is: "are") && tokens.word(end - 1, is: "we") && tokens.word(end - 2, isOneOf: ["here", "there"])
            || tokens.word(end, is: "am") && tokens.word(end - 1, is: "i") && tokens.word(end - 2, is: "here")
        guard confirmed else { return nil }
        return (sentenceStart..<end - 3).first { word in
            tokens.word(word, isOneOf: ["never", "didn't", "don't", "wouldn't", "hadn't", "not", "wasn't", "weren't"])
                && tokens.word(word + 1, isOneOf: ["thought", "think", "expected", "expect", "expecting", "imagined", "imagine", "dreamed",
                                                   "dreamt", "believed", "believe", "figured", "guessed", "predicted", "pictured"])
        }
    }

    /// Whether the sentence ending at `end` closes by saying that what it spoke of came true: "…,
    /// and they did", "…, but it happened", "I said I'd send the deck on Friday and I did".
    private func saysItCameTrue(through end: Int) -> Bool {
        end - sentenceStart >= 3 && tokens.word(end, isOneOf: ["did", "does", "was", "were", "is", "are", "has", "have", "happened", "came"])
            && tokens.word(end - 2, isOneOf: ["and", "but", "yet"])
    }

    /// The negator of "don't know what … would do without" in the sentence ending at `end`: praise
    /// of someone indispensable, not a denial ("I don't know what this lot would do without him").
    private func indispensable(through end: Int) -> Int? {
        guard let without = (sentenceStart...end).first(where: { tokens.word($0, is: "without") }), without - sentenceStart >= 5,
              tokens.word(without - 1, is: "do"), tokens.word(without - 2, isOneOf: ["would", "could"]) || tokens.word(without - 2, hasSuffix: "'d")
        else { return nil }
        return (max(sentenceStart, without - 12)..<without - 2).first { word in
            tokens.word(word, isOneOf: ["don't", "dunno", "didn't", "not"]) && tokens.word(word + 1, isOneOf: ["know", "knowing"])
                && tokens.word(word + 2, isOneOf: ["what", "how"])
        }
    }

    /// Whether the verb after the negator at `negator` says something did not happen (so the trouble
    /// before it was averted): "didn't affect", "never came up", "didn't go through" — not that it
    /// did not end ("the problem didn't go away").
    private func isAverted(after negator: Int) -> Bool {
        var verb = negator + 1
        if tokens.word(verb, isOneOf: ["even", "ever", "actually", "really"]) { verb += 1 }
        if tokens.word(verb, isOneOf: ["happen", "happened", "affect", "affected", "impact", "impacted", "materialise", "materialised",
                                      "materialize", "materialized", "escalate", "escalated", "stick", "stuck", "hit", "land", "landed",
                                      "arrive", "arrived", "occur", "occurred", "recur", "recurred", "surface", "surfaced", "derail",
                                      "derailed", "hurt", "spread", "touch", "touched", "apply", "applied", "last", "lasted"]) {
            return true
        }
        // "Bad weather didn't stop us" (but "the rain didn't stop" goes on).
        if isObstacleDenied(verb) { return true }
        return tokens.word(verb, isOneOf: ["go", "went", "goes"]) && tokens.word(verb + 1, is: "through")
            || tokens.word(verb, isOneOf: ["come", "came", "comes", "show", "showed", "crop", "cropped"]) && tokens.word(verb + 1, is: "up")
            || tokens.word(verb, isOneOf: ["come", "came", "comes", "flare", "flared"]) && tokens.word(verb + 1, isOneOf: ["back", "up"])
            || tokens.word(verb, isOneOf: ["kick", "kicked"]) && tokens.word(verb + 1, is: "in")
            || tokens.word(verb, isOneOf: ["turn", "turned"]) && tokens.word(verb + 1, is: "into")
    }

    /// Whether the denial at `negator` says nothing got in the way, in a clause ending at `end`:
    /// "the rain didn't stop us", "nothing could touch me".
    private func deniesObstacle(after negator: Int, through end: Int) -> Bool {
        var verb = negator + 1
        while verb < end, tokens.word(verb, isOneOf: ["even", "ever", "really", "could", "can", "would", "will", "seemed", "seems", "to"]) { verb += 1 }
        return isObstacleDenied(verb)
    }

    /// Whether the verb at `verb`, after a denial, says something did not get in the writer's
    /// way, whatever it was: "Bad weather didn't stop us", "the traffic didn't get to me", "the
    /// heat never bothered him" (but "the rain didn't stop" goes on, and "he didn't get to me in
    /// time" arrived late).
    private func isObstacleDenied(_ verb: Int) -> Bool {
        let object = ["us", "me", "him", "her", "them", "my", "our", "the"] as [StaticString]
        guard verb < tokens.count, !tokens[verb].endsClause else { return false }
        return tokens.word(verb, isOneOf: ["stop", "stopped", "slow", "slowed", "faze", "fazed", "bother", "bothered", "rattle", "rattled",
                                          "deter", "deterred", "phase", "phased", "put", "derail", "derailed", "dent", "dampen", "spoil"])
                && tokens.word(verb + 1, isOneOf: object) && !(tokens.word(verb, is: "put") && !tokens.word(verb + 2, is: "off"))
            || tokens.word(verb, is: "touch") && tokens.word(verb + 1, isOneOf: ["me", "us", "him", "her"])
            || tokens.word(verb, isOneOf: ["get", "got"]) && tokens.word(verb + 1, is: "to") && tokens.word(verb + 2, isOneOf: ["me", "us", "him", "her", "them"])
                && (verb + 2 == tokens.count - 1 || tokens[verb + 2].endsClause || tokens.word(verb + 3, isOneOf: ["today", "tonight", "at", "this", "anymore", "much", "once"]))
    }

    /// What stands before "outstanding" when it means money owed: an amount or its currency, or
    /// "still".
    private static let owed = WordSet([
        "still", "remains", "remain", "left", "lakh", "lakhs", "crore", "crores", "k", "grand", "dollars", "bucks", "pounds", "euros",
        "rand", "naira", "rupees", "shillings", "pesos", "dues", "payment", "payments", "invoice", "invoices", "balance", "money",
    ])

    /// Words that show what comes before a negator is more than a subject: "I was angry, didn't…".
    private static let notInSubject = WordSet([
        "i", "we", "they", "he", "she", "it", "you", "was", "were", "is", "are", "am", "be", "been", "that", "when", "because", "and", "but",
    ])

    /// Whether "a single", "one single" or "even one" follows the negator at `negator` in its
    /// clause: "didn't book a single meeting".
    private func isNotOne(after negator: Int, through end: Int) -> Bool {
        (negator + 1..<max(negator + 1, end + 1)).contains {
            tokens.word($0, is: "single") && tokens.word($0 - 1, isOneOf: ["a", "one"])
                || tokens.word($0, is: "one") && tokens.word($0 - 1, is: "even")
        }
    }

    /// Words that make a longing a want not met, not a plan: "should have", "meant to", "I wish",
    /// "someone should" (a complaint).
    private static let regretWords = WordSet([
        "have", "should've", "could've", "shoulda", "supposed", "meant", "wanted", "going", "gonna", "planned", "hoped",
        "miss", "missing", "wish", "only", "ever", "part", "someone", "somebody",
        "said", "told", "swore", "promised", "saying", "telling", "promising", "planning",
    ])

    /// Words that start what a feeling is about: "Embarrassed that the VPN dropped", "so tired I fell asleep".
    private static let clauseOpeners = WordSet([
        "that", "the", "a", "an", "when", "because", "i", "we", "they", "he", "she", "it", "my", "our", "their",
    ])

    /// Subjects with their verb, which start a clause of their own.
    private static let subjects = WordSet(["i'm", "we're", "they're", "he's", "she's", "i've", "we've", "they've", "i'd", "we'd", "i'll", "we'll"])

    /// The verbs of a customer's choice, looked for first: most words are none of them.
    private static let choiceVerbs = WordSet([
        "went", "signed", "sided", "stuck", "stayed", "picked", "chose", "selected", "preferred", "shortlisted",
        "gave", "gives", "given", "awarded", "moved", "moves", "moving", "handed", "switched", "switches", "defected", "took", "bought",
        "ordered", "purchased", "reordered", "paid", "prepaid", "sent", "sends", "emailed", "wired", "pledged", "donated",
        "transferred", "moving", "switching", "ported", "shifted", "migrated", "converted", "taken", "taking", "left", "leaving",
        "jumped", "gone", "placed", "renewed", "reassigned", "passed", "reallocated", "redistributed", "assigned", "allocated",
    ])

    /// What an authority orders done, which is no purchase: "ordered a recall", "ordered a review".
    private static let orderedActions = WordSet([
        "recall", "recalls", "review", "audit", "investigation", "inquiry", "enquiry", "inspection", "halt", "stop", "shutdown",
        "closure", "suspension", "evacuation", "lockdown", "withdrawal", "refund", "refunds", "retest", "rework",
    ])

    /// What a customer pays: "paid the deposit", "paid in full".
    private static let payments = WordSet([
        "deposit", "deposits", "invoice", "invoices", "balance", "bill", "full", "upfront", "up-front", "advance", "cash", "arrears",
    ])

    /// The verb of the writer's win in the clause from `start` through `end`: "Got the Haberfield
    /// listing", "We got the council contract", "secured the Ashby tender" — the writer or no one
    /// named as subject, undenied. Nil otherwise ("got the call", "got the invoice").
    private func win(from start: Int, through end: Int) -> Int? {
        guard start < end else { return nil }
        for verb in start..<end where tokens.word(verb, isOneOf: Self.winVerbs) {
            guard (start..<verb).allSatisfy({ tokens.word($0, isOneOf: ["i", "we", "finally", "just", "also", "and", "so", "today", "then", "actually"]) }),
                  (verb + 1...min(end, verb + 4)).contains(where: { tokens.word($0, isOneOf: Self.wins) }) else { return nil }
            return verb
        }
        return nil
    }

    /// How a seller tells a win: "got", "secured", "clinched".
    private static let winVerbs = WordSet(["got", "secured", "bagged", "nabbed", "clinched", "snagged"])

    /// The "let" of someone let go, in `start...end`: "Had to let Eddie go", "we let two reps go",
    /// "they let Priya and Sam go" — not "let it go", nor "let the kids go to the park".
    private func dismissal(from start: Int, through end: Int) -> Int? {
        guard start + 2 <= end else { return nil }
        for verb in start...end - 2 where tokens.word(verb, is: "let") {
            guard let go = (verb + 2...min(end, verb + 4)).first(where: { tokens.word($0, is: "go") }),
                  !(verb..<go).contains(where: { tokens[$0].endsClause }),
                  !(verb + 1..<go).contains(where: { tokens.word($0, isOneOf: Self.notLetGo) }),
                  !(verb > start && tokens.word(verb - 1, isOneOf: ["not", "didn't", "don't", "won't", "never", "can't", "wouldn't", "shouldn't"])),
                  go == end || tokens[go].endsClause || !tokens.word(go + 1, isOneOf: ["to", "home", "early", "out", "off", "of", "and", "for", "ahead", "through", "on", "in", "by"])
            else { continue }
            return verb
        }
        return nil
    }

    /// What "let … go" lets go when it is no one dismissed: "let it go", "let the day go by".
    private static let notLetGo = WordSet([
        "it", "that", "this", "things", "myself", "yourself", "ourselves", "us", "me", "you", "day", "week", "month", "year",
        "time", "chance", "moment", "opportunity", "your", "my",
    ])

    /// What a seller wins.
    private static let wins = WordSet([
        "contract", "contracts", "deal", "order", "listing", "listings", "account", "business", "mandate", "tender",
        "renewal", "placement", "po", "sale", "signature", "instruction", "sponsorship", "gig", "role",
    ])

    /// A family's moments, which missing costs: "missed Leo's recital".
    private static let familyMoments = WordSet([
        "recital", "wedding", "birthday", "graduation", "concert", "play", "game", "match", "party", "funeral", "christening",
        "baptism", "nativity", "bedtime", "anniversary", "assembly", "performance", "tournament", "final", "carol", "dance",
        "debut", "prize-giving", "prizegiving",
    ])

    /// Buyers who are the writer's own people, not customers.
    private static let family = WordSet([
        "wife", "husband", "partner", "son", "daughter", "kids", "kid", "mum", "mom", "dad", "mother", "father",
        "brother", "sister", "friend", "girlfriend", "boyfriend", "family", "neighbour", "neighbor", "flatmate", "roommate",
    ])

    /// What a customer gives or moves to a supplier.
    private static let business = WordSet([
        "contract", "contracts", "business", "deal", "account", "accounts", "order", "orders", "block", "spend", "budget",
        "work", "tender", "bid", "volume", "freight", "listing", "renewal", "fleet", "portfolio", "sponsorship", "project",
        "job", "jobs", "lane", "lanes", "loads", "install", "rentals", "seats", "licences", "licenses", "units", "vehicles", "shipments",
        "policies", "lines",
    ])

    /// A first step of business a customer gives the writer: "they've given us a trial".
    private static let trials = WordSet([
        "trial", "pilot", "go-ahead", "referral", "referrals", "introduction", "intro", "shot", "chance", "nod",
    ])

    /// What a customer chooses among a supplier's own offers, which is no loss: "went with the cheaper plan".
    private static let options = WordSet([
        "option", "options", "plan", "plans", "package", "packages", "tier", "bundle", "version", "model", "one", "ones",
        "colour", "color", "date", "time", "slot", "day", "flow", "approach", "proposal", "quote", "design", "layout",
        "upgrade", "premium", "standard", "basic", "gut", "recommendation", "suggestion", "idea",
        "dates", "times", "slots", "days", "review", "meeting", "call", "deadline", "start", "kickoff", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "tomorrow", "next", "later", "q1", "q2", "q3", "q4",
    ])

    /// Words that open a clause without naming who acts: "already picked the dates".
    private static let adverbs = WordSet([
        "already", "finally", "just", "then", "also", "eventually", "still", "and", "so", "but", "today", "yesterday", "anyway",
    ])

    /// Whether the clause ending at `index` corrects what came before it with a "not" and a few
    /// words: "He called me, not Dale,", "like a neighbour, not a shark." — no event of its own.
    private func isCorrection(through index: Int) -> Bool {
        clauseStart > sentenceStart && tokens.word(clauseStart, is: "not") && index - clauseStart <= 3
            && !(clauseStart + 1..<index + 1).contains { tokens.word($0, hasSuffix: "ed") || tokens.word($0, isOneOf: ["be", "been", "have", "get", "go"]) }
    }

    /// Whether the clause ending at `index` only repeats a denial for emphasis ("Nothing went
    /// wrong, not one thing.", "No complaints, none."): no event of its own.
    private func isEcho(through index: Int) -> Bool {
        index - clauseStart < 4 && (clauseStart...index).allSatisfy {
            tokens.word($0, isOneOf: ["not", "no", "none", "nothing", "zero", "nada", "zilch", "one", "single", "a", "thing", "at", "all", "whatsoever", "even"])
        }
    }

    private func isBlocker(_ index: Int) -> Bool {
        let found = table.find(tokens.foldedBytes(from: index, words: 1), hash: tokens[index].hash)
        return found >= 0 && table.entries[found].is(Lexicon.Role.blocker)
            && tokens.word(index + 1, isOneOf: ["killed", "crushed", "smashed", "destroyed", "nuked", "torpedoed", "slayed"])
    }

    /// Whether a topic head closes a compound after one more noun: "outage notification policy",
    /// "complaint handling process", "risk assessment form".
    private func isCompoundHead(after last: Int) -> Bool {
        last + 2 < tokens.count && !tokens[last].endsClause && !tokens[last + 1].endsClause && isTopicHead(last + 2)
            && !tokens.word(last + 1, isOneOf: Self.notInCompound) && !tokens.word(last + 1, hasSuffix: "ed") && !tokens.word(last + 1, hasSuffix: "s")
            && !tokens.startsWithDigit(last + 1)
    }

    /// Words that cannot stand inside a compound noun: "the outage hit the report" is no "outage report".
    private static let notInCompound = WordSet([
        "the", "a", "an", "my", "our", "their", "his", "her", "its", "your", "this", "that", "these", "those", "and", "or", "but",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "in", "on", "at", "to", "of", "for", "from", "with", "by",
        "hit", "killed", "ruined", "wrecked", "ate", "cost", "meant", "made", "took", "left", "kept", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "few", "several", "many", "all", "some", "more", "another", "every", "each",
    ])

    private func isTopicHead(_ index: Int) -> Bool {
        guard index < tokens.count, !tokens[index - 1].endsClause else { return false }
        let found = table.find(tokens.foldedBytes(from: index, words: 1), hash: tokens[index].hash)
        return found >= 0 && table.entries[found].is(Lexicon.Role.topicHead)
    }

    /// "couldn't be happier", "never felt better": a comparative right after "be" or "feel".
    private func isComparativeAfterBe(_ index: Int) -> Bool {
        // "can't get any better", "couldn't be more excited": "any" or "more" may stand between.
        let more = index > 1 && tokens.word(index - 1, is: "more")
        let verb = index > 1 && tokens.word(index - 1, isOneOf: ["any", "more"]) ? index - 2 : index - 1
        let afterBe = verb >= 0 && tokens.word(verb, isOneOf: ["be", "been", "feel", "felt", "get", "got", "look", "looked", "sound", "sounded", "go", "gone", "went"])
        // "couldn't have asked for a better…", "couldn't have dreamed of a better…".
        let askedFor = index > 1 && tokens.word(index - 2, isOneOf: ["for", "of"]) && tokens.word(index - 1, isOneOf: ["a", "any"])
        // "Never had a better discovery call": the rated phrase may start at the verb.
        if tokens.word(index, isOneOf: ["had", "have", "seen", "heard", "got", "made", "felt"]), tokens.word(index + 1, isOneOf: ["a", "an"]) {
            return tokens.word(index + 2, hasSuffix: "er") || tokens.word(index + 2, isOneOf: ["better", "best", "more", "worse"])
        }
        let hadA = index > 1 && tokens.word(index - 2, isOneOf: ["had", "have", "seen", "heard", "got", "made"]) && tokens.word(index - 1, isOneOf: ["a", "an"])
        guard afterBe || askedFor || hadA else { return false }
        return more || tokens.word(index, hasSuffix: "er") || tokens.word(index, isOneOf: ["better", "best", "more", "worse"])
    }

    /// Whether the negator at `negator`, in a clause ending at `end`, measures rather than denies
    /// an event: "never had a client thank me like that before", "never felt so sure", "not as
    /// busy as last week".
    private func isMeasure(_ negator: Int, through end: Int) -> Bool {
        if isSurprise(tokens.word(negator, is: "no") ? negator + 1 : negator) { return true }
        // "Quietly content tonight, nothing big": a quiet day, not a missed event.
        if tokens.word(negator, is: "nothing"), negator < end,
           tokens.word(negator + 1, isOneOf: ["big", "special", "fancy", "major", "dramatic", "huge", "serious", "crazy", "wild", "flashy"]) {
            return true
        }
        // "I don't think I've ever been hugged that hard": a first.
        if negator + 2 <= end, (negator + 1..<end).contains(where: { tokens.word($0, is: "ever") }),
           (negator + 2...end).contains(where: { tokens.word($0, isOneOf: ["this", "that", "so", "such", "before"]) }) {
            return true
        }
        if tokens.word(negator, is: "not") { return tokens.word(negator + 1, is: "as") }
        guard tokens.word(negator, is: "never"), negator < end else { return false }
        if isFirst(negator, through: end) { return true }
        return (negator + 1...min(end, negator + 3)).contains { tokens.word($0, isOneOf: ["so", "such", "this", "that"]) }
    }

    /// Whether the negator at `negator`, in a clause ending at `end`, denies that something
    /// matters or repeats a verb rather than an event that did not happen: "Not one bit of it
    /// matters", "they don't really count", "which she never does", "for no reason at all" ("I
    /// don't know what to tell him", though, is helplessness, and "but I never did" a failure).
    private func deniesNoEvent(_ negator: Int, through end: Int) -> Bool {
        if tokens.word(negator, is: "no"), tokens.word(negator + 1, is: "reason") { return true }
        var verb = negator + 1
        while verb < end, !tokens[verb - 1].endsClause,
              tokens.word(verb, isOneOf: ["even", "ever", "really", "actually", "quite", "always", "once", "one", "bit", "of", "it"]) {
            verb += 1
        }
        guard verb <= end, !tokens[verb - 1].endsClause else { return false }
        if tokens.word(verb, isOneOf: ["do", "does"]) { return tokens[verb].endsClause || verb == end }
        return tokens.word(verb, isOneOf: Self.mattering)
    }

    /// Verbs of mattering: what is denied them ("doesn't matter", "don't really count") is set aside.
    private static let mattering = WordSet(["matter", "matters", "mattered", "count", "counts", "counted"])

    /// Whether the clause from `start` through `end` ends by saying that what it names does not
    /// matter or count: "the rest of today's rubbish doesn't count", "the rain didn't matter".
    private func isDismissal(from start: Int, through end: Int) -> Bool {
        var verb = end
        while verb > start, tokens.word(verb, isOneOf: ["anymore", "now", "today", "tonight", "either", "much", "at", "all"]) { verb -= 1 }
        guard verb - 1 > start, tokens.word(verb, isOneOf: Self.mattering) else { return false }
        let negator = tokens.word(verb - 1, isOneOf: ["really", "even"]) ? verb - 2 : verb - 1
        return negator > start && tokens.word(negator, isOneOf: ["doesn't", "don't", "didn't", "not", "never", "won't"])
    }

    /// Whether "never" at `negator`, in a clause ending at `end`, tells a first: "never had a
    /// client thank me like that before", "never had a quarter like this one".
    private func isFirst(_ negator: Int, through end: Int) -> Bool {
        guard negator < end else { return false }
        // "…before today", "…before this week": up to now.
        var last = end
        while last > negator + 1, tokens.word(last, isOneOf: ["today", "tonight", "now", "this", "week", "month", "year", "morning", "afternoon"]) {
            last -= 1
        }
        return tokens.word(last, is: "before")
            || (negator + 1..<end).contains { tokens.word($0, is: "like") && tokens.word($0 + 1, isOneOf: ["this", "that", "it"]) }
    }

    /// Whether the negator ending at `negatorEnd` tells a surprise: "never thought…", "nobody
    /// expected…", "didn't expect…".
    private func isSurprise(_ negatorEnd: Int) -> Bool {
        guard negatorEnd >= 0 else { return false }
        if tokens.word(negatorEnd, isOneOf: ["never", "nobody", "one", "noone"]) {
            return tokens.word(negatorEnd + 1, isOneOf: ["thought", "imagined", "dreamed", "dreamt", "expected", "predicted", "guessed"])
        }
        // "Couldn't have dreamed of a better month", "could not have asked for more".
        if tokens.word(negatorEnd, isOneOf: ["couldn't", "not", "never"]), tokens.word(negatorEnd + 1, is: "have") {
            return tokens.word(negatorEnd + 2, isOneOf: ["dreamed", "dreamt", "asked", "wished", "hoped"])
        }
        // "…which I did not expect", "didn't expect them to sign".
        // "Wasn't expecting a thank-you card": what was not expected came.
        return tokens.word(negatorEnd, isOneOf: ["not", "didn't", "hadn't", "wasn't", "weren't"])
            && tokens.word(negatorEnd + 1, isOneOf: ["expect", "imagine", "expecting", "expected", "anticipate", "anticipating"])
    }

    /// "never had a week this bad", "couldn't stop smiling": the negator measures or keeps going,
    /// it does not deny.
    private func isDegreeOrStop(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        // "Never had a client thank me like that before": a first, not a denial.
        if negatorStart >= 0, tokens.word(negatorStart, is: "never"), isFirst(negatorStart, through: clauseEnd(from: index)) { return true }
        // "Never thought I'd enjoy prospecting this much", "Nobody expected them to renew": a
        // surprise, not a denial.
        if isSurprise(negatorEnd) { return true }
        if tokens.word(index - 1, isOneOf: ["stop", "help"]) { return true }
        // "I don't think I've ever laughed this much": a first, not a denial.
        if negatorEnd >= 0, negatorEnd < index, (negatorEnd + 1..<index).contains(where: { tokens.word($0, is: "ever") }),
           (index - 1..<clauseEnd(from: index) + 1).contains(where: { tokens.word($0, isOneOf: ["this", "that", "so", "before"]) }) { return true }
        // The degree word may open the rated phrase ("never felt so proud" with "so proud" listed)
        // or count what follows ("never had so many referrals").
        var degree = index - 1
        if tokens.word(index, isOneOf: ["this", "so", "that", "such"]) && !tokens[index].endsClause {
            degree = index
        } else if index >= 2, tokens.word(index - 1, isOneOf: ["many", "much"]), !tokens[index - 2].endsClause {
            degree = index - 2
        }
        // "never been this far ahead of quota": a measure word may stand between.
        if degree == index - 1, index >= 2, tokens.word(index - 1, isOneOf: Self.measures), !tokens[index - 2].endsClause {
            degree = index - 2
        }
        // "haven't been this happy", "hadn't felt this good": any negator with "this" measures.
        if tokens.word(degree, is: "this") { return true }
        guard negatorStart >= 0, tokens.word(negatorStart, is: "never") else { return false }
        if tokens.word(degree, isOneOf: ["this", "so", "that", "such", "as", "more"]) { return true }
        // "never closed a deal this fast", "never been this close to quitting": the measure may
        // stand anywhere in the clause.
        let end = clauseEnd(from: index)
        return negatorEnd + 1 < end && (negatorEnd + 1..<end).contains { tokens.word($0, isOneOf: ["this", "that", "so"]) && tokens.word($0 + 1, isOneOf: Self.measures) }
    }

    /// Words that measure how far, how fast or how much after "this", "that" or "so": "never
    /// closed a deal this fast".
    private static let measures = WordSet([
        "far", "fast", "quick", "quickly", "early", "soon", "much", "many", "long", "close", "near", "well", "easily",
        "smoothly", "hard", "often", "high", "low", "big", "busy", "deep", "late",
    ])

    /// Whether a subject and its verb start a clause of their own between a negator ending at
    /// `negatorEnd` and a rated word at `first`: "can't shake the feeling they're unhappy" denies
    /// the shaking, not the unhappiness; after "think", "believe" or "feel" the denial carries over
    /// ("I don't think it's bad").
    /// Whether the word at `first` is a hope that a denial up to twelve words before it is compared
    /// with: "Papa is not responding to the medicine the way the doctors hoped", "didn't go nearly as
    /// smoothly as the team had hoped".
    private func isHopeComparedWith(_ first: Int, after negatorEnd: Int) -> Bool {
        first - negatorEnd <= 12 && tokens.word(first, isOneOf: ["hoped", "wanted", "planned", "expected", "wished", "liked", "promised"])
            && (negatorEnd + 1..<first).contains { tokens.word($0, is: "way") && tokens.word($0 - 1, is: "the") || tokens.word($0, is: "as") }
    }

    private func opensClause(between negatorEnd: Int, and first: Int) -> Bool {
        guard negatorEnd + 1 < first else { return false }
        for word in negatorEnd + 1..<first
        where tokens.word(word, isOneOf: ["they're", "it's", "we're", "he's", "she's", "i'm", "you're", "that's", "there's", "they've", "we've", "i've"]) {
            // "It isn't a part of myself I'm proud of": a clause that ends on its preposition
            // describes what is denied.
            if !tokens[first].endsClause, tokens.word(first + 1, isOneOf: ["of", "with", "about", "for", "in", "by"]),
               first + 2 == tokens.count || tokens[first + 1].endsClause {
                return false
            }
            return !tokens.word(word - 1, isOneOf: ["think", "believe", "feel", "expect", "suppose", "reckon", "guess", "say", "said"])
        }
        // "The truck wouldn't start and I missed the 9 am": a subject after "and" starts a clause
        // of its own.
        // "Nowhere near enough and too late anyway": past an "and" after the negator's own object,
        // a second predicate is not denied.
        return (negatorEnd + 1..<first).contains {
            $0 + 1 < first && tokens.word($0, isOneOf: ["and", "so", "then"]) && tokens.word($0 + 1, isOneOf: ["i", "we", "they", "he", "she"])
                || tokens.word($0, is: "and") && $0 - negatorEnd >= 3
        }
    }

    /// The last word of the clause holding the word at `index`.
    private func clauseEnd(from index: Int) -> Int {
        var word = index
        while word < tokens.count - 1, !tokens[word].endsClause { word += 1 }
        return word
    }

    private func endClause(at index: Int) {
        // "Larsen confirmed 450 MT of steel", "cleared ₹18.4 lakh", "cut 40 guests": a count or an
        // amount right after an event word is what the event was about.
        if !pendingEvents.isEmpty {
            happen(pendingEvents.filter { $0.first == $0.last && tokens.word($0.first, isOneOf: Self.countedEvents) && isCounted(after: $0.last, through: index) })
        }
        if !changes.isEmpty { pairChanges() }
        // "The SDR team goes from eight to five", "the match rate went from 54% to 91%": a figure
        // that moved tells which way, when nothing else in the clause does.
        if !rated.contains(where: { $0.first >= clauseStart && $0.valence != 0 }),
           let move = figureMove(from: clauseStart, through: index) {
            // The quantity that moved comes before "from" ("Lead time went from…"); one after the
            // figures is their measure ("from 96% to 61% of quota").
            let quantity = quantities.last { $0.index < move.at }
            implied.append((move.at, weights.figureMove * move.direction * (quantity?.polarity ?? 1)))
        }
        let activityEnd = activityFrom < 0 ? -1 : endOfActivity(from: activityFrom, through: index)
        if activityFrom >= 0 { makeTopics(activityFrom...activityEnd) }
        // "The buyer's main problem is downtime", "Their biggest headache is late shipments": a
        // customer's problem is what the writer sells to, not how the writer feels.
        if let owner = customerProblem(from: clauseStart, through: index) { makeTopics(owner...index) }
        let inActivity = { (word: Int) in activityEnd >= 0 && word <= activityEnd }
        if inActivity(noOneAt) { noOneAt = -1 }
        if inActivity(clauseNegator) { clauseNegator = -1 }
        if inActivity(clauseLastNegator) { clauseLastNegator = -1 }
        if let choice = choice(from: clauseStart, through: index) {
            // "The Union Hotel signed with the big brewer": a customer's choice of someone else
            // is a loss, whatever "signed" says alone; "they picked us" is a win.
            for item in rated.indices where (choice.verb..<choice.object).contains(rated[item].first) { rerate(item, 0) }
            implied.append((choice.verb, choice.valence))
        } else if let verb = win(from: clauseStart, through: index) {
            implied.append((verb, 2.5))
        }
        if let verb = dismissal(from: clauseStart, through: index) { implied.append((verb, -2.5)) }
        // "…so the rest of today's rubbish doesn't count", "the traffic didn't matter": the bad
        // things a clause dismisses at its end do not weigh.
        if isDismissal(from: clauseStart, through: index) {
            for item in rated.indices where rated[item].first >= clauseStart && rated[item].valence < 0 { rerate(item, 0) }
        }
        if noOneAt >= 0, let verb = neglect(after: noOneAt, through: index) {
            // "Nobody even noticed I closed the Barker deal": no one noticing, thanking or
            // answering is neglect, whatever good news it passes over.
            for item in rated.indices where rated[item].first > verb && (rated[item].valence > 0 || rated[item].negator == noOneAt) {
                rerate(item, 0)
            }
            implied.append((noOneAt, weights.noOneEvent))
        } else if noOneAt >= 0, noOneAt < index, clauseRated == 0, !isMeasure(noOneAt, through: index), !deniesNoEvent(noOneAt, through: index),
                  !isEcho(through: index),
                  !isCorrection(through: index) {
            // "None of the three pubs said no": a refusal after "nobody" turns it round.
            let refused = clauseLastNegator > noOneAt && tokens.word(clauseLastNegator, is: "no")
                && tokens.word(clauseLastNegator - 1, isOneOf: ["said", "say", "says", "saying"])
            // "Nothing could touch me today": nothing got in the way.
            let unhindered = deniesObstacle(after: noOneAt, through: index)
            implied.append((noOneAt, refused || unhindered ? -weights.noOneEvent : weights.noOneEvent))
        } else if let echo = ellipticDenial(through: index) {
            // "The pie was great, the day was not", "the hospital liked us, the committee didn't":
            // a bare denial closing a clause says the clause before it of another subject, the
            // other way round ("…, and the service wasn't either": the same way).
            implied.append((clauseNegator, echo))
        } else if clauseNegator >= 0, clauseRated == 0, !isRelief(clauseNegator), !isMeasure(clauseNegator, through: index),
                  !deniesNoEvent(clauseNegator, through: index), !isEcho(through: index),
                  !isCorrection(through: index),
                  !(clauseNegator...index).contains(where: { tokens.word($0, is: "until") }),
                  !isUndecided(clauseNegator), !isCondition(clauseNegator), !isRarity(clauseNegator, through: index) {
            // "The competitor didn't even make the shortlist": what a rival failed to do is good news.
            let rival = (clauseStart..<clauseNegator).contains { tokens.word($0, isOneOf: ["competitor", "competitors", "competition", "incumbent", "rival", "rivals"]) }
            // "The rain didn't stop us", "the traffic didn't get to me": nothing got in the way.
            let unhindered = deniesObstacle(after: clauseNegator, through: index)
            let valence = weights.negatedEvent * (isNotOne(after: clauseNegator, through: index) ? 2 : 1)
            implied.append((clauseNegator, rival || unhindered ? -valence : valence))
        } else if clauseRated > 0, clauseLastNegator > clauseLastRated,
                  let trouble = rated.lastIndex(where: { $0.first >= clauseStart && $0.valence < 0 && $0.negator < 0 }),
                  rated[trouble].first - clauseStart <= 3, clauseLastNegator - rated[trouble].last <= 2,
                  isAverted(after: clauseLastNegator),
                  !(clauseStart..<clauseLastNegator).contains(where: { tokens.word($0, isOneOf: Self.notInSubject) }) {
            // "The outage didn't affect any of my customers", "The pricing objection never came up":
            // trouble that did not happen is a relief.
            rerate(trouble, -rated[trouble].valence * 0.5)
        } else if clauseRated > 0, clauseLastNegator > clauseLastRated, !isRelief(clauseLastNegator),
                  !(clauseLastNegator...index).contains(where: { tokens.word($0, is: "until") }),
                  !isRarity(clauseLastNegator, through: index) {
            // "So glad I built a deck for a prospect who never opened it": the denial comes after
            // every rated word of its clause, so it denies an event, not a feeling.
            implied.append((clauseLastNegator, weights.negatedEvent))
        }
        // "Didn't close a single consult", "not one reply": the denial is emphatic.
        if clauseNegator >= 0, clauseRated > 0, isNotOne(after: clauseNegator, through: index) {
            for item in rated.indices where rated[item].first >= clauseStart && rated[item].negator >= 0 && rated[item].valence < 0 {
                rerate(item, rated[item].valence * 1.5)
            }
        }
        if subordinateOpen, let open = subordinate {
            subordinate = open.lowerBound..<index + 1
            subordinateOpen = false
        }
        // "the procurement process was brutal; worth every minute": a semicolon steps on.
        if contrast < 0, !tokens[index].endsSentence, has(";", after: index) {
            contrast = index + 1
            sequenceTurn = true
            irrealisFrom = Int.max
        }
        previousClauseStart = clauseStart
        clauseStart = index + 1
        changes.removeAll(keepingCapacity: true)
        quantities.removeAll(keepingCapacity: true)
        clauseObject = -1
        pendingEvents.removeAll(keepingCapacity: true)
        clauseRated = 0
        noOneAt = -1
        clauseNegator = -1
        clauseLastNegator = -1
        clauseLastRated = -1
        negatorEnd = Int.min / 2
        modifierEnd = Int.min / 2
        topicVerbEnd = Int.min / 2
        activityFrom = -1
    }

    /// What a bare denial closing the clause ending at `index` says, when it stands for the
    /// clause before it in the same sentence: "the day was not", "my boss isn't", "the committee
    /// didn't" deny of their own subject what that clause said (its valence, the other way round);
    /// "…wasn't either" says it again. Nil when the clause has anything rated, the denial does not
    /// end it, or the clause before says nothing rated.
    private func ellipticDenial(through index: Int) -> Double? {
        guard clauseNegator >= 0, clauseRated == 0, previousClauseStart >= sentenceStart, clauseStart - previousClauseStart > 2,
              // "Churn is up, which is not", "works more often than it doesn't", "as if it weren't":
              // said of something else, or of what might be.
              !(clauseStart..<clauseNegator).contains(where: { tokens.word($0, isOneOf: ["which", "who", "what", "than"]) }),
              !isCondition(clauseNegator) else { return nil }
        let again = clauseNegator + 1 == index && tokens.word(index, isOneOf: ["either", "again", "though"])
        guard clauseNegator == index || again else { return nil }
        // "the day was not", "the demo did not": a denial spelled out follows its auxiliary.
        let auxiliary = tokens.word(clauseNegator, hasSuffix: "n't") ? clauseNegator : clauseNegator - 1
        if auxiliary < clauseNegator {
            guard tokens.word(clauseNegator, is: "not"),
                  tokens.word(auxiliary, isOneOf: ["is", "was", "were", "are", "am", "do", "does", "did", "has", "have", "had",
                                                   "could", "would", "will", "can", "should"]) else { return nil }
        }
        // "…, well don't": with no subject it is a bidding, not a denial; a long clause says more
        // than the denial.
        guard auxiliary > clauseStart, auxiliary - clauseStart <= 6, !tokens.word(auxiliary - 1, isOneOf: ["well", "and", "but", "so", "then", "just", "or", "yet", "please"]) else {
            return nil
        }
        let before = previousClauseStart..<clauseStart
        // "I keep telling myself I'll stop working weekends, and then I don't": a plan not kept;
        // "…ought to disqualify him, but it does not": a duty not done.
        guard !before.contains(where: {
            tokens.word($0, hasSuffix: "'ll") || tokens.word($0, isOneOf: Self.intentions)
                || tokens.word($0, isOneOf: ["has", "have", "had"]) && tokens.word($0 + 1, is: "to")
        }) else { return nil }
        let said = rated.reduce(0.0) { before.contains($1.first) ? $0 + $1.valence : $0 }
            + implied.reduce(0.0) { before.contains($1.index) ? $0 + $1.valence : $0 }
        guard said != 0 else { return nil }
        // "The food wasn't great, and the service wasn't either", "It's not that it's a bad film,
        // because it isn't": after a denial, the denial is said again.
        let denied = rated.contains { before.contains($0.first) && $0.negator >= 0 }
        return tokens.word(index, is: "either") || denied ? said : -said
    }

    /// What a writer expected, feared or hoped, as the measure after "than" ("better than I'd dreaded").
    private static let expectations = WordSet(["feared", "dreaded", "expected", "hoped", "thought", "imagined", "worried", "predicted",
                                               "anticipated", "planned", "assumed", "pictured", "pessimistic", "optimistic"])
    /// Who expected it, and when: the words between "than" and what was expected.
    private static let expecters = WordSet(["i", "we", "i'd", "we'd", "they", "they'd", "he", "she", "he'd", "she'd", "you", "you'd",
                                            "anyone", "everyone", "had", "would", "have", "ever", "first", "originally", "was", "were",
                                            "half", "even", "initially"])

    /// Words that make a clause a plan, a wish, a duty or a belief rather than something said of its subject.
    private static let intentions = WordSet(["will", "would", "should", "going", "gonna", "meant", "want", "wanted", "try", "tried",
                                             "trying", "plan", "planned", "promised", "supposed", "hope", "hoped", "wish", "ought",
                                             "must", "need", "needs", "thought", "expected"])

    /// "from N … to M" in `start...end` where both are figures: where it is and which way it went
    /// (+1 up, -1 down). Not a time of day ("runs from 9 to 4"): bare numbers up to 24 count only
    /// after a verb of change ("goes from eight to five").
    private func figureMove(from start: Int, through end: Int) -> (at: Int, direction: Double)? {
        guard end - start >= 3 else { return nil }
        for from in start...end - 3 where tokens.word(from, is: "from") {
            guard let before = figureValue(at: from + 1),
                  let to = (from + 2...min(end - 1, from + 4)).first(where: { tokens.word($0, is: "to") }),
                  let after = figureValue(at: to + 1), before != after,
                  // "From 1968 to 1973": years, not a figure that moved.
                  !((1900...2100).contains(before) && (1900...2100).contains(after) && !hasCurrency(before: from + 1)) else { continue }
            let marked = (from + 1...to + 1).contains { tokens.startsWithDigit($0) && (percentage(at: $0) != nil || hasCurrency(before: $0)) }
                || to > from + 2 || max(before, after) > 24
            let changed = (max(start, from - 3)..<from).contains { tokens.word($0, isOneOf: Self.figureVerbs) }
            if tokens.word(to + 2, isOneOf: ["am", "pm", "a.m.", "p.m.", "o'clock"]) { continue }
            guard changed || marked && !(start..<from).contains(where: { tokens.word($0, isOneOf: Self.timedVerbs) }) else { continue }
            return (from, after > before ? 1 : -1)
        }
        return nil
    }

    /// The value of a figure written with digits ("2,410", "220k", "54") or in words ("eight").
    private func figureValue(at index: Int) -> Double? {
        guard index < tokens.count else { return nil }
        if let word = Self.numberWords.firstIndex(where: { tokens.word(index, is: $0) }) { return Double(word + 1) }
        guard tokens.startsWithDigit(index) else { return nil }
        let token = tokens[index]
        var value = 0.0, scale = 0.0, suffix: [UInt8] = []
        for byte in tokens.folded[token.foldedStart..<token.foldedEnd] {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), suffix.isEmpty {
                value = value * 10 + Double(byte - UInt8(ascii: "0"))
                if scale > 0 { scale *= 10 }
            } else if byte == UInt8(ascii: "."), suffix.isEmpty, scale == 0 {
                scale = 1
            } else if byte == UInt8(ascii: ","), suffix.isEmpty {
                continue
            } else {
                suffix.append(byte)
            }
        }
        if scale > 1 { value /= scale }
        switch suffix {
        case []: return value
        case [UInt8(ascii: "k")]: return value * 1_000
        case [UInt8(ascii: "m")], [UInt8(ascii: "m"), UInt8(ascii: "n")]: return value * 1_000_000
        case [UInt8(ascii: "b"), UInt8(ascii: "n")]: return value * 1_000_000_000
        default: return nil   // "4pm", "12th"
        }
    }

    /// Whether a currency sign comes right before the figure at `index`: "$2,410", "£300", "€40",
    /// "₹18 lakh" (£ and ¥ are two bytes in UTF-8, the signs from ₠ to ⃏ three, starting E2 82).
    private func hasCurrency(before index: Int) -> Bool {
        let start = tokens[index].sourceStart, source = tokens.source
        if start >= 1, source[start - 1] == UInt8(ascii: "$") { return true }
        if start >= 2, source[start - 2] == 0xC2, source[start - 1] == 0xA3 || source[start - 1] == 0xA5 { return true }
        return start >= 3 && source[start - 3] == 0xE2 && source[start - 2] == 0x82 && (0xA0...0xBF).contains(source[start - 1])
    }

    /// Numbers in words, in order of their value.
    private static let numberWords: [StaticString] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]
    /// Verbs that say a figure moved: "went from", "was cut from".
    private static let figureVerbs = WordSet([
        "went", "goes", "go", "going", "gone", "moved", "moves", "jumped", "jumps", "grew", "grows", "rose", "rises", "climbed",
        "fell", "falls", "dropped", "drops", "slipped", "cut", "cuts", "reduced", "increased", "upgraded", "expanded", "shrank",
        "shrunk", "doubled", "halved", "raised", "lowered", "changed", "dipped", "slid", "bumped",
    ])
    /// Verbs and nouns that make "from 9 to 4" a time: "the session runs from 2 to 4".
    private static let timedVerbs = WordSet([
        "runs", "ran", "run", "running", "open", "opens", "opened", "works", "worked", "working", "shift", "meeting", "session",
        "training", "class", "clinic", "hours", "starts", "started", "lasts", "lasted", "day", "workshop", "webinar",
    ])

    /// What a figure falls short by: "$45k short", "two deals behind".
    private static let shortfalls = WordSet(["short", "behind", "shy"])

    /// Adds the events that figures tell in `start...end`: "only" a count "of" or "from" another
    /// is a shortfall ("Only 4 connects from 80 dials"), as is a figure "short", "behind" or "shy"
    /// ("$45k short"); a share of quota or target is good from 100% and bad below 90%; a share
    /// "off" is a discount asked for ("35% off").
    private func addFigureEvents(from start: Int, through end: Int, to events: inout [(index: Int, valence: Double)]) {
        for index in start...end {
            // Most words are neither "only" nor a figure: look no further at them.
            guard tokens.startsWithDigit(index) || index < end && (tokens.word(index, is: "only") || tokens.word(index + 1, isOneOf: Self.shortfalls)) else {
                continue
            }
            if tokens.word(index, is: "only"), index + 2 <= end, isFigure(index + 1),
               (index + 2...min(end, index + 3)).contains(where: { tokens.word($0, isOneOf: ["of", "from", "out"]) }) {
                events.append((index, weights.shortfall))
            } else if isFigure(index), index < end, tokens.word(index + 1, isOneOf: Self.shortfalls) {
                events.append((index, weights.shortfall))
            } else if index < end, percentage(at: index) != nil, tokens.word(index + 1, is: "off") {
                // "Corvid came back asking for 35% off": a discount asked of the seller.
                events.append((index, weights.shortfall * 2 / 3))
            } else if let percent = percentage(at: index), isAttainment(index, from: start, through: end) {
                if percent >= 100 { events.append((index, -weights.shortfall)) } else if percent < 90 { events.append((index, weights.shortfall)) }
            }
        }
    }

    /// Whether the share at `index`, in the clause `start...end`, is of a target ("61% of quota")
    /// or where the writer stands ("I'm at 58% for Q4", "Finished at 112%").
    private func isAttainment(_ index: Int, from start: Int, through end: Int) -> Bool {
        if index + 2 <= end, tokens.word(index + 1, is: "of"),
           (index + 2...min(end, index + 4)).contains(where: { tokens.word($0, isOneOf: ["quota", "target", "plan", "goal", "number"]) }) {
            return true
        }
        return index >= start + 2 && tokens.word(index - 1, is: "at")
            && (index - 3..<index - 1).contains { $0 >= start && tokens.word($0, isOneOf: ["i'm", "still", "sitting", "finished", "ended", "landed", "stuck", "only", "we're", "currently"]) }
    }

    /// Counts `events`, waiting for their object, as the sales events they are: words already
    /// counted on their own take their event valence, while their places in `rated` hold.
    private func happen(_ events: [PendingEvent]) {
        for event in events where event.rated >= 0 { rerate(event.rated, event.valence) }
        for event in events where event.rated < 0 {
            record(event.valence, negator: event.negator, negatorEnd: event.negatorEnd, first: event.first, last: event.last)
        }
        changes.removeAll { change in events.contains { $0.first == change.first } }
    }

    /// Event words whose count or amount is their object: what a customer confirms, clears, cuts
    /// (not what anyone pays or orders: "I paid $40 for parking").
    private static let countedEvents = WordSet([
        "confirmed", "confirms", "cleared", "clears", "cut", "cuts", "cancelled", "canceled", "cancels",
        "returned", "returns", "refunded", "released", "releases", "transferred", "wired", "collected", "recovered",
        "dropped", "drops", "trimmed", "slashed", "withheld", "reduced",
    ])

    /// Whether a count or an amount, not a time, follows the word at `last` (up to `end`), right
    /// after it or after an article: "confirmed 450 MT", "cut another 40 guests".
    private func isCounted(after last: Int, through end: Int) -> Bool {
        var word = last + 1
        guard word <= end, !tokens[last].endsClause else { return false }
        if tokens.word(word, isOneOf: ["a", "an", "another", "the", "their", "its", "over", "almost", "nearly", "about", "around"]), word < end { word += 1 }
        let unit = word + 1
        return isFigure(word) && !tokens.word(word, is: "one")
            && !(unit <= end && tokens.word(unit, isOneOf: ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "percent"]))
    }

    /// Whether "only" or "just" and a small figure count the item at `first...last`: "only two
    /// complaints", "just one customer complained", "lost only one deal" — but not a share ("only
    /// 4 of the 80"), which is a shortfall, a time ("only 90 minutes late", "broke just two weeks
    /// after"), or one drawback announced ("There's just one problem").
    private func isFew(first: Int, last: Int) -> Bool {
        func counts(_ word: Int) -> Bool {
            word >= clauseStart && word + 2 < tokens.count && tokens.word(word, isOneOf: ["only", "just"]) && isFigure(word + 1)
                && !(word > clauseStart && tokens.word(word - 1, isOneOf: ["not", "the"]))
                && !(word + 2..<min(tokens.count, word + 4)).contains { tokens.word($0, isOneOf: ["of", "from", "out", "after", "before"]) }
                && !tokens.word(word + 2, isOneOf: Self.timeUnits)
                && !tokens[word].endsClause && !tokens[word + 1].endsClause
        }
        // Before: "only two complaints", "just one customer complained".
        for word in max(clauseStart, first - 3)..<max(clauseStart, first - 1) where counts(word) {
            if word + 2 == first, tokens.word(word + 1, isOneOf: ["one", "1"]) { return false }
            if !(word + 1..<first).contains(where: { tokens[$0].endsClause }) { return true }
        }
        // After: "rejected only four coils".
        return last + 2 < tokens.count && !tokens[last].endsClause && counts(last + 1)
    }

    /// Whether the word at `index` is a count or an amount: "40", "45k", "$3k", "two".
    private func isFigure(_ index: Int) -> Bool {
        tokens.startsWithDigit(index) || tokens.word(index, is: "half") || Self.numberWords.contains { tokens.word(index, is: $0) }
    }

    /// The whole number written with a "%" right after it at `index` ("61%"), or nil.
    private func percentage(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.sourceEnd < tokens.source.count, tokens.source[token.sourceEnd] == UInt8(ascii: "%") else { return nil }
        var value = 0
        for byte in tokens.folded[token.foldedStart..<token.foldedEnd] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), value < 100_000 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The verb of neglect after a no-one subject, within its clause ("Nobody on the leadership
    /// team even acknowledged…", "No one replied"), or nil.
    private func neglect(after subject: Int, through end: Int) -> Int? {
        guard subject < end else { return nil }
        return (subject + 1...min(end, subject + 6)).first { tokens.word($0, isOneOf: Self.neglectVerbs) }
    }

    private static let neglectVerbs = WordSet([
        "noticed", "acknowledged", "mentioned", "thanked", "congratulated", "recognised", "recognized", "replied",
        "answered", "responded", "cared", "listened", "helped", "warned", "told", "bothered", "celebrated", "clapped",
        "asked", "checked", "read", "opened", "showed", "turned", "came",
    ])

    /// The first word of a problem that belongs to someone else in the clause `start...end` —
    /// "their" or a possessive ("the prospect's", "Tidewater's"), up to two words, a problem noun and
    /// "is" ("The prospect's main pain point is fraud") — or nil. "My biggest problem is…" is the
    /// writer's own.
    private func customerProblem(from start: Int, through end: Int) -> Int? {
        guard end - start >= 3 else { return nil }
        for owner in start...end - 3 where tokens.word(owner, is: "their")
            || tokens.word(owner, hasSuffix: "'s") && !tokens.word(owner, isOneOf: Self.notPossessive) {
            for noun in owner + 1...min(owner + 3, end - 1) where tokens.word(noun, isOneOf: Self.problemNouns) {
                if tokens.word(noun + 1, isOneOf: ["is", "are", "was", "were"]) { return owner }
            }
        }
        return nil
    }

    private static let problemNouns = WordSet([
        "problem", "problems", "pain", "pains", "point", "points", "headache", "headaches", "challenge", "challenges",
        "issue", "issues", "struggle", "struggles", "concern", "concerns", "bottleneck", "bottlenecks", "worry", "worries",
        "frustration", "frustrations", "complaint", "complaints", "risk", "risks", "gap", "gaps",
    ])

    /// Words ending in "'s" that are not possessives.
    private static let notPossessive = WordSet([
        "it's", "that's", "he's", "she's", "there's", "what's", "let's", "who's", "here's", "where's", "how's", "one's",
    ])

    /// Whether the topic verb at `index…last` opens its clause: first, or after the writer as
    /// subject or a linking word ("I updated…", "then logged…"), with nothing rated before it;
    /// a verb form, not a noun or a subject ("Reviews were…"), nor a preposition ("about").
    private func opensActivity(_ index: Int, last: Int) -> Bool {
        guard clauseRated == 0, index - clauseStart <= 2, last < tokens.count - 1 else { return false }
        // A verb, not a noun or a subject: "Updated…", "Drafting…", "Set up…", "Built…", and not
        // "Reviews were…", "Tracking is broken".
        let verb = last > index || tokens.word(index, hasSuffix: "ed") || tokens.word(index, hasSuffix: "ing")
            || tokens.word(index, isOneOf: ["built", "ran", "wrote", "took", "made", "drew", "read", "put", "kept"])
        guard verb, !tokens[last].endsClause, !isSubject(last) else { return false }
        return (clauseStart..<index).allSatisfy {
            tokens.word($0, isOneOf: ["i", "we", "i've", "we've", "i'm", "we're", "and", "then", "also", "just", "finally", "today", "first", "so"])
        }
    }

    /// Whether the topic word ending at `last` is a noun that a verb follows: "the review was
    /// brutal", "tracking is broken".
    private func isSubject(_ last: Int) -> Bool {
        tokens.word(last + 1, isOneOf: ["is", "was", "are", "were", "has", "had", "have", "keeps", "kept", "got", "gets", "went",
                                        "broke", "seems", "seemed", "looks", "looked", "will", "would", "can", "could", "did", "does",
                                        "isn't", "wasn't", "aren't", "weren't", "sucks", "sucked"])
    }

    /// The last word of the work a clause's opening topic verb at `first` covers: up to a word
    /// that turns to why or what happened ("because", "after", "but"), or the clause's end.
    private func endOfActivity(from first: Int, through last: Int) -> Int {
        var word = first + 1
        while word <= last {
            if tokens.word(word, isOneOf: ["because", "since", "after", "but", "when", "until", "though", "although", "while", "so", "yet", "and"])
                && (word + 1 > last || tokens.word(word + 1, isOneOf: ["i", "i'm", "we", "it", "it's", "that", "this", "they", "he", "she"])
                    || !tokens.word(word, is: "and")) {
                return word - 1
            }
            word += 1
        }
        return last
    }

    /// Makes the negative items in `words` that name no feeling topics of the work: "Cleaned up
    /// the dead leads view", "Set up a sequence for prospects who went silent".
    private func makeTopics(_ words: ClosedRange<Int>) {
        for item in rated.indices where words.contains(rated[item].first) && rated[item].valence < 0 && !rated[item].feeling {
            rerate(item, 0)
        }
    }

    private func endSentence(at index: Int) {
        defer {
            sentenceStart = index + 1
            sentenceHasLowercase = false
            contrast = -1
            sequenceTurn = false
            consolation = false
            sarcasmOpener = -1
            irrealisFrom = Int.max
            resolute = false
            longingAt = -1
            correlative = false
            opensWithTurn = false
            subordinate = nil
            subordinateOpen = false
            implied.removeAll(keepingCapacity: true)
            rated.removeAll(keepingCapacity: true)
        }
        // "Rejected again by Soylent, but I'm booking a follow-up": a plan after the turn answers
        // what came before; it does not say the rest went the other way.
        var plannedAfterTurn = false
        var plannedFrom = Int.max
        while nextCommitment < commitmentWords.count, commitmentWords[nextCommitment] <= index {
            plannedFrom = min(plannedFrom, commitmentWords[nextCommitment])
            if contrast >= 0, (contrast...contrast + 2).contains(commitmentWords[nextCommitment]) { plannedAfterTurn = true }
            // A valence of 0 in `implied` is a sarcasm cue.
            let valence = resolute ? weights.resolve : weights.plainPlan
            if valence != 0 { implied.append((commitmentWords[nextCommitment], valence)) }
            nextCommitment += 1
        }
        // "I'll chase finance about the commission error", "I'll rebook the no-show": what a plan
        // works on is partly its topic, not all the writer's feeling.
        if plannedFrom < Int.max {
            for item in rated.indices where rated[item].first > plannedFrom && rated[item].valence < 0 && !rated[item].feeling {
                rated[item].valence *= weights.plannedTopic
            }
            for event in implied.indices where implied[event].index > plannedFrom && implied[event].valence < 0 {
                implied[event].valence *= weights.plannedTopic
            }
        }
        // "I never thought Markel would say yes, and they did": a doubt the sentence says came true
        // denies nothing.
        if let doubt = confirmedDoubt(through: index) {
            // "…, but he did", "…, but there we are" confirm the doubt; they do not turn against it.
            if contrast >= index - 3 { contrast = -1 }
            for item in rated.indices where rated[item].negator == doubt { rated[item].valence /= weights.negation }
            implied.removeAll { $0.index == doubt }
            if !rated.contains(where: { $0.valence != 0 }) { implied.append((doubt, weights.confirmedDoubt)) }
        }
        if let praise = indispensable(through: index) {
            for item in rated.indices where rated[item].negator == praise { rated[item].valence /= weights.negation }
            implied.removeAll { $0.index == praise }
            implied.append((praise, weights.confirmedDoubt))
        }
        var events = implied.filter { $0.valence != 0 }
        // "Only 2 of the 6 turned up", "$45k short", "Finished at 61% of quota": figures that tell
        // how a number went.
        addFigureEvents(from: sentenceStart, through: index, to: &events)
        var cues: Bool {
            implied.contains { $0.valence == 0 } || hasScareQuotes(from: sentenceStart, through: index) || hasOrdinal(through: index)
                || hasSmallHours(through: index)
        }
        // "Best part of my day was the 45 minutes on hold", "So glad legal took three weeks…": time
        // spent is a cue after an opener that frames what follows, not after a verdict on a thing
        // ("Good meeting, but they're three months from a budget"). Looked for only when an opener asks.
        var waited: Bool { hasDuration(through: index) }
        // "so grateful to finance for taking three weeks to approve a discount 🙃": an upside-down
        // face or an eye-roll says the sentence's praise is not meant.
        if (sentenceStart...index).contains(where: { tokens.word($0, isOneOf: Self.ironyMarks) }) || saysNoOneEver(through: index) {
            for item in rated.indices where rated[item].valence > 0 { rated[item].valence *= weights.sarcasm }
        }
        // "Greg called it 'a growth opportunity' with a straight face": praise quoted as what
        // someone called bad news, with a cue or anything bad beside it, is mocked.
        // (The quotes alone are no cue here.)
        if implied.contains(where: { $0.valence == 0 }) || rated.contains(where: { $0.valence < 0 }) || events.contains(where: { $0.valence < 0 }) {
            for item in rated.indices where rated[item].valence > 0 && isQuoted(rated[item].first, rated[item].last)
                && (max(sentenceStart + 1, rated[item].first - 4)..<rated[item].first).contains(where: {
                    tokens.word($0, is: "it") && tokens.word($0 - 1, isOneOf: ["called", "calls", "calling", "dubbed", "labelled", "labeled"])
                }) {
                rated[item].valence *= weights.sarcasm
            }
        }
        // "WE GOT THE CONTRACT. … I phoned my mother and she cried, which made me cry.": tears on
        // a day that has gone well so far are tears of joy.
        if scoreSum > 0, lastScore >= 0, events.allSatisfy({ $0.valence >= 0 }) {
            let tears = rated.indices.filter { rated[$0].valence < 0 && tokens.word(rated[$0].first, isOneOf: Self.tears) }
            if !tears.isEmpty, rated.filter({ $0.valence < 0 }).count == tears.count {
                for item in tears { rerate(item, 0) }
            }
        }
        // "…they want the deposit back. Brilliant.": bare praise straight after bad news mocks it.
        // "Great, just great.", "Perfect. Just perfect.": a verdict said again after "just" mocks
        // on its own.
        if sentenceCount > 0 && lastScore < -0.2 && isBareVerdict(through: index) || isEchoedVerdict(through: index) {
            for item in rated.indices where rated[item].valence > 0 { rated[item].valence *= weights.sarcasm }
        }
        // "Sure, I'll just conjure a budget out of thin air": a plan that mocks the ask is a
        // complaint, like a sarcastic opener.
        let mockingPlan = opensWithMockingPlan(through: index)
        if mockingPlan, sarcasmOpener < 0 {
            sarcasmOpener = sentenceStart
            sarcasmOpenerLast = sentenceStart
        }
        // A listed sarcastic opener with anything bad after it: the sentence's praise is ironic
        // ("Nothing like a signed contract getting paused to boost morale").
        // Set off by a comma with nothing praised after it ("Perfect timing, my laptop updated
        // itself"), it mocks on its own; a plain "Sure," "Yes," "Of course," is only a reply.
        // A colon sets it off too ("Living the dream: hotel wifi, cold pizza"), and so does the
        // sentence's end for an opener of three words or more ("Living the dream.").
        let setOffOpener = sarcasmOpener >= 0 && contrast < 0
            && !rated.contains { $0.valence > 0 && $0.first > sarcasmOpenerLast
                && !isClosingExclamation($0.first, $0.last, after: sarcasmOpenerLast, through: index) }
            && (isSetOff(sarcasmOpenerLast, through: index) || sarcasmOpenerLast == index && sarcasmOpenerLast - sarcasmOpener >= 2)
            && !tokens.word(sarcasmOpener, isOneOf: ["sure", "yeah", "yes", "right", "okay", "ok", "of", "as"])
        // "Oh sure, 'part commission' is totally not a pay cut", "Ah yes, the 'quick' site visit": a
        // mocking reply needs nothing else.
        let mockingReply = sarcasmOpener >= 0 && tokens.word(sarcasmOpener, isOneOf: ["oh", "ah"]) && tokens.word(sarcasmOpener + 1, isOneOf: ["sure", "yes"])
        if sarcasmOpener >= 0, cues || waited || setOffOpener || mockingPlan || mockingReply || rated.contains(where: { $0.valence < 0 }) || events.contains(where: { $0.valence < 0 })
            || learnedLean(from: sarcasmOpenerLast + 1, through: index) < -weights.learnedBadNews {
            for item in rated.indices where rated[item].valence > 0 && rated[item].first >= sarcasmOpener {
                rated[item].valence *= weights.sarcasm
            }
            // "Nothing says valued customer like a fourth round of questionnaires": the opener
            // itself mocks, whether or not a rated word follows.
            events.append((sarcasmOpener, weights.sarcasticOpener))
        }
        // "I should have called Initech", "I really wanted to finish my account plans", "Swore
        // I'd log every call the same day": a want not met or a word not kept, in a sentence nothing
        // else scores, reads as mildly negative, unless the sentence says it came true ("…, and
        // I did").
        let longing = longingAt >= 0 && events.isEmpty && !rated.contains { $0.valence != 0 } && !saysItCameTrue(through: index)
        guard !rated.isEmpty || !events.isEmpty, !longing else {
            let marks = exclamationMarks(after: index)
            if longing {
                keep(score: Self.squashed(weights.longing, normalisation: weights.normalisation), through: index)
            } else if marks > 0 {
                // "I've made every call block this week!": an exclamation with no rated word in
                // its sentence cheers.
                let sum = weights.bareExclamation + Double(marks - 1) * weights.exclamation
                keep(score: Self.squashed(sum, normalisation: weights.normalisation), through: index)
            } else {
                keep(score: nil, through: index)
            }
            return
        }
        // Sarcasm: "Oh great, another…", "Love it when the client ghosts", "Love how the CRM…".
        if let opener = rated.first, opener.valence > 0, opener.negator < 0, opener.first - sentenceStart <= 2,
           opener.last < index {
            // "Great meeting, terrible drive", "Won one, lost one": praise and blame side by side
            // weigh each other; they do not mock.
            let named = tokens[opener.last].endsClause ? (opener.first < opener.last ? opener.last : -1)
                : opener.last + 1 < index && tokens[opener.last + 1].endsClause ? opener.last + 1 : -1
            let juxtaposed = named >= 0 && rated.dropFirst().contains { item in
                item.valence < 0 && (item.first == named + 1
                    || item.first == named + 2 && tokens.word(named + 1, isOneOf: ["one", "a", "an", "the", "very", "so", "really", "pretty", "total", "not", "no", "never", "but"]))
            }
            // "Happy, tired, sunburnt": a list of feelings, not a cheer at bad news.
            let listed = opener.feeling && rated.count > 1 && rated[1].feeling && rated[1].first == opener.last + 1
            // "Signed, finally, although…", "Three-year renewal, $410k…": news set off by a comma is
            // told, not cheered.
            let news = !tokens.word(opener.first, isOneOf: Self.verdicts) && !opener.feeling && !isClosingTag(opener.first...opener.last)
                && !tokens.word(opener.first, isOneOf: ["thanks", "thank", "cheers", "love", "loving", "oh"])
            // "A very good day, with one person missing": a summary of the day, not a cheer.
            let summary = (sentenceStart..<opener.first).contains { tokens.word($0, isOneOf: ["a", "an"]) }
                && !tokens.word(sentenceStart, isOneOf: ["what", "such", "oh", "wow"])
            let interjected = (tokens[opener.last].endsClause || opener.last + 1 < index && tokens[opener.last + 1].endsClause)
                && !juxtaposed && !listed && !news && !summary
                || opener.first > sentenceStart && tokens.word(sentenceStart, isOneOf: ["oh", "wow", "yay", "just"])
            let pointedAt = (opener.last + 1..<min(index + 1, opener.last + 3)).contains { tokens.word($0, isOneOf: ["when", "how", "being", "that"]) }
            let pointed = tokens.word(opener.first, isOneOf: ["love", "loving", "adore", "gotta", "enjoy"]) && pointedAt
            // "Loved being told my 'energy' was the problem": in the past it may be meant ("Loved
            // being on stage"), so it mocks only with a cue or something bad.
            // "Always a joy when the railway cancels my train", too.
            let pointedBefore = tokens.word(opener.first, isOneOf: ["loved", "enjoyed", "adored"]) && pointedAt
                || tokens.word(opener.last, isOneOf: ["joy", "treat", "pleasure", "delight", "thrill", "fun"]) && tokens.word(opener.last + 1, is: "when")
            // "Thank you so much, courier company, for losing…": thanks for harm.
            let thankedForHarm = tokens.word(opener.first, isOneOf: ["thank", "thanks", "cheers", "ta"])
                && (opener.last + 1..<min(index, opener.last + 8)).contains { word in
                    tokens.word(word, is: "for") && rated.contains { $0.first == word + 1 && $0.valence < 0 }
                }
            // "Amazing how “urgent” the deal was…": any praise pointed at how something went, with a cue.
            let remarked = opener.last + 1 < index && tokens.word(opener.last + 1, is: "how")
            // "So glad I…", "Really loving this…", "Clearly the best…": an effusive opener.
            let effusive = opener.first > sentenceStart
                && tokens.word(sentenceStart, isOneOf: ["so", "such", "really", "truly", "absolutely", "super", "clearly", "just", "totally", "very"])
            // "Delighted to report the routing sends every lead to the wrong rep", "Great to hear…":
            // praise for the news the sentence goes on to give.
            let reported = opener.first == opener.last && !tokens[opener.last].endsClause && tokens.word(opener.last + 1, is: "to")
                && (opener.first == sentenceStart || opener.first == sentenceStart + 1 && tokens.word(sentenceStart, isOneOf: ["so", "just", "oh", "really", "truly", "absolutely"]))
                && opener.last + 2 < index && !tokens.word(opener.last + 2, isOneOf: ["the", "a", "an", "my", "our", "their", "his", "her", "its", "your", "this", "that"])
            // "Thrilled to learn the VP role is going to an outside hire", "Nice to know my emails are
            // appreciated with a thumbs-up": praise for news learned, with nothing good in it, is said
            // through gritted teeth (not "Great to hear from Dana", nor a feeling: "Glad to hear she's
            // home").
            let learned = reported && !tokens.word(opener.first, isOneOf: ["glad", "happy", "relieved", "pleased", "grateful", "good"])
                && tokens.word(opener.last + 2, isOneOf: ["learn", "discover", "know", "hear", "read", "find", "be"])
                && (tokens.word(opener.last + 2, is: "find") ? tokens.word(opener.last + 3, is: "out")
                    : tokens.word(opener.last + 2, is: "be") ? tokens.word(opener.last + 3, isOneOf: ["told", "informed"])
                    : !tokens.word(opener.last + 3, is: "from"))
            // "Nice of them to tell me about the reorg by calendar invite", "So helpful of legal to…":
            // thanks for what the sentence goes on to tell.
            let thanked = opener.first == opener.last && tokens.word(opener.last + 1, is: "of") && !tokens[opener.last + 1].endsClause
                && (opener.last + 3...opener.last + 4).contains { $0 < index && tokens.word($0, is: "to") }
                && !tokens.word(opener.first, isOneOf: ["kind", "sort"])
                && (opener.first == sentenceStart || opener.first == sentenceStart + 1 && tokens.word(sentenceStart, isOneOf: ["so", "how", "very", "really", "real", "oh"]))
            // Praise in scare quotes after such an opener is mocked, not meant: my "hot lead".
            let ironic = rated.indices.dropFirst().filter { rated[$0].valence > 0 && isQuoted(rated[$0].first, rated[$0].last) }
            let rest = rated.indices.dropFirst().filter { !ironic.contains($0) }.map { rated[$0] }
            // A cue or time lost says nothing when the learned weights read the rest as good news:
            // "Really happy, a lecturer wants to partner", "Great, another renewal signed".
            let lean = learnedLean(from: opener.last + 1, through: index)
            let goodNews = lean > weights.learnedGoodNews
            let evidence = (cues || waited && !interjected) && !goodNews
                || (rest.contains(where: { $0.valence < 0 }) || events.contains(where: { $0.valence < 0 })) && !(opener.feeling && goodNews)
                || lean < -weights.learnedBadNews
            // "Great, another quick sync…", "Perfect timing, the laptop updated itself…": praise set
            // off by a comma, with nothing else to praise after it, is said through gritted teeth.
            let word = opener.first == opener.last ? opener.last
                : opener.last + 1 < index && tokens.word(opener.last + 1, isOneOf: ["timing", "news", "start", "stuff", "job", "work", "one", "move", "use"]) ? opener.last + 1 : -1
            let setOff = word >= 0 && has(",", after: word) && contrast < 0
            // Plain "good" is meant unless an "oh" mocks it ("Good day, on balance", "Oh good, …").
            // "What a gift, a surprise audit…": an exclamation.
            let mocked = opener.first == sentenceStart + 1 && tokens.word(sentenceStart, isOneOf: ["oh", "wow", "ah", "well"])
                || opener.first == sentenceStart + 2 && tokens.word(sentenceStart, is: "what") && tokens.word(sentenceStart + 1, isOneOf: ["a", "an"])
            let opens = mocked || opener.first == sentenceStart && !tokens.word(opener.first, isOneOf: ["good", "fine", "ok", "okay"])
            // A verdict ("Awesome,", "Perfect timing,") mocks; a feeling ("Delighted, this is why I
            // do this") or news ("Recovered, I think") is meant.
            let bare = setOff && opens && tokens.word(opener.first, isOneOf: Self.verdicts)
                && !rest.contains(where: { $0.valence > 0 && !isClosingExclamation($0.first, $0.last, after: opener.last, through: index) })
            if interjected || pointed || pointedBefore || remarked || thankedForHarm || (effusive || reported || thanked) && (cues || !rest.contains(where: { $0.valence > 0 })),
               evidence || bare || (pointed || learned) && !rest.contains(where: { $0.valence > 0 }) {
                rated[0].valence = opener.valence * weights.sarcasm
                for item in ironic { rated[item].valence *= weights.sarcasm }
                // The rest of a sarcastic sentence's praise is ironic too ("Great, the prospect
                // loved the demo so much they'd like to think about it until next year").
                let exclaimed = tokens[opener.last].endsClause
                    && (opener.first == sentenceStart || tokens.word(sentenceStart, isOneOf: ["oh", "wow", "yay", "ah", "well", "just"]))
                    && !rest.contains(where: { $0.first == opener.last + 1 && $0.valence > 0 })   // "Competent, handsome, …": a list of praise
                if exclaimed || pointed {
                    for item in rated.indices.dropFirst() where rated[item].valence > 0 && !ironic.contains(item) {
                        rated[item].valence *= weights.sarcasm
                    }
                }
            }
        }
        // "Another 'alignment session', my favourite.": praise closing the sentence after a comma,
        // with nothing else praised and a cue or something bad before it, is said through gritted
        // teeth.
        if let closing = rated.last, closing.valence > 0, closing.negator < 0, closing.first == index,
           tokens.word(index, isOneOf: Self.closingVerdicts),
           !rated.dropLast().contains(where: { $0.valence > 0 && !isQuoted($0.first, $0.last) }), !events.contains(where: { $0.valence > 0 }),
           closing.first > sentenceStart + 1,
           has(",", after: closing.first - 1) || tokens.word(closing.first - 1, isOneOf: ["my", "just", "so", "really", "how"]) && has(",", after: closing.first - 2),
           cues || sarcasmOpener >= 0 || rated.contains(where: { $0.valence < 0 }) || events.contains(where: { $0.valence < 0 }) {
            rated[rated.count - 1].valence *= weights.sarcasm
        }
        // "A $19 hot dog, living the dream.": a stock phrase of mock delight closing the sentence
        // after a comma, with nothing praised before it, mocks it on its own.
        if let closing = rated.last, closing.valence > 0, closing.last == index, closing.first > sentenceStart,
           !rated.dropLast().contains(where: { $0.valence > 0 }), !events.contains(where: { $0.valence > 0 }),
           has(",", after: closing.first - 1), isClosingTag(closing.first...index) {
            rated[rated.count - 1].valence *= weights.sarcasm
        }
        // "I used to love this work": a feeling in the past is a feeling lost. So is one after "It's
        // been ages since…" ("since a client thanked me"), and what has not gone wrong for so long
        // is good news ("months since I lost a deal"), unless a degree word measures it ("a long
        // time since I felt this good").
        for word in sentenceStart..<max(sentenceStart, index - 1) {
            let habitual = isHabitualPast(word)
            guard habitual || isLongAbsence(word) else { continue }
            var end = word + 1
            while end < index, !tokens[end].endsClause { end += 1 }
            if !habitual, (word + 1...end).contains(where: { degree in
                tokens.word(degree, isOneOf: ["so", "such"])
                    || tokens.word(degree, isOneOf: ["this", "that"]) && degree < end
                    && (rated.contains { $0.first == degree + 1 } || tokens.word(degree + 1, isOneOf: ["much", "many", "well", "often", "hard"]))
            }) {
                continue
            }
            // After "used to" the feeling starts past "to".
            let from = habitual ? word + 1 : word
            for item in rated.indices where rated[item].first > from && rated[item].first <= end {
                rated[item].valence *= weights.habitualPast
            }
        }
        var weaker = 0.0, stronger = 0.0, plain = 0.0
        var strongerRated = false
        func add(_ value: Double, at position: Int) {
            if contrast >= 0 {
                if position < contrast { weaker += value } else { stronger += value; strongerRated = true }
            } else if let subordinate {
                if subordinate.contains(position) { weaker += value } else { stronger += value; strongerRated = true }
            } else {
                plain += value
            }
        }
        for item in rated {
            var valence = item.valence
            if item.capitals, sentenceHasLowercase { valence += (valence > 0 ? 1 : -1) * weights.capitals }
            add(valence, at: item.first)
        }
        for event in events { add(event.valence, at: event.index) }
        var sum = plain
        // "I thought the renewal was safe, then they sent an RFP to three vendors": a belief that a
        // step in time proves wrong turns like "but".
        // "We won the tender, then the hospital cut the quantity by half": so does a step to news
        // the learned weights read the other way, though no list names it.
        let disproved = sequenceTurn && (sentenceStart..<min(contrast, sentenceStart + 3)).contains {
            tokens.word($0, isOneOf: ["thought", "assumed", "figured", "believed", "reckoned"])
        } || sequenceTurn && !strongerRated && contrast >= 0
            && (weaker > 0 ? learnedLean(from: contrast + 1, through: index) < -weights.learnedBadNews
                : weaker < 0 && learnedLean(from: contrast + 1, through: index) > weights.learnedGoodNews)
        if consolation, strongerRated {
            sum += weaker + stronger
        } else if contrast >= 0 || subordinate != nil {
            sum += strongerRated ? weaker * weights.weaker + stronger * weights.stronger
                : consolation ? weaker : sequenceTurn && !disproved ? weaker * weights.sequenceAlone : weaker * (plannedAfterTurn ? weights.weaker : weights.impliedTurn)
        }
        if sum != 0 {
            sum += (sum > 0 ? 1 : -1) * Double(exclamationMarks(after: index)) * weights.exclamation
        }
        let score = min(1, max(-1, Self.squashed(sum, normalisation: weights.normalisation)))
        keep(score: score == 0 ? nil : score, through: index)
    }

    /// Whether the sentence ending at `index` is a bare verdict said again after "just", in it
    /// ("Great, just great.") or after the sentence before ("Perfect. Just perfect.").
    private func isEchoedVerdict(through index: Int) -> Bool {
        guard isBareVerdict(through: index) else { return false }
        if tokens.word(sentenceStart, is: "just"), verdictBefore > 0 { return true }
        return index > sentenceStart + 1 && (sentenceStart + 1..<index).contains { just in
            tokens.word(just, is: "just") && (sentenceStart..<just).contains { tokens.word($0, isOneOf: Self.verdicts) && tokens.string($0) == tokens.string(just + 1) }
        }
    }

    /// Whether the sentence ending at `index` is a few words of praise and nothing else:
    /// "Brilliant.", "Great, just great.", "Classic." ("Great day." closes a day, it does not mock).
    private func isBareVerdict(through index: Int) -> Bool {
        index - sentenceStart < 4 && (sentenceStart...index).contains { tokens.word($0, isOneOf: Self.verdicts) }
            && (sentenceStart...index).allSatisfy {
                tokens.word($0, isOneOf: Self.verdicts) || tokens.word($0, isOneOf: ["just", "really", "so", "oh", "how", "simply", "absolutely",
                                                                                  "very", "bloody", "glamorous"])
            }
    }

    /// Words of praise said as a verdict on news, which set off by a comma at a sentence's start
    /// and followed by nothing else to praise mock it: "Awesome, the territory map…".
    private static let verdicts = WordSet([
        "great", "awesome", "perfect", "wonderful", "brilliant", "excellent", "fantastic", "lovely", "amazing",
        "superb", "fab", "fabulous", "terrific", "marvellous", "marvelous", "splendid", "outstanding", "stunning",
        "wow", "nice", "cool", "super", "sweet", "yay", "grand", "delightful", "magnificent", "incredible",
        "beautiful", "genius", "classic", "good", "fun", "joy", "gift", "treat", "delight", "pleasure", "privilege",
    ])

    /// Whether the words `first...last` close the sentence ending at `end` as an exclamation set
    /// off by a comma after the word `opener`: "…, what a treat.", "…, my favourite genre." (not
    /// "Lovely, lovely day.").
    private func isClosingExclamation(_ first: Int, _ last: Int, after opener: Int, through end: Int) -> Bool {
        guard last >= end - 1 else { return false }
        var start = first
        while start > sentenceStart, first - start < 2,
              tokens.word(start - 1, isOneOf: ["what", "a", "an", "my", "how", "so", "real", "truly", "such", "just"]) {
            start -= 1
        }
        return start - 1 > opener && has(",", after: start - 1)
    }

    /// Whether the word at `index` is the "used" of "used to" + verb, a habit that is over ("we
    /// used to win these"), not "got used to the new CRM".
    private func isHabitualPast(_ index: Int) -> Bool {
        tokens.word(index, is: "used") && tokens.word(index + 1, is: "to") && !tokens[index].endsClause
            && !tokens.word(index - 1, isOneOf: ["get", "got", "gets", "getting", "be", "been", "being", "am", "is", "are", "was", "were",
                                                 "i'm", "we're", "they're", "you're", "he's", "she's", "it's", "become", "became", "so", "not"])
            && !tokens.word(index + 2, isOneOf: ["it", "the", "this", "that", "a", "an", "my", "our", "their", "his", "her", "them", "being"])
    }

    /// Whether "since" at `index` follows a long time that has been: "It's been ages since…",
    /// "been a long time since…", "it's been too long since…".
    private func isLongAbsence(_ index: Int) -> Bool {
        guard index - 2 >= sentenceStart, tokens.word(index, is: "since"), !tokens[index - 1].endsClause else { return false }
        // A counted span is a date, not a drought: "two years since we won Acme".
        let span = tokens.word(index - 1, isOneOf: ["ages", "forever", "while", "eons"])
            || tokens.word(index - 1, isOneOf: ["months", "weeks", "years", "decades"]) && !isFigure(index - 2)
            || tokens.word(index - 1, is: "time") && tokens.word(index - 2, isOneOf: ["long", "good"])
            || tokens.word(index - 1, is: "long") && tokens.word(index - 2, isOneOf: ["so", "too", "very"])
        return span && (max(sentenceStart, index - 6)..<index - 1).contains { tokens.word($0, isOneOf: ["been", "it's", "its"]) }
    }

    /// Words of praise that, closing a sentence after a comma, pass a verdict on it: "…, my
    /// favourite.", "…, great.".
    private static let closingVerdicts = WordSet([
        "favourite", "favorite", "fave", "great", "awesome", "perfect", "wonderful", "brilliant", "excellent", "fantastic",
        "lovely", "amazing", "superb", "fabulous", "terrific", "marvellous", "marvelous", "splendid", "outstanding", "nice",
        "cool", "super", "sweet", "yay", "delightful", "fun", "classic", "fab", "genius", "classy", "charming", "stellar",
    ])

    /// Whether the words `range` are a stock phrase of mock delight: "living the dream", "story
    /// of my life".
    private func isClosingTag(_ range: ClosedRange<Int>) -> Bool {
        Self.closingTags.contains { tag in
            tag.count == range.count && zip(range, tag).allSatisfy { tokens.word($0, is: $1) }
        }
    }

    private static let closingTags: [[StaticString]] = [
        ["living", "the", "dream"], ["livin", "the", "dream"], ["story", "of", "my", "life"], ["love", "that", "for", "me"],
        ["what", "a", "time", "to", "be", "alive"], ["ten", "out", "of", "ten"], ["five", "stars"], ["would", "recommend"],
        ["chef's", "kiss"],
    ]

    /// Words of crying, which a good day makes tears of joy.
    private static let tears = WordSet([
        "cried", "cry", "crying", "cries", "tears", "teary", "tearful", "wept", "weeping", "sobbed", "sobbing", "bawled", "welled",
    ])

    /// Marks that say a sentence's praise is not meant: an upside-down face, an eye-roll.
    private static let ironyMarks = WordSet(["🙃", "🙄", "😒"])

    /// "I'll" and "we'll", looked for at every word of a sentence.
    private static let weWill = WordSet(["i'll", "we'll"])

    /// Whether the sentence opens by mocking a plan: "Sure, I'll just make quota out of thin air",
    /// "Oh yeah, we'll just…"; or says "I'll just go ahead and…".
    private func opensWithMockingPlan(through end: Int) -> Bool {
        var index = sentenceStart
        let exclaimed = tokens.word(index, isOneOf: ["oh", "ah", "well"])
        if exclaimed { index += 1 }
        // "Oh sure, I'll get right on that forty-page RFP": after "oh" any plan mocks.
        if tokens.word(index, isOneOf: ["sure", "yeah", "yes", "right", "ok", "okay", "totally", "absolutely"]),
           (index + 1...index + 2).contains(where: { $0 + 1 <= end && tokens.word($0, isOneOf: ["i'll", "we'll"]) && (exclaimed || tokens.word($0 + 1, is: "just")) }) {
            return true
        }
        for index in sentenceStart..<max(sentenceStart, end - 3)
        where tokens.word(index, isOneOf: Self.weWill) && tokens.word(index + 1, is: "just") && tokens.word(index + 2, is: "go")
            && tokens.word(index + 3, is: "ahead") {
            return true
        }
        return false
    }

    /// Whether a comma or colon sets off the words ending at `last` from what follows, within
    /// three words ("What a great use of my day, four hours of…").
    private func isSetOff(_ last: Int, through end: Int) -> Bool {
        var index = last
        while index < min(end, last + 3) {
            if has(",", after: index) || has(":", after: index) { return true }
            if tokens[index].endsClause { return false }
            index += 1
        }
        return false
    }

    /// Whether the sentence ends "said no one ever", "said no bus driver ever": its praise is not
    /// meant.
    private func saysNoOneEver(through end: Int) -> Bool {
        guard tokens.word(end, is: "ever") else { return false }
        return (max(sentenceStart, end - 5)..<end).contains { said in
            tokens.word(said, isOneOf: ["said", "says"]) && tokens.word(said + 1, isOneOf: ["no", "nobody", "noone", "none"])
        }
    }

    /// Whether the sentence counts with an ordinal in figures, a sarcasm cue: "the 14th straight
    /// voicemail", "for the 9th time today".
    private func hasOrdinal(through end: Int) -> Bool {
        (sentenceStart...end).contains { index in
            tokens.isOrdinal(index) && index < end && !tokens[index].endsClause && !tokens.word(index + 1, is: "of")
                // A date ("on the 14th") is not a count.
                && (!tokens.word(index - 2, isOneOf: ["on", "by", "until", "till", "before", "after", "from", "since"])
                    || !tokens.word(index - 1, is: "the"))
        }
    }

    /// Whether the sentence names an hour from 1 to 6 in the morning, a sarcasm cue: "the 2am text
    /// from the boss", "a 5 a.m. drive".
    private func hasSmallHours(through end: Int) -> Bool {
        (sentenceStart...end).contains { index in
            guard tokens.startsWithDigit(index) else { return false }
            let word = tokens.string(index)
            let hour = word.prefix { $0.isASCII && $0.isNumber }
            guard let value = Int(hour), (1...6).contains(value) else { return false }
            let rest = word.dropFirst(hour.count).drop { $0 == ":" || $0.isASCII && $0.isNumber }
            return rest == "am" || rest == "a.m" || rest.isEmpty && index < end && tokens.word(index + 1, isOneOf: ["am", "a.m"])
        }
    }

    /// Whether the sentence counts time spent, a sarcasm cue: "the 45 minutes on hold", "a
    /// 90-minute meeting", "three weeks to review a two-page NDA".
    private func hasDuration(through end: Int) -> Bool {
        (sentenceStart...end).contains { index in
            // "a 90-minute meeting", "a 26-week lead time".
            if tokens.startsWithDigit(index), Self.hyphenedUnits.words.contains(where: { tokens.word(index, hasSuffix: $0) }) { return true }
            // "the 45 minutes on hold", "three weeks to review"; "renewed for six months" is a term, not a wait.
            guard index < end, !tokens[index].endsClause, tokens.word(index + 1, isOneOf: Self.timeUnits),
                  !tokens.word(index - 1, isOneOf: ["for", "about", "another"]) else { return false }
            return tokens.startsWithDigit(index) || tokens.word(index, isOneOf: Self.smallNumbers)
        }
    }

    private static let hyphenedUnits = WordSet(["-minute", "-hour", "-day", "-week", "-month"])
    private static let timeUnits = WordSet(["minutes", "mins", "hours", "hrs", "days", "weeks", "months"])
    private static let smallNumbers = WordSet([
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty",
        "forty", "forty-five", "fifty", "ninety",
    ])

    /// Whether `mark` stands between the word at `index` and the next one: a comma sets off an
    /// opener (a label's colon, "Closed-won:", does not), a semicolon steps on.
    private func has(_ mark: Unicode.Scalar, after index: Int) -> Bool {
        index + 1 < tokens.count && tokens.source[tokens[index].sourceEnd..<tokens[index + 1].sourceStart].contains(UInt8(ascii: mark))
    }

    /// The "!" (up to four) right after the word at `index`.
    private func exclamationMarks(after index: Int) -> Int {
        var marks = 0
        var cursor = tokens[index].sourceEnd
        while cursor < tokens.source.count, marks < 4, tokens.source[cursor] == UInt8(ascii: "!") || tokens.source[cursor] == UInt8(ascii: " ") {
            if tokens.source[cursor] == UInt8(ascii: "!") { marks += 1 }
            cursor += 1
        }
        return marks
    }

    /// Whether the words `first...last` stand inside double quotes (straight or curly) that open
    /// in their sentence.
    private func isQuoted(_ first: Int, _ last: Int) -> Bool {
        let bytes = tokens.source
        var straight = 0, open = false, single = false
        var index = tokens[sentenceStart].sourceStart
        while index < tokens[first].sourceStart {
            if bytes[index] == UInt8(ascii: "\"") {
                straight += 1
            } else if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x9C { open = true } else if bytes[index + 2] == 0x9D { open = false }
            }
            if bytes[index] == UInt8(ascii: "'") || bytes[index] == 0xE2 {
                switch singleQuote(at: index) {
                case .opening: single = true
                case .closing: single = false
                case nil: break
                }
            }
            index += 1
        }
        return straight % 2 == 1 || open || single
    }

    private enum SingleQuote { case opening, closing }

    /// Whether a single quote (' ‘ ’) at source byte `index` opens a quotation (after a space,
    /// before a letter: my 'energy') or closes one (after a letter or mark, before a space or mark);
    /// nil for anything else, and for the apostrophe inside a word (don't, it’s).
    private func singleQuote(at index: Int) -> SingleQuote? {
        let bytes = tokens.source
        var end = index + 1
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 {
            end = index + 3
        } else if bytes[index] != UInt8(ascii: "'") {
            return nil
        }
        func isWordByte(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 }
        let before: UInt8? = index > 0 ? bytes[index - 1] : nil
        let after: UInt8? = end < bytes.count ? bytes[end] : nil
        if before.map({ !isWordByte($0) && !".!?,".utf8.contains($0) }) ?? true, let after, isWordByte(after) { return .opening }
        if let before, isWordByte(before) || ".!?,".utf8.contains(before), after.map({ !isWordByte($0) }) ?? true { return .closing }
        return nil
    }

    /// Whether the sentence quotes a word or two in straight or curly double quotes: `my "hot lead"`.
    private func hasScareQuotes(from first: Int, through last: Int) -> Bool {
        var straight = 0, opening = false, closing = false, singleOpen = false, single = false
        let bytes = tokens.source
        var index = tokens[first].sourceStart
        // The closing quote may follow the last word: my champion is "on leave".
        let end = min(tokens.source.count, max(tokens[last].sentenceEnd, tokens[last].sourceEnd))
        while index < end {
            if bytes[index] == UInt8(ascii: "\"") {
                straight += 1
            } else if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
                // “ is E2 80 9C, ” is E2 80 9D.
                if bytes[index + 2] == 0x9C { opening = true } else if bytes[index + 2] == 0x9D { closing = true }
            }
            // Single quotes too: a 'let's stay in touch'.
            if bytes[index] == UInt8(ascii: "'") || bytes[index] == 0xE2 {
                switch singleQuote(at: index) {
                case .opening: singleOpen = true
                case .closing: if singleOpen { single = true }
                case nil: break
                }
            }
            index += 1
        }
        return straight >= 2 || opening && closing || single
    }

    /// Whether the sentence opening at `start` consoles for the rest of the day: "At least the
    /// flight was on time", "The one good thing: Lena emailed…", "Only bright spot was…",
    /// "Silver lining, …", "On the bright side…", "Small mercies."
    private func consoles(from start: Int) -> Bool {
        var word = start
        if tokens.word(word, isOneOf: ["but", "and", "still", "though"]) { word += 1 }
        if tokens.word(word, is: "at") { return tokens.word(word + 1, is: "least") }
        if tokens.word(word, isOneOf: ["silver", "small"]) { return tokens.word(word + 1, isOneOf: ["lining", "linings", "mercies", "mercy"]) }
        if tokens.word(word, is: "on") { return tokens.word(word + 1, is: "the") && tokens.word(word + 2, is: "bright") }
        if tokens.word(word, isOneOf: ["the", "my", "today's"]) { word += 1 }
        guard tokens.word(word, isOneOf: ["only", "one"]) else { return false }
        if tokens.word(word + 1, isOneOf: ["saving", "upside", "bright", "highlight", "consolation", "plus"]) { return true }
        return tokens.word(word + 1, isOneOf: ["good", "decent", "nice", "positive", "redeeming", "bright", "happy"])
            && tokens.word(word + 2, isOneOf: ["thing", "things", "bit", "bits", "moment", "moments", "news", "part", "spot", "point", "note", "feature"])
    }

    /// Whether the negator at `negator` leaves a choice open rather than denying an event: "haven't
    /// decided", "not certain which template", "not yet settled".
    private func isUndecided(_ negator: Int) -> Bool {
        var next = negator + 1
        if tokens.word(next, isOneOf: ["yet", "really", "quite", "totally", "entirely"]) { next += 1 }
        guard next < tokens.count, !tokens[negator].endsClause else { return false }
        return tokens.word(next, isOneOf: ["sure", "certain", "decided", "settled"])
            && (tokens.word(negator, isOneOf: ["not", "haven't", "hasn't"]) || tokens.word(next, is: "sure") && tokens.word(negator, is: "i'm"))
    }

    /// Whether the negator at `negator` says how rare what came before is, not that something was
    /// missed: "No returns this month, which hasn't happened since I started", "motivated in a way
    /// I haven't been in months" (but "haven't been to the gym since August" is missed).
    private func isRarity(_ negator: Int, through end: Int) -> Bool {
        let back = (max(sentenceStart, negator - 3)..<negator)
        guard back.contains(where: { tokens.word($0, isOneOf: ["which", "that", "way"]) }),
              negator + 1 <= end, tokens.word(negator + 1, isOneOf: ["happened", "been", "felt", "had", "seen"]) else { return false }
        return (negator + 2...max(negator + 2, end)).contains { word in
            word <= end && (tokens.word(word, is: "since")
                || tokens.word(word, is: "in") && tokens.word(word + 1, isOneOf: ["years", "months", "ages", "decades", "forever", "weeks"]))
        }
    }

    /// Whether the negator at `negator` is in a condition, not a telling: "if legal doesn't come back
    /// by Monday I might escalate", "unless they don't sign".
    private func isCondition(_ negator: Int) -> Bool {
        (max(sentenceStart, negator - 5)..<negator).contains { tokens.word($0, isOneOf: ["if", "unless", "whether"]) }
    }

    /// Whether "however" at `index` means "no matter how", not a turn: "however hard I push", "sums
    /// that don't work however I do them" — a degree or a way of doing straight after it, no comma
    /// (but "however I miss the folders" turns).
    private func isNoMatterHow(_ index: Int) -> Bool {
        guard tokens.word(index, is: "however"), !tokens[index].endsClause, index + 2 < tokens.count else { return false }
        if tokens.word(index + 1, isOneOf: ["hard", "much", "long", "often", "far", "badly", "well", "fast", "slowly", "quickly"]) { return true }
        return tokens.word(index + 1, isOneOf: ["i", "we", "you", "they", "he", "she"]) && !tokens[index + 1].endsClause
            && tokens.word(index + 2, isOneOf: ["do", "did", "does", "try", "tried", "tries", "look", "looked", "slice", "cut", "put", "spin",
                                                "spun", "play", "played", "phrase", "phrased", "word", "worded", "frame", "framed", "dress", "dressed"])
    }

    /// Whether the sentence opening at `start` plays its bad news down against the rest of the
    /// day: "The one downside: I missed the concert", "Only thing is it means a 5am start", "My
    /// only gripe…", "One small snag…".
    private func playsDown(from start: Int) -> Bool {
        var word = start
        if tokens.word(word, isOneOf: ["but", "and", "still", "though"]) { word += 1 }
        if tokens.word(word, isOneOf: ["the", "my", "today's", "our"]) { word += 1 }
        guard tokens.word(word, isOneOf: ["only", "one"]) else { return false }
        word += 1
        if tokens.word(word, isOneOf: ["small", "minor", "little", "tiny", "real"]) { word += 1 }
        if tokens.word(word, isOneOf: Self.drawbacks) { return true }
        if tokens.word(word, isOneOf: ["thing", "problem", "issue"]) {
            return tokens.word(word + 1, isOneOf: ["is", "was", "being"]) || has(":", after: word)
        }
        return tokens.word(word, isOneOf: ["bad", "sour", "low", "annoying", "frustrating", "sad", "negative"])
            && tokens.word(word + 1, isOneOf: ["thing", "things", "bit", "bits", "moment", "moments", "news", "part", "spot", "point", "note"])
    }

    /// What a sentence that plays its bad news down calls it: "the one downside", "only snag".
    private static let drawbacks = WordSet([
        "downside", "downsides", "snag", "snags", "blip", "blips", "catch", "gripe", "gripes", "complaint", "complaints",
        "niggle", "niggles", "hiccup", "hiccups", "negative", "negatives", "lowlight", "fly", "wrinkle", "hitch", "drawback",
        "letdown", "let-down", "blemish", "minus", "cloud", "sore",
    ])

    /// The score of a sentence whose sum, normalised to `score`, is multiplied by `factor`.
    private static func rescaled(_ score: Double, by factor: Double, normalisation: Double) -> Double {
        squashed(unsquashed(score, normalisation: normalisation) * factor, normalisation: normalisation)
    }

    /// `sum / √(sum² + normalisation)`: a sum squashed into −1…1 as VADER normalises it (a
    /// sentence's sum with `normalisation`, a text's evidence with `entryNormalisation`).
    private static func squashed(_ sum: Double, normalisation: Double) -> Double {
        sum / (sum * sum + normalisation).squareRoot()
    }

    /// The sum that `squashed` turns into `score` (−1 < `score` < 1).
    private static func unsquashed(_ score: Double, normalisation: Double) -> Double {
        score * (normalisation / (1 - score * score)).squareRoot()
    }

    /// How the learned word weights lean on the words `first...last`: their weights without the
    /// intercept, 0 without weights. Below `-weights.learnedBadNews` they tell bad news no list
    /// names ("Just brilliant, my top rep is leaving and she's taking the Barrie accounts with
    /// her"); above `weights.learnedGoodNews`, good news.
    private func learnedLean(from first: Int, through last: Int) -> Double {
        guard !learned.isEmpty, first <= last else { return 0 }
        return learned.wordSum(of: tokens, from: first, through: last)
    }

    /// Whether what the rules read as good in the sentence ending at `index` is belied by the words
    /// around it, which the learned weights read as bad news: praise said through gritted teeth
    /// ("love spending my friday on hold with Sydney", "What a joy, three hours at the police
    /// station writing one statement"), a relief that is not one ("Didn't cry in front of HR, so
    /// that's something"). Not with a turn to set the two apart ("…, but the close rate is up"),
    /// nor with a "!" or a smiley to vouch for the good.
    private func isBelied(through index: Int) -> Bool {
        guard !learned.isEmpty, contrast < 0, subordinate == nil, exclamationMarks(after: index) == 0,
              !(sentenceStart...index).contains(where: { tokens[$0].isEmoticon }) else { return false }
        var lean = 0.0, from = sentenceStart
        for good in rated.sorted(by: { $0.first < $1.first }) where good.valence > 0 {
            lean += learnedLean(from: from, through: good.first - 1)
            from = max(from, good.last + 1)
        }
        return lean + learnedLean(from: from, through: index) < -weights.learnedBelied
    }

    /// A score's leaning: its square root, signed.
    private static func leaning(of score: Double) -> Double {
        score < 0 ? -(-score).squareRoot() : score.squareRoot()
    }

    /// Records a finished sentence's score (nil when nothing in it is rated).
    private func keep(score rulesScore: Double?, through index: Int) {
        // The learned word weights add what no rule or list names ("ported four lines to…").
        var score = rulesScore
        // Good that the sentence's other words belie says nothing of how it went; they say it all.
        if let rulesScore, rulesScore > 0, isBelied(through: index) { score = 0 }
        if !learned.isEmpty, sentenceStart <= index {
            var added = weights.learned * learned.sum(of: tokens, from: sentenceStart, through: index)
            if rulesScore == nil { added = added < 0 ? min(0, added + weights.learnedAlone) : max(0, added - weights.learnedAlone) }
            // The learned sum is linear in how the sentence reads on its own, so it is added on
            // that scale, the score of a text of this one sentence, and carried back.
            let alone = Self.squashed(score ?? 0, normalisation: weights.entryNormalisation) + added
            score = Self.unsquashed(min(weights.mostReading, max(-weights.mostReading, alone)), normalisation: weights.entryNormalisation)
        }
        // "Superb. Procurement wants five references for a $9k deal.": a bare verdict straight
        // before bad news mocks it, as one straight after it does.
        if let score, score < -0.2, verdictBefore > 0, !opensWithTurn {
            let mocked = Self.rescaled(verdictBefore, by: weights.sarcasm, normalisation: weights.normalisation)
            scoreSum += mocked - verdictBefore
            leanSum += Self.leaning(of: mocked) - Self.leaning(of: verdictBefore)
            if sentenceCount == 1 { firstScore = mocked }
            if keepsSentences, let last = sentences.indices.last {
                sentences[last] = TextAnalysis.Sentence(text: sentences[last].text, score: Self.squashed(mocked, normalisation: weights.entryNormalisation),
                                                        negativeWords: sentences[last].negativeWords)
            }
        }
        verdictBefore = 0
        // Not "Good.", which a writer says and means before telling what went wrong.
        if let score, score > 0, isBareVerdict(through: index), !rated.contains(where: \.feeling),
           !(sentenceStart...index).contains(where: { tokens.word($0, is: "good") }) {
            verdictBefore = score
        }
        if let score {
            scoreSum += score
            leanSum += Self.leaning(of: score)
            // "The demo crashed. But the CFO signed anyway.": across sentences the turn weighs the
            // two as it would inside one.
            if opensWithTurn, lastScore * score < 0 {
                scoreSum += (weights.weaker - 1) * lastScore + (weights.stronger - 1) * score
                leanSum += (weights.weaker - 1) * Self.leaning(of: lastScore) + (weights.stronger - 1) * Self.leaning(of: score)
            }
            if rated.contains(where: { $0.feeling && $0.valence != 0 }) {
                feelingScoreSum += score
                feelingLeanSum += Self.leaning(of: score)
                feelingCount += 1
            }
        }
        lastConsoles = (score ?? 0) > 0 && consoles(from: sentenceStart) || (score ?? 0) < 0 && playsDown(from: sentenceStart)
        if lastConsoles, let score {
            consolationScoreSum += score
            consolationLeanSum += Self.leaning(of: score)
        }
        lastScore = score ?? 0
        if sentenceCount == 0 { firstScore = lastScore }
        sentenceCount += 1
        guard keepsSentences, sentenceStart <= index else { return }
        let start = tokens[sentenceStart].sourceStart
        var end = max(tokens[index].sentenceEnd, tokens[index].sourceEnd)
        while end > tokens[index].sourceEnd, tokens.source[end - 1] == 0x0A || tokens.source[end - 1] == 0x0D || tokens.source[end - 1] == 0x20 { end -= 1 }
        let negative = rated.filter(\.countsAsNegative).map { counted(first: $0.first, last: $0.last, negator: $0.negator, negatorEnd: $0.negatorEnd) }
        // Shown as it reads on its own: the score of a text of this one sentence.
        sentences.append(TextAnalysis.Sentence(text: tokens.sourceText(start..<end), score: Self.squashed(score ?? 0, normalisation: weights.entryNormalisation),
                                               negativeWords: negative))
    }

    /// How a counted item reads in lists: the words after their negator ("not happy", "didn't
    /// get the promotion"); when more than two words part them, an ellipsis stands for those
    /// ("couldn't … meeting booked").
    private func counted(first: Int, last: Int, negator: Int, negatorEnd: Int) -> String {
        let item = words(first..<last + 1)
        guard negator >= 0 else { return item }
        if first - negatorEnd - 1 <= 2 { return words(negator..<first) + " " + item }
        return words(negator..<negatorEnd + 1) + " … " + item
    }

    /// Words `range`, folded, joined by spaces.
    private func words(_ range: Range<Int>) -> String {
        String(decoding: tokens.foldedBytes(from: range.lowerBound, words: range.count), as: UTF8.self)
    }

    func analysis(themeNames: [String]) -> TextAnalysis {
        var themes: [TextAnalysis.ThemeCount] = []
        var negativityPending = negative > 0
        for (index, name) in themeNames.enumerated() where themeState[index] > 0 {
            if negativityPending, name > WordList.negativityTheme {
                themes.append(TextAnalysis.ThemeCount(name: WordList.negativityTheme, count: negative))
                negativityPending = false
            }
            themes.append(TextAnalysis.ThemeCount(name: name, count: themeState[index]))
        }
        if negativityPending { themes.append(TextAnalysis.ThemeCount(name: WordList.negativityTheme, count: negative)) }
        var words = 0
        for index in 0..<tokens.count where !tokens[index].isEmoticon { words += 1 }
        // The more sentences a text has, the more it reads as how many of them lean each way
        // rather than how far each one leans: the mean of their scores blends into the mean of
        // their leanings (each score's square root), fully from five sentences on. That mean
        // times √n is squashed into −1…1: a day of one good call and three bad ones reads as mostly
        // bad, and a few sentences of steady complaint read worse than one. Past nine sentences
        // the mean counts as nine sentences' worth, so a long entry is not pushed to the ends by
        // its length.
        // In a text of three sentences or more (a day, not one thought), the first counts
        // `firstSentence` times as much as each other one, the last `lastSentence` times, one that
        // names a feeling `feelingSentence` times and a consoling one `consolationSentence` times.
        var score = 0.0, wholeText = 0.0
        if sentenceCount > 0 {
            let count = Double(sentenceCount)
            let leaning = min(1, (count - 1) / 4)
            let day = sentenceCount >= 3
            let extra = day ? weights.lastSentence - 1 : 0
            let discount = day ? 1 - weights.feelingSentence : 0
            // A consoling sentence says the rest went the other way, so it counts against the day.
            let consoled = day ? 1 - weights.consolationSentence : 0
            let lastWeight = lastConsoles && day ? weights.consolationSentence : 1
            let firstExtra = day ? weights.firstSentence - 1 : 0
            let scores = scoreSum - discount * feelingScoreSum - consoled * consolationScoreSum + extra * lastWeight * lastScore + firstExtra * firstScore
            let leanings = leanSum - discount * feelingLeanSum - consoled * consolationLeanSum + extra * lastWeight * Self.leaning(of: lastScore) + firstExtra * Self.leaning(of: firstScore)
            let mean = ((1 - leaning) * scores + leaning * leanings) / (count - discount * Double(feelingCount) + extra + firstExtra)
            let evidence = mean * Double(min(sentenceCount, 9)).squareRoot()
            score = Self.squashed(evidence, normalisation: weights.entryNormalisation)
            // A day's words as a whole: what its sentences' rules and weights miss of how it felt;
            // fully from 40 words, less in a shorter text (a few lines, not a day).
            if day, !learnedDays.isEmpty {
                wholeText = min(1, Double(words) / 40) * weights.learnedDay * learnedDays.scaledSum(of: tokens)
                score = min(1, max(-1, score + wholeText))
            }
        }
        return TextAnalysis(words: words, negative: negative, positive: positive,
                            score: score, negativeWords: negativeWords, themes: themes,
                            statedCommitments: [], sentences: sentences, wholeText: wholeText)
    }
}
