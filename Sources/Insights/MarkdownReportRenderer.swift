import Journal

/// Renders a monthly report as Markdown: headings, tables and lists that read well in Obsidian
/// and in any Markdown viewer; saved reports are kept in the journal's `reports/` folder.
public enum MarkdownReportRenderer {
    /// The document.
    public static func render(_ report: MonthlyReport) -> String {
        var text = "# \(report.month.name) · monthly attitude report\n\n"
        if report.isEmpty {
            if report.period != .future { text += "_\(report.coverage)_\n\n" }
            return text + report.emptyMessage + "\n"
        }
        text += "_\(report.coverage) · as of \(report.reference.longDescription)_\n"
        for section in [writing(report), numbers(report), attitude(report), negativity(report), themes(report),
                        commitments(report), accounts(report), agenda(report)] where !section.isEmpty {
            text += "\n" + section
        }
        return text
    }

    private static func writing(_ report: MonthlyReport) -> String {
        let days = report.month.firstDay.days(until: report.reference) + 1
        var text = "## Writing\n\n"
        text += "- **Entries:** \(report.entries), on \(report.daysCovered) of \(MonthlyReport.count(days, "day", "days"))\n"
        text += "- **Words:** \(report.words)\n"
        text += "- **Streak:** \(MonthlyReport.count(report.streak.current, "day", "days")) now; longest this month "
            + MonthlyReport.count(report.streak.longest, "day", "days") + "\n\n"
        text += table(
            ["Week", "Active days", "Self-rating", "Score", "Negative / 100 words", "Commitments made", "Met"],
            align: [false, true, true, true, true, true, true],
            rows: report.weeks.map { week in
                [MonthlyReport.label(week), "\(week.activeDays) of \(week.days)",
                 MonthlyReport.fixed(week.averages.selfRating, decimals: 1),
                 MonthlyReport.fixed(week.averages.score, decimals: 2),
                 MonthlyReport.fixed(week.averages.negativePer100Words, decimals: 1),
                 "\(week.commitmentsMade)", "\(week.commitmentsMet)"]
            })
        return text
    }

    private static func attitude(_ report: MonthlyReport) -> String {
        var text = "## Attitude\n\n"
        text += table(
            ["", report.month.name, report.attitude.previousMonth.name, "Change"],
            align: [false, true, true, true],
            rows: report.attitudeComparison)
        if let note = report.previousMonthNote { text += "\n" + note + "\n" }
        text += "\nBy day (\(MonthlyReport.sparklineKey)):\n\n"
        text += "```text\n"
        text += "Day     " + report.sparklineRuler() + "\n"
        text += "Rating  " + report.sparkline(.rating) + "\n"
        text += "Score   " + report.sparkline(.score) + "\n"
        text += "```\n\n"
        text += table(
            ["Day", "Self-rating", "Score", "Negative words", "Words"],
            align: [false, true, true, true, true],
            rows: report.attitude.days.map { day in
                [MonthlyReport.short(day.day), day.rating.map(String.init) ?? "–",
                 MonthlyReport.fixed(day.score, decimals: 2), "\(day.negative)", "\(day.words)"]
            })
        return text
    }

    private static func negativity(_ report: MonthlyReport) -> String {
        var text = "## Negative words\n\n"
        guard !report.negativeWords.isEmpty else { return text + "None counted this month.\n" }
        text += table(["Word", "Count"], align: [false, true],
                      rows: report.negativeWords.map { [$0.word, "\($0.count)"] })
        return text
    }

    private static func themes(_ report: MonthlyReport) -> String {
        var text = "## Themes\n\n"
        text += table(
            ["Theme", "Count", "Entries", report.attitude.previousMonth.name, "Change"],
            align: [false, true, true, true, true],
            rows: report.themeRows)
        if !report.recurring.isEmpty {
            text += "\nRecurring words and phrases (entries): "
                + report.recurring.map { "\(escape($0.term)) (\($0.entries))" }.joined(separator: ", ") + "\n"
        }
        return text
    }

    private static func commitments(_ report: MonthlyReport) -> String {
        let account = report.commitments
        var text = "## Commitments\n\n"
        text += "Made **\(account.made)**, met **\(account.met)** (\(account.metOnTime) on time), "
            + "cancelled **\(account.cancelled)**, open **\(account.open)**, overdue **\(account.overdue)**.\n"
        if !account.unmet.isEmpty {
            text += "\n### Overdue\n\n"
            text += table(
                ["Id", "Commitment", "Due", "Age (days)", "Carried through (entries)"],
                align: [false, false, false, true, true],
                rows: account.unmet.map { unmet in
                    [unmet.commitment.id, unmet.commitment.text, unmet.commitment.due?.description ?? "–",
                     "\(unmet.ageDays)", "\(unmet.carried)"]
                })
        }
        if !account.stated.isEmpty {
            text += "\n### Stated in prose, not tracked\n\n"
            for stated in account.stated {
                text += "- **\(stated.day)** " + escape(stated.text) + (stated.due.map { " (due \($0))" } ?? "") + "\n"
            }
        }
        return text
    }

    private static func agenda(_ report: MonthlyReport) -> String {
        var text = "## Agenda for the next one-to-one\n\n"
        if report.coaching.isEmpty { text += "No coaching answers this month.\n" }
        for note in report.coaching {
            text += "- **\(MonthlyReport.short(note.day))** · _\(escape(note.question))_\n\n"
            for line in note.text.split(separator: "\n", omittingEmptySubsequences: false) {
                text += line.trimmed.isEmpty ? "\n" : "  " + escape(String(line)) + "\n"
            }
            text += "\n"
        }
        let reminders = report.agendaReminders
        if !reminders.isEmpty {
            text += (text.hasSuffix("\n\n") ? "" : "\n") + "Also worth raising:\n\n"
            for reminder in reminders { text += "- " + escape(reminder) + "\n" }
        }
        return text
    }

    /// A pipe table; `align` marks right-aligned (numeric) columns.
    static func table(_ header: [String], align: [Bool], rows: [[String]]) -> String {
        var text = "| " + header.map(cell).joined(separator: " | ") + " |\n"
        text += "|" + align.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { text += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return text
    }

    /// A table cell: one line, escaped (`|` included).
    private static func cell(_ text: String) -> String {
        escape(text).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Text that is not meant as Markdown: `<` would start HTML in most viewers.
    /// User text made inert in Markdown: characters that would start emphasis, a link or an image
    /// (`[`), code, HTML, an entity, a table cell or a strike-through are backslash-escaped, so an
    /// answer reads in Obsidian as it was typed and never fetches anything.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]<&|~".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
