import Journal

/// Renders the brief for the one-to-one as text, Markdown or one self-contained HTML page. Each
/// format shows exactly what `Brief` holds and nothing else, so no format can leak what the brief
/// leaves out.
public enum BriefRenderer {
    /// The title: `One-to-one brief · 24–30 November 2026`.
    static func title(_ brief: Brief) -> String { "One-to-one brief · \(brief.coverage)" }

    /// `7 days · 5 entries`.
    static func subtitle(_ brief: Brief) -> String {
        MonthlyReport.count(brief.days, "day", "days") + " · " + MonthlyReport.count(brief.entries, "entry", "entries")
            + " · as of \(brief.to.longDescription)"
    }

    /// Name, value, target, attainment and the target as defined, a number a row.
    static func numberRows(_ brief: Brief) -> [[String]] {
        brief.numbers.map { figures in
            [figures.definition.name, NumberFigures.figure(figures.value), target(figures),
             NumberFigures.percent(figures.attainment),
             figures.definition.kind == .level
                ? "level" + (figures.lastRecorded.map { ", as of " + MonthlyReport.short($0) } ?? "")
                : figures.definition.target.map { NumberDefinition.display($0) + " " + figures.kindLabel } ?? figures.kindLabel]
        }
    }

    /// A number's target over the brief's days as a person reads it: as it is when whole; when a
    /// count's target spread over those days is a fraction (4 demos a month over a week is 0.95),
    /// the nearest whole number, at least 1, after `≈`: `≈1`. The JSON keeps the exact figure.
    static func target(_ figures: NumberFigures) -> String {
        guard let target = figures.target else { return "–" }
        guard figures.definition.kind == .count, (target * 100).rounded() != (target.rounded() * 100) else {
            return NumberDefinition.display(target)
        }
        return "≈" + NumberDefinition.display(max(1, target.rounded()))
    }

    /// The header of `numberRows`.
    static let numberHeader = ["Number", "Value", "Target", "Attained", "Target set"]

    /// `Made 7, met 3 (2 on time), open 1, overdue 2`.
    static func commitmentLine(_ brief: Brief) -> String {
        "Made \(brief.made), met \(brief.met) (\(brief.metOnTime) on time), open \(brief.open), overdue \(brief.overdue.count)"
    }

    /// Id, due date, age and text of an overdue commitment.
    static func overdueRow(_ item: Brief.Overdue) -> [String] {
        [item.id, item.due.map { "due \($0)" } ?? "no due date", MonthlyReport.count(item.ageDays, "day", "days"), item.text]
    }

    /// `Acme: 1 open, 2 overdue`.
    static func accountLine(_ account: Brief.Account) -> String {
        var parts: [String] = []
        if account.open > 0 { parts.append("\(account.open) open") }
        if account.overdue > 0 { parts.append("\(account.overdue) overdue") }
        return account.name + ": " + parts.joined(separator: ", ")
    }

    // MARK: Text

    /// The brief for the terminal, wrapped at 80 columns.
    public static func text(_ brief: Brief, styling: TextReportRenderer.Styling = .plain) -> String {
        let layout = TextReportRenderer(styling: styling)
        var page = styling.bold(title(brief)) + "\n" + styling.dim(subtitle(brief)) + "\n"
        page += "\n" + layout.title("My numbers")
        if brief.numbers.isEmpty {
            page += "  " + styling.dim("No numbers defined (numbers.md).") + "\n"
        } else {
            page += layout.table(header: numberHeader, rows: numberRows(brief), textLast: true)
        }
        page += "\n" + layout.title("Commitments")
        page += "  " + commitmentLine(brief) + "\n"
        if !brief.overdue.isEmpty {
            page += "\n  " + styling.bold("Overdue") + "\n"
            page += layout.table(header: ["Id", "Due", "Age", "Commitment"], rows: brief.overdue.map(overdueRow),
                                 indent: "    ", textLast: true)
        }
        if !brief.accounts.isEmpty {
            page += "\n" + layout.title("Accounts with open commitments")
            for account in brief.accounts { page += "  " + accountLine(account) + "\n" }
        }
        page += "\n" + layout.title("Where I want coaching")
        if brief.coaching.isEmpty { page += "  " + styling.dim("No coaching answers in these days.") + "\n" }
        for note in brief.coaching {
            let date = MonthlyReport.short(note.day)
            let hanging = String(repeating: " ", count: 6 + date.count)
            let question = layout.lines(note.question, indent: "", width: layout.width - hanging.count)
            page += "  • " + styling.bold(date) + "  " + styling.dim(question[0]) + "\n"
            for line in question.dropFirst() { page += hanging + styling.dim(line) + "\n" }
            for paragraph in note.text.split(separator: "\n", omittingEmptySubsequences: true) {
                page += layout.wrap(paragraph.trimmed, indent: "    ")
            }
        }
        if let line = brief.attitudeLine { page += "\n" + layout.title("Attitude") + layout.wrap(line, indent: "  ", hanging: "  ") }
        return page
    }

