import Testing
@testable import Journal

@Suite("Commitments")
struct CommitmentTests {
    /// An entry made on Tuesday 10 November 2026 with one task of every kind.
    static let entry = try! parse("""
        ## Commitments

        - [ ] Dated 📅 2026-11-24
        - [ ] Undated
        - [x] Met on its day 📅 2026-11-12 ✅ 2026-11-12
        - [x] Met late 📅 2026-11-12 ✅ 2026-11-13
        - [x] Met, never dated
        - [x] Met, never dated, done later ✅ 2026-11-30
        - [x] Met, dated, no done date 📅 2026-11-12
        - [-] Cancelled 📅 2026-11-01

        """, day: "2026-11-10", path: "/j/2026/11/2026-11-10.md")
    static let commitments = Commitment.all(in: entry)

    @Test("Ids are the day and the 1-based task number; each keeps its text, dates and file")
    func ids() throws {
        #expect(Self.commitments.map(\.id) == (1...8).map { "2026-11-10#\($0)" })
        let first = try #require(Self.commitments.first)
        #expect(first.madeOn == Day.iso("2026-11-10"))
        #expect(first.number == 1)
        #expect(first.text == "Dated")
        #expect(first.due == Day.iso("2026-11-24"))
        #expect(first.doneOn == nil)
        #expect(first.path == "/j/2026/11/2026-11-10.md")
        #expect(Self.commitments[2].doneOn == Day.iso("2026-11-12"))
    }

    @Test("status on a reference day: met, cancelled, open until due (or 7 days), then overdue", arguments: [
        // number, reference, status
        (1, "2026-11-24", Commitment.Status.open),   // due today
        (1, "2026-11-11", .open),
        (1, "2026-11-25", .overdue),                 // due yesterday
        (2, "2026-11-10", .open),                    // made today, undated
        (2, "2026-11-17", .open),                    // 7 days old
        (2, "2026-11-18", .overdue),                 // 8 days old
        (3, "2026-12-31", .met),
        (4, "2026-11-11", .open),                    // ticked later, on the 13th: not met yet
        (4, "2026-11-13", .met),
        (6, "2026-11-29", .overdue),                 // undated, ticked only on the 30th
        (8, "2026-11-05", .cancelled),
        (8, "2026-12-31", .cancelled),
    ])
    func status(number: Int, reference: String, expected: Commitment.Status) {
        #expect(Self.commitments[number - 1].status(on: Day.iso(reference)) == expected)
    }

    @Test("Met on time: done by the due date, or met with no due or no done date", arguments: [
        (1, false), (2, false), (3, true), (4, false), (5, true), (6, true), (7, true), (8, false),
    ])
    func metOnTime(number: Int, expected: Bool) {
        #expect(Self.commitments[number - 1].metOnTime == expected)
    }

    @Test("Age is whole days from the day it was made")
    func age() {
        #expect(Self.commitments[0].age(on: Day.iso("2026-11-10")) == 0)
        #expect(Self.commitments[0].age(on: Day.iso("2026-11-24")) == 14)
        #expect(Self.commitments[0].age(on: Day.iso("2027-11-10")) == 365)
    }

    @Test("The undated grace period is seven days")
    func grace() {
        #expect(Commitment.undatedGraceDays == 7)
    }

    @Test("Statuses have the names the JSON output uses")
    func statusNames() {
        #expect(Commitment.Status.allCases.map(\.rawValue) == ["open", "overdue", "met", "cancelled"])
    }
}

@Suite("Streaks")
struct StreakTests {
    @Test("The current streak ends on the day, or on the day before when the day has no entry yet", arguments: [
        (["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"], "2026-11-23", 4),
        (["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"], "2026-11-24", 4),
        (["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"], "2026-11-25", 0),
        (["2026-11-18", "2026-11-20", "2026-11-21"], "2026-11-21", 2),
        (["2026-11-22", "2026-11-23", "2026-11-24"], "2026-11-23", 2),
        (["2026-11-24"], "2026-11-24", 1),
        (["2026-11-25"], "2026-11-24", 0),
        ([], "2026-11-24", 0),
        (["2026-12-30", "2026-12-31", "2027-01-01"], "2027-01-02", 3),
        (["2024-02-28", "2024-02-29", "2024-03-01"], "2024-03-01", 3),
    ] as [([String], String, Int)])
    func current(days: [String], on day: String, expected: Int) {
        #expect(Streak.current(days.map(Day.iso), on: Day.iso(day)) == expected)
    }

    @Test("The longest streak is the longest run of consecutive days", arguments: [
        ([], 0),
        (["2026-11-24"], 1),
        (["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-05", "2026-11-06"], 3),
        (["2026-11-01", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"], 4),
        (["2026-12-30", "2026-12-31", "2027-01-01"], 3),
        (["2026-01-01", "2026-03-01"], 1),
    ] as [([String], Int)])
    func longest(days: [String], expected: Int) {
        #expect(Streak.longest(days.map(Day.iso)) == expected)
    }
}
