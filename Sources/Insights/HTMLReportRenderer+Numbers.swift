import Journal

extension HTMLReportRenderer {
    /// Your numbers: a chart a number, by week against its target line, and the table it is drawn
    /// from; empty without `numbers.md`.
    static func numbers(_ report: MonthlyReport) -> String {
        guard !report.numbers.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"numbers\">\n<h2 id=\"numbers\">Your numbers</h2>\n"
        html += table(
            caption: nil,
            header: ["Number", "Target", report.month.name, "Target", "Attained", report.attitude.previousMonth.name],
            numeric: [false, false, true, true, true, true],
            rows: report.numbers.map { figures in
                [figures.definition.name, figures.targetLabel, NumberFigures.figure(figures.value),
                 NumberFigures.figure(figures.target), NumberFigures.percent(figures.attainment),
                 NumberFigures.figure(figures.previous)]
            })
        for (index, figures) in report.numbers.enumerated() {
            html += "<h3>\(escape(figures.definition.name))</h3>\n"
            html += "<p class=\"legend\" aria-hidden=\"true\"><span><span class=\"key key-met\"></span>\(figures.definition.kind == .level ? "Latest value" : "Total") in the week</span>"
                + (figures.target == nil ? "" : "<span><span class=\"key key-target\"></span>Target</span>") + "</p>\n"
            html += "<figure class=\"chart\">\(ReportChart.numberByWeek(figures, index: index, report: report))</figure>\n"
            if let line = figures.ratingLine { html += "<p>\(escape(line.prefix(1).uppercased() + line.dropFirst())).</p>\n" }
        }
        return html + "</section>\n"
    }

    /// Accounts on your mind; empty when no account is named.
    static func accounts(_ report: MonthlyReport) -> String {
        guard !report.accounts.isEmpty else { return "" }
        return "<section aria-labelledby=\"accounts\">\n<h2 id=\"accounts\">Accounts on your mind</h2>\n" + table(
            caption: "Commitments are those whose text names the account.",
            header: ["Account", "Mentions", "Entries", "Last mentioned", "Score", "Made", "Met", "On time", "Open", "Overdue"],
            numeric: [false, true, true, false, true, true, true, true, true, true],
            rows: report.accounts.map { account in
                [account.name, "\(account.mentions)", "\(account.entries)", MonthlyReport.short(account.lastMentioned),
                 MonthlyReport.fixed(account.score, decimals: 2), "\(account.commitments.made)", "\(account.commitments.met)",
                 "\(account.commitments.metOnTime)", "\(account.commitments.open)", "\(account.commitments.overdue)"]
            }) + "</section>\n"
    }
}
