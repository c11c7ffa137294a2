import Journal

/// `reflect list [--month M | --from D --to D]`: one line per entry.
enum ListCommand {
    static func run(_ context: Context) throws {
        let range = try dayRange(context)
        let entries = context.store.mapEntries(in: range, skipped: Context.skip) { Row(entry: $0) }
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
            Console.write("No entries\(range.map { " from \($0.lowerBound) to \($0.upperBound)" } ?? "") in \(context.store.root).\n")
            return
        }
        let style = context.style
        var text = ""
        text.reserveCapacity(entries.count * 80)
        for entry in entries {
            let words = String(entry.words)
            text.append(style.bold(entry.day.description))
            text.append(String(repeating: " ", count: max(2, 7 - words.count)))
            text.append(words)
            text.append(" words  ")
            text.append(entry.attitude.map { "attitude \($0)" } ?? style.dim("attitude -"))
            text.append("  ")
            text.append(entry.preview)
            text.append("\n")
        }
        Console.write(text)
    }

    /// What a line of the list needs of an entry; the rest of the entry is not kept.
    struct Row: Sendable {
        let day: Day
        let path: String
        let words: Int
        let attitude: Int?
        let preview: String

        init(entry: Entry) {
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
