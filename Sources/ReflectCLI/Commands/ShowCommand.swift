import CommandKit
import Journal

/// `reflect show [DATE]`: one entry.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "show",
        abstract: "Print one entry."
    )

    @Argument(name: "date", help: "The entry's day: YYYY-MM-DD, 'today' or 'yesterday' (default: today).")
    var date: DateArgument?

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool
    func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let day = try context.day(date, "<date>") ?? context.today
        let entry = try context.store.entry(on: day)
        if json {
            Console.write(Self.json(entry, on: context.today).rendered() + "\n")
            return
        }
        Pager.write(context.style.dim(entry.path) + "\n\n" + entry.body.trimmed + "\n", allowed: context.mayPage)
    }

    /// `{date, path, attitude, tags, text, commitments}`.
    static func json(_ entry: Entry, on today: Day) -> JSON {
        .object([
            ("date", .string(entry.day.description)),
            ("path", .string(entry.path)),
            ("attitude", .optional(entry.attitude)),
            ("tags", .array(entry.tags.map { .string($0) })),
            ("text", .string(entry.body)),
            ("commitments", .array(Commitment.all(in: entry).map { CommitmentFormat.json($0, on: today) })),
        ])
    }
}
