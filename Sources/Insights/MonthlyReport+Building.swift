import Journal

extension MonthlyReport {
    /// Builds the report on `month` as of `today` from entries already read.
    ///
    /// Pure: no file system, no clock. The caller reads only what the report needs.
    ///
    /// - Parameters:
    ///   - entries: the month's entries (others, and those after the reference day, are ignored).
    ///   - previousEntries: the previous month's entries, for the comparison.
    ///   - entryDays: the days that have an entry file, sorted or not, from the whole journal or at
    ///     least from the start of the current streak to the reference day: they give the current
    ///     streak and how many entries an unmet commitment was carried through. No file is opened
    ///     for them (`JournalStore.entryFiles()`).
    ///   - promptSet: the prompts, to recognise answers to coaching questions.
    ///   - analyzer: scores the entries and counts their negative words, themes and stated commitments.
    ///   - weekStart: the weekday the report's weeks start on, 1 Monday … 7 Sunday.
    /// - Complexity: O(n) in the length of the entries' text, plus O(d log d) in the number of days.
    public static func build(
        month: Month, today: Day, entries: [Entry], previousEntries: [Entry], entryDays: [Day],
        promptSet: PromptSet, analyzer: TextAnalyzer, weekStart: Int = 1
    ) -> MonthlyReport {
        let (reference, period) = MonthlyReport.reference(for: month, today: today)
        let current = ReportEntries(entries.filter { month.contains($0.day) && $0.day <= reference }, analyzer: analyzer,
                                    keepsSentences: true)
        let previousMonth = month.previous
        let previous = ReportEntries(previousEntries.filter { previousMonth.contains($0.day) }, analyzer: analyzer)

        let daysToReference = sortedDays(entryDays, through: reference, including: current.entries.map(\.day))
        let daysInMonth = current.entries.map(\.day)

        let commitments = current.entries.flatMap(Commitment.all(in:))
        var report = MonthlyReport(
            month: month,
            reference: reference,
            period: period,
            entries: current.entries.count,
            daysCovered: daysInMonth.count,
            words: current.analyses.reduce(0) { $0 + $1.words },
            streak: Streaks(
                current: period == .future ? 0 : Streak.current(daysToReference, on: reference),
                longest: Streak.longest(daysInMonth)
            ),
            weeks: weeks(of: month, through: reference, entries: current, commitments: commitments, weekStart: weekStart),
            attitude: Attitude(
                current: current.averages(),
                previous: previous.averages(),
                previousMonth: previousMonth,
                days: current.entries.indices.map { index in
                    let entry = current.entries[index]
                    let analysis = current.analyses[index]
                    return DayFigures(day: entry.day, rating: entry.attitude, score: analysis.words > 0 ? analysis.score : nil,
                                      negative: analysis.negative, words: analysis.words)
                }
            ),
            negativeWords: negativeWords(in: current.analyses),
            themes: themes(current: current.analyses, previous: previous.analyses, names: analyzer.lexicon.themeNames),
            recurring: Array(RecurringTerm.find(in: current.bodies, lexicon: analyzer.lexicon)
                .prefix(topRecurringTerms)),
            commitments: account(commitments, on: reference, entryDays: daysToReference.filter(month.contains),
                                 current: current, lexicon: analyzer.lexicon),
            coaching: coachingNotes(in: current.entries, promptSet: promptSet)
        )
        report.scoredEntries = zip(current.entries, current.analyses).map {
            AccountMatcher.ScoredEntry(day: $0.day, sentences: $1.sentences)
        }
        return report
    }
}

/// A month's entries, one a day in day order, with each one's body (the text without front
/// matter) and its analysis.
private struct ReportEntries {
    let entries: [Entry]
    let bodies: [String]
    let analyses: [TextAnalysis]

    /// The entries' analyses keep their sentences when `keepsSentences` is true (for the accounts).
    init(_ entries: [Entry], analyzer: TextAnalyzer, keepsSentences: Bool = false) {
        var seen = Set<Day>()
        let unique = entries.sorted { $0.day < $1.day }.filter { seen.insert($0.day).inserted }
        self.entries = unique
        bodies = unique.map(\.body)
        // Spread over the cores: analysing the text is most of a report's work.
        analyses = ParallelMap.map(Array(zip(unique.map(\.day), bodies)), minimumCount: 8, chunk: 2) {
            analyzer.analyze($0.1, writtenOn: $0.0, sentences: keepsSentences)
        }
    }

