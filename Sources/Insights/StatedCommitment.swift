import Journal

/// A firm first-person commitment written in prose — "I will call Acme by Friday", "I'll send…",
/// "I'm going to…", "I promised Dana…", "I commit to…", "I have to file the forecast by Thursday",
/// "Plan for Monday: call the stalled deals" — as opposed to a tracked task line.
///
/// Not commitments: hedged ones ("maybe I'll", "I'll try to", "I should"), conditional ones (an
/// `if`, `unless`, `once`, `when`, `as soon as`… governing the clause, though "as soon as I land"
/// after the action only tells when), questions, other people's
/// promises ("Dana will…"), past intentions ("I was going to", "I meant to"), idioms ("I'll be
/// honest", "I'll admit", "I will say", "I'll tell you") and predictions ("I'm going to miss quota").
/// Task lines (`- [ ] …`) are tracked commitments and are skipped.
public struct StatedCommitment: Sendable, Equatable, Hashable {
    /// The clause that states the commitment, as written, without the sentence's final punctuation.
    public let text: String
    /// The day it is due, when the clause names one and the writing day is known.
    public let due: Day?

    /// A commitment with its text and due day.
    public init(text: String, due: Day?) {
        self.text = text
        self.due = due
    }

    /// `{text, due}`, with `due` an ISO date or `null`.
    public var json: JSON {
        .object([("text", .string(text)), ("due", .optional(due))])
    }

    /// The commitments stated in `text`; due days are resolved against `writtenOn` when given.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func find(in text: String, writtenOn: Day? = nil) -> [StatedCommitment] {
        var text = text
        return text.withUTF8 { source in
            Tokenizer.withTokens(of: source) { StatedCommitmentFinder(tokens: $0).find(writtenOn: writtenOn) }
        }
    }
}

/// Finds stated commitments in tokenized text, one sentence at a time.
struct StatedCommitmentFinder {
    let tokens: Tokens

    /// A matched "I will" / "I'm going to" / "I promised" / "I commit to".
    private struct Trigger {
        /// The index of the subject word (`i`, `i'll`, `i'm`, `i've`).
        let subject: Int
        /// The index of the first word after the trigger's words.
        let end: Int
        /// Whether the trigger is a future form whose next words may still be an idiom or a hedge.
        let isFuture: Bool
        /// The first word of the label before a colon that the commitment's text keeps
        /// ("Tomorrow: send the NDA"), if any.
        var label: Int? = nil
    }

    func find(writtenOn: Day?) -> [StatedCommitment] {
        located(writtenOn: writtenOn).map(\.commitment)
    }

    /// The stated commitments, each with the index of the word its trigger starts at.
    func located(writtenOn: Day?) -> [(commitment: StatedCommitment, word: Int)] {
        var found: [(commitment: StatedCommitment, word: Int)] = []
        var sentenceStart = 0
        for index in 0..<tokens.count where tokens[index].endsSentence || index == tokens.count - 1 {
            let sentence = sentenceStart..<index + 1
            sentenceStart = index + 1
            guard !tokens[sentence.lowerBound].isOnTaskLine, !tokens[index].endsQuestion else { continue }
            found += commitments(in: sentence, writtenOn: writtenOn)
        }
        return found
    }

    private func commitments(in sentence: Range<Int>, writtenOn: Day?) -> [(commitment: StatedCommitment, word: Int)] {
        var triggers: [Trigger] = []
        let opening = Opening(of: sentence, in: self)
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            if let trigger = trigger(at: index, before: sentence.upperBound, sentenceStart: sentence.lowerBound, opening: opening),
               !(trigger.subject..<trigger.end - 1).contains(where: { tokens[$0].endsClause }) {
                triggers.append(trigger)
                index = trigger.end
            } else {
                index += 1
            }
        }
        guard !triggers.isEmpty else { return [] }

        // Each trigger owns a segment: from the start of its clause (or the conjunction that joins
        // it to the previous trigger) to the start of the next segment.
        var starts: [Int] = []
        for (number, trigger) in triggers.enumerated() {
            var start = clauseStart(of: trigger.subject, in: sentence)
            if number > 0, start <= triggers[number - 1].subject {
                start = trigger.subject
                var back = trigger.subject - 1
                while back >= triggers[number - 1].end {
                    if tokens.word(back, isOneOf: Self.conjunctions) { start = back; break }
                    back -= 1
                }
            }
            starts.append(start)
        }

