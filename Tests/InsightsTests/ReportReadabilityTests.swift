@testable import Insights
import Journal
import Testing

@Suite("Monthly report: what a reader sees")
struct ReportReadabilityTests {
    let lexicon = Fixtures.lexicon("## stopwords\n- the\n- a\n- with\n- good\n- long\n- mostly")

    @Test("recurring terms count a word with its plural and possessive, shown as most entries wrote it")
    func pluralsFold() {
        let entries = [
            "A call with Acme.",
            "Two calls with Acme's CFO.",
            "The calls went long.",
            "Mostly good calls.",
            "Companies and a company and processes.",
        ]
        #expect(RecurringTerm.find(in: entries, lexicon: lexicon) == [
            RecurringTerm(term: "calls", entries: 4),
        ])
        #expect(RecurringTerm.find(in: entries, lexicon: lexicon, minimumEntries: 2) == [
            RecurringTerm(term: "calls", entries: 4),
            RecurringTerm(term: "acme", entries: 2),
        ])
        // A tie goes to the shorter spelling, the singular.
        #expect(RecurringTerm.find(in: ["deal", "deal", "deals", "deals"], lexicon: lexicon, minimumEntries: 3)
            == [RecurringTerm(term: "deal", entries: 4)])
    }

    @Test("plural endings fold the regular way; words that only end in s stay", arguments: [
        ("calls", "call"), ("companies", "company"), ("pitches", "pitch"), ("boxes", "box"), ("acme's", "acme"),
        ("acme’s", "acme"), ("process", "process"), ("status", "status"), ("analysis", "analysis"), ("news", "news"),
        ("gas", "gas"), ("crm", "crm"),
    ])
    func singular(word: String, expected: String) {
        #expect(RecurringTerm.singular(Substring(word)) == Substring(expected))
    }

    @Test("the bundled stop words leave generic words out of recurring terms")
    func genericWords() {
        let (bundled, _) = Lexicon.bundled()
        let entries = Array(repeating: "Mostly a good long day, and Hooli signed.", count: 3)
        #expect(RecurringTerm.find(in: entries, lexicon: bundled).map(\.term) == ["hooli", "hooli signed", "signed"])
    }

    @Test("a change is the difference of the numbers shown, so 4.0 against 4.0 is no change", arguments: [
        (3.96, 4.04, 1, "0.0"), (3.94, 4.04, 1, "+0.1"), (4.04, 3.96, 1, "0.0"), (0.115, 0.124, 2, "0.00"), (1.0, 2.5, 1, "+1.5"),
    ])
    func changeOfShownNumbers(old: Double, new: Double, decimals: Int, expected: String) {
        #expect(MonthlyReport.change(from: old, to: new, decimals: decimals) == expected)
    }

    /// November with a rating-only entry (the 3rd), an entry without a rating (the 4th), a gap on the
    /// 5th, and a long coaching answer; October empty.
    static func month() throws -> MonthlyReport {
        let long = String(repeating: "I want to talk about territory balance and the forecast call. ", count: 12)
        return ReportFixtures.report(today: "2026-12-01", entries: [
            try ReportFixtures.entry("2026-11-02", "---\nattitude: 4\n---\nGood calls with Acme."),
            try ReportFixtures.entry("2026-11-03", "---\nattitude: 2\n---\n"),
            try ReportFixtures.entry("2026-11-04", "Stuck on legal again."),
            try ReportFixtures.entry("2026-11-06", "---\nattitude: 5\n---\n## Which skill do you want help with?\n\nShort opening.\n\n\(long)"),
            try ReportFixtures.entry("2026-11-09", "---\nattitude: 3\n---\nCalls."),
        ])
    }

    @Test("a rating-only entry has no score, and the sparklines tell it from a day without an entry")
    func ratingOnly() throws {
        let report = try Self.month()
        #expect(report.attitude.days.map(\.score).map { $0 == nil } == [false, true, false, false, false])
        let scored = report.attitude.days.compactMap(\.score)
        #expect(abs(report.attitude.current.score! - scored.reduce(0, +) / Double(scored.count)) < 1e-12)
        #expect(report.sparkline(.rating).hasPrefix("·▆▃-·█··▅·"))
        #expect(report.sparkline(.score).prefix(10).map { $0 == "-" || $0 == "·" ? String($0) : "x" }.joined()
            == "·x-x·x··x·")
        let text = TextReportRenderer().render(report)
        #expect(text.contains("  ▁ low … █ high, · no entry, - entry without a rating (or without words)\n"))
        #expect(text.contains("  October 2026 has no entries to compare with.\n"))
        #expect(text.contains("  activity"))
        #expect(!text.contains(" (0 in October 2026)"))
        #expect(report.json.rendered(pretty: false).contains("{\"date\":\"2026-11-03\",\"rating\":2,\"score\":null,"))
    }

    @Test("at 40 columns the text report's prose and figures wrap between words and figures")
    func narrowText() throws {
        let text = TextReportRenderer(width: 40).render(try Self.month())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("  Streak    0 days now ·"))
        #expect(lines.contains("            longest this month 3 days"))
        #expect(lines.contains("  ▁ low … █ high, · no entry,"))
        #expect(lines.contains("  - entry without a rating (or without words)"))
        #expect(lines.contains("  Made 0 · met 0 (0 on time) ·"))
        #expect(lines.contains("  cancelled 0 · open 0 · overdue 0"))
        #expect(lines.contains("    I want to talk about territory"))
        #expect(lines.contains("    (October 2026 has no entries), most"))
    }

    @Test("the HTML chart breaks its lines at days without a value and plots no score for a rating alone")
    func htmlGaps() throws {
        let chart = ReportChart.attitudeByDay(try Self.month())
        // Ratings on the 2nd and 3rd join; the 6th and 9th stand alone: one line. Scores on the 2nd
        // and the 4th are not neighbours: no score line at all.
        #expect(chart.ranges(of: "<polyline class=\"line-rating\"").count == 1)
        #expect(chart.ranges(of: "<polyline class=\"line-score\"").count == 0)
        #expect(chart.ranges(of: "<circle class=\"dot-rating\"").count == 4)
        #expect(chart.ranges(of: "<rect class=\"dot-score\"").count == 4)
        #expect(!chart.contains("3 Nov: score"))
    }

    @Test("week bars are labelled with the week's days, short on a narrow screen")
    func weekLabels() throws {
        let report = try Self.month()
        for chart in [ReportChart.negativityByWeek(report), ReportChart.commitmentsByWeek(report)] {
            #expect(chart.contains("<tspan class=\"wide\">2–8 Nov</tspan><tspan class=\"narrow\">2–8</tspan>"))
            #expect(chart.contains("<tspan class=\"wide\">1 Nov</tspan><tspan class=\"narrow\">1</tspan>"))
        }
    }

    @Test("a long agenda answer shows its opening; the rest is in details, printed in full")
    func agendaDetails() throws {
        let page = HTMLReportRenderer.render(try Self.month())
        #expect(page.contains("<span class=\"answer\">Short opening.</span><details><summary>The rest of the answer (132 words)</summary>"
            + "<span class=\"answer\">I want to talk about territory balance"))
        #expect(page.contains("details::details-content { content-visibility: visible; display: block; }"))
        #expect(page.contains("<div class=\"keep\">\n<h2 id=\"attitude\">Attitude by day</h2>"))
        #expect(HTMLReportRenderer.answer("Short answer.") == "<span class=\"answer\">Short answer.</span>")
        // One long paragraph is cut after a sentence.
        let paragraph = String(repeating: "One more sentence about pricing. ", count: 20).trimmed
        let cut = HTMLReportRenderer.answer(paragraph)
        #expect(cut.hasPrefix("<span class=\"answer\">One more sentence about pricing."))
        #expect(cut.contains("pricing.</span><details><summary>The rest of the answer ("))
    }
}
