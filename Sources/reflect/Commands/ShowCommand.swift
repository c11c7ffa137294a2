import Journal

/// `reflect show [DATE]`: one entry.
enum ShowCommand {
    static func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let day = try context.invocation.arguments.first.map { text throws(UsageError) in
            try Context.day(text, option: "<date>", command: context.invocation.command, today: context.today)
        } ?? context.today
        let entry = try context.store.entry(on: day)
        if context.invocation.flag("--json") {
            Console.write(json(entry, on: context.today).rendered() + "\n")
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
