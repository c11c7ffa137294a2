@testable import Insights
import Journal
import Testing

@Suite("Monthly report: the week's first day")
struct WeekStartTests {
    @Test("weeks starting on Sunday run Sunday to Saturday, clipped to the month")
    func sundayWeeks() throws {
        let entries = try ["2026-11-01", "2026-11-07", "2026-11-08", "2026-11-30"].map { try ReportFixtures.entry($0) }
        let report = MonthlyReport.build(month: ReportFixtures.november, today: ReportFixtures.day("2026-12-01"), entries: entries,
                                         previousEntries: [], entryDays: entries.map(\.day), promptSet: ReportFixtures.prompts,
                                         analyzer: Fixtures.analyzer, weekStart: 7)
        #expect(report.weeks.map(\.start.description) == ["2026-11-01", "2026-11-08", "2026-11-15", "2026-11-22", "2026-11-29"])
        #expect(report.weeks.map(\.end.description) == ["2026-11-07", "2026-11-14", "2026-11-21", "2026-11-28", "2026-11-30"])
        #expect(report.weeks.map(\.activeDays) == [2, 1, 0, 0, 1])
    }
}
