import Journal

extension MarkdownReportRenderer {
    /// `## Your numbers`; empty without `numbers.md`.
    static func numbers(_ report: MonthlyReport) -> String {
        guard !report.numbers.isEmpty else { return "" }
        var text = "## Your numbers\n\n"
        text += table(
            ["Number", "Target", report.month.name, "Target", "Attained", report.attitude.previousMonth.name],
            align: [false, false, true, true, true, true],
            rows: report.numbers.map { figures in
                [figures.definition.name, figures.targetLabel, NumberFigures.figure(figures.value),
                 NumberFigures.figure(figures.target), NumberFigures.percent(figures.attainment),
                 NumberFigures.figure(figures.previous)]
            })
        text += "\n" + table(
            ["Week"] + report.numbers.map { "\($0.definition.name) / target" },
            align: [false] + report.numbers.map { _ in true },
            rows: report.weeks.indices.map { index in
                [MonthlyReport.label(report.weeks[index])] + report.numbers.map { $0.weekCell(index, separator: " / ") }
            })
        let splits = report.numbers.compactMap { figures in figures.ratingLine.map { "- **\(figures.definition.name)**: \($0).\n" } }
        if !splits.isEmpty { text += "\n" + splits.joined() }
        return text
    }

    /// `## Accounts on your mind`; empty when no account is named.
    static func accounts(_ report: MonthlyReport) -> String {
        guard !report.accounts.isEmpty else { return "" }
        return "## Accounts on your mind\n\n" + table(
            ["Account", "Mentions", "Entries", "Last mentioned", "Score", "Made", "Met", "On time", "Open", "Overdue"],
            align: [false, true, true, false, true, true, true, true, true, true],
            rows: report.accounts.map { account in
                [account.name, "\(account.mentions)", "\(account.entries)", MonthlyReport.short(account.lastMentioned),
                 MonthlyReport.fixed(account.score, decimals: 2), "\(account.commitments.made)", "\(account.commitments.met)",
                 "\(account.commitments.metOnTime)", "\(account.commitments.open)", "\(account.commitments.overdue)"]
            })
    }
}
