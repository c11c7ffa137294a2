import Journal

/// Renders a monthly report as a terminal page: aligned columns, a sparkline a day, and colour
/// only through the styling the caller passes (plain by default, so no escape codes at all).
public struct TextReportRenderer {
    /// How to emphasise words; each function wraps a text. The command passes its terminal style.
    public struct Styling {
        /// Section titles and key figures.
        public var bold: (String) -> String
        /// Secondary text.
        public var dim: (String) -> String
        /// Bad news: overdue commitments, more negativity.
        public var red: (String) -> String
        /// Good news: met commitments.
        public var green: (String) -> String

        /// A styling from four wrapping functions.
        public init(bold: @escaping (String) -> String, dim: @escaping (String) -> String,
                    red: @escaping (String) -> String, green: @escaping (String) -> String) {
            self.bold = bold
            self.dim = dim
            self.red = red
            self.green = green
        }

        /// No styling at all.
        public static var plain: Styling { Styling(bold: { $0 }, dim: { $0 }, red: { $0 }, green: { $0 }) }
    }

    /// The styling in use.
    public let styling: Styling
    /// The width long lines are wrapped to.
    public let width: Int

    /// A renderer with `styling` (plain by default) wrapping prose at `width` columns.
    public init(styling: Styling = .plain, width: Int = 80) {
        self.styling = styling
        self.width = width
    }

    /// The page.
    public func render(_ report: MonthlyReport) -> String {
        var page = styling.bold("\(report.month.name) · monthly attitude report") + "\n"
        if report.isEmpty {
            if report.period != .future { page += styling.dim(report.coverage) + "\n" }
            return page + "\n" + report.emptyMessage + "\n"
        }
        page += styling.dim(wrap(items: [report.coverage, "as of \(report.reference.longDescription)"], separator: " · ", indent: "")
            .trimmingTrailingNewline) + "\n"
        for section in [writing(report), numbers(report), attitude(report), negativity(report), themes(report),
                        commitments(report), accounts(report), agenda(report)] where !section.isEmpty {
            page += "\n" + section
        }
        return page
    }

    // MARK: Sections

    private func writing(_ report: MonthlyReport) -> String {
        var text = title("Writing")
        let days = report.month.firstDay.days(until: report.reference) + 1
        text += row("Entries", "\(report.entries) · on \(report.daysCovered) of \(MonthlyReport.count(days, "day", "days"))")
        text += row("Words", "\(report.words)")
        text += wrap(items: ["\(MonthlyReport.count(report.streak.current, "day", "days")) now",
                             "longest this month " + MonthlyReport.count(report.streak.longest, "day", "days")],
                     separator: " · ", indent: "  " + pad("Streak", 10), hanging: String(repeating: " ", count: 12))
        text += "\n" + table(
            header: ["Week", "Active", "Rating", "Score", "Neg/100w", "Made", "Met"],
            rows: report.weeks.map { week in
                [MonthlyReport.label(week), "\(week.activeDays)/\(week.days)",
                 MonthlyReport.fixed(week.averages.selfRating, decimals: 1),
                 MonthlyReport.fixed(week.averages.score, decimals: 2),
                 MonthlyReport.fixed(week.averages.negativePer100Words, decimals: 1),
                 "\(week.commitmentsMade)", "\(week.commitmentsMet)"]
            })
        return text
    }

    private func attitude(_ report: MonthlyReport) -> String {
        var text = title("Attitude")
        text += table(
            header: ["", report.monthName, report.previousMonthName, "Change"],
            rows: report.attitudeComparison)
        if let note = report.previousMonthNote { text += "  " + styling.dim(note) + "\n" }
        text += "\n"
        text += "  " + pad("Day", 8) + styling.dim(report.sparklineRuler()) + "\n"
        text += "  " + pad("Rating", 8) + report.sparkline(.rating) + "\n"
        text += "  " + pad("Score", 8) + report.sparkline(.score) + "\n"
        text += styling.dim(wrap(items: MonthlyReport.sparklineKeyParts, separator: ", ", indent: "  ")
            .trimmingTrailingNewline) + "\n"
        return text
    }

    private func negativity(_ report: MonthlyReport) -> String {
        let text = title("Negative words")
        guard !report.negativeWords.isEmpty else { return text + "  None counted this month.\n" }
        return text + wrap(items: report.negativeWords.map { "\($0.word) \($0.count)" }, separator: " · ", indent: "  ")
    }

    private func themes(_ report: MonthlyReport) -> String {
        var text = title("Themes")
        text += table(
            header: ["", "Count", "Entries", report.previousMonthName, "Change"],
            rows: report.themeRows)
        if !report.recurring.isEmpty {
            text += "\n  " + styling.dim("Recurring (entries):") + "\n"
            text += wrap(items: report.recurring.map { "\($0.term) (\($0.entries))" }, separator: ", ", indent: "    ")
        }
        return text
    }

