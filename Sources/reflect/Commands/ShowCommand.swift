import Journal

/// `reflect show [DATE]`: one entry.
enum ShowCommand {
    static func run(_ context: Context) throws {
        let day = try context.invocation.arguments.first.map { text throws(UsageError) in
            try Context.day(text, option: "<date>", command: context.invocation.command, today: context.today)
        } ?? context.today
        guard let path = context.store.existingPath(for: day) else { throw JournalError.noEntry(day) }
        let entry = try context.store.entry(JournalStore.EntryFile(day: day, path: path))
        if context.invocation.flag("--json") {
            Console.write(json(entry, on: context.today).rendered() + "\n")
            return
        }
        Console.write(context.style.dim(entry.path) + "\n\n" + entry.body.trimmed + "\n")
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

/// `reflect on-this-day`: the same month and day in earlier years.
enum OnThisDayCommand {
    static func run(_ context: Context) throws {
        let today = context.today
        let files = context.store.entryFiles().files.filter { file in
            file.day.year < today.year && file.day.month == today.month
                && (file.day.day == today.day || (today.month == 2 && today.day == 29 && file.day.day == 28 && !Day.isLeap(file.day.year)))
        }
        var entries: [Entry] = []
        for file in files.reversed() {
            do throws(JournalError) { entries.append(try context.store.entry(file)) } catch { Console.warn("skipping \(error)") }
        }
        if context.invocation.flag("--json") {
            Console.write(JSON.array(entries.map { ShowCommand.json($0, on: today) }).rendered() + "\n")
            return
        }
        guard !entries.isEmpty else {
            Console.write("Nothing written on \(today.day) \(today.monthOfYear.name.split(separator: " ")[0]) in earlier years.\n")
            return
        }
        let style = context.style
        var text = ""
        for entry in entries {
            let years = today.year - entry.day.year
            text += style.bold("\(years) year\(years == 1 ? "" : "s") ago · \(entry.day.longDescription)") + "\n"
            text += style.dim(entry.path) + "\n\n" + entry.body.trimmed + "\n\n"
        }
        Console.write(String(text.dropLast()))
    }
}