    /// The averages of the entries whose indices are in `indices` (all when `nil`).
    func averages(_ indices: [Int]? = nil) -> MonthlyReport.Averages {
        let indices = indices ?? Array(entries.indices)
        let ratings = indices.compactMap { entries[$0].attitude }
        let words = indices.reduce(0) { $0 + analyses[$1].words }
        // A rating-only entry has no text: its score of 0 would pull the average to neutral.
        let scored = indices.filter { analyses[$0].words > 0 }
        let negative = indices.reduce(0) { $0 + analyses[$1].negative }
        return MonthlyReport.Averages(
            entries: indices.count,
            selfRating: ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count),
            score: scored.isEmpty ? nil : scored.reduce(0.0) { $0 + analyses[$1].score } / Double(scored.count),
            negativePer100Words: words == 0 ? nil : Double(negative) * 100 / Double(words)
        )
    }
}

private extension MonthlyReport {
    /// `days` up to `reference` with `extra` added, sorted and without repeats.
    ///
    /// - Complexity: O(n) when `days` is already sorted without repeats and holds `extra` (as
    ///   `JournalStore.entryFiles()` gives it), else O(n log n).
    static func sortedDays(_ days: [Day], through reference: Day, including extra: [Day]) -> [Day] {
        let end = days.firstIndex { $0 > reference } ?? days.endIndex
        let prefix = days[..<end]
        let isSorted = zip(prefix, prefix.dropFirst()).allSatisfy { $0 < $1 }
        if isSorted, extra.allSatisfy({ prefix.containsSorted($0) }), !days[end...].contains(where: { $0 <= reference }) {
            return Array(prefix)
        }
        return Set(days.filter { $0 <= reference } + extra).sorted()
    }

    /// The month's weeks, from `weekStart` (1 Monday … 7 Sunday) to the day before it, clipped to
    /// the month and to `reference`.
    static func weeks(of month: Month, through reference: Day, entries: ReportEntries, commitments: [Commitment], weekStart: Int = 1) -> [Week] {
        var weeks: [Week] = []
        var start = month.firstDay
        let last = min(month.lastDay, reference)
        while start <= last {
            let end = min(start.adding(days: (weekStart + 6 - start.weekday) % 7), last)
            let indices = entries.entries.indices.filter { (start...end).contains(entries.entries[$0].day) }
            let made = commitments.filter { (start...end).contains($0.madeOn) }
            weeks.append(Week(
                start: start, end: end, activeDays: indices.count, averages: entries.averages(indices),
                commitmentsMade: made.count, commitmentsMet: made.filter { $0.state == .met }.count
            ))
            start = end.adding(days: 1)
        }
        return weeks
    }

