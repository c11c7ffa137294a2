import Insights
import Journal

/// `reflect report [--month M] [--format text|markdown|json|html] [--output FILE] [--save]`: the
/// monthly attitude trend report.
///
/// Reads only what the report needs: the month's files up to the reference day, the previous
/// month's files, and the list of days that have a file (no file opened for those).
enum ReportCommand {
    /// The formats the report renders to.
    enum Format: String, CaseIterable {
        case text, markdown, json, html

        /// The extension of a saved report: `txt`, `md`, `json`, `html`.
        var fileExtension: String {
            switch self {
            case .text: "txt"
            case .markdown: "md"
            case .json: "json"
            case .html: "html"
            }
        }
    }

    static func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let invocation = context.invocation
        let month = try context.month(option: "--month") ?? context.today.monthOfYear
        let format = try format(context)
        if invocation.value("--output")?.isEmpty ?? false {
            throw UsageError("--output needs a file name", command: invocation.command)
        }
        // `--output -` is standard output, as for most tools.
        let output = invocation.value("--output").flatMap { $0 == "-" ? nil : $0 }
        let report = try build(month, context: context)

        guard output != nil || invocation.flag("--save") else {
            let text = render(report, as: format, style: context.style)
            if format == .text { Pager.write(text, allowed: context.mayPage) } else { Console.write(text) }
            return
        }
        // A saved report is terminal-safe too: it will be printed with `cat` one day.
        var saved = ""
        if let output {
            let text = TerminalText.safe(render(report, as: format, style: Style(enabled: false)), colour: false)
            try JournalStore.writeFile(Array(text.utf8), to: output)
            saved += "Saved \(output)\n"
        }
        if invocation.flag("--save") {
            // Markdown (for Obsidian) unless a format is asked for.
            let savedFormat = invocation.value("--format") == nil && !invocation.flag("--json") ? .markdown : format
            let text = TerminalText.safe(render(report, as: savedFormat, style: Style(enabled: false)), colour: false)
            saved += "Saved \(try context.store.saveReport(Array(text.utf8), name: "\(month).\(savedFormat.fileExtension)"))\n"
        }
        Console.write(saved)
    }

    /// `--format` (or `--json`), `text` when not given.
    static func format(_ context: Context) throws(UsageError) -> Format {
        if context.invocation.flag("--json") {
            if let text = context.invocation.value("--format"), text != "json" {
                throw UsageError("--json asks for JSON and --format for '\(text)': give one of them", command: context.invocation.command)
            }
            return .json
        }
        guard let text = context.invocation.value("--format") else { return .text }
        guard let format = Format(rawValue: text) else {
            let allowed = Format.allCases.map(\.rawValue)
            throw UsageError("--format '\(text)' is not a format: use "
                + allowed.dropLast().joined(separator: ", ") + " or " + allowed.last!, command: context.invocation.command)
        }
        return format
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
    static func render(_ report: MonthlyReport, as format: Format, style: Style) -> String {
        switch format {
        case .text:
            let styling = TextReportRenderer.Styling(bold: style.bold, dim: style.dim, red: style.red, green: style.green)
            return TextReportRenderer(styling: styling, width: Console.columns).render(report)
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
        let read = store.mapEntries(where: { previous.contains($0) || (month.contains($0) && $0 <= reference) },
                                    skipped: { problems.append($0) }) { $0 }
        entryDays = store.days()
        previousEntries = read.filter { previous.contains($0.day) }
        entries = read.filter { month.contains($0.day) }
        self.problems = problems
    }
}
