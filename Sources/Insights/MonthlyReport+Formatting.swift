import Journal

/// Numbers, dates and sentences the renderers share, written by hand (no Foundation formatters).
extension MonthlyReport {
    /// The month's attitude beside the month before's, as table rows: what, this month, last month, change.
    var attitudeComparison: [[String]] {
        let current = attitude.current
        let previous = attitude.previous
        return [
            ["Self-rating (1 to 5)", MonthlyReport.fixed(current.selfRating, decimals: 1),
             MonthlyReport.fixed(previous.selfRating, decimals: 1),
             MonthlyReport.change(from: previous.selfRating, to: current.selfRating, decimals: 1)],
            ["Score (-1 to 1)", MonthlyReport.fixed(current.score, decimals: 2),
             MonthlyReport.fixed(previous.score, decimals: 2),
             MonthlyReport.change(from: previous.score, to: current.score, decimals: 2)],
            ["Negative words per 100", MonthlyReport.fixed(current.negativePer100Words, decimals: 1),
             MonthlyReport.fixed(previous.negativePer100Words, decimals: 1),
             MonthlyReport.change(from: previous.negativePer100Words, to: current.negativePer100Words, decimals: 1)],
        ]
    }

    /// `value` rounded half away from zero to `decimals` places: `3.5`, `-0.25`, `12.0`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        guard abs(value) * scale < 1e15 else { return String(value) }
        let scaled = Int((abs(value) * scale).rounded())
        let divisor = Int(scale)
        var text = String(scaled / divisor)
        if decimals > 0 {
            let fraction = String(scaled % divisor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return value < 0 && scaled != 0 ? "-" + text : text
    }

    /// `fixed`, or `–` for a missing value.
    static func fixed(_ value: Double?, decimals: Int, missing: String = "–") -> String {
        value.map { fixed($0, decimals: decimals) } ?? missing
    }

    /// A change with its sign: `+0.5`, `-1.2`, `0.0`; `–` when either side is missing. It is the
    /// change between the two numbers as shown, so that "4.0 · 4.0 · +0.1" cannot be printed.
    static func change(from old: Double?, to new: Double?, decimals: Int) -> String {
        guard let old, let new, let shownOld = Double(fixed(old, decimals: decimals)),
              let shownNew = Double(fixed(new, decimals: decimals)) else { return "–" }
        let text = fixed(shownNew - shownOld, decimals: decimals)
        return text.hasPrefix("-") || Double(text) == 0 ? text : "+" + text
    }

    /// Whether the month before has entries to compare with.
    var previousMonthHasEntries: Bool { attitude.previous.entries > 0 }

    /// What the comparisons say when the month before has no entries; `nil` when it has some.
    var previousMonthNote: String? {
        previousMonthHasEntries ? nil : "\(attitude.previousMonth.name) has no entries to compare with."
    }

    /// The themes as table rows: name, count, entries, last month's count and the change; the
    /// last two are `–` when the month before has no entries (0 there would mean nothing).
    var themeRows: [[String]] {
        themes.map { theme in
            [theme.name, "\(theme.count)", "\(theme.entries)",
             previousMonthHasEntries ? "\(theme.previous)" : "–",
             previousMonthHasEntries ? MonthlyReport.change(theme.change) : "–"]
        }
    }

    /// The key under a sparkline.
    static var sparklineKey: String { sparklineKeyParts.joined(separator: ", ") }

    /// The parts of the key, for wrapping between them.
    static let sparklineKeyParts = ["▁ low … █ high", "· no entry", "- entry without a rating (or without words)"]

    /// A whole-number change with its sign: `+3`, `-2`, `0`.
    static func change(_ value: Int) -> String { value > 0 ? "+\(value)" : String(value) }

    /// `1 entry`, `3 entries`.
    static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(value) \(value == 1 ? singular : plural)"
    }

    /// `2 Nov`.
    static func short(_ day: Day) -> String {
        "\(day.day) \(Month(year: day.year, month: day.month)!.name.prefix(3))"
    }

    /// `2–8 Nov`, or `30 Nov` for a one-day week.
    static func label(_ week: Week) -> String {
        label(week.start, week.end)
    }

    /// `2–8 Nov` for the days `start…end` of one month, or `30 Nov` for one day.
    static func label(_ start: Day, _ end: Day) -> String {
        start == end ? short(start) : "\(start.day)–\(short(end))"
    }

    /// The name of the month alone: `November`.
    var monthName: String { String(month.name.prefix { $0 != " " }) }

    /// The name of the month before alone: `October`.
    var previousMonthName: String { String(attitude.previousMonth.name.prefix { $0 != " " }) }

    /// What the report covers: `1–30 November 2026`, or `1–17 November 2026, so far`.
    var coverage: String {
        switch period {
        case .future: "\(month.name) has not started yet"
        case .finished: "1–\(reference.day) \(month.name)"
        case .running: reference.day == 1 ? "1 \(month.name), so far" : "1–\(reference.day) \(month.name), so far"
        }
    }

    /// The friendly line of a report with no entries, with `emptyHint` after it.
    var emptyMessage: String {
        switch period {
        case .future: "\(month.name) has not started yet: nothing to report. Come back at the end of the month."
        case .running: "No entries in \(month.name) yet." + (emptyHint.map { " " + $0 } ?? "")
        case .finished: "No entries in \(month.name)." + (emptyHint.map { " " + $0 } ?? "")
        }
    }

    /// Agenda items beyond the coaching answers: the overdue commitments and the top negative theme.
    var agendaReminders: [String] {
        var items: [String] = []
        if !commitments.unmet.isEmpty {
            let list = commitments.unmet.map { "\($0.commitment.text) (\(MonthlyReport.count($0.ageDays, "day", "days")))" }
            items.append(MonthlyReport.count(commitments.unmet.count, "overdue commitment", "overdue commitments")
                + ": " + list.joined(separator: "; ") + ".")
        }
        if let theme = topNegativeTheme {
            var item = "\(theme.name.prefix(1).uppercased() + theme.name.dropFirst()) came up "
                + MonthlyReport.count(theme.count, "time", "times") + " in "
                + MonthlyReport.count(theme.entries, "entry", "entries")
                + (previousMonthHasEntries ? " (\(theme.previous) in \(attitude.previousMonth.name))"
                    : " (\(attitude.previousMonth.name) has no entries)")
            if theme.name == WordList.negativityTheme, !negativeWords.isEmpty {
                item += ", most often: " + negativeWords.prefix(3).map { "“\($0.word)”" }.joined(separator: ", ")
            }
            items.append(item + ".")
        }
        return items
    }
}
