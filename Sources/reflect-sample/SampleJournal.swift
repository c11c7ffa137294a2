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
