@testable import Insights
import Journal
import Testing

/// Small in-memory journals for the report builder.
enum ReportFixtures {
    static let november = Month(year: 2026, month: 11)!
    static let october = Month(year: 2026, month: 10)!

    /// A few prompts: two coaching questions, the review's "want help" and another review question.
    static let prompts = PromptSet(bundled: [
        Prompt(id: "coaching.skill", text: "Which skill do you want help with?")!,
        Prompt(id: "coaching.one-to-one", text: "What one question do you want to bring to your next one-to-one?")!,
        Prompt(id: "review.want-help", text: "What do you really want your sales manager to help you with?")!,
        Prompt(id: "review.manage-performance", text: "What areas of your performance does your sales manager need to manage?")!,
        Prompt(id: "pipeline.stalled-deal", text: "Which deal has not moved?")!,
    ])

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// The entry `text` written on `iso`.
    static func entry(_ iso: String, _ text: String = "A quiet day of calls.") throws -> Entry {
        try EntryParser.parse(Array(text.utf8), day: day(iso), path: "/journal/\(iso).md")
    }

    /// The report on `month` made on `today`; `entryDays` defaults to the days of all the entries.
    static func report(_ month: Month = november, today: String, entries: [Entry], previous: [Entry] = [],
                       entryDays: [Day]? = nil) -> MonthlyReport {
        MonthlyReport.build(month: month, today: day(today), entries: entries, previousEntries: previous,
                            entryDays: entryDays ?? (entries + previous).map(\.day),
                            promptSet: prompts, analyzer: Fixtures.analyzer)
    }
}

@Suite("Monthly report: reference day, streaks and weeks")
struct MonthlyReportCalendarTests {
    @Test("the reference day is the month's last day once it is over, today while it runs")
    func referenceDay() {
        let november = ReportFixtures.november
        #expect(MonthlyReport.reference(for: november, today: ReportFixtures.day("2026-12-05")) == (ReportFixtures.day("2026-11-30"), .finished))
        #expect(MonthlyReport.reference(for: november, today: ReportFixtures.day("2026-11-30")) == (ReportFixtures.day("2026-11-30"), .running))
        #expect(MonthlyReport.reference(for: november, today: ReportFixtures.day("2026-11-11")) == (ReportFixtures.day("2026-11-11"), .running))
        #expect(MonthlyReport.reference(for: november, today: ReportFixtures.day("2026-10-31")).period == .future)
    }

    @Test("the current streak reaches back before the month; the longest stays within it")
    func streaks() throws {
        // 28 Oct – 3 Nov is one run of 7 days, 4 of them in October (given only as entry days).
        let entries = try ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-10", "2026-11-11"].map { try ReportFixtures.entry($0) }
        let octoberDays = ["2026-10-28", "2026-10-29", "2026-10-30", "2026-10-31"].map(ReportFixtures.day)
        let early = ReportFixtures.report(today: "2026-11-03", entries: entries, entryDays: octoberDays + entries.map(\.day))
        #expect(early.streak == MonthlyReport.Streaks(current: 7, longest: 3))
        #expect(early.entries == 3)   // entries after the reference day wait for their day

        let later = ReportFixtures.report(today: "2026-11-12", entries: entries, entryDays: octoberDays + entries.map(\.day))
        #expect(later.streak.current == 2)   // 12 November has no entry yet: the run to yesterday still counts
        #expect(later.streak.longest == 3)

        let over = ReportFixtures.report(today: "2026-12-05", entries: entries, entryDays: octoberDays + entries.map(\.day))
        #expect(over.streak == MonthlyReport.Streaks(current: 0, longest: 3))
    }

