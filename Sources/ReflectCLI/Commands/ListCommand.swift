import CommandKit
import Insights
import Journal

/// `reflect list [--month M | --from D --to D] [--tag T] [-n N]`: one line per entry.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "list",
        abstract: "List entries: date, words, attitude, first words."
    )

    @OptionGroup var period: PeriodOptions

    @Option(name: "--tag", value: "tag", help: "Only entries with this tag (front matter or inline #tag; 'work' also takes 'work/acme').")
    var tag: TagName?

    @Option(name: "--count", short: "-n", value: "n", help: "Only the N most recent entries.")
    var count: EntryCount?

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool
    func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let range = try period.range(context)
        let tag = tag?.name
        let count = count?.value
        var entries: [Row]
        if tag == nil, let count {
            // Only the last N files are read.
            let days = context.store.days().filter { range?.contains($0) ?? true }.suffix(count)
            let wanted = Set(days)
            entries = context.store.mapEntries(where: wanted.contains, skipped: Context.skip) { Row(entry: $0) }
        } else {
            entries = context.store.mapEntries(in: range, skipped: Context.skip) { Row(entry: $0) }
            if let tag { entries = entries.filter { TagsCommand.matches(tag, $0.tags) } }
            if let count { entries = Array(entries.suffix(count)) }
        }
        if json {
            let json = JSON.array(entries.map { entry in
                .object([
                    ("date", .string(entry.day.description)),
                    ("path", .string(entry.path)),
                    ("words", .int(entry.words)),
                    ("attitude", .optional(entry.attitude)),
                ])
            })
            Console.write(json.rendered() + "\n")
            return
        }
        guard !entries.isEmpty else {
            Console.write("No entries\(tag.map { " tagged #\($0)" } ?? "")"
                + "\(range.map { " from \($0.lowerBound) to \($0.upperBound)" } ?? "") in \(context.store.root).\n")
            return
        }
        let style = context.style
        // On a terminal narrower than the lines, the first words are cut to fit rather than
        // wrapped by the terminal in the middle of a word.
        let width = Console.outputIsTerminal ? Console.columns : Int.max
        var text = ""
        text.reserveCapacity(entries.count * 80)
        for entry in entries {
            let words = String(entry.words)
            let padding = max(2, 7 - words.count)
            let attitude = entry.attitude.map { "attitude \($0)" }
            text.append(style.bold(entry.day.description))
            text.append(String(repeating: " ", count: padding))
            text.append(words)
            text.append(" words  ")
            text.append(attitude ?? style.dim("attitude -"))
            let used = 10 + padding + words.count + 8 + (attitude ?? "attitude -").count + 2
            let preview = TextWrap.fit(entry.preview, width: width - used)
            if !preview.isEmpty { text.append("  " + preview) }
            text.append("\n")
        }
        Pager.write(text, allowed: context.mayPage)
    }


    /// What a line of the list needs of an entry; the rest of the entry is not kept.
    struct Row: Sendable {
        let day: Day
        let path: String
        let words: Int
        let attitude: Int?
        let preview: String
        let tags: [String]

        init(entry: Entry) {
            tags = entry.tags
            day = entry.day
            path = entry.path
            words = entry.words
            attitude = entry.attitude
            preview = entry.preview()
        }
    }
}
