import CommandKit
import Journal

/// `reflect export [--format json|markdown] [--month M | --from D --to D] [--output FILE]`: the
/// entries, as JSON with their parts, or as one Markdown document.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "export",
        abstract: "Export entries as JSON or as one Markdown document.",
        discussion: """
        JSON holds each entry's date, path, attitude, tags, sections (heading and text), text and \
        commitments. Markdown puts the entries one after another, each under its date.
        """
    )

    @Option(name: "--format", value: "format", help: "json or markdown (default: json).")
    var format: ExportFormat?

    @OptionGroup var period: PeriodOptions

    @Option(name: "--output", value: "file", help: "Write to this file instead of printing.")
    var output: OutputPath?

    func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let format = format ?? .json
        let range = try period.range(context)
        let output = output?.path
        let entries = context.store.entries(in: range, skipped: Context.skip)
        let definitions = format == .json ? try context.numberDefinitions() : []
        let text = switch format {
        case .json: JSON.array(entries.map { Self.json($0, on: context.today, numbers: definitions) }).rendered() + "\n"
        case .markdown: Self.markdown(entries)
        }
        guard let output else {
            if format == .markdown { Pager.write(text, allowed: context.mayPage) } else { Console.write(text) }
            return
        }
        // Like a saved report, the file is made safe to `cat` (JSON escapes control characters itself).
        let safe = format == .json ? text : TerminalText.safe(text, colour: false)
        try JournalStore.writeFile(Array(safe.utf8), to: output)
        Console.write("Saved \(entries.count) entr\(entries.count == 1 ? "y" : "ies") to \(output)\n")
    }

    /// `{date, path, attitude, tags, numbers, sections: [{heading, text}], text, commitments}`;
    /// `numbers` holds the values the day records of the numbers `numbers.md` defines.
    static func json(_ entry: Entry, on today: Day, numbers: [NumberDefinition] = []) -> JSON {
        .object([
            ("date", .string(entry.day.description)),
            ("path", .string(entry.path)),
            ("attitude", .optional(entry.attitude)),
            ("tags", .array(entry.tags.map { .string($0) })),
            ("numbers", .object(numbers.compactMap { definition in definition.value(in: entry).map { (definition.name, .double($0)) } })),
            ("sections", .array(entry.sections.map { .object([("heading", .string($0.heading)), ("text", .string($0.body))]) })),
            ("text", .string(entry.body)),
            ("commitments", .array(Commitment.all(in: entry).map { CommitmentFormat.json($0, on: today) })),
        ])
    }

    /// One document: each entry under a `## ` heading with its long date, its attitude and tags
    /// below it, and its own headings one level down (its `# ` title, when it is the date, is
    /// the entry's heading already).
    static func markdown(_ entries: [Entry]) -> String {
        var text = "# Journal"
        if let first = entries.first, let last = entries.last {
            text += first.day == last.day ? ", \(first.day)" : ", \(first.day) to \(last.day)"
        }
        text += "\n"
        for entry in entries {
            text += "\n## \(entry.day.longDescription)\n\n"
            var facts: [String] = []
            if let attitude = entry.attitude { facts.append("Attitude \(attitude) of 5") }
            if !entry.tags.isEmpty { facts.append(entry.tags.map { "#" + $0 }.joined(separator: " ")) }
            if !facts.isEmpty { text += facts.joined(separator: " · ") + "\n\n" }
            let body = demotingHeadings(entry.body, title: "# " + entry.day.longDescription).trimmed
            if !body.isEmpty { text += body + "\n" }
        }
        return text
    }

    /// `body` with each heading one level down (`#` → `##`, up to `######`) outside code fences,
    /// and without a first line equal to `title`.
    private static func demotingHeadings(_ body: String, title: String) -> String {
        var lines: [String] = []
        var fence: String?
        var first = true
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line)
            if line.hasSuffix("\r") { line.removeLast() }
            if first, !line.trimmed.isEmpty {
                first = false
                if line.trimmed == title { continue }
            }
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
            } else if line.hasPrefix("#") {
                let level = line.prefix { $0 == "#" }.count
                let rest = line.dropFirst(level)
                if level < 6, rest.isEmpty || rest.first == " " { line = "#" + line }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
