import Journal

/// `reflect list [--month M | --from D --to D] [--tag T] [-n N]`: one line per entry.
enum ListCommand {
    static func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let range = try dayRange(context)
        let tag = try TagsCommand.tagOption(context)
        let count = try countOption(context)
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
        if context.invocation.flag("--json") {
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

    /// `-n N`: a whole number from 1; `nil` when not given.
    static func countOption(_ context: Context) throws(UsageError) -> Int? {
        guard let text = context.invocation.value("--count") else { return nil }
        guard let count = Int(text), count > 0 else {
            throw UsageError("-n '\(text)' is not a number of entries: use a whole number from 1", command: context.invocation.command)
        }
        return count
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

    /// `--month`, or `--from`/`--to` (either end may be open); `nil` for every entry.
    static func dayRange(_ context: Context) throws -> ClosedRange<Day>? {
        let from = try context.day(option: "--from")
        let to = try context.day(option: "--to")
        if let month = try context.month(option: "--month") {
            guard from == nil, to == nil else {
                throw UsageError("give either --month or --from/--to, not both", command: context.invocation.command)
            }
            return month.firstDay...month.lastDay
        }
        guard from != nil || to != nil else { return nil }
        let start = from ?? Day(year: 1, month: 1, day: 1)!
        let end = to ?? Day(year: 9999, month: 12, day: 31)!
        guard start <= end else {
            throw UsageError("--from \(start) is after --to \(end)", command: context.invocation.command)
        }
        return start...end
    }
}
