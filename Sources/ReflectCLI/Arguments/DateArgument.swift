import CommandKit
import Journal

/// A day given on the command line: `YYYY-MM-DD`, `today` or `yesterday` (any case), read against
/// the day the command takes as today once that is known (`--date` moves it).
enum DateArgument: ArgumentValue, Equatable {
    case day(Day)
    case today
    case yesterday

    init(argument: String) throws(InvalidValue) {
        switch argument.lowercased() {
        case "today": self = .today
        case "yesterday": self = .yesterday
        default:
            guard let day = Day(iso: argument) else {
                throw InvalidValue("is not a date: use YYYY-MM-DD (a day that exists), 'today' or 'yesterday'")
            }
            self = .day(day)
        }
    }

    static var completion: Completion { .values(["today", "yesterday"]) }

    /// The day meant when today is `today`.
    ///
    /// - Throws: `UsageError` when it is `yesterday` and today is the first day of the calendar;
    ///   `label` names the option (`--from`, `<date>`).
    func resolved(today: Day, label: String, command: any ParsableArguments.Type) throws(UsageError) -> Day {
        switch self {
        case let .day(day): return day
        case .today: return today
        case .yesterday:
            let yesterday = today.adding(days: -1)
            guard yesterday.isInCalendar else {
                throw UsageError("\(label) 'yesterday' is before 0001-01-01, the first day there is", command: command)
            }
            return yesterday
        }
    }
}
