import Journal

/// The sample journal as data: which days have an entry and the bytes of each, a pure function of
/// the options (no files, no clock).
struct SampleJournal {
    /// What to generate.
    let options: SampleOptions
    private let schedule: Schedule
    private let mood: Mood

    /// The journal `options` describe, scheduled over the bundled prompts.
    init(options: SampleOptions) {
        self.options = options
        schedule = Schedule(promptSet: PromptSet(bundled: PromptSet.bundled()))
        mood = Mood(seed: options.seed)
    }

    /// Every day of the span, oldest first: the `years` years ending on `end`, so consecutive
    /// spans never overlap (10 years ending 2026-11-28 start on 2016-11-29).
    var span: [Day] {
        let end = options.end
        let sameDay = Day(year: end.year - options.years, month: end.month,
                          day: min(end.day, Day.length(ofMonth: end.month, inYear: end.year - options.years)))!
        return (sameDay.ordinal + 1...end.ordinal).map(Day.init(ordinal:))
    }

    /// The days that get an entry: the span without the skipped days.
    ///
    /// Skipping draws from its own stream, so a day's text does not depend on the skip rate.
    var entryDays: [Day] {
        span.filter { day in
            var generator = SplitMix64.stream(seed: options.seed ^ 0x736B_6970, salt: UInt64(bitPattern: Int64(day.ordinal)))
            return !generator.chance(options.skipRate)
        }
    }

    /// The file for `day`: the scheduled prompts answered, a rating, the day's commitments and
    /// what later became of them.
    func entry(for day: Day) -> [UInt8] {
        var generator = SplitMix64.stream(seed: options.seed, salt: UInt64(bitPattern: Int64(day.ordinal)))
        var composer = ProseComposer(day: day, seed: options.seed, generator: SplitMix64(seed: generator.next()))
        let prompts = schedule.prompts(for: day)
        let level = mood.level(on: day)
        let attitude = generator.chance(0.1) ? nil : mood.rating(on: day)

        let count = generator.weighted([0.3, 0.35, 0.25, 0.1])  // 0–3 new commitments
        let commitments = (0..<count).map { _ in composer.commitmentText() }
        // A task's words count too (not its due phrase, which becomes a `📅 date`); answers get what is left.
        let taskWords = commitments.reduce(0) { total, text in
            total + ProseComposer.wordCount(NaturalDueDate.extract(from: text, writtenOn: day)?.text ?? text)
        }
        var budget = Double(options.words) * lengthFactor(day, &generator)
        if !prompts.review.isEmpty { budget *= 1.3 }
        let answerWords = max(12, Int(budget) - taskWords)

        var answers: [EntryWriter.Answer] = []
        if prompts.review.isEmpty {
            answers.append(EntryWriter.Answer(prompt: prompts.focus, text: composer.answer(to: prompts.focus, words: answerWords, mood: level)))
        } else {
            let share = answerWords * 2 / 5
            answers.append(EntryWriter.Answer(prompt: prompts.focus, text: composer.answer(to: prompts.focus, words: share, mood: level)))
            for question in prompts.review {
                let text = composer.answer(to: question, words: max(12, (answerWords - share) / prompts.review.count), mood: level)
                answers.append(EntryWriter.Answer(prompt: question, text: text))
            }
        }

        var bytes = EntryWriter.newEntry(day: day, attitude: attitude, answers: answers, commitments: commitments)
        bytes = EntryWriter.settingNumbers(numbers(on: day, mood: level), in: bytes, day: day)
        for (index, text) in commitments.enumerated() {
            let due = NaturalDueDate.find(in: text, writtenOn: day)?.due
            switch fate(madeOn: day, due: due, &generator) {
            case .met(let done):
                bytes = EntryWriter.setTask(index + 1, to: .met, on: done, in: bytes) ?? bytes
            case .cancelled:
                bytes = EntryWriter.setTask(index + 1, to: .cancelled, on: day, in: bytes) ?? bytes
            case .open:
                break
            }
        }
        return bytes
    }

    /// The numbers `SampleJournal.numbersFile` defines, as recorded on `day`: calls and meetings
    /// on most working days, more of them on better days (a real but noisy link with the mood),
    /// a demo now and then, and the pipeline's value on Tuesdays, the pipeline's day. Drawn from a
    /// stream of their own, so the prose does not depend on them.
    private func numbers(on day: Day, mood level: Double) -> [(name: String, value: String)] {
        guard day.weekday <= 5 else { return [] }
        var generator = SplitMix64.stream(seed: options.seed ^ 0x6E75_6D62, salt: UInt64(bitPattern: Int64(day.ordinal)))
        guard !generator.chance(0.12) else { return [] }  // a busy day: nothing logged
        let calls = max(0, Int((9.5 + 2.6 * (level - 3.45) + 4 * (generator.unit() - 0.5)).rounded()))
        let meetings = max(0, Int((Double(calls) / 5 + generator.unit() * 1.2 - 0.3).rounded(.down)))
        var values = [("calls", String(calls)), ("meetings", String(meetings))]
        if generator.chance(0.18 + 0.04 * (level - 3.45)) { values.append(("demos", "1")) }
        if day.weekday == 2 {
            // A slow swell over the quarter, and a little noise week to week.
            let phase = Double(((day.ordinal % 91) + 91) % 91) / 91
            let swell = phase < 0.5 ? phase * 2 : (1 - phase) * 2
            let pipeline = 300 + Int(220 * swell) + generator.int(in: 0...40)
            values.append(("pipeline", String(pipeline * 1000)))
        }
        return values.map { (name: $0.0, value: $0.1) }
    }

    /// The sample's `numbers.md`.
    static let numbersFile = """
        # My numbers

        - calls: 50 per week
        - meetings: 8 per week
        - demos: 4 per month
        - pipeline: 500000 level

        """

    /// The sample's `accounts.md`: the accounts the phrasebook writes about.
    static var accountsFile: String {
        "# My accounts\n\n" + Phrasebook.accounts.map { "- \($0)\n" }.joined()
    }

    /// How long the day's writing is relative to the average: longer on weekdays than at the
    /// weekend, and varied (the factors average 1).
    private func lengthFactor(_ day: Day, _ generator: inout SplitMix64) -> Double {
        let spread = 0.55 + 0.9 * (generator.unit() + generator.unit()) / 2
        return spread * (day.weekday >= 6 ? 0.8 : 1.08)
    }

    /// What became of a commitment by the journal's last day.
    private enum Fate {
        case met(Day)
        case cancelled
        case open
    }

    /// Roughly 60% met on time, 15% met late, 5% cancelled and 20% never met; a done day after
    /// the journal's end is pulled back to it, and one that cannot be both late and by then stays open.
    private func fate(madeOn day: Day, due: Day?, _ generator: inout SplitMix64) -> Fate {
        let end = options.end
        let deadline = due ?? day.adding(days: 6)
        switch generator.weighted([0.6, 0.15, 0.05, 0.2]) {
        case 0:
            let done = day.adding(days: generator.int(in: 0...max(0, day.days(until: deadline))))
            return .met(min(done, end))
        case 1:
            let done = deadline.adding(days: generator.int(in: 1...12))
            if done <= end { return .met(done) }
            return deadline < end ? .met(end) : .open
        case 2:
            return .cancelled
        default:
            return .open
        }
    }
}