    @Test("weeks run Monday to Sunday, clipped to the month and to the reference day")
    func weeks() throws {
        let entries = try ["2026-11-01", "2026-11-02", "2026-11-04", "2026-11-08", "2026-11-30"].map { try ReportFixtures.entry($0) }
        let finished = ReportFixtures.report(today: "2026-12-01", entries: entries)
        #expect(finished.weeks.map(\.start.description) == ["2026-11-01", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"])
        #expect(finished.weeks.map(\.end.description) == ["2026-11-01", "2026-11-08", "2026-11-15", "2026-11-22", "2026-11-29", "2026-11-30"])
        #expect(finished.weeks.map(\.days) == [1, 7, 7, 7, 7, 1])
        #expect(finished.weeks.map(\.activeDays) == [1, 3, 0, 0, 0, 1])
        #expect(finished.weeks[2].averages == MonthlyReport.Averages(entries: 0, selfRating: nil, score: nil, negativePer100Words: nil))

        let running = ReportFixtures.report(today: "2026-11-11", entries: entries)
        #expect(running.weeks.map(\.days) == [1, 7, 3])
        #expect(running.weeks.last?.end == ReportFixtures.day("2026-11-11"))

        let february = ReportFixtures.report(Month(year: 2027, month: 2)!, today: "2027-03-01", entries: [])
        #expect(february.weeks.map(\.days) == [7, 7, 7, 7])   // 1 February 2027 is a Monday
    }

    @Test("a month still to come is an empty report with nothing counted")
    func futureMonth() throws {
        let report = ReportFixtures.report(today: "2026-10-20", entries: [try ReportFixtures.entry("2026-11-02")])
        #expect(report.period == .future)
        #expect(report.isEmpty)
        #expect(report.weeks.isEmpty)
        #expect(report.streak == MonthlyReport.Streaks(current: 0, longest: 0))
        #expect(report.sparkline(.score) == "")
    }
}

@Suite("Monthly report: attitude, words and themes")
struct MonthlyReportAttitudeTests {
    @Test("averages the self-ratings that were given, the scores of all entries, and negativity per 100 words")
    func averages() throws {
        let entries = [
            try ReportFixtures.entry("2026-11-02", "---\nattitude: 2\n---\nGhosted again. Stuck on legal."),
            try ReportFixtures.entry("2026-11-03", "Great call with Acme, signed the pilot."),
            try ReportFixtures.entry("2026-11-05", "---\nattitude: 5\n---\nNot bad at all."),
        ]
        let report = ReportFixtures.report(today: "2026-12-01", entries: entries)
        let words = entries.reduce(0) { $0 + $1.words }
        #expect(report.entries == 3)
        #expect(report.daysCovered == 3)
        #expect(report.words == words)
        #expect(report.attitude.current.selfRating == 3.5)
        let scores = entries.map { Fixtures.analyzer.analyze($0.body).score }
        #expect(abs(report.attitude.current.score! - scores.reduce(0, +) / 3) < 1e-12)
        #expect(report.attitude.current.negativePer100Words == 2.0 * 100 / Double(words))
        #expect(report.attitude.days.map(\.rating) == [2, nil, 5])
        #expect(report.attitude.days.map(\.negative) == [2, 0, 0])
        #expect(report.negativeWords == [MonthlyReport.WordCount(word: "ghosted", count: 1), MonthlyReport.WordCount(word: "stuck", count: 1)])
        // "-": an entry without a rating; "·": no entry.
        #expect(report.sparkline(.rating).hasPrefix("·▃-·█·"))
        #expect(report.sparkline(.rating).count == 30)
    }

