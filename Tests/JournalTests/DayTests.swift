import Testing
@testable import Journal

@Suite("Day")
struct DayTests {
    @Test("Parsing accepts exactly YYYY-MM-DD of a day that exists", arguments: [
        ("2026-11-24", 2026, 11, 24),
        ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("0001-01-01", 1, 1, 1),
        ("9999-12-31", 9999, 12, 31),
        ("1970-01-01", 1970, 1, 1),
    ])
    func parsesValidDays(text: String, year: Int, month: Int, day: Int) throws {
        let parsed = try #require(Day(iso: text))
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.day == day)
        #expect(parsed.description == text)
    }

    @Test("Parsing rejects days that do not exist and anything that is not exactly YYYY-MM-DD", arguments: [
        "2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-11-00",
        "2026-11-32", "0000-01-01", "2026-2-3", "2026-02-3", "26-11-24", "2026-11-28T10:00",
        "2026-11-24 ", " 2026-11-24", "2026/11/24", "2026_11_24", "+026-11-24", "-026-11-24",
        "2026-1a-01", "10000-01-01", "", "today", "２０２６-11-24",
    ])
    func rejectsInvalidText(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("Parsing works on a slice of a longer text")
    func parsesSubstring() {
        let line = "date: 2026-11-24"
        #expect(Day(iso: line.suffix(10)) == Day(year: 2026, month: 11, day: 24))
        let bytes = Array("x2024-02-29y".utf8)
        #expect(Day(isoBytes: bytes[1..<11]) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(isoBytes: bytes[0..<10]) == nil)
    }

    @Test("Components out of range make no day", arguments: [
        (2026, 2, 29), (2023, 2, 29), (2026, 6, 31), (2026, 0, 1), (2026, 13, 1), (0, 1, 1), (10000, 1, 1), (2026, 1, 0),
    ])
    func rejectsComponents(year: Int, month: Int, day: Int) {
        #expect(Day(year: year, month: month, day: day) == nil)
    }

    @Test("The ordinal and back agree with a day-by-day count from 1900 to 2100, weekdays included")
    func ordinalMatchesNaiveCounter() {
        func length(_ month: Int, _ year: Int) -> Int {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        }
        var (year, month, dayOfMonth) = (1900, 1, 1)
        var ordinal = -25_567   // 1900-01-01: 70 years of 365 days and 17 leap days before 1970
        var weekday = 1         // 1900-01-01 was a Monday
        var mismatches: [String] = []
        while year <= 2100 {
            let fromOrdinal = Day(ordinal: ordinal)
            if fromOrdinal.year != year || fromOrdinal.month != month || fromOrdinal.day != dayOfMonth {
                mismatches.append("ordinal \(ordinal) gave \(fromOrdinal), expected \(year)-\(month)-\(dayOfMonth)")
            }
            if let day = Day(year: year, month: month, day: dayOfMonth) {
                if day.ordinal != ordinal { mismatches.append("\(day).ordinal \(day.ordinal), expected \(ordinal)") }
                if day.weekday != weekday { mismatches.append("\(day).weekday \(day.weekday), expected \(weekday)") }
                if day.isLastDayOfMonth != (dayOfMonth == length(month, year)) {
                    mismatches.append("\(day).isLastDayOfMonth is wrong")
                }
            } else {
                mismatches.append("\(year)-\(month)-\(dayOfMonth) was not accepted")
            }
            if mismatches.count > 10 { break }
            ordinal += 1
            weekday = weekday % 7 + 1
            dayOfMonth += 1
            if dayOfMonth > length(month, year) {
                dayOfMonth = 1
                month += 1
                if month > 12 { month = 1; year += 1 }
            }
        }
        #expect(mismatches == [])
        #expect(ordinal == 47_847)  // 2101-01-01
    }

    @Test("Weekdays are ISO, Monday 1 to Sunday 7", arguments: [
        ("2026-11-23", 1, "Monday"), ("2026-11-24", 2, "Tuesday"), ("2026-11-25", 3, "Wednesday"),
        ("2026-11-26", 4, "Thursday"), ("2026-11-27", 5, "Friday"), ("2026-11-28", 6, "Saturday"),
        ("2026-11-29", 7, "Sunday"), ("1970-01-01", 4, "Thursday"), ("1969-12-31", 3, "Wednesday"),
        ("0001-01-01", 1, "Monday"), ("2000-02-29", 2, "Tuesday"),
    ])
    func weekday(text: String, weekday: Int, name: String) {
        #expect(Day.iso(text).weekday == weekday)
        #expect(Day.iso(text).weekdayName == name)
    }

    @Test("Adding days crosses months, leap days and years", arguments: [
        ("2026-11-24", 7, "2026-12-01"), ("2024-02-28", 1, "2024-02-29"), ("2026-02-28", 1, "2026-03-01"),
        ("2026-12-31", 1, "2027-01-01"), ("2026-03-01", -1, "2026-02-28"), ("2024-03-01", -1, "2024-02-29"),
        ("2026-11-24", 0, "2026-11-24"), ("1970-01-01", -1, "1969-12-31"), ("2026-01-01", 365, "2027-01-01"),
    ])
    func adding(start: String, count: Int, expected: String) {
        #expect(Day.iso(start).adding(days: count) == Day.iso(expected))
        #expect(Day.iso(start).days(until: Day.iso(expected)) == count)
    }

    @Test("A leap year has 366 days, a common year 365")
    func daysInYears() {
        #expect(Day.iso("2024-01-01").days(until: Day.iso("2025-01-01")) == 366)
        #expect(Day.iso("2026-01-01").days(until: Day.iso("2027-01-01")) == 365)
        #expect(Day.iso("1900-01-01").days(until: Day.iso("1901-01-01")) == 365)
        #expect(Day.iso("2000-01-01").days(until: Day.iso("2001-01-01")) == 366)
    }

    @Test("The last day of a month is recognised", arguments: [
        ("2026-02-28", true), ("2024-02-28", false), ("2024-02-29", true), ("2026-11-30", true),
        ("2026-11-29", false), ("2026-12-31", true), ("2026-04-30", true), ("2026-01-30", false),
        ("2026-01-31", true),
    ])
    func lastDayOfMonth(text: String, expected: Bool) {
        #expect(Day.iso(text).isLastDayOfMonth == expected)
    }

    @Test("The long description is the entry title")
    func longDescription() {
        #expect(Day.iso("2026-11-24").longDescription == "Tuesday, 24 November 2026")
        #expect(Day.iso("1970-01-01").longDescription == "Thursday, 1 January 1970")
        #expect(Day.iso("2024-02-29").longDescription == "Thursday, 29 February 2024")
    }

    @Test("Small years are written with four digits")
    func padding() throws {
        let day = try #require(Day(year: 12, month: 3, day: 4))
        #expect(day.description == "0012-03-04")
        #expect(Day(iso: day.description) == day)
    }

    @Test("Days order by date, not by text length or month alone")
    func ordering() {
        #expect(Day.iso("2026-11-24") < Day.iso("2026-12-01"))
        #expect(Day.iso("2026-12-31") < Day.iso("2027-01-01"))
        #expect(!(Day.iso("2026-11-24") < Day.iso("2026-11-24")))
        #expect([Day.iso("2027-01-02"), Day.iso("2026-12-31"), Day.iso("2027-01-01")].sorted()
            == [Day.iso("2026-12-31"), Day.iso("2027-01-01"), Day.iso("2027-01-02")])
    }

    @Test("A day knows its month")
    func monthOfYear() {
        #expect(Day.iso("2026-11-24").monthOfYear == Month(year: 2026, month: 11))
    }
}

