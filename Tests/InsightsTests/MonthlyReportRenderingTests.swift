@testable import Insights
import Journal
import Testing

@Suite("Monthly report: renderers")
struct MonthlyReportRenderingTests {
    /// A month with a little of everything, and user text that must be escaped.
    static func sample() throws -> MonthlyReport {
        let entries = [
            try ReportFixtures.entry("2026-11-02", """
                ---
                attitude: 2
                ---
                Ghosted by <Acme> & "Globex" | again.
                - [ ] Send <b>the</b> proposal | v2 📅 2026-11-04
                """),
            try ReportFixtures.entry("2026-11-06", """
                ---
                attitude: 4
                ---
                ## Which skill do you want help with?

                <script>alert('x')</script> Closing | pricing.
                """),
        ]
        return ReportFixtures.report(today: "2026-12-03", entries: entries,
                                     previous: [try ReportFixtures.entry("2026-10-12", "---\nattitude: 3\n---\nCalls.")])
    }

    @Test("plain text has no escape codes; styling goes through the closures given")
    func textStyling() throws {
        let report = try Self.sample()
        let plain = TextReportRenderer().render(report)
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("  Rating  ·▃···▆"))
        #expect(plain.contains("  2026-11-02#1  2026-11-04  28 days  1 entry  Send <b>the</b> proposal | v2\n"))
        let marked = TextReportRenderer.Styling(bold: { "<b>\($0)</b>" }, dim: { $0 }, red: { "<r>\($0)</r>" }, green: { $0 })
        let styled = TextReportRenderer(styling: marked).render(report)
        #expect(styled.hasPrefix("<b>November 2026 · monthly attitude report</b>\n"))
        #expect(styled.contains("<r>overdue 1</r>"))
    }

    @Test("the HTML page escapes every user text and holds three accessible charts")
    func html() throws {
        let page = HTMLReportRenderer.render(try Self.sample())
        #expect(!page.contains("<script"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Closing | pricing."))
        #expect(page.contains("Send &lt;b&gt;the&lt;/b&gt; proposal | v2"))
        #expect(!page.contains("<b>"))
        #expect(page.ranges(of: "<svg ").count == 3)
        #expect(page.ranges(of: "role=\"img\"").count == 3)
        #expect(page.ranges(of: "<desc id=").count == 3)
        for forbidden in ["http:", "https:", "//", "@import", "url(", "<link", "<img", "<iframe"] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        #expect(page.contains("@media print"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test("Markdown escapes what user text could turn into markup, and keeps the agenda")
    func markdown() throws {
        let text = MarkdownReportRenderer.render(try Self.sample())
        #expect(text.hasPrefix("# November 2026 · monthly attitude report\n"))
        #expect(text.contains("| 2026-11-02#1 | Send \\<b>the\\</b> proposal \\| v2 | 2026-11-04 | 28 | 1 |"))
        #expect(text.contains("## Agenda for the next one-to-one"))
        #expect(text.contains("\n  \\<script>alert('x')\\</script> Closing \\| pricing.\n"))
        #expect(text.contains("| Self-rating (1 to 5) | 3.0 | 3.0 | 0.0 |"))
    }

    @Test("an empty month is a short friendly report in every format", arguments: [
        ("2026-11-20", "No entries in November 2026 yet. Write one."),
        ("2026-12-20", "No entries in November 2026. Write one."),
        ("2026-10-20", "November 2026 has not started yet: nothing to report. Come back at the end of the month."),
    ])
    func empty(today: String, message: String) {
        var report = ReportFixtures.report(today: today, entries: [])
        report.emptyHint = "Write one."
        #expect(TextReportRenderer().render(report).hasSuffix("\n\n" + message + "\n"))
        #expect(MarkdownReportRenderer.render(report).hasSuffix("\n\n" + message + "\n"))
        #expect(HTMLReportRenderer.render(report).contains(message.replacing("`reflect", with: "<code>reflect").replacing("`", with: "</code>")
            .replacing("'", with: "&#39;")))
        let json = report.json.rendered()
        #expect(json.contains("\"entries\": 0"))
        #expect(json.contains("\"made\": 0"))
        #expect(json.contains("\"selfRating\": null"))
    }

    @Test("numbers are written by hand: one or two decimals, changes signed")
    func numbers() throws {
        let report = try Self.sample()
        let text = TextReportRenderer().render(report)
        #expect(text.contains("  Self-rating (1 to 5)         3.0      3.0     0.0"))
        #expect(report.json.rendered().contains("\"selfRating\": 3,"))
    }
}