    @Test("the previous month's averages are nil when it has no entries, and count only its own days")
    func previousMonth() throws {
        let entries = [try ReportFixtures.entry("2026-11-02", "---\nattitude: 4\n---\nCalls.")]
        let none = ReportFixtures.report(today: "2026-12-01", entries: entries)
        #expect(none.attitude.previous == MonthlyReport.Averages(entries: 0, selfRating: nil, score: nil, negativePer100Words: nil))
        #expect(none.attitude.previousMonth == ReportFixtures.october)

        let previous = [
            try ReportFixtures.entry("2026-10-30", "---\nattitude: 1\n---\nA slump. Ghosted twice."),
            try ReportFixtures.entry("2026-09-30", "---\nattitude: 5\n---\nSeptember is not last month."),
        ]
        let some = ReportFixtures.report(today: "2026-12-01", entries: entries, previous: previous)
        #expect(some.attitude.previous.entries == 1)
        #expect(some.attitude.previous.selfRating == 1)
        #expect(some.themes.first { $0.name == "negativity" }?.previous == 2)
    }

    @Test("negative words are the most frequent first, ties alphabetically, at most ten")
    func negativeWords() throws {
        let words = ["slump", "ghosted", "churn", "pushback", "burnout", "rejected", "stalled", "lowball",
                     "no-show", "frustrated", "cynical", "pessimistic"]
        let entries = [
            try ReportFixtures.entry("2026-11-02", words.joined(separator: ". ") + "."),
            try ReportFixtures.entry("2026-11-03", "Ghosted. Slump. Ghosted."),
        ]
        let report = ReportFixtures.report(today: "2026-12-01", entries: entries)
        #expect(report.negativeWords.count == 10)
        #expect(report.negativeWords.prefix(4).map(\.word) == ["ghosted", "slump", "burnout", "churn"])
        #expect(report.negativeWords.prefix(2).map(\.count) == [3, 2])
    }

    @Test("themes list every named theme with entries and last month's count, most frequent first")
    func themes() throws {
        let report = ReportFixtures.report(
            today: "2026-12-01",
            entries: [try ReportFixtures.entry("2026-11-02", "Two demos and three calls."),
                      try ReportFixtures.entry("2026-11-03", "One more demo. The economy again.")],
            previous: [try ReportFixtures.entry("2026-10-05", "Calls, calls, calls.")])
        let activity = try #require(report.themes.first)
        #expect(activity == MonthlyReport.Theme(name: "activity", count: 3, entries: 2, previous: 3))
        #expect(Set(report.themes.map(\.name)) == Set(Fixtures.bundledLexicon.themeNames + ["negativity"]))
        #expect(report.themes.map(\.count) == report.themes.map(\.count).sorted(by: >))
    }
}

@Suite("Monthly report: commitments")
struct MonthlyReportCommitmentTests {
    @Test("statuses are taken on the reference day; met without a due date counts as on time")
    func statuses() throws {
        let entry = try ReportFixtures.entry("2026-11-02", """
            - [x] Met on time 📅 2026-11-05 ✅ 2026-11-04
            - [x] Met late 📅 2026-11-05 ✅ 2026-11-09
            - [x] Met with no due date ✅ 2026-11-20
            - [X] Met, no dates at all
            - [-] Dropped
            - [ ] Due later 📅 2026-12-10
            - [ ] Late 📅 2026-11-06
            - [ ] Undated and old
            """)
        let recent = try ReportFixtures.entry("2026-11-25", "* [ ] Undated and recent")
        let report = ReportFixtures.report(today: "2026-12-02", entries: [entry, recent])
        let account = report.commitments
        #expect(account.made == 9)
        #expect(account.met == 4)
        #expect(account.metOnTime == 3)
        #expect(account.cancelled == 1)
        #expect(account.open == 2)
        #expect(account.overdue == 2)
        #expect(account.unmet.map(\.commitment.id) == ["2026-11-02#7", "2026-11-02#8"])
        #expect(account.unmet.map(\.ageDays) == [28, 28])

        // While the month runs, the undated commitment is still within its week of grace, and
        // what was ticked after the 8th was not met yet on the 8th.
        let running = ReportFixtures.report(today: "2026-11-08", entries: [entry])
        #expect(running.commitments.met == 2)
        #expect(running.commitments.open == 3)
        #expect(running.commitments.overdue == 2)
    }

