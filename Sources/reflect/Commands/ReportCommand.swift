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
    }

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let month = try context.month(option: "--month") ?? context.today.monthOfYear
        let format = try format(context)
        let output = invocation.value("--output")
        if let output, output.isEmpty {
            throw UsageError("--output needs a file name", command: invocation.command)
        }
        let report = build(month, context: context)

        guard output != nil || invocation.flag("--save") else {
            Console.write(render(report, as: format, style: context.style))
            return
        }
        var saved = ""
        if let output {
            try FileSystem.writeAtomically(Array(render(report, as: format, style: Style(enabled: false)).utf8), to: output)
            saved += "Saved \(output)\n"
        }
        if invocation.flag("--save") {
            let folder = context.store.root + "/reports"
            let path = folder + "/\(month).md"
            try FileSystem.makeFolders(folder)
            try FileSystem.writeAtomically(Array(MarkdownReportRenderer.render(report).utf8), to: path)
            saved += "Saved \(path)\n"
        }
        Console.write(saved)
    }

    /// `--format`, `text` when not given.
    static func format(_ context: Context) throws(UsageError) -> Format {
        guard let text = context.invocation.value("--format") else { return .text }
        guard let format = Format(rawValue: text) else {
            let allowed = Format.allCases.map(\.rawValue)
            throw UsageError("--format '\(text)' is not a format: use "
                + allowed.dropLast().joined(separator: ", ") + " or " + allowed.last!, command: context.invocation.command)
        }
        return format
    }

    /// Reads the month, the month before and the list of entry days, and builds the report.
    static func build(_ month: Month, context: Context) -> MonthlyReport {
        let reference = MonthlyReport.reference(for: month, today: context.today)
        let previous = month.previous
        let found = reference.period == .future ? nil : context.store.entryFiles()
        let files = found?.files ?? []
        for duplicate in found?.duplicates ?? [] where month.contains(duplicate.file.day) || previous.contains(duplicate.file.day) {
            Context.skip(.duplicateDay(path: duplicate.file.path, kept: duplicate.kept))
        }
        return MonthlyReport.build(
            month: month,
            today: context.today,
            entries: read(files.filter { month.contains($0.day) && $0.day <= reference.day }, context: context),
            previousEntries: read(files.filter { previous.contains($0.day) }, context: context),
            entryDays: files.map(\.day),
            promptSet: context.promptSet(),
            analyzer: context.analyzer()
        )
    }

    /// The entries of `files`, read one after the other (a month is too few files to share out
    /// among cores); files that cannot be read are named in a warning and left alone.
    private static func read(_ files: [JournalStore.EntryFile], context: Context) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(files.count)
        for file in files {
            do throws(JournalError) {
                entries.append(try context.store.entry(file))
            } catch {
                Context.skip(error)
            }
        }
        return entries
    }

    /// The report in `format`; only text is styled, and only when `style` is enabled.
    static func render(_ report: MonthlyReport, as format: Format, style: Style) -> String {
        switch format {
        case .text:
            let styling = TextReportRenderer.Styling(bold: style.bold, dim: style.dim, red: style.red, green: style.green)
            return TextReportRenderer(styling: styling).render(report)
        case .markdown: return MarkdownReportRenderer.render(report)
        case .json: return report.json.rendered() + "\n"
        case .html: return HTMLReportRenderer.render(report)
        }
    }
}