@Suite("Month")
struct MonthTests {
    @Test("Parsing accepts exactly YYYY-MM with a month 01 to 12", arguments: [
        ("2026-11", 2026, 11), ("2026-01", 2026, 1), ("2026-12", 2026, 12), ("0001-01", 1, 1),
    ])
    func parsesValidMonths(text: String, year: Int, month: Int) throws {
        let parsed = try #require(Month(iso: text))
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.description == text)
    }

    @Test("Parsing rejects month 13, month 00 and other shapes", arguments: [
        "2026-13", "2026-00", "2026-1", "2026-11-01", "0000-01", "2026/11", "2026-1a", "", "26-11", "2026-11 ",
    ])
    func rejectsInvalidMonths(text: String) {
        #expect(Month(iso: text) == nil)
    }

    @Test("The previous month crosses the year", arguments: [
        ("2026-01", "2025-12"), ("2026-03", "2026-02"), ("2026-12", "2026-11"),
    ])
    func previous(month: String, expected: String) {
        #expect(Month(iso: month)?.previous == Month(iso: expected))
    }

    @Test("The first and last day follow the month's length", arguments: [
        ("2024-02", "2024-02-29"), ("2026-02", "2026-02-28"), ("2026-11", "2026-11-30"),
        ("2026-12", "2026-12-31"), ("1900-02", "1900-02-28"), ("2000-02", "2000-02-29"),
    ])
    func lastDay(month: String, expected: String) throws {
        let month = try #require(Month(iso: month))
        #expect(month.lastDay == Day.iso(expected))
        #expect(month.firstDay == Day(year: month.year, month: month.month, day: 1))
    }

    @Test("A month has an English name and contains exactly its own days")
    func nameAndContains() throws {
        let month = try #require(Month(iso: "2026-11"))
        #expect(month.name == "November 2026")
        #expect(month.contains(Day.iso("2026-11-01")))
        #expect(month.contains(Day.iso("2026-11-30")))
        #expect(!month.contains(Day.iso("2026-12-01")))
        #expect(!month.contains(Day.iso("2025-11-15")))
        #expect(Month(iso: "2025-12")! < month)
    }
}

@Suite("Days and months at the ends of the calendar")
struct CalendarEndTests {
    @Test("The month before January 0001 is December 0000, outside the calendar, and holds no day that is")
    func firstMonth() {
        let first = Month(iso: "0001-01")!
        #expect(first.previous.description == "0000-12")
        #expect(!first.previous.contains(Day.first))
        #expect(first.previous.lastDay < Day.first)
        #expect(!first.previous.lastDay.isInCalendar)
    }

    @Test("Arithmetic past either end never traps, stays ordered and is outside the calendar", arguments: [
        (Day.last, 1), (Day.last, 400), (Day.first, -1), (Day.first, -400), (Day.last, Int.max), (Day.first, Int.min),
    ])
    func beyondTheEnds(day: Day, count: Int) {
        let result = day.adding(days: count)
        #expect(!result.isInCalendar)
        #expect(count > 0 ? result > Day.last : result < Day.first)
        #expect(result.monthOfYear == (count > 0 ? Month(iso: "9999-12")! : Month(iso: "0001-01")!))
        #expect(Day(ordinal: count).ordinal == min(max(count, Day.first.ordinal - 366), Day.last.ordinal + 366))
    }

    @Test("A loop that steps day by day through December 9999 ends")
    func loopEnds() {
        var day = Month(iso: "9999-12")!.firstDay
        var steps = 0
        while day <= Day.last {
            day = day.adding(days: 1)
            steps += 1
        }
        #expect(steps == 31)
    }
}
