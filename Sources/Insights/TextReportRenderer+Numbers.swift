import Journal

extension TextReportRenderer {
    /// `YOUR NUMBERS`: each number's month against its target and the month before, by week, and
    /// the self-rating split; empty without `numbers.md`.
    func numbers(_ report: MonthlyReport) -> String {
        guard !report.numbers.isEmpty else { return "" }
        var text = title("Your numbers")
        text += table(
            header: ["", "Target", report.monthName, "Target", "Attained", report.previousMonthName],
            rows: report.numbers.map { figures in
                [figures.definition.name, figures.targetLabel, NumberFigures.figure(figures.value),
                 NumberFigures.figure(figures.target), NumberFigures.percent(figures.attainment),
                 NumberFigures.figure(figures.previous)]
            })
        text += "\n" + table(
            header: ["By week"] + report.numbers.map(\.definition.name),
            rows: report.weeks.indices.map { index in
                [MonthlyReport.label(report.weeks[index])] + report.numbers.map { $0.weekCell(index) }
            })
        let splits = report.numbers.compactMap { figures in figures.ratingLine.map { "\(figures.definition.name): \($0)" } }
        if !splits.isEmpty {
            text += "\n"
            for line in splits { text += wrap(line + ".", indent: "  ", hanging: "    ") }
        }
        return text
    }

    /// `ACCOUNTS ON YOUR MIND`: mentions, entries, last mention, score and the commitments naming
    /// each; empty when no account is named.
    func accounts(_ report: MonthlyReport) -> String {
        guard !report.accounts.isEmpty else { return "" }
        var text = title("Accounts on your mind")
        text += table(
            header: ["", "Mentions", "Entries", "Last", "Score", "Made", "Met", "On time", "Open", "Overdue"],
            rows: report.accounts.map { account in
                [account.name, "\(account.mentions)", "\(account.entries)", MonthlyReport.short(account.lastMentioned),
                 MonthlyReport.fixed(account.score, decimals: 2), "\(account.commitments.made)", "\(account.commitments.met)",
                 "\(account.commitments.metOnTime)", "\(account.commitments.open)", "\(account.commitments.overdue)"]
            })
        return text
    }
}

extension NumberFigures {
    /// `30/50`: week `index`'s value and target; `–` for no value.
    func weekCell(_ index: Int, separator: String = "/") -> String {
        let week = byWeek[index]
        return NumberFigures.figure(week.value) + (week.target.map { separator + NumberDefinition.display($0) } ?? "")
    }

    /// `50 per week`, `500000 level`, `per day` (no target).
    public var targetLabel: String {
        (definition.target.map { NumberDefinition.display($0) + " " } ?? "") + kindLabel
    }
}
