import CommandKit
import Journal

/// `--month`, or `--from`/`--to`: the entries a reading command takes.
struct PeriodOptions: ParsableArguments {
    @Option(name: "--month", value: "yyyy-mm", help: "Only entries of this month.")
    var month: Month?

    @Option(name: "--from", value: "date", help: "Only entries on or after this day.")
    var from: DateArgument?

    @Option(name: "--to", value: "date", help: "Only entries on or before this day.")
    var to: DateArgument?

    func validate() throws(ValidationError) {
        if month != nil, from != nil || to != nil { throw ValidationError("give either --month or --from/--to, not both") }
    }

    /// The days asked for (either end of `--from`/`--to` may be open); `nil` for every entry.
    func range(_ context: Context) throws(UsageError) -> ClosedRange<Day>? {
        try PeriodOptions.range(month: month, from: from, to: to, context: context)
    }

    /// The days of `month`, or from `from` to `to`; `nil` when none is given.
    static func range(month: Month?, from: DateArgument?, to: DateArgument?, context: Context) throws(UsageError) -> ClosedRange<Day>? {
        if let month { return month.firstDay...month.lastDay }
        let from = try context.day(from, "--from")
        let to = try context.day(to, "--to")
        guard from != nil || to != nil else { return nil }
        let start = from ?? Day.first
        let end = to ?? Day.last
        guard start <= end else { throw UsageError("--from \(start) is after --to \(end)", command: context.command) }
        return start...end
    }
}