        var result: [(commitment: StatedCommitment, word: Int)] = []
        for (number, trigger) in triggers.enumerated() {
            let start = starts[number]
            let end = number + 1 < triggers.count ? starts[number + 1] : sentence.upperBound
            let conditionScope = (number == 0 ? sentence.lowerBound : start)..<trigger.subject
            guard isFirm(trigger, segmentStart: start, conditionScope: conditionScope, segmentEnd: end) else { continue }
            var first = start
            while first < trigger.subject, tokens.word(first, isOneOf: Self.conjunctions) || isTag(first) { first += 1 }
            if let label = trigger.label { first = min(first, label) }
            let text = Self.withoutTags(tokens.sourceText(textRange(words: first..<end, endsSentence: number + 1 == triggers.count)))
            let due = writtenOn.flatMap { dueDay(in: text, words: first..<end, writtenOn: $0) }
            result.append((StatedCommitment(text: text, due: due), trigger.subject))
        }
        return result
    }

    /// The trigger whose subject is word `index`, if one starts there; the subject may be left out
    /// at the start of a sentence ("Will send the deck by Friday", "Going to call Dana first").
    private func trigger(at index: Int, before end: Int, sentenceStart: Int, opening: Opening) -> Trigger? {
        if index == opening.afterOpeners, let implied = impliedSubject(at: index, before: end, sentenceStart: sentenceStart) { return implied }
        if let plan = planIs(at: index, before: end) { return plan }
        if index == opening.afterLabel || index == opening.afterTags,
           let action = imperative(at: index, sentence: sentenceStart..<end, opening: opening) {
            return action
        }
        guard tokens.folded[tokens[index].foldedStart] == UInt8(ascii: "i") else { return nil }
        func word(_ offset: Int, _ candidates: [StaticString]) -> Bool {
            index + offset < end && tokens.word(index + offset, isOneOf: candidates)
        }
        if tokens.word(index, is: "i'll") { return Trigger(subject: index, end: index + 1, isFuture: true) }
        if tokens.word(index, is: "i'd") {
            // "I told Priya I'd have the redlines back by Monday": a promise made.
            // "I'd told myself I'd hit 100 dials": a promise made before, in the past perfect.
            let told = (max(0, index - 4)..<index).first { tokens.word($0, isOneOf: ["told", "promised", "assured"]) }
            guard let told, !tokens.word(told - 1, isOneOf: ["i'd", "had"]) else { return nil }
            return Trigger(subject: index, end: index + 1, isFuture: true)
        }
        if tokens.word(index, isOneOf: Self.firstPersonAm) {
            return goingTo(subject: index, from: index + 1, before: end)
                ?? progressive(subject: index, verb: adverbsSkipped(from: index + 1, before: end), sentence: sentenceStart..<end)
        }
        if tokens.word(index, is: "i've") {
            if let obliged = obligation(subject: index, from: index + 1, sentence: sentenceStart..<end) { return obliged }
            if word(1, ["promised"]) { return Trigger(subject: index, end: index + 2, isFuture: false) }
            if word(1, ["committed"]), word(2, ["to"]) { return Trigger(subject: index, end: index + 3, isFuture: false) }
            return nil
        }
        guard tokens.word(index, is: "i") else { return nil }
        var next = index + 1
        while next < end, tokens.word(next, isOneOf: Self.subjectAdverbs) { next += 1 }
        guard next < end else { return nil }
        let offset = next - index
        if word(offset, ["won't"]) || word(offset, ["will"]) && word(offset + 1, ["not", "never"]) {
            return firmRefusal(subject: index, from: next + 1, before: end)
        }
        if word(offset, ["will", "shall"]) { return Trigger(subject: index, end: next + 1, isFuture: true) }
        if let obliged = obligation(subject: index, from: next, sentence: sentenceStart..<end) { return obliged }
        // "Tomorrow I finish section 4", "Monday I drive out to the Lindqvist place": a day ahead
        // opening the sentence makes the present a plan.
        if index == opening.afterOpeners, (sentenceStart..<index).contains(where: { tokens.word($0, isOneOf: Self.timesAhead) }),
           word(offset, Self.actions.words) || word(offset, ["open", "review", "meet", "run", "hit", "see", "take", "head"]) {
            return Trigger(subject: index, end: next + 1, isFuture: true)
        }
        if word(offset, ["am"]) {
            return goingTo(subject: index, from: next + 1, before: end)
                ?? progressive(subject: index, verb: adverbsSkipped(from: next + 1, before: end), sentence: sentenceStart..<end)
        }
        if word(offset, ["promise", "promised"]) { return Trigger(subject: index, end: next + 1, isFuture: false) }
        if word(offset, ["commit"]), word(offset + 1, ["to"]) {
            return Trigger(subject: index, end: next + 2, isFuture: false)
        }
        if word(offset, ["have"]), word(offset + 1, ["promised"]) {
            return Trigger(subject: index, end: next + 2, isFuture: false)
        }
        return nil
    }

    /// The first word from `index` that is not an adverb ("I'm finally clearing the backlog").
    private func adverbsSkipped(from index: Int, before end: Int) -> Int {
        var next = index
        while next + 1 < end, tokens.word(next, isOneOf: Self.subjectAdverbs) || tokens.word(next, is: "finally") { next += 1 }
        return next
    }

    /// "I won't leave today until…", "I won't skip my call block again": a refusal with a bound is
    /// a resolution.
    private func firmRefusal(subject: Int, from index: Int, before end: Int) -> Trigger? {
        // "I won't see a cent till February": a prediction, not a resolution.
        var verb = index
        while verb < end, tokens.word(verb, isOneOf: ["not", "never", "ever", "again", "even"]) { verb += 1 }
        if tokens.word(verb, isOneOf: ["see", "get", "be", "have", "hit", "make", "need", "know", "last", "survive"]) { return nil }
        for next in index..<end where tokens.word(next, isOneOf: ["until", "till", "again", "anymore"]) {
            return Trigger(subject: subject, end: index, isFuture: false)
        }
        return nil
    }

    /// After "I'm" / "I am": "going to", "gonna", "committed to", "committing to".
    private func goingTo(subject: Int, from index: Int, before end: Int) -> Trigger? {
        var next = index
        while next < end, tokens.word(next, isOneOf: Self.subjectAdverbs) { next += 1 }
        guard next < end else { return nil }
        if tokens.word(next, is: "gonna") { return Trigger(subject: subject, end: next + 1, isFuture: true) }
        guard next + 1 < end, tokens.word(next + 1, is: "to") else { return nil }
        if tokens.word(next, is: "going") { return Trigger(subject: subject, end: next + 2, isFuture: true) }
        if tokens.word(next, isOneOf: ["committed", "committing", "determined"]) {
            return Trigger(subject: subject, end: next + 2, isFuture: false)
        }
        return nil
    }

    /// "I'm calling the Acme CFO tomorrow at nine", "Tomorrow I'm sending Globex the SOW": a
    /// present progressive with a time ahead in the same sentence is a plan.
    private func progressive(subject: Int, verb: Int, sentence: Range<Int>) -> Trigger? {
        // "I'm going back to the Coburg bottle-o on Tuesday": going somewhere is a plan; "going
        // mad" is a state.
        let goingSomewhere = tokens.word(verb, is: "going") && verb + 1 < sentence.upperBound
            && tokens.word(verb + 1, isOneOf: ["back", "over", "round", "around"])
        guard verb < sentence.upperBound, tokens.word(verb, hasSuffix: "ing"),
              isAction(verb) || goingSomewhere, !tokens.word(verb, isOneOf: Self.hedges) else { return nil }
        return hasTimeAhead(sentence) ? Trigger(subject: subject, end: verb, isFuture: false) : nil
    }

    /// Whether the word ending in "-ing" at `verb` is an action, not a state: "doing well" is a
    /// state, "doing the loss review" and "meeting the fleet manager" are actions.
    private func isAction(_ verb: Int) -> Bool {
        // "I'm writing this at eleven": the entry itself.
        if tokens.word(verb, is: "writing"), tokens.word(verb + 1, isOneOf: ["this", "these"]) { return false }
        guard tokens.word(verb, isOneOf: Self.stateVerbs) else { return true }
        return tokens.word(verb, isOneOf: ["doing", "starting", "meeting", "training", "running", "onboarding"])
            && verb + 1 < tokens.count && !tokens[verb].endsClause
            && tokens.word(verb + 1, isOneOf: ["the", "a", "an", "my", "our", "their", "his", "her", "two", "three", "four", "all", "both", "every"])
    }

    /// Whether the sentence names a time still ahead: "tomorrow", "by Friday", "at 9", "this
    /// afternoon", "first thing", "in the morning".
    private func hasTimeAhead(_ sentence: Range<Int>) -> Bool {
        sentence.contains { index in
            tokens.word(index, isOneOf: Self.timesAhead)
                || tokens.word(index, is: "at") && index + 1 < sentence.upperBound
                    && (tokens.startsWithDigit(index + 1) || tokens.word(index + 1, isOneOf: Self.hours)
                        || tokens.word(index + 1, isOneOf: ["lunch", "lunchtime"]))
                || tokens.word(index, is: "on") && index + 1 < sentence.upperBound && tokens.word(index + 1, is: "payday")
                || tokens.word(index, is: "this") && index + 1 < sentence.upperBound
                    && tokens.word(index + 1, isOneOf: ["quarter", "month", "afternoon", "evening", "weekend", "week"])
                // "on the 14th", "to Friday's game"
                || tokens.word(index, is: "the") && index >= sentence.lowerBound + 1 && tokens.word(index - 1, is: "on")
                    && index + 1 < sentence.upperBound && tokens.isOrdinal(index + 1)
                || tokens.word(index, isOneOf: Self.possessiveDays)
                || tokens.word(index, is: "first") && index + 1 < sentence.upperBound && tokens.word(index + 1, is: "thing")
                || tokens.word(index, is: "morning") && index >= sentence.lowerBound + 2 && tokens.word(index - 2, is: "in")
                    && tokens.word(index - 1, is: "the")
        }
    }

    /// "Tomorrow: 60 dials, then the site visits", "First thing Monday: call Northwind", "#todo
    /// send the rate card Wednesday", "Send the revised SOW to Brightline by noon": an action opening
    /// the sentence after a label of time or resolve and a colon (or a number of things to do), after
    /// a to-do tag, or with a time ahead in the sentence. "Call with Dana tomorrow" is a diary note.
    private func imperative(at index: Int, sentence: Range<Int>, opening: Opening) -> Trigger? {
        let labelled = index == opening.afterLabel && opening.colon
        let tagged = index == opening.afterTags && index > sentence.lowerBound
        let label = labelled ? sentence.lowerBound : nil
        if labelled, tokens.startsWithDigit(index) {
            return Trigger(subject: index, end: index + 1, isFuture: false, label: label)
        }
        guard tokens.word(index, isOneOf: Self.actions), index + 1 < sentence.upperBound,
              // "Quote expired before they signed", "Call with Dana tomorrow": a noun, not an action.
              !tokens.word(index + 1, isOneOf: ["with", "from", "went", "was", "is", "got", "notes", "log", "list", "prep", "about"]),
              !tokens.word(index + 1, hasSuffix: "ed"),
              labelled || tagged || hasTimeAhead(sentence) else { return nil }
        return Trigger(subject: index, end: index + 1, isFuture: false, label: label)
    }

    /// Where a sentence's own words start, worked out once a sentence: after its opening time
    /// words ("Tomorrow, will call…"), after those and a label ("First thing Monday:", "Note to
    /// self:"), and after its tags ("#todo send…").
    private struct Opening {
        let afterOpeners: Int
        let afterLabel: Int
        /// Whether a colon ends the opening time words or label: "Tomorrow: send the NDA".
        let colon: Bool
        let afterTags: Int

        init(of sentence: Range<Int>, in finder: StatedCommitmentFinder) {
            let tokens = finder.tokens
            var index = sentence.lowerBound
            // "Tomorrow at 8 I call the agency": an hour after the time words opens the sentence too.
            while index < sentence.upperBound {
                if tokens.word(index, isOneOf: StatedCommitmentFinder.openers) {
                    index += 1
                } else if index > sentence.lowerBound, index + 1 < sentence.upperBound, tokens.word(index, is: "at"),
                          tokens.startsWithDigit(index + 1) || tokens.word(index + 1, isOneOf: StatedCommitmentFinder.hours),
                          (sentence.lowerBound..<index).contains(where: { tokens.word($0, isOneOf: StatedCommitmentFinder.timesAhead) }) {
                    index += 2
                } else if index > sentence.lowerBound, index + 1 < sentence.upperBound, tokens.startsWithDigit(index), !tokens.hasColon(after: index - 1),
                          tokens.word(index, hasSuffix: "am") || tokens.word(index, hasSuffix: "pm") || tokens.word(index + 1, isOneOf: ["am", "pm"])
                            || tokens.source[tokens[index].sourceStart..<tokens[index].sourceEnd].contains(UInt8(ascii: ":")),
                          (sentence.lowerBound..<index).contains(where: { tokens.word($0, isOneOf: StatedCommitmentFinder.timesAhead) }) {
                    // "Friday 10am send Foster the recap", "Tomorrow 8:30 call Foster", "tomorrow 6 am
                    // I go to the godown": a clock time after the day, without "at".
                    index += 1
                    if tokens.word(index, isOneOf: ["am", "pm"]) { index += 1 }
                } else {
                    break
                }
            }
            afterOpeners = index
            while index < sentence.upperBound,
                  tokens.word(index, isOneOf: StatedCommitmentFinder.openers) || tokens.word(index, isOneOf: StatedCommitmentFinder.labels) {
                index += 1
            }
            // "Plan for Monday:", "On my list for tomorrow:", "Today's last task:": a label of a few
            // words before a colon that names a plan or a time ahead, every word of it a label's or
            // a time's ("Not bad for a Monday: 3 meetings" is no label).
            if let labelEnd = (index..<max(index, min(sentence.upperBound - 1, sentence.lowerBound + 6))).first(where: { tokens.hasColon(after: $0) }),
               (sentence.lowerBound...labelEnd).contains(where: {
                   tokens.word($0, isOneOf: StatedCommitmentFinder.planLabels) || tokens.word($0, isOneOf: StatedCommitmentFinder.timesAhead)
                       || tokens.word($0, isOneOf: StatedCommitmentFinder.possessiveDays)
               }),
               (sentence.lowerBound...labelEnd).allSatisfy({ word in
                   tokens.startsWithDigit(word) || [StatedCommitmentFinder.planLabels, StatedCommitmentFinder.labels, StatedCommitmentFinder.openers,
                    StatedCommitmentFinder.timesAhead, StatedCommitmentFinder.possessiveDays, StatedCommitmentFinder.labelLinks].contains { tokens.word(word, isOneOf: $0) }
               }) {
                index = labelEnd + 1
            }
            afterLabel = index
            colon = index > sentence.lowerBound && index < sentence.upperBound && tokens.hasColon(after: index - 1)
            index = sentence.lowerBound
            while index < sentence.upperBound, finder.isTag(index) { index += 1 }
            afterTags = index
        }
    }

    /// "I have to file the forecast by Thursday", "I've got to book the site visit for Tuesday",
    /// "Must ring Kwame b4 he travels on Thurs": an obligation the writer takes on, with a time
    /// ahead in the sentence, is a plan; without one it is a want ("I really need to get fitter").
    private func obligation(subject: Int, from index: Int, sentence: Range<Int>) -> Trigger? {
        var verb = index
        if tokens.word(verb, isOneOf: ["must", "gotta"]) {
            verb += 1
        } else if tokens.word(verb, isOneOf: ["have", "need", "got"]), tokens.word(verb + 1, is: "to") {
            verb += 2
        } else {
            return nil
        }
        guard verb < sentence.upperBound, !tokens[verb - 1].endsClause, hasTimeAhead(sentence) else { return nil }
        return Trigger(subject: subject, end: verb, isFuture: true)
    }

    /// "Will send…", "Going to call…", "Gonna…", "Must ring…" opening a sentence, after any time
    /// words ("Tomorrow, will call…"): the writer is the subject.
    private func impliedSubject(at index: Int, before end: Int, sentenceStart: Int) -> Trigger? {
        if tokens.word(index, isOneOf: ["will", "gonna"]) { return Trigger(subject: index, end: index + 1, isFuture: true) }
        if let obliged = obligation(subject: index, from: index, sentence: sentenceStart..<end) { return obliged }
        if tokens.word(index, isOneOf: ["promised", "committed"]) { return Trigger(subject: index, end: index + 1, isFuture: false) }
        // "Committing to 100 doors a day", "Not leaving the office till the forecast balances".
        if tokens.word(index, is: "committing"), tokens.word(index + 1, is: "to") { return Trigger(subject: index, end: index + 2, isFuture: false) }
        if tokens.word(index, is: "not"), index + 1 < end, tokens.word(index + 1, hasSuffix: "ing"),
           (index + 2..<end).contains(where: { tokens.word($0, isOneOf: ["until", "till", "before"]) }) {
            return Trigger(subject: index, end: index + 2, isFuture: false)
        }
        // "Sending the case study to Jordan tomorrow", "Dialing Acme's CFO at 9:00 tomorrow".
        if tokens.word(index, hasSuffix: "ing"), isAction(index),
           let plan = progressive(subject: index, verb: index, sentence: sentenceStart..<end) {
            return Trigger(subject: index, end: index + 1, isFuture: plan.isFuture)
        }
        if tokens.word(index, is: "going"), index + 1 < end, tokens.word(index + 1, is: "to") {
            return Trigger(subject: index, end: index + 2, isFuture: true)
        }
        return nil
    }

    /// "My plan is to…", "The plan for tomorrow is to…", "I've decided to…".
    private func planIs(at index: Int, before end: Int) -> Trigger? {
        if tokens.word(index, isOneOf: Self.planOwners), index + 1 < end, tokens.word(index + 1, isOneOf: Self.plans) {
            var next = index + 2
            while next < end, next < index + 6, !tokens.word(next, is: "is") { next += 1 }
            if next + 1 < end, tokens.word(next, is: "is"), tokens.word(next + 1, is: "to") {
                return Trigger(subject: index, end: next + 2, isFuture: false)
            }
        }
        if tokens.word(index, isOneOf: Self.deciders), index + 2 < end, tokens.word(index + 1, is: "decided"), tokens.word(index + 2, is: "to") {
            return Trigger(subject: index, end: index + 3, isFuture: false)
        }
        return nil
    }

    // `planIs` asks of every word: lists made once.
    private static let planOwners = WordSet(["my", "the"])
    private static let plans = WordSet(["plan", "goal", "priority"])
    private static let deciders = WordSet(["i've", "i"])

    /// Whether the trigger states a firm commitment: no hedge in its clause, no condition governing
    /// it, and a real action after it (not an idiom, a negation or a prediction).
    private func isFirm(_ trigger: Trigger, segmentStart: Int, conditionScope: Range<Int>, segmentEnd: Int) -> Bool {
        for index in segmentStart..<trigger.subject where tokens.word(index, isOneOf: Self.hedges) { return false }
        // "I'm not sure I'll…", "I doubt I'll…".
        for index in max(segmentStart, trigger.subject - 4)..<trigger.subject where tokens.word(index, isOneOf: Self.doubts) { return false }
        // "Sure, I'll just make quota out of thin air", "Yeah, I'll definitely… right after I win the lottery".
        var opening = trigger.subject
        while opening > 0, !tokens[opening - 1].endsSentence { opening -= 1 }
        if tokens.word(opening, isOneOf: ["sure", "yeah", "yes", "right", "oh"]),
           (trigger.end..<segmentEnd).contains(where: { tokens.word($0, isOneOf: ["just", "right", "lottery", "definitely", "totally", "happily", "gladly"]) }) {
            return false
        }
        // "Oh sure, he'll 'circle back,' I'll hold my breath": a mocking reply promises nothing.
        if tokens.word(opening, is: "oh"), tokens.word(opening + 1, isOneOf: ["sure", "yes", "yeah", "right"]) { return false }
        // "'I'll get back to you,' the buyer said": someone else's words in quotes.
        if isQuoted(trigger.subject, from: opening) { return false }
        // "Sure, I'll make 200 calls a day and also be "consultative"", "Perfect, the sauna is "too
        // hot", I'll have a word with physics".
        if tokens.word(opening, isOneOf: ["sure", "yeah", "yes", "right", "oh", "perfect", "great", "brilliant", "lovely", "fantastic", "wonderful"]) {
            let last = tokens[segmentEnd - 1]
            let quotes = tokens.source[tokens[opening].sourceStart..<max(last.sentenceEnd, last.sourceEnd)]
            if quotes.contains(where: { $0 == UInt8(ascii: "\"") || $0 == 0xE2 }) { return false }
        }
        // "I'm terrified I'm going to get let go": a fear, not a plan.
        // "I'm nervous, but I'm calling Sharon at nine" is resolve, though.
        for index in max(opening, trigger.subject - 3)..<trigger.subject where tokens.word(index, isOneOf: Self.fears)
            && !(index..<trigger.subject).contains(where: { tokens[$0].endsClause }) {
            return false
        }
        // "I have no idea how I'm going to hit the new quota": a question inside the sentence.
        if trigger.subject > opening, tokens.word(trigger.subject - 1, isOneOf: ["how", "whether", "why", "what", "where"]) { return false }
        // "Promised Dana the deck by noon and sent it at 11:40", "I told Mark last week I'd…": a
        // promise made earlier and already kept or broken is news, not a commitment.
        if !trigger.isFuture || tokens.word(trigger.subject, is: "i'd") {
            for index in max(opening, trigger.subject - 4)..<trigger.subject where tokens.word(index, is: "last")
                && tokens.word(index + 1, isOneOf: ["week", "month", "night", "time", "year", "monday", "tuesday", "wednesday", "thursday", "friday"]) {
                return false
            }
            for index in trigger.end..<segmentEnd where tokens.word(index, isOneOf: ["and", "but"])
                && (index + 1..<min(segmentEnd, index + 4)).contains(where: { tokens.word($0, isOneOf: ["sent", "went", "did", "delivered", "still", "got", "made", "missed"]) }) {
                return false
            }
        }
        // "There's no way I'm making the number".
        for index in max(opening, trigger.subject - 3)..<trigger.subject
        where index > opening && tokens.word(index, is: "way") && tokens.word(index - 1, is: "no") {
            return false
        }
        // "Can't promise I'll…", "I keep saying I'll…", "…at some point".
        for index in max(opening, trigger.subject - 3)..<trigger.subject
        where tokens.word(index, isOneOf: ["promise", "guarantee", "swear", "saying", "say", "telling"])
            && (index == 0 || tokens.word(index - 1, hasSuffix: "n't") || tokens.word(index - 1, isOneOf: ["not", "keep", "always"])) {
            return false
        }
        for index in trigger.end..<segmentEnd where tokens.word(index, is: "point") && tokens.word(index - 1, is: "some") {
            return false
        }
        // "Told myself I'd cold call for an hour and then didn't", "…the quote yesterday": a promise
        // already broken or past; "fingers crossed" hedges; an eye-roll or "just go ahead and"
        // mocks ("I'll definitely hit quota now that they've cut my territory 🙄").
        for index in trigger.end..<segmentEnd {
            if tokens.word(index, isOneOf: ["yesterday", "🙄", "🙃"]) { return false }
            if tokens.word(index, isOneOf: ["didn't", "don't", "never", "forgot"]),
               (max(trigger.end, index - 2)..<index).contains(where: { tokens.word($0, isOneOf: ["and", "but", "then"]) }) {
                return false
            }
        }
        for index in segmentStart..<segmentEnd where index > 0 && tokens.word(index, is: "crossed") && tokens.word(index - 1, is: "fingers") {
            return false
        }
        if trigger.end + 3 < segmentEnd, tokens.word(trigger.end, is: "just"), tokens.word(trigger.end + 1, is: "go"),
           tokens.word(trigger.end + 2, is: "ahead") {
            return false
        }
        for index in conditionScope where isCondition(at: index) { return false }
        for index in trigger.end..<segmentEnd where isCondition(at: index) && !isTimeClause(at: index) { return false }
        guard trigger.isFuture else { return trigger.end < segmentEnd }
        var next = trigger.end
        // An adverb needs a word after it: "I'll reply" ends in -ly but is the action.
        while next + 1 < segmentEnd, !tokens.word(next, isOneOf: Self.hedges),
              tokens.word(next, isOneOf: Self.actionAdverbs) || tokens.word(next, hasSuffix: "ly") {
            next += 1
        }
        guard next < segmentEnd else { return false }
        if tokens.word(next, isOneOf: Self.hedges) || tokens.word(next, isOneOf: Self.notActions) { return false }
        if tokens.word(next, is: "be") {   // "I'll be honest" — but "I'll be sending it", "I'll be there at 7", "I'll be the one to call"
            return next + 1 < segmentEnd && (tokens.word(next + 1, hasSuffix: "ing") || tokens.word(next + 1, isOneOf: ["at", "there"])
                || next + 3 < segmentEnd && tokens.word(next + 1, is: "the") && tokens.word(next + 2, is: "one") && tokens.word(next + 3, is: "to"))
        }
        if tokens.word(next, is: "tell"), next + 1 < segmentEnd, tokens.word(next + 1, isOneOf: ["you", "ya"]) {
            return false   // "I'll tell you what"
        }
        if tokens.word(next, is: "give"), next + 2 < segmentEnd, tokens.word(next + 2, is: "that") {
            return false   // "I'll give them that"
        }
        if tokens.word(next, is: "keep"), next + 1 < segmentEnd, tokens.word(next + 1, is: "it") { return false }
        // "…which at this point I'll take": an acceptance, not an action.
        if tokens.word(next, is: "take"), next + 1 == segmentEnd
            || next + 1 < segmentEnd && tokens.word(next + 1, isOneOf: ["it", "that"]) && (next + 2 == segmentEnd || tokens[next + 1].endsClause) {
            return false
        }
        return true
    }

    /// Whether the "as soon as" ending at `index`, after the action, tells when rather than
    /// whether: the writer's own step or an opening hour ("as soon as I land", "as soon as they
    /// open"), not someone's say-so ("as soon as procurement gives the okay").
    private func isTimeClause(at index: Int) -> Bool {
        guard tokens.word(index, is: "soon"), index + 2 < tokens.count, tokens.word(index + 1, is: "as") else { return false }
        return tokens.word(index + 2, isOneOf: ["i", "i'm", "we", "we're"])
            || (index + 2...min(tokens.count - 1, index + 4)).contains {
                tokens.word($0, isOneOf: ["open", "opens", "land", "lands", "arrive", "arrives", "start", "starts"])
            }
    }

    /// Whether a conditional word or phrase stands at `index`: `if`, `unless`, `as soon as`, ….
    private func isCondition(at index: Int) -> Bool {
        if tokens.word(index, isOneOf: Self.conditions) { return true }
        guard index > 0 else { return false }
        if tokens.word(index, is: "soon"), tokens.word(index - 1, is: "as") { return true }   // as soon as
        if tokens.word(index, is: "case"), tokens.word(index - 1, is: "in") { return true }   // in case
        if tokens.word(index, is: "long"), tokens.word(index - 1, is: "as"),
           index + 1 < tokens.count, tokens.word(index + 1, is: "as") { return true }         // as long as
        return false
    }

    /// The first word of the clause holding word `index`.
    private func clauseStart(of index: Int, in sentence: Range<Int>) -> Int {
        var start = index
        while start > sentence.lowerBound, !tokens[start - 1].endsClause { start -= 1 }
        return start
    }

    /// The due day named in the commitment: a "by …" phrase, else a bare day ("tomorrow",
    /// "on Monday", "first thing Friday", "next Tuesday"), read with `NaturalDueDate`'s rules.
    private func dueDay(in text: String, words: Range<Int>, writtenOn: Day) -> Day? {
        if let match = NaturalDueDate.find(in: text, writtenOn: writtenOn) { return match.due }
        for index in words where tokens.word(index, isOneOf: Self.dayWords)
            || tokens.word(index, hasSuffix: "'s") && Self.dayWords.words.contains(where: { isPossessive(index, of: $0) }) {
            let rest = tokens.sourceText(tokens[index].sourceStart..<tokens[words.upperBound - 1].sourceEnd)
            if let match = NaturalDueDate.find(in: "by " + rest, writtenOn: writtenOn) { return match.due }
        }
        return nil
    }

    /// Whether the word at `index` stands inside quotes opened in its sentence (from `start`):
    /// straight double quotes, curly ones, or a single quote opening the sentence.
    private func isQuoted(_ index: Int, from start: Int) -> Bool {
        let bytes = tokens.source
        var lineStart = tokens[start].sourceStart
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != UInt8(ascii: "."), bytes[lineStart - 1] != UInt8(ascii: "!"),
              bytes[lineStart - 1] != UInt8(ascii: "?"), tokens[start].sourceStart - lineStart < 4 {
            lineStart -= 1
        }
        var open = false
        var cursor = lineStart
        while cursor < tokens[index].sourceStart {
            if bytes[cursor] == UInt8(ascii: "\"") {
                open.toggle()
            } else if bytes[cursor] == 0xE2, cursor + 2 < bytes.count, bytes[cursor + 1] == 0x80 {
                if bytes[cursor + 2] == 0x9C { open = true } else if bytes[cursor + 2] == 0x9D { open = false }
                // ‘ opening the sentence: 'I'll get back to you' is what he always says.
                if bytes[cursor + 2] == 0x98, cursor < tokens[start].sourceStart { open = true }
            } else if bytes[cursor] == UInt8(ascii: "'"), cursor < tokens[start].sourceStart {
                open = true
            }
            cursor += 1
        }
        return open
    }

    /// Whether word `index` is written as a `#tag` or an `@mention`.
    fileprivate func isTag(_ index: Int) -> Bool {
        let start = tokens[index].sourceStart
        return start > 0 && (tokens.source[start - 1] == UInt8(ascii: "#") || tokens.source[start - 1] == UInt8(ascii: "@"))
    }

    /// `text` without its `#tag` and `@mention` words: they file the commitment, they are not
    /// part of what was promised.
    static func withoutTags(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "@") }) else { return text }
        var kept: [Substring] = []
        for word in text.split(separator: " ") where !(word.count > 1 && (word.hasPrefix("#") || word.hasPrefix("@"))) {
            kept.append(word)
        }
        return kept.joined(separator: " ")
    }

    /// Whether word `index` is `word` followed by `'s` (Friday's).
    private func isPossessive(_ index: Int, of word: StaticString) -> Bool {
        let token = tokens[index]
        guard token.foldedCount == word.utf8CodeUnitCount + 2 else { return false }
        for offset in 0..<word.utf8CodeUnitCount where tokens.folded[token.foldedStart + offset] != word.utf8Start[offset] {
            return false
        }
        return true
    }

    /// The source bytes of a commitment's words, up to the sentence's end when it is the last one,
    /// without a final `. , ; :`, spaces or a dangling conjunction ("…tonight and").
    private func textRange(words: Range<Int>, endsSentence: Bool) -> Range<Int> {
        var last = words.upperBound - 1
        while last > words.lowerBound, tokens.word(last, isOneOf: Self.conjunctions) {
            last -= 1
        }
        let lastWord = tokens[last]
        var end = endsSentence && last == words.upperBound - 1 ? lastWord.sentenceEnd
            : last + 1 < tokens.count ? tokens[last + 1].sourceStart : lastWord.sourceEnd
        while end > lastWord.sourceEnd, Self.isTrailing(tokens.source[end - 1]) { end -= 1 }
        return tokens[words.lowerBound].sourceStart..<max(end, lastWord.sourceEnd)
    }

    /// Spaces and the punctuation a commitment's text does not end with.
    private static func isTrailing(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0D, 0x0A, 0x2E, 0x2C, 0x3B, 0x3A: true
        default: false
        }
    }

    private static let firstPersonAm = WordSet(["i'm"])
    /// Words that may open a sentence before a subject-less "Will…" or "Going to…".
    fileprivate static let openers = WordSet([
        "tomorrow", "tonight", "today", "then", "also", "and", "so", "first", "thing", "next", "week",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
        "afternoon", "this", "on", "definitely", "absolutely", "now", "starting", "from",
    ])
    /// Words that label a line of plans before a colon: "Non-negotiable:", "Note to self:".
    fileprivate static let labels = WordSet([
        "non-negotiable", "nonnegotiable", "promise", "to", "myself", "note", "self", "todo", "to-do", "plan", "plans",
        "commitment", "goal", "priority", "job", "task", "tasks", "right", "ok", "okay", "weekend",
    ])
    /// Words that make what comes before a colon a label of plans: "Plan for Monday:", "Arvo job:".
    fileprivate static let planLabels = WordSet([
        "plan", "plans", "list", "job", "jobs", "task", "tasks", "priority", "priorities", "goal", "goals", "todo", "to-do",
        "tomorrow's", "today's", "tonight's", "arvo",
    ])
    /// Words that join a plan label's words: "On my list for tomorrow:", "Today's last task:".
    fileprivate static let labelLinks = WordSet(["for", "my", "the", "on", "last", "first", "top", "big", "main", "one", "at", "b4"])
    /// Actions that open a line of plans: "Send the SOW by noon", "Tomorrow: chase the invoices".
    private static let actions = WordSet([
        "call", "ring", "phone", "email", "text", "message", "send", "resend", "chase", "book", "schedule", "reschedule",
        "confirm", "fix", "finish", "follow", "prep", "prepare", "write", "rewrite", "draft", "update", "clean", "kill",
        "submit", "ask", "tell", "build", "rebuild", "visit", "pitch", "present", "reply", "dial", "knock", "post",
        "share", "file", "practise", "practice", "block", "leave", "get", "make", "start", "close", "sort",
        "order", "pay", "invoice", "map", "research", "finalise", "finalize", "sign", "escalate", "push",
        "nail", "lock", "check", "record", "clear", "respond", "introduce", "loop", "thank", "apologise", "apologize",
        "cancel", "print", "drive", "tidy", "organise", "organize", "move", "return", "go", "bring",
    ])
    /// Words that say a time still ahead.
    fileprivate static let timesAhead = WordSet([
        "tomorrow", "tonight", "later", "next", "before", "by", "noon", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "eod", "eow",
    ])
    /// An hour in words: "I'm ringing the client at seven".
    fileprivate static let hours = WordSet([
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "noon", "midday",
    ])
    fileprivate static let possessiveDays = WordSet([
        "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's", "tomorrow's",
    ])
    /// "-ing" words after "I'm" that say a state, not a planned action.
    private static let stateVerbs = WordSet([
        "feeling", "thinking", "hoping", "wondering", "worrying", "struggling", "waiting", "getting",
        "starting", "beginning", "losing", "running", "dreading", "doing", "going", "being", "having",
        "considering", "debating", "leaning", "looking", "expecting", "guessing", "assuming", "planning",
        "morning", "evening", "nothing", "something", "everything", "anything", "thing", "during", "meeting",
        "loving", "enjoying", "hating", "marketing", "training", "onboarding", "pricing", "frustrating",
        "exciting", "interesting", "amazing", "annoying", "disappointing", "encouraging", "boring", "staffing",
        "funding", "hiring", "recruiting", "consulting", "engineering", "accounting", "building", "setting",
        "earnings", "nothing's",
        "according", "including", "pending", "spring", "king", "ring", "bring", "sing", "wing", "string",
        "still", "kidding", "joking", "missing", "falling", "living", "panicking", "stressing", "freaking", "sitting",
        "staring", "crying", "smiling", "laughing", "buzzing", "drowning", "spiralling", "spiraling", "fuming", "sulking", "coaching",
    ])
    /// Words of fear a few words before the subject.
    private static let fears = WordSet([
        "terrified", "afraid", "scared", "worried", "worry", "fear", "feared", "dread", "dreading", "nervous", "anxious", "panicking",
    ])
    /// Words of doubt just before the subject.
    private static let doubts = WordSet(["sure", "unsure", "doubt", "doubtful", "wonder", "dunno", "know", "idea"])
    private static let conjunctions = WordSet(["and", "but", "so", "then"])
    /// Words allowed between "I" and "will" / "am".
    private static let subjectAdverbs = WordSet([
        "also", "really", "definitely", "absolutely", "certainly", "hereby", "just", "now", "then",
        "personally", "still", "truly",
    ])
    /// Words allowed between "will" and the action, besides `-ly` adverbs.
    private static let actionAdverbs = WordSet([
        "also", "first", "then", "now", "just", "still", "finally", "definitely", "absolutely",
        "immediately", "personally", "actually", "really", "today", "tomorrow", "tonight", "again",
    ])
    private static let hedges = WordSet([
        "maybe", "perhaps", "possibly", "probably", "hopefully", "ideally", "likely", "might", "may",
        "could", "should", "would", "try", "trying", "attempt", "aim", "hope", "guess", "suppose",
        "think", "want", "wanna", "wish", "someday", "sometime", "eventually", "theory", "theoretically",
    ])
    private static let conditions = WordSet([
        "if", "unless", "once", "when", "whenever", "depending", "provided", "providing", "assuming",
    ])
    /// Words after "I will" that make an idiom, a negation or a prediction rather than an action.
    private static let notActions = WordSet([
        "not", "never", "admit", "say", "bet", "grant", "confess", "concede", "guess", "miss", "lose",
        "fail", "regret", "forget", "need", "probably", "see", "survive", "live", "die", "enjoy", "love", "hate", "like", "pretend",
    ])
    /// Words that may start a bare due phrase.
    private static let dayWords = WordSet([
        "today", "tonight", "tomorrow", "eod", "eow", "eom", "next", "end", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])
}
