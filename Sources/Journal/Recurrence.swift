/// A recurrence rule of the Obsidian Tasks plugin (`🔁 every week`) that `reflect` can follow to
/// write a recurring task's next occurrence.
///
/// Rules followed, as Tasks reads them, any of them with `when done` after it:
/// - `every day`, `every N days`; `every week`, `every N weeks`; `every month`, `every N months`;
///   `every year`, `every N years` — a month or year later on a day that month lacks falls on the
///   month's last day (31 January → 28 February), as Tasks does;
/// - `every weekday` (Monday to Friday); `every Monday`, `every Monday, Thursday`,
///   `every week on Monday and Thursday`;
/// - `every month on the 15th`, `every N months on the 1st` (months without that day are skipped),
///   `every month on the last`.
///
/// Other rules Tasks accepts (`every 2 weeks on Tuesday`, `every month on the last Friday`,
/// `every January on the 5th`…) are read as text and are not followed.
public struct Recurrence: Equatable, Sendable {
    /// How far apart occurrences are.
    public enum Step: Equatable, Sendable {
        /// Every N days.
        case days(Int)
        /// Every N weeks.
        case weeks(Int)
        /// Every N months, on the same day of the month or the month's last day.
        case months(Int)
        /// Every N years.
        case years(Int)
        /// On these ISO weekdays (1 Monday … 7 Sunday).
        case weekdays(Set<Int>)
        /// On this day of the month (0: the last), every N months.
        case dayOfMonth(Int, months: Int)
    }

    /// The step between occurrences.
    public let step: Step
    /// `when done`: the next occurrence counts from the day the task was done, not from its dates.
    public let whenDone: Bool

    /// The rule written as `text` (what follows `🔁`), or `nil` when it is not one `reflect` follows.
    public init?(_ text: String) {
        var words = text.lowercased().split { $0 == " " || $0 == "," }.map(String.init)
        whenDone = words.suffix(2) == ["when", "done"]
        if whenDone { words.removeLast(2) }
        guard words.first == "every", words.count >= 2 else { return nil }
        words.removeFirst()
        var count = 1
        if let number = Int(words[0]) {
            guard number >= 1, words.count >= 2 else { return nil }
            count = number
            words.removeFirst()
        }
        let unit = words.removeFirst()
        switch unit {
        case "day", "days": step = .days(count)
        case "week", "weeks":
            if words.isEmpty {
                step = .weeks(count)
            } else {
                guard count == 1, words.first == "on", let days = Recurrence.weekdays(words.dropFirst()) else { return nil }
                step = .weekdays(days)
                return
            }
        case "month", "months":
            if words.isEmpty {
                step = .months(count)
            } else {
                guard words.count == 3, words[0] == "on", words[1] == "the",
                      let day = words[2] == "last" ? 0 : Recurrence.ordinal(words[2]) else { return nil }
                step = .dayOfMonth(day, months: count)
                return
            }
        case "year", "years": step = .years(count)
        case "weekday":
            guard count == 1 else { return nil }
            step = .weekdays([1, 2, 3, 4, 5])
        default:
            guard count == 1, let days = Recurrence.weekdays([unit] + words) else { return nil }
            step = .weekdays(days)
            return
        }
        guard words.isEmpty else { return nil }
    }

    /// The first day after `day` the rule gives.
    public func next(after day: Day) -> Day {
        switch step {
        case let .days(count): return day.adding(days: count)
        case let .weeks(count): return day.adding(days: 7 * count)
        case let .months(count): return Recurrence.adding(months: count, to: day)
        case let .years(count): return Recurrence.adding(months: 12 * count, to: day)
        case let .weekdays(days):
            var next = day.adding(days: 1)
            while !days.contains(next.weekday) { next = next.adding(days: 1) }
            return next
        case let .dayOfMonth(dayNumber, months):
            // Months are counted from `day`'s own; one without that day is skipped, as in Tasks.
            var step = 0
            while true {
                let month = Recurrence.adding(months: step, to: Day(year: day.year, month: day.month, day: 1)!)
                let wanted = dayNumber == 0 ? Day.length(ofMonth: month.month, inYear: month.year) : dayNumber
                if let candidate = Day(year: month.year, month: month.month, day: wanted), candidate > day { return candidate }
                step += months
            }
        }
    }

    /// `day` moved by `months`, on the month's last day when it is shorter.
    static func adding(months: Int, to day: Day) -> Day {
        let index = day.year * 12 + (day.month - 1) + months
        let year = index / 12
        let month = index % 12 + 1
        return Day(year: year, month: month, day: min(day.day, Day.length(ofMonth: month, inYear: year)))!
    }

    private static let weekdayNames: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "wednesday": 3, "wed": 3, "thursday": 4, "thu": 4,
        "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    ]

    /// `monday and thursday` as weekday numbers; `nil` unless every word names a day (or is `and`).
    private static func weekdays(_ words: some Collection<String>) -> Set<Int>? {
        var days: Set<Int> = []
        for word in words where word != "and" {
            guard let day = weekdayNames[word] else { return nil }
            days.insert(day)
        }
        return days.isEmpty ? nil : days
    }

    /// `1st`, `2nd`, `15th`, `31` as a day of the month.
    private static func ordinal(_ word: String) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard ["", "st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))),
              let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }
}