    @Test("carried counts later entry days up to the reference day, files not read included")
    func carried() throws {
        let made = try ReportFixtures.entry("2026-11-02", "- [ ] Send Acme the proposal 📅 2026-11-04")
        let later = try ["2026-11-03", "2026-11-05"].map { try ReportFixtures.entry($0) }
        // 7 November has a file the report did not need to read; 20 November is after the reference day.
        let days = (([made] + later).map(\.day)) + [ReportFixtures.day("2026-11-07"), ReportFixtures.day("2026-11-20"),
                                                    ReportFixtures.day("2026-11-02")]
        let report = ReportFixtures.report(today: "2026-11-10", entries: [made] + later, entryDays: days)
        let unmet = try #require(report.commitments.unmet.first)
        #expect(unmet.carried == 3)
        #expect(unmet.ageDays == 8)
        #expect(unmet.commitment.due == ReportFixtures.day("2026-11-04"))
    }

    @Test("commitments made in other months are not this month's")
    func otherMonths() throws {
        let october = try ReportFixtures.entry("2026-10-30", "- [ ] Chase Wayne Corp 📅 2026-10-31")
        let report = ReportFixtures.report(today: "2026-12-01", entries: [october, try ReportFixtures.entry("2026-11-02")],
                                           previous: [october])
        #expect(report.commitments.made == 0)
        #expect(report.commitments.unmet.isEmpty)
    }

    @Test("stated commitments are counted unless a task line in the same entry says the same")
    func stated() throws {
        let entries = [
            try ReportFixtures.entry("2026-11-02", """
                I will email the Acme CFO by Friday. I'll follow up with Umbrella by Friday.
                Maybe I'll call Stark. Dana will send it Monday.

                - [ ] Follow up with Umbrella by Friday
                """),
            try ReportFixtures.entry("2026-11-03", "I'm going to book two discovery meetings with Initech.\n- [ ] Email the Acme CFO"),
        ]
        let report = ReportFixtures.report(today: "2026-12-01", entries: entries)
        #expect(report.commitments.stated == [
            MonthlyReport.Stated(day: ReportFixtures.day("2026-11-02"), text: "I will email the Acme CFO by Friday",
                                 due: ReportFixtures.day("2026-11-06")),
            MonthlyReport.Stated(day: ReportFixtures.day("2026-11-03"), text: "I'm going to book two discovery meetings with Initech",
                                 due: nil),
        ])
    }
}

@Suite("Monthly report: coaching agenda")
struct MonthlyReportCoachingTests {
    @Test("collects answers to coaching questions and to the review's want-help, without their task lines")
    func agenda() throws {
        let entries = [
            try ReportFixtures.entry("2026-11-06", """
                ## Which skill do you want help with?

                Negotiating renewals.
                - [ ] Ask Priya for the course

                ## Which deal has not moved?

                Acme.
                """),
            try ReportFixtures.entry("2026-11-13", """
                ## what one question do you want to bring to your next one-to-one

                Should I hand Hooli to the inside team?
                """),
            try ReportFixtures.entry("2026-11-30", """
                ## What areas of your performance does your sales manager need to manage?

                Forecasting.

                ## What do you really want your sales manager to help you with?

                A prospecting plan.

                Two calls together.
                """),
            try ReportFixtures.entry("2026-11-20", "## Which skill do you want help with?\n\n- [ ] Only a task\n"),
        ]
        let report = ReportFixtures.report(today: "2026-12-01", entries: entries)
        #expect(report.coaching.map(\.day.description) == ["2026-11-06", "2026-11-13", "2026-11-30"])
        #expect(report.coaching.map(\.promptID) == ["coaching.skill", "coaching.one-to-one", "review.want-help"])
        #expect(report.coaching.map(\.text) == ["Negotiating renewals.", "Should I hand Hooli to the inside team?",
                                                "A prospecting plan.\n\nTwo calls together."])
    }
}
