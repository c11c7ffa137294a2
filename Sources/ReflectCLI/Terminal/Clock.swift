#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Journal

/// The day it is.
enum Clock {
    /// Today for the running command: its environment's clock.
    static func today() -> Day { Console.current.today() }

    /// The local calendar day by the system clock, in the process time zone (`TZ` respected).
    @Sendable static func systemToday() -> Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? Day.last
    }
}
