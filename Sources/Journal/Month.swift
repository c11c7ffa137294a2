/// A calendar month: what the report and `list --month` are about.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1…9999 (0 only for the month before the first, see `previous`).
    public let year: Int
    /// The month, 1…12.
    public let month: Int

    static let names = ["January", "February", "March", "April", "May", "June", "July",
                        "August", "September", "October", "November", "December"]

    /// A month, or `nil` when out of range (`2026-13`).
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM`.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let year = Day.number(bytes[0..<4]), let month = Day.number(bytes[5..<7]) else { return nil }
        self.init(year: year, month: month)
    }

    /// The month's first day.
    public var firstDay: Day { Day(ordinal: Day.ordinal(year: year, month: month, day: 1)) }

    /// The month's last day.
    public var lastDay: Day { Day(ordinal: Day.ordinal(year: year, month: month, day: Day.length(ofMonth: month, inYear: year))) }

    /// The month before this one. Before January 0001 comes December 0000: a month outside the
    /// calendar, which holds no entry, so a report on the first month compares it with nothing.
    public var previous: Month {
        month == 1 ? Month(uncheckedYear: year - 1, month: 12) : Month(uncheckedYear: year, month: month - 1)
    }

    private init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month's English name and year: `November 2026`.
    public var name: String { "\(Month.names[month - 1]) \(year)" }

    /// `YYYY-MM`.
    public var description: String { Day.pad(year, 4) + "-" + Day.pad(month, 2) }

    /// Whether `day` falls in this month.
    public func contains(_ day: Day) -> Bool { day.year == year && day.month == month }

    public static func < (lhs: Month, rhs: Month) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
