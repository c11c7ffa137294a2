/// A calendar day with no time and no time zone: the unit a journal is organised by.
///
/// Arithmetic is done on the day's ordinal (days since 1970-01-01) with the civil-calendar
/// algorithms of Howard Hinnant, so nothing here touches Foundation's calendars or the clock.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1…9999.
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…31.
    public let day: Int

    /// A day, or `nil` when it does not exist (`2026-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.length(ofMonth: month, inYear: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (`2026-2-3`, `2026-11-28T10:00`) is `nil`.
    public init?(iso text: some StringProtocol) {
        self.init(isoBytes: Array(text.utf8)[...])
    }

    /// Parses exactly ten bytes `YYYY-MM-DD`.
    public init?<Bytes: RandomAccessCollection<UInt8>>(isoBytes bytes: Bytes) where Bytes.Index == Int {
        guard bytes.count == 10 else { return nil }
        let start = bytes.startIndex
        guard bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
              let year = Day.number(bytes[start..<start + 4]),
              let month = Day.number(bytes[start + 5..<start + 7]),
              let day = Day.number(bytes[start + 8..<start + 10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `ordinal` days after 1970-01-01.
    ///
    /// Total and monotonic: an ordinal outside years 0001–9999 gives a day outside them too, in
    /// year 0 or 10000 (`isInCalendar` is false), which compares before 0001-01-01 or after
    /// 9999-12-31, so a loop that steps past the last day of 9999 still ends. Such a day is never a file's or a
    /// command's day: check `isInCalendar` before using the result of arithmetic as one.
    public init(ordinal: Int) {
        // Year 0 and year 10000 are as far as a day goes: no arithmetic on one can overflow.
        let z = min(max(ordinal, Day.firstOrdinal - 366), Day.lastOrdinal + 366) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (negative before it).
    public var ordinal: Int { Day.ordinal(year: year, month: month, day: day) }

    /// Days from 1970-01-01 to the given date of the proleptic Gregorian calendar.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The ISO weekday: 1 Monday … 7 Sunday.
    public var weekday: Int {
        let fromThursday = ((ordinal % 7) + 7) % 7   // 1970-01-01 was a Thursday
        return (fromThursday + 3) % 7 + 1
    }

    /// The day `count` days later (earlier when negative); see `init(ordinal:)` for the ends
    /// of the calendar.
    public func adding(days count: Int) -> Day {
        let (sum, overflow) = ordinal.addingReportingOverflow(count)
        return Day(ordinal: overflow ? (count < 0 ? Int.min : Int.max) : sum)
    }

    /// Whether the day is in years 0001–9999, the calendar `reflect` works in.
    public var isInCalendar: Bool { (1...9999).contains(year) }

    /// 0001-01-01, the first day there is.
    public static let first = Day(year: 1, month: 1, day: 1)!

    /// 9999-12-31, the last day there is.
    public static let last = Day(year: 9999, month: 12, day: 31)!

    /// The ordinals of `first` and `last`.
    private static let firstOrdinal = -719_162
    private static let lastOrdinal = 2_932_896

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// The month this day is in (for a day outside the calendar, the first or last month there is).
    public var monthOfYear: Month {
        Month(year: year, month: month) ?? (year < 1 ? Month(year: 1, month: 1)! : Month(year: 9999, month: 12)!)
    }

    /// Whether this is the last day of its month.
    public var isLastDayOfMonth: Bool { day == Day.length(ofMonth: month, inYear: year) }

    /// `YYYY-MM-DD`.
    public var description: String {
        // Years 1…9999, every day in the calendar, are written digit by digit into the string's
        // own ten bytes; others (a day past 9999-12-31) are padded as before.
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else {
            return Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
        }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ value: Int, width: Int, at start: Int) {
                var value = value
                for offset in (0..<width).reversed() {
                    bytes[start + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, width: 4, at: 0)
            bytes[4] = UInt8(ascii: "-")
            put(month, width: 2, at: 5)
            bytes[7] = UInt8(ascii: "-")
            put(day, width: 2, at: 8)
            return 10
        }
    }

    /// The English weekday name, `Tuesday`.
    public var weekdayName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1]
    }

    /// The long form used as an entry's title: `Tuesday, 24 November 2026`.
    public var longDescription: String {
        "\(weekdayName), \(day) \(Month.names[month - 1]) \(year)"
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` has a 29 February.
    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` of `year`.
    public static func length(ofMonth month: Int, inYear year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The value of a run of ASCII digits, or `nil` if any byte is not a digit.
    static func number(_ bytes: some Sequence<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
