import CommandKit
import Insights
import Journal

/// `reflect report [--month M] [--format text|markdown|json|html] [--output FILE] [--save]`: the
/// monthly attitude trend report.
///
/// Reads only what the report needs: the month's files up to the reference day, the previous
/// month's files, and the list of days that have a file (no file opened for those).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "report",
        abstract: "The monthly attitude trend report."
    )

    @Option(name: "--month", value: "yyyy-mm", help: "The month (default: this month).")
    var month: Month?

    @Option(name: "--format", value: "format", help: "text, markdown, json or html (default: text).")
    var format: ReportFormat?

    @Option(name: "--output", value: "file", help: "Write the report to this file instead of printing it.")
    var output: OutputPath?

    @Flag(name: "--save", help: "Save it in <journal>/reports/YYYY-MM.<md|txt|json|html> (Markdown unless --format says) instead of printing it.")
    var save: Bool

    @Flag(name: "--json", help: "The same as --format json.")
    var json: Bool

    func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let month = month ?? context.today.monthOfYear
        let format = Self.format(format, json: json)
        let output = output?.path
        var report = try Self.build(month, context: context)
        report.emptyHint = switch report.period {
        case .running: "Run `reflect` to write today's."
        case .finished: "Run `reflect --date \(month.lastDay)` to back-fill a day."
        case .future: nil
        }

        guard output != nil || save else {
            let text = Self.render(report, as: format, style: context.style)
            if format == .text { Pager.write(text, allowed: context.mayPage) } else { Console.write(text) }
            return
        }
        // A saved report is terminal-safe too: it will be printed with `cat` one day.
        var saved = ""
        if let output {
            let text = TerminalText.safe(Self.render(report, as: format, style: Style(enabled: false)), colour: false)
            try JournalStore.writeFile(Array(text.utf8), to: output)
            saved += "Saved \(output)\n"
        }
        if save {
            // Markdown (for Obsidian) unless a format is asked for.
            let savedFormat = self.format == nil && !json ? .markdown : format
            let text = TerminalText.safe(Self.render(report, as: savedFormat, style: Style(enabled: false)), colour: false)
            saved += "Saved \(try context.store.saveReport(Array(text.utf8), name: "\(month).\(savedFormat.fileExtension)"))\n"
        }
        Console.write(saved)
    }

    func validate() throws(ValidationError) {
        if json, let format, format != .json {
            throw ValidationError("--json asks for JSON and --format for '\(format.rawValue)': give one of them")
        }
    }

    /// `--format` (or `--json`), `text` when not given.
    static func format(_ format: ReportFormat?, json: Bool) -> ReportFormat {
        json ? .json : format ?? .text
    }

    /// Reads the month, the month before and the list of entry days, and builds the report.
    static func build(_ month: Month, context: Context) throws -> MonthlyReport {
        let reference = MonthlyReport.reference(for: month, today: context.today)
        let read = reference.period == .future ? nil : JournalReading(store: context.store, month: month, through: reference.day)
        for problem in read?.problems ?? [] { Context.skip(problem) }
        // Prompts first, then word lists: their warnings come in that order.
        let promptSet = context.promptSet()
        let analyzer = context.analyzer()
        var report = MonthlyReport.build(
            month: month,
            today: context.today,
            entries: read?.entries ?? [],
            previousEntries: read?.previousEntries ?? [],
            entryDays: read?.entryDays ?? [],
            promptSet: promptSet,
            analyzer: analyzer,
            weekStart: WeekStart(rawValue: context.settings.weekStart.value)?.weekday ?? 1
        )
        let definitions = try context.numberDefinitions()
        context.warnAboutNumbers(definitions, in: read?.entries ?? [])
        report.addNumbers(definitions, accounts: context.accountList(), entries: read?.entries ?? [],
                          previousEntries: read?.previousEntries ?? [], analyzer: analyzer)
        return report
    }

    /// The report in `format`; only text is styled, and only when `style` is enabled.
    static func render(_ report: MonthlyReport, as format: ReportFormat, style: Style) -> String {
        switch format {
        case .text:
            return style.rendering.render(report)
        case .markdown: return MarkdownReportRenderer.render(report)
        case .json: return report.json.rendered() + "\n"
        case .html: return HTMLReportRenderer.render(report)
        }
    }
}

/// What the report reads from the journal: the days that have a file (no file opened for them),
/// the month's entries up to the reference day and the previous month's, and what was skipped.
/// Only those two months' files are opened, in one read.
private struct JournalReading {
    let entryDays: [Day]
    let entries: [Entry]
    let previousEntries: [Entry]
    /// Second files for a day, and files that could not be read.
    let problems: [JournalError]

    init(store: JournalStore, month: Month, through reference: Day) {
        let previous = month.previous
        var problems: [JournalError] = []
        let (read, days) = store.mapEntriesAndDays(where: { previous.contains($0) || (month.contains($0) && $0 <= reference) },
                                                   skipped: { problems.append($0) }) { $0 }
        entryDays = days
        previousEntries = read.filter { previous.contains($0.day) }
        entries = read.filter { month.contains($0.day) }
        self.problems = problems
    }
}