    /// The most frequent counted negative words, ties alphabetically.
    static func negativeWords(in analyses: [TextAnalysis]) -> [WordCount] {
        var counts: [String: Int] = [:]
        for analysis in analyses {
            for word in analysis.negativeWords { counts[word, default: 0] += 1 }
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .prefix(topNegativeWords)
            .map { WordCount(word: $0.key, count: $0.value) }
    }

    /// Every named theme and `negativity`, most frequent first, ties by name.
    static func themes(current: [TextAnalysis], previous: [TextAnalysis], names: [String]) -> [Theme] {
        (names + [WordList.negativityTheme]).map { name in
            let counts = current.map { $0.count(ofTheme: name) }
            return Theme(name: name, count: counts.reduce(0, +), entries: counts.filter { $0 > 0 }.count,
                         previous: previous.reduce(0) { $0 + $1.count(ofTheme: name) })
        }
        .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }

    /// The commitments account on `reference`.
    ///
    /// - Parameter entryDays: the days with an entry file in the month up to `reference`, sorted.
    static func account(_ commitments: [Commitment], on reference: Day, entryDays: [Day],
                        current: ReportEntries, lexicon: Lexicon) -> Commitments {
        var counts: [Commitment.Status: Int] = [:]
        var unmet: [Unmet] = []
        for commitment in commitments {
            let status = commitment.status(on: reference)
            counts[status, default: 0] += 1
            guard status == .overdue else { continue }
            // Still open on the reference day, so open on every later day with an entry.
            let carried = entryDays.count { $0 > commitment.madeOn }
            unmet.append(Unmet(commitment: commitment, ageDays: commitment.age(on: reference), carried: carried))
        }
        var stated: [Stated] = []
        for (entry, analysis) in zip(current.entries, current.analyses) {
            let tasks = entry.tasks.map { contentWords($0.text, lexicon: lexicon) }
            for commitment in analysis.statedCommitments {
                let words = contentWords(commitment.text, lexicon: lexicon)
                guard !tasks.contains(where: { matches(task: $0, stated: words) }) else { continue }
                stated.append(Stated(day: entry.day, text: commitment.text, due: commitment.due))
            }
        }
        return Commitments(
            made: commitments.count,
            met: counts[.met, default: 0],
            metOnTime: commitments.count(where: \.metOnTime),
            cancelled: counts[.cancelled, default: 0],
            open: counts[.open, default: 0],
            overdue: counts[.overdue, default: 0],
            unmet: unmet,
            stated: stated
        )
    }

    /// The words of `text` that carry its meaning: not stop words, not one letter.
    static func contentWords(_ text: String, lexicon: Lexicon) -> Set<String> {
        Set(Tokenizer.words(in: text).filter { $0.count > 1 && !lexicon.isStopword($0) })
    }

    /// Whether a stated commitment clearly is the task line written beside it: at least two thirds
    /// of the task's content words (and at least two, or its only one) are in the statement.
    static func matches(task: Set<String>, stated: Set<String>) -> Bool {
        guard !task.isEmpty else { return false }
        let shared = task.intersection(stated).count
        return shared * 3 >= task.count * 2 && shared >= min(2, task.count)
    }

    /// The answers under coaching questions, and under the review's "what do you want your
    /// manager to help you with", in day order.
    static func coachingNotes(in entries: [Entry], promptSet: PromptSet) -> [CoachingNote] {
        let wanted = promptSet.prompts.filter { $0.area == .coaching || $0.id == coachingReviewPromptID }
        guard !wanted.isEmpty else { return [] }
        // Every prompt by its exact text (so another area's question is never taken loosely for a
        // coaching one), the wanted ones also by their loose text.
        var byText: [String: Prompt] = [:]
        for prompt in promptSet.prompts where byText[prompt.text] == nil { byText[prompt.text] = prompt }
        var byLooseText: [String: Prompt] = [:]
        for prompt in wanted where byLooseText[looseHeading(prompt.text)] == nil {
            byLooseText[looseHeading(prompt.text)] = prompt
        }
        var notes: [CoachingNote] = []
        for entry in entries {
            for section in entry.sections where !section.heading.isEmpty {
                let prompt: Prompt?
                if let exact = byText[section.heading] {
                    prompt = wanted.contains(exact) ? exact : nil
                } else {
                    prompt = byLooseText[looseHeading(section.heading)]
                }
                guard let prompt else { continue }
                let text = withoutTaskLines(section.body)
                guard !text.isEmpty else { continue }
                notes.append(CoachingNote(day: entry.day, promptID: prompt.id, question: prompt.text, text: text))
            }
        }
        return notes
    }

    /// A heading as compared when it is not exactly a prompt's text: case folded, `’` as `'`,
    /// spaces collapsed, without trailing `? . : !` — so a question typed by hand still counts.
    static func looseHeading(_ text: String) -> String {
        var loose = text.lowercased().replacingApostrophes()
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        while let last = loose.last, last == "?" || last == "." || last == ":" || last == "!" || last == " " {
            loose.removeLast()
        }
        return loose
    }

    /// `text` without its task lines, trimmed.
    static func withoutTaskLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !isTaskLine($0) }
            .joined(separator: "\n")
            .trimmed
    }

    /// `- [ ]`, `* [x]`, `+ [-]` at the start of a line (after indentation).
    static func isTaskLine(_ line: Substring) -> Bool {
        let bytes = Array(line.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.prefix(6))
        guard bytes.count >= 5, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[0]),
              bytes[1] == UInt8(ascii: " "), bytes[2] == UInt8(ascii: "["), bytes[4] == UInt8(ascii: "]"),
              [UInt8(ascii: " "), UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "-")].contains(bytes[3])
        else { return false }
        return bytes.count == 5 || bytes[5] == UInt8(ascii: " ") || bytes[5] == UInt8(ascii: "\t")
    }

    /// The review question whose answer belongs on the one-to-one agenda.
    static let coachingReviewPromptID = "review.want-help"
}

extension MonthlyReport {
    /// The answers under coaching questions (and the review's "what do you want your manager to
    /// help you with") in `entries`, in day order: the agenda, and the brief's coaching asks.
    static func coachingAnswers(in entries: [Entry], promptSet: PromptSet) -> [CoachingNote] {
        coachingNotes(in: entries, promptSet: promptSet)
    }
}

private extension ArraySlice where Element == Day {
    /// Whether the slice, sorted ascending, holds `day`: a binary search.
    func containsSorted(_ day: Day) -> Bool {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if self[middle] < day { low = middle + 1 } else { high = middle }
        }
        return low < endIndex && self[low] == day
    }
}

private extension String {
    /// `’` as `'`.
    func replacingApostrophes() -> String {
        String(unicodeScalars.map { $0 == "\u{2019}" ? "'" : Character($0) })
    }
}
