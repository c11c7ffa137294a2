import Insights
import Journal

/// `reflect brief [--from D --to D | --month M] [--format F] [--output FILE] [--no-attitude]`: the
/// manager-safe brief for the one-to-one, by default over the seven days ending today.
enum BriefCommand {
    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let (from, to) = try period(context)
        let format = try ReportCommand.format(context)
        if invocation.value("--output")?.isEmpty ?? false {
            throw UsageError("--output needs a file name", command: invocation.command)
        }
        let output = invocation.value("--output").flatMap { $0 == "-" ? nil : $0 }
        let definitions = try context.numberDefinitions()
        let length = from.days(until: to) + 1
        let start = from.adding(days: -length)
        let read = context.store.entries(in: (start.isInCalendar ? start : Day.first)...to, skipped: Context.skip)
        let entries = read.filter { $0.day >= from }
        context.warnAboutNumbers(definitions, in: entries)
        let brief = Brief.build(from: from, to: to, entries: entries, previousEntries: read.filter { $0.day < from },
                                definitions: definitions, accounts: context.accountList(), promptSet: context.promptSet(),
                                analyzer: context.analyzer(), attitude: !invocation.flag("--no-attitude"))
        guard let output else {
            Console.write(render(brief, as: format, style: context.style))
            return
        }
        let text = TerminalText.safe(render(brief, as: format, style: Style(enabled: false)), colour: false)
        try JournalStore.writeFile(Array(text.utf8), to: output)
        Console.write("Saved \(output)\n")
    }

    /// `--from`/`--to` or `--month`; the seven days ending today by default. A period is never
    /// after today: a brief is about what has happened.
    static func period(_ context: Context) throws -> (Day, Day) {
        let command = context.invocation.command
        let from = try context.day(option: "--from")
        let to = try context.day(option: "--to")
        if let month = try context.month(option: "--month") {
            guard from == nil, to == nil else { throw UsageError("give either --month or --from/--to, not both", command: command) }
            guard month.firstDay <= context.today else {
                throw UsageError("--month \(month) has not started yet (today is \(context.today))", command: command)
            }
            return (month.firstDay, min(month.lastDay, context.today))
        }
        let end = to ?? context.today
        let start = from ?? end.adding(days: -6)
        guard start.isInCalendar else { return (Day.first, end) }
        guard start <= end else { throw UsageError("--from \(start) is after --to \(end)", command: command) }
        return (start, end)
    }

    static func render(_ brief: Brief, as format: ReportCommand.Format, style: Style) -> String {
        switch format {
        case .text:
            return BriefRenderer.text(brief, styling: TextReportRenderer.Styling(bold: style.bold, dim: style.dim, red: style.red, green: style.green))
        case .markdown: return BriefRenderer.markdown(brief)
        case .json: return brief.json.rendered() + "\n"
        case .html: return BriefRenderer.html(brief)
        }
    }
}