    // MARK: Markdown

    /// The brief as Markdown, to paste into a meeting note.
    public static func markdown(_ brief: Brief) -> String {
        var text = "# \(title(brief))\n\n_\(subtitle(brief))_\n\n## My numbers\n\n"
        if brief.numbers.isEmpty {
            text += "No numbers defined (numbers.md).\n"
        } else {
            text += MarkdownReportRenderer.table(numberHeader, align: [false, true, true, true, false], rows: numberRows(brief))
        }
        text += "\n## Commitments\n\n" + commitmentLine(brief) + ".\n"
        if !brief.overdue.isEmpty {
            text += "\n### Overdue\n\n"
            text += MarkdownReportRenderer.table(["Id", "Due", "Age", "Commitment"], align: [false, false, true, false],
                                                 rows: brief.overdue.map(overdueRow))
        }
        if !brief.accounts.isEmpty {
            text += "\n## Accounts with open commitments\n\n"
            for account in brief.accounts { text += "- " + MarkdownReportRenderer.escape(accountLine(account)) + "\n" }
        }
        text += "\n## Where I want coaching\n\n"
        if brief.coaching.isEmpty { text += "No coaching answers in these days.\n" }
        for note in brief.coaching {
            text += "- **\(MonthlyReport.short(note.day))** · _\(MarkdownReportRenderer.escape(note.question))_\n\n"
            for line in note.text.split(separator: "\n", omittingEmptySubsequences: false) {
                text += line.trimmed.isEmpty ? "\n" : "  " + MarkdownReportRenderer.escape(String(line)) + "\n"
            }
            text += "\n"
        }
        if let line = brief.attitudeLine { text += (text.hasSuffix("\n\n") ? "" : "\n") + "## Attitude\n\n" + MarkdownReportRenderer.escape(line) + "\n" }
        return text
    }

    // MARK: HTML

    /// The brief as one self-contained page: inline CSS, no script, nothing fetched.
    public static func html(_ brief: Brief) -> String {
        let escape = HTMLReportRenderer.escape
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title(brief)))</title>
            <style>
            \(HTMLReportRenderer.stylesheet)
            </style>
            </head>
            <body>
            <main>
            <header>
            <h1>One-to-one brief</h1>
            <p class="sub">\(escape(brief.coverage)) · \(escape(subtitle(brief)))</p>
            </header>

            """
        page += "<section aria-labelledby=\"numbers\">\n<h2 id=\"numbers\">My numbers</h2>\n"
        if brief.numbers.isEmpty {
            page += "<p>No numbers defined (numbers.md).</p>\n"
        } else {
            page += "<dl class=\"figures\">\n"
            for figures in brief.numbers {
                page += "<div><dt>\(escape(figures.definition.name))</dt><dd>\(escape(NumberFigures.figure(figures.value)))"
                    + "<span class=\"note\">\(figures.target == nil ? "no target" : "of \(escape(target(figures))) · \(NumberFigures.percent(figures.attainment))")</span></dd></div>\n"
            }
            page += "</dl>\n"
            page += HTMLReportRenderer.table(caption: nil, header: numberHeader, numeric: [false, true, true, true, false],
                                             rows: numberRows(brief))
        }
        page += "</section>\n"
        page += "<section aria-labelledby=\"commitments\">\n<h2 id=\"commitments\">Commitments</h2>\n<p>\(escape(commitmentLine(brief))).</p>\n"
        if !brief.overdue.isEmpty {
            page += "<h3>Overdue</h3>\n" + HTMLReportRenderer.table(caption: nil, header: ["Id", "Due", "Age", "Commitment"],
                                                                   numeric: [false, false, true, false], rows: brief.overdue.map(overdueRow))
        }
        page += "</section>\n"
        if !brief.accounts.isEmpty {
            page += "<section aria-labelledby=\"accounts\">\n<h2 id=\"accounts\">Accounts with open commitments</h2>\n<ul>\n"
            page += brief.accounts.map { "<li>\(escape(accountLine($0)))</li>\n" }.joined() + "</ul>\n</section>\n"
        }
        page += "<section aria-labelledby=\"coaching\">\n<h2 id=\"coaching\">Where I want coaching</h2>\n"
        if brief.coaching.isEmpty {
            page += "<p>No coaching answers in these days.</p>\n"
        } else {
            page += "<ul class=\"agenda\">\n"
            for note in brief.coaching {
                page += "<li><strong>\(MonthlyReport.short(note.day))</strong> <span class=\"question\">\(escape(note.question))</span>"
                    + "<span class=\"answer\">\(escape(note.text))</span></li>\n"
            }
            page += "</ul>\n"
        }
        page += "</section>\n"
        if let line = brief.attitudeLine {
            page += "<section aria-labelledby=\"attitude\">\n<h2 id=\"attitude\">Attitude</h2>\n<p>\(escape(line))</p>\n</section>\n"
        }
        return page + "</main>\n</body>\n</html>\n"
    }
}
