import CommandKit
import Insights
import Journal

/// `reflect brief [--from D --to D | --month M] [--format F] [--output FILE] [--no-attitude]`: the
/// manager-safe brief for the one-to-one, by default over the seven days ending today.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "brief",
        abstract: "The manager-safe brief for your one-to-one (the last 7 days by default).",
        discussion: """
        Your numbers against their targets, the commitments made, met and overdue, the accounts with \
        open commitments, your coaching answers in full, and your attitude in one line. Nothing else you \
        wrote is in it.
        """
    )

    @Option(name: "--from", value: "date", help: "From this day (default: 6 days before --to).")
    var from: DateArgument?

    @Option(name: "--to", value: "date", help: "To this day (default: today).")
    var to: DateArgument?

    @Option(name: "--month", value: "yyyy-mm", help: "This month instead (up to today).")
    var month: Month?

    @Option(name: "--format", value: "format", help: "text, markdown, json or html (default: text).")
    var format: ReportFormat?

    @Option(name: "--output", value: "file", help: "Write the brief to this file instead of printing it.")
    var output: OutputPath?

    @Flag(name: "--no-attitude", help: "Leave the attitude line out.")
    var noAttitude: Bool

    func validate() throws(ValidationError) {
        if month != nil, from != nil || to != nil { throw ValidationError("give either --month or --from/--to, not both") }
    }

    func run(_ context: Context) throws {
        let (from, to) = try period(context)
        let format = format ?? .text
        let output = output?.path
        let definitions = try context.numberDefinitions()
        let length = from.days(until: to) + 1
        let start = from.adding(days: -length)
        let read = context.store.entries(in: (start.isInCalendar ? start : Day.first)...to, skipped: Context.skip)
        let entries = read.filter { $0.day >= from }
        context.warnAboutNumbers(definitions, in: entries)
        let brief = Brief.build(from: from, to: to, entries: entries, previousEntries: read.filter { $0.day < from },
                                definitions: definitions, accounts: context.accountList(), promptSet: context.promptSet(),
                                analyzer: context.analyzer(), attitude: !noAttitude)
        guard let output else {
            Console.write(Self.render(brief, as: format, style: context.style))
            return
        }
        let text = TerminalText.safe(Self.render(brief, as: format, style: Style(enabled: false)), colour: false)
        try JournalStore.writeFile(Array(text.utf8), to: output)
        Console.write("Saved \(output)\n")
    }

    /// `--from`/`--to` or `--month`; the seven days ending today by default. A period is never
    /// after today: a brief is about what has happened.
    func period(_ context: Context) throws -> (Day, Day) {
        let command = Self.self
        let from = try context.day(from, "--from")
        let to = try context.day(to, "--to")
        if let month {
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

    static func render(_ brief: Brief, as format: ReportFormat, style: Style) -> String {
        switch format {
        case .text:
            return BriefRenderer.text(brief, styling: style.rendering.styling)
        case .markdown: return BriefRenderer.markdown(brief)
        case .json: return brief.json.rendered() + "\n"
        case .html: return BriefRenderer.html(brief)
        }
    }
}