    private func commitments(_ report: MonthlyReport) -> String {
        let account = report.commitments
        var text = title("Commitments")
        let figures = ["Made \(account.made)", "met \(account.met) (\(account.metOnTime) on time)", "cancelled \(account.cancelled)",
                       "open \(account.open)", "overdue \(account.overdue)"]
        if 2 + figures.joined(separator: " · ").count <= width {
            text += "  Made \(account.made) · " + styling.green("met \(account.met)") + " (\(account.metOnTime) on time)"
                + " · cancelled \(account.cancelled) · open \(account.open) · "
                + (account.overdue > 0 ? styling.red("overdue \(account.overdue)") : "overdue 0") + "\n"
        } else {
            // Too narrow for one line: wrapped between figures, without colour (marks have no width).
            text += wrap(items: figures, separator: " · ", indent: "  ")
        }
        if !account.unmet.isEmpty {
            text += "\n  " + styling.bold("Overdue") + "\n"
            text += table(
                header: ["Id", "Due", "Age", "Carried", "Commitment"],
                rows: account.unmet.map { unmet in
                    [unmet.commitment.id, unmet.commitment.due?.description ?? "no date",
                     MonthlyReport.count(unmet.ageDays, "day", "days"),
                     MonthlyReport.count(unmet.carried, "entry", "entries"), unmet.commitment.text]
                },
                indent: "    ", textLast: true)
        }
        if !account.stated.isEmpty {
            text += "\n  " + styling.bold("Stated in prose, not tracked (\(account.stated.count))") + "\n"
            for stated in account.stated {
                text += wrap(stated.text + (stated.due.map { " (due \($0))" } ?? ""),
                             indent: "    \(stated.day)  ", hanging: "                ")
            }
        }
        return text
    }

    private func agenda(_ report: MonthlyReport) -> String {
        var text = title("Agenda for your next one-to-one")
        if report.coaching.isEmpty {
            text += "  " + styling.dim("No coaching answers this month.") + "\n"
        }
        for note in report.coaching {
            let date = MonthlyReport.short(note.day)
            let hanging = String(repeating: " ", count: 6 + date.count)
            let question = lines(note.question, indent: "", width: width - hanging.count)
            text += "  • " + styling.bold(date) + "  " + styling.dim(question[0]) + "\n"
            for line in question.dropFirst() { text += hanging + styling.dim(line) + "\n" }
            for paragraph in note.text.split(separator: "\n", omittingEmptySubsequences: true) {
                text += wrap(paragraph.trimmed, indent: "    ")
            }
        }
        let reminders = report.agendaReminders
        if !reminders.isEmpty {
            text += "\n  " + styling.dim("Also worth raising:") + "\n"
            for reminder in reminders { text += wrap(reminder, indent: "  • ", hanging: "    ") }
        }
        return text
    }

    // MARK: Layout

    func title(_ text: String) -> String { styling.bold(text.uppercased()) + "\n" }

    private func row(_ label: String, _ value: String) -> String { "  " + pad(label, 10) + value + "\n" }

    /// Columns padded to their widest cell, the header dimmed: the first `leftAligned` left-aligned,
    /// the rest right-aligned, except a last column of free text (`textLast`), which is left-aligned;
    /// a left-aligned last column is not padded, and no line ends in spaces.
    public func table(header: [String], rows: [[String]], indent: String = "  ", leftAligned: Int = 1,
                      textLast: Bool = false) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, cell) in cells.enumerated() {
                let isLast = column == cells.count - 1
                if column < leftAligned || (isLast && textLast) {
                    parts.append(isLast ? cell : pad(cell, widths[column]))
                } else {
                    parts.append(String(repeating: " ", count: widths[column] - cell.count) + cell)
                }
            }
            var text = indent + parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var text = styling.dim(line(header)) + "\n"
        for row in rows { text += line(row) + "\n" }
        return text
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// `items` joined by `separator` (which ends in one space) and wrapped between items, never
    /// inside one: a line ends with the separator's visible part. The first line starts with
    /// `indent`, the others with `hanging` (the indent when not given).
    private func wrap(items: [String], separator: String, indent: String, hanging: String? = nil) -> String {
        let mark = separator.trimmingTrailingSpaces
        var lines: [String] = []
        var line = ""
        for (index, item) in items.enumerated() {
            let piece = index < items.count - 1 ? item + mark : item
            let lead = lines.isEmpty ? indent : hanging ?? indent
            if !line.isEmpty, lead.count + line.count + 1 + piece.count > width {
                lines.append(lead + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + piece
        }
        lines.append((lines.isEmpty ? indent : hanging ?? indent) + line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` wrapped at the renderer's width, as one string ending in a line break.
    func wrap(_ text: String, indent: String, hanging: String? = nil) -> String {
        lines(text, indent: indent, hanging: hanging).joined(separator: "\n") + "\n"
    }

    /// The lines of `text` wrapped at `width` (the renderer's by default), the first after `indent`, the others after `hanging`.
    func lines(_ text: String, indent: String, hanging: String? = nil, width: Int? = nil) -> [String] {
        TextWrap.lines(text, width: width ?? self.width, indent: indent, hanging: hanging)
    }
}

private extension String {
    /// Without the line break at the end.
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }

    /// Without spaces at the end.
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
