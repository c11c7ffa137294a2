import Journal

/// Renders a monthly report as one self-contained HTML page: inline CSS, inline SVG charts with
/// text alternatives and a data table after each, no script and no reference to anything outside
/// the file. It reads on a phone, and prints black on white without splitting a chart.
public enum HTMLReportRenderer {
    /// The page.
    public static func render(_ report: MonthlyReport) -> String {
        let title = "\(report.month.name) · monthly attitude report"
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            \(stylesheet)
            </style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(escape(report.month.name))</h1>
            <p class="sub">Monthly attitude report · \(escape(report.isEmpty && report.period == .future ? "not started yet" : report.coverage))\
            \(report.isEmpty ? "" : " · as of " + escape(report.reference.longDescription))</p>
            </header>

            """
        if report.isEmpty {
            page += "<section class=\"empty\"><p>\(inlineCode(escape(report.emptyMessage)))</p></section>\n"
        } else {
            page += glance(report) + numbers(report) + attitude(report) + negativity(report) + commitments(report)
                + accounts(report) + themes(report) + agenda(report)
        }
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    /// `text` with `& < > " '` escaped, safe in element content and in quoted attributes.
    ///
    /// - Complexity: O(n) in the UTF-8 length; bytes, not characters, are walked.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes += "&amp;".utf8
            case 0x3C: bytes += "&lt;".utf8
            case 0x3E: bytes += "&gt;".utf8
            case 0x22: bytes += "&quot;".utf8
            case 0x27: bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Sections

    private static func glance(_ report: MonthlyReport) -> String {
        let current = report.attitude.current
        let previous = report.attitude.previous
        let was = report.previousMonthName
        let days = report.month.firstDay.days(until: report.reference) + 1
        func figure(_ label: String, _ value: String, _ note: String) -> String {
            "<div><dt>\(label)</dt><dd>\(value)<span class=\"note\">\(note)</span></dd></div>\n"
        }
        var html = "<section aria-labelledby=\"glance\">\n<h2 id=\"glance\">At a glance</h2>\n<dl class=\"figures\">\n"
        html += figure("Entries", "\(report.entries)", "on \(report.daysCovered) of \(MonthlyReport.count(days, "day", "days"))")
        html += figure("Words", "\(report.words)", "written")
        html += figure("Streak", MonthlyReport.count(report.streak.current, "day", "days"),
                       "now · longest \(report.streak.longest)")
        html += figure("Self-rating", MonthlyReport.fixed(current.selfRating, decimals: 1),
                       "1 to 5 · \(was) \(MonthlyReport.fixed(previous.selfRating, decimals: 1))")
        html += figure("Score", MonthlyReport.fixed(current.score, decimals: 2),
                       "−1 to 1 · \(was) \(MonthlyReport.fixed(previous.score, decimals: 2))")
        html += figure("Negative words", MonthlyReport.fixed(current.negativePer100Words, decimals: 1),
                       "per 100 words · \(was) \(MonthlyReport.fixed(previous.negativePer100Words, decimals: 1))")
        html += figure("Commitments met", "\(report.commitments.met) of \(report.commitments.made)",
                       "\(report.commitments.overdue) overdue")
        return html + "</dl>\n</section>\n"
    }

    private static func attitude(_ report: MonthlyReport) -> String {
        // A heading is kept on the page of the chart under it (`keep`), never left at a page's foot.
        var html = "<section aria-labelledby=\"attitude\">\n<div class=\"keep\">\n<h2 id=\"attitude\">Attitude by day</h2>\n"
        html += "<p class=\"legend\" aria-hidden=\"true\"><span><span class=\"key key-rating\"></span>Self-rating, 1 to 5 (left scale)</span>"
            + "<span><span class=\"key key-score\"></span>Score, −1 to 1 (right scale)</span></p>\n"
        html += "<figure class=\"chart\">\(ReportChart.attitudeByDay(report))</figure>\n"
        html += "<p class=\"note\">Lines join days next to each other only; a day without an entry, a rating or words to score is a gap.</p>\n"
        if let note = report.previousMonthNote { html += "<p class=\"note\">\(escape(note))</p>\n" }
        html += "</div>\n"
        html += table(
            caption: "Attitude by day",
            header: ["Day", "Self-rating", "Score", "Negative words", "Words"],
            numeric: [false, true, true, true, true],
            rows: report.attitude.days.map { day in
                [MonthlyReport.short(day.day), day.rating.map(String.init) ?? "–",
                 MonthlyReport.fixed(day.score, decimals: 2), "\(day.negative)", "\(day.words)"]
            })
        return html + "</section>\n"
    }

    private static func negativity(_ report: MonthlyReport) -> String {
        var html = "<section aria-labelledby=\"negativity\">\n<div class=\"keep\">\n<h2 id=\"negativity\">Negativity by week</h2>\n"
        html += "<figure class=\"chart\">\(ReportChart.negativityByWeek(report))</figure>\n</div>\n"
        html += table(
            caption: "Weeks of \(report.month.name)",
            header: ["Week", "Active days", "Self-rating", "Score", "Negative / 100 words"],
            numeric: [false, true, true, true, true],
            rows: report.weeks.map { week in
                [MonthlyReport.label(week), "\(week.activeDays) of \(week.days)",
                 MonthlyReport.fixed(week.averages.selfRating, decimals: 1),
                 MonthlyReport.fixed(week.averages.score, decimals: 2),
                 MonthlyReport.fixed(week.averages.negativePer100Words, decimals: 1)]
            })
        html += "<div class=\"keep\">\n<h3>Most frequent negative words</h3>\n"
        if report.negativeWords.isEmpty {
            html += "<p>None counted this month.</p>\n"
        } else {
            html += "<ol class=\"words\">"
                + report.negativeWords.map { "<li>\(escape($0.word)) <span class=\"count\">\($0.count)</span></li>" }.joined()
                + "</ol>\n"
        }
        html += "</div>\n"
        return html + "</section>\n"
    }

    private static func commitments(_ report: MonthlyReport) -> String {
        let account = report.commitments
        var html = "<section aria-labelledby=\"commitments\">\n<div class=\"keep\">\n<h2 id=\"commitments\">Commitments</h2>\n"
        html += "<p>Made <strong>\(account.made)</strong>, met <strong>\(account.met)</strong> (\(account.metOnTime) on time), "
            + "cancelled <strong>\(account.cancelled)</strong>, open <strong>\(account.open)</strong>, "
            + "overdue <strong>\(account.overdue)</strong>.</p>\n"
        html += "<p class=\"legend\" aria-hidden=\"true\"><span><span class=\"key key-made\"></span>Made</span>"
            + "<span><span class=\"key key-met\"></span>Met (of those made that week)</span></p>\n"
        html += "<figure class=\"chart\">\(ReportChart.commitmentsByWeek(report))</figure>\n</div>\n"
        html += table(
            caption: "Commitments by week",
            header: ["Week", "Made", "Met"],
            numeric: [false, true, true],
            rows: report.weeks.map { ["\(MonthlyReport.label($0))", "\($0.commitmentsMade)", "\($0.commitmentsMet)"] })
        if !account.unmet.isEmpty {
            html += "<div class=\"keep\">\n<h3>Overdue</h3>\n"
            html += table(
                caption: nil,
                header: ["Id", "Commitment", "Due", "Age", "Carried through"],
                numeric: [false, false, false, true, true],
                rows: account.unmet.map { unmet in
                    [unmet.commitment.id, unmet.commitment.text, unmet.commitment.due?.description ?? "–",
                     MonthlyReport.count(unmet.ageDays, "day", "days"), MonthlyReport.count(unmet.carried, "entry", "entries")]
                },
                nowrap: [2])
            html += "</div>\n"
        }
        if !account.stated.isEmpty {
            html += "<div class=\"keep\">\n<h3>Stated in prose, not tracked</h3>\n<ul>\n"
            for stated in account.stated {
                html += "<li><strong class=\"date\">\(MonthlyReport.short(stated.day))</strong> \(escape(stated.text))"
                    + (stated.due.map { " <span class=\"note date\">(due \($0))</span>" } ?? "") + "</li>\n"
            }
            html += "</ul>\n</div>\n"
        }
        return html + "</section>\n"
    }

    private static func themes(_ report: MonthlyReport) -> String {
        var html = "<section aria-labelledby=\"themes\">\n<div class=\"keep\">\n<h2 id=\"themes\">Themes</h2>\n"
        html += table(
            caption: nil,
            header: ["Theme", "Count", "Entries", report.previousMonthName, "Change"],
            numeric: [false, true, true, true, true],
            rows: report.themeRows)
        html += "</div>\n"
        if !report.recurring.isEmpty {
            html += "<div class=\"keep\">\n<h3>Recurring words and phrases</h3>\n<p class=\"terms\">"
                + report.recurring.map { "\(escape($0.term)) <span class=\"count\">\($0.entries)</span>" }.joined(separator: " · ")
                + "</p>\n</div>\n"
        }
        return html + "</section>\n"
    }

    private static func agenda(_ report: MonthlyReport) -> String {
        var html = "<section aria-labelledby=\"agenda\">\n<h2 id=\"agenda\">Agenda for your next one-to-one</h2>\n"
        if report.coaching.isEmpty {
            html += "<p>No coaching answers this month.</p>\n"
        } else {
            html += "<ul class=\"agenda\">\n"
            for note in report.coaching {
                html += "<li><strong class=\"date\">\(MonthlyReport.short(note.day))</strong> <span class=\"question\">\(escape(note.question))</span>"
                    + answer(note.text) + "</li>\n"
            }
            html += "</ul>\n"
        }
        let reminders = report.agendaReminders
        if !reminders.isEmpty {
            html += "<div class=\"keep\">\n<h3>Also worth raising</h3>\n<ul>\n" + reminders.map { "<li>\(escape($0))</li>\n" }.joined()
                + "</ul>\n</div>\n"
        }
        return html + "</section>\n"
    }

    // MARK: Pieces

    /// How many characters of an answer the agenda shows before the rest goes into `<details>`.
    static let answerOpening = 320

    /// An agenda answer: whole when short; else its opening (the first paragraph, cut after a
    /// sentence when that is long) and the rest in a `<details>` a reader opens, so that one long
    /// answer does not fill the page. Print shows it all.
    static func answer(_ text: String) -> String {
        guard text.count > answerOpening * 3 / 2 else { return "<span class=\"answer\">\(escape(text))</span>" }
        let characters = Array(text)
        // The first paragraph's end, else the whole text.
        var cut = (1..<characters.count).first { characters[$0] == "\n" && characters[$0 - 1] == "\n" } ?? characters.count
        if cut > answerOpening {
            // The last sentence end in the opening, when it leaves a fair opening; else the last space.
            let sentenceEnd = (answerOpening / 4..<answerOpening).last { index in
                ".!?".contains(characters[index]) && characters[index + 1] == " " || characters[index] == "\n"
            }
            cut = sentenceEnd.map { $0 + 1 } ?? (characters[..<answerOpening].lastIndex(of: " ") ?? answerOpening)
        }
        let cutIndex = text.index(text.startIndex, offsetBy: cut)
        let opening = text[..<cutIndex].trimmed
        let rest = text[cutIndex...].trimmed
        guard !rest.isEmpty else { return "<span class=\"answer\">\(escape(text))</span>" }
        let words = rest.split { $0 == " " || $0 == "\n" }.count
        return "<span class=\"answer\">\(escape(opening))</span>"
            + "<details><summary>The rest of the answer (\(MonthlyReport.count(words, "word", "words")))</summary>"
            + "<span class=\"answer\">\(escape(rest))</span></details>"
    }

    /// A table in a scrolling wrapper; `numeric` columns are right-aligned, `nowrap` columns (dates)
    /// never break across lines. Cells are escaped here.
    static func table(caption: String?, header: [String], numeric: [Bool], rows: [[String]], nowrap: Set<Int> = []) -> String {
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            let style = numeric[column] ? " class=\"n\"" : nowrap.contains(column) ? " class=\"date\"" : ""
            return "<\(tag)\(style)\(tag == "th" ? " scope=\"col\"" : "")>\(escape(text))</\(tag)>"
        }
        var html = "<div class=\"table\"><table>"
        if let caption { html += "<caption>\(escape(caption))</caption>" }
        html += "<thead><tr>" + header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { html += "<tr>" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n" }
        return html + "</tbody></table></div>\n"
    }

    /// Already escaped text with `` `code` `` spans as `<code>`.
    private static func inlineCode(_ html: String) -> String {
        var result = ""
        var open = false
        for character in html {
            if character == "`" {
                result += open ? "</code>" : "<code>"
                open.toggle()
            } else {
                result.append(character)
            }
        }
        return open ? result + "</code>" : result
    }

    /// The page's only stylesheet: system fonts, no images, nothing fetched.
    static let stylesheet = """
        :root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --paper: #ffffff; --page: #f4f6f8;
                --rating: #1d4ed8; --score: #b45309; --negative: #c2410c; --made: #dbeafe; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--page); color: var(--ink);
               font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { margin: 0; font-size: 1.9rem; line-height: 1.2; }
        h2 { margin: 0 0 .75rem; font-size: 1.25rem; }
        h3 { margin: 1.25rem 0 .5rem; font-size: 1rem; }
        .sub { margin: .25rem 0 0; color: var(--muted); }
        section { margin-top: 1rem; padding: 1rem 1.25rem; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; }
        .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .75rem; margin: 0; }
        .figures div { padding: .5rem .75rem; border: 1px solid var(--line); border-radius: 8px; }
        .figures dt { color: var(--muted); font-size: .85rem; }
        .figures dd { margin: 0; font-size: 1.45rem; font-weight: 650; }
        .note { display: block; color: var(--muted); font-size: .8rem; font-weight: 400; }
        li .note { display: inline; }
        figure { margin: .25rem 0 0; }
        .chart { overflow-x: auto; }
        .chart svg { display: block; width: 100%; height: auto; }
        svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
        svg .tick { fill: var(--muted); }
        svg .narrow { display: none; }
        .grid { stroke: var(--line); stroke-width: 1; }
        .line-rating { fill: none; stroke: var(--rating); stroke-width: 2.5; stroke-linejoin: round; }
        .dot-rating { fill: var(--rating); }
        .line-score { fill: none; stroke: var(--score); stroke-width: 2; stroke-dasharray: 6 4; stroke-linejoin: round; }
        .dot-score { fill: var(--paper); stroke: var(--score); stroke-width: 2; }
        .bar-negative { fill: var(--negative); }
        .bar-made { fill: var(--made); stroke: var(--rating); stroke-width: 1.5; }
        .bar-met { fill: var(--rating); }
        .line-target { stroke: var(--negative); stroke-width: 2.5; stroke-dasharray: 6 4; }
        .key.key-target { border-color: var(--negative); border-top-style: dashed; }
        .legend { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: 0 0 .25rem; color: var(--muted); font-size: .9rem; }
        .key { display: inline-block; width: 1.75rem; height: 0; margin-right: .4rem; vertical-align: middle; border-top: 3px solid; }
        .key-rating { border-color: var(--rating); }
        .key-score { border-color: var(--score); border-top-style: dashed; }
        .key-made, .key-met { width: .9rem; height: .9rem; border: 1.5px solid var(--rating); }
        .key-made { background: var(--made); }
        .key-met { background: var(--rating); }
        .table { overflow-x: auto; }
        table { width: 100%; margin-top: .75rem; border-collapse: collapse; font-size: .9rem; }
        caption { text-align: left; color: var(--muted); font-size: .85rem; padding-bottom: .25rem; }
        th, td { padding: .3rem .5rem; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
        th { font-weight: 600; }
        td:first-child { white-space: nowrap; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        td.n { white-space: nowrap; }
        .words { margin: 0; padding-left: 1.5rem; columns: 2 12rem; }
        .count { color: var(--muted); font-size: .85rem; font-variant-numeric: tabular-nums; }
        .terms { margin: 0; }
        .agenda { padding-left: 1.25rem; }
        .agenda li { margin-bottom: .75rem; }
        .question { display: block; color: var(--muted); font-style: italic; font-size: .9rem; }
        .answer { display: block; white-space: pre-line; }
        .agenda details { margin-top: .25rem; }
        .agenda summary { cursor: pointer; color: var(--rating); font-size: .9rem; }
        .date { white-space: nowrap; }
        p.note { display: block; margin: .25rem 0 0; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .95em; }
        @media (max-width: 40rem) {
          main { padding: 1rem .5rem 2rem; }
          section { padding: .75rem; border-radius: 6px; }
          h1 { font-size: 1.6rem; }
          /* The charts shrink to about half their drawn width here: twice the text size reads at ~13 px. */
          svg text { font-size: 26px; }
          svg .wide { display: none; }
          svg .narrow { display: inline; }
          table { font-size: .8rem; }
          th, td { padding: .25rem .3rem; }
        }
        @media print {
          @page { margin: 1.3cm 1.5cm; }
          * { background: transparent !important; color: #000 !important; box-shadow: none !important; }
          body { font-size: 10pt; line-height: 1.35; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 18pt; }
          h2 { font-size: 13pt; margin-bottom: .35rem; }
          h3 { font-size: 10.5pt; margin: .75rem 0 .3rem; }
          section { margin-top: 1rem; padding: 0; border: none; border-radius: 0; }
          .figures { grid-template-columns: repeat(auto-fit, minmax(5.6rem, 1fr)); gap: .3rem; }
          .figures div { padding: .2rem .45rem; border: 1px solid #999; }
          .figures dd { font-size: 13pt; }
          .chart svg { max-height: 5.6cm; }
          table { margin-top: .35rem; font-size: 8.5pt; }
          th, td { padding: .08rem .4rem; }
          caption { font-size: 8.5pt; padding-bottom: .1rem; }
          .keep, figure, tr, .figures { break-inside: avoid; page-break-inside: avoid; }
          /* A long answer may run over a page, but never leaves its question behind. */
          .agenda li > .date { display: block; }
          h2, h3, .agenda li > .date, .agenda .question { break-after: avoid; page-break-after: avoid; }
          p, li, .answer { orphans: 3; widows: 3; }
          /* On paper the whole answer is shown, without the control that opens it. */
          details::details-content { content-visibility: visible; display: block; }
          summary { display: none; }
          .chart { overflow: visible; }
          svg text, svg .tick { fill: #000; }
          .grid { stroke: #bbb; }
          .line-rating { stroke: #000; }
          .dot-rating { fill: #000; }
          .line-score, .dot-score { stroke: #666; }
          .dot-score { fill: #fff; }
          .bar-negative { fill: #777; }
          .bar-made { fill: #fff; stroke: #000; }
          .bar-met { fill: #000; }
          .line-target { stroke: #000; }
          .key-rating { border-color: #000; }
          .key-score { border-color: #666; }
          .key-made, .key-met { border-color: #000; }
          .key-met { background: #000 !important; }
          th, td { border-bottom-color: #999; }
        }
        """
}
