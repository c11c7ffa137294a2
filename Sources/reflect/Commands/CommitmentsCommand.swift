import Journal

/// `reflect commitments [--open|--overdue|--met|--all]`.
enum CommitmentsCommand {
    static func run(_ context: Context) throws {
        let day = context.today
        let invocation = context.invocation
        let wanted: Set<Commitment.Status> =
            invocation.flag("--open") ? [.open]
            : invocation.flag("--overdue") ? [.overdue]
            : invocation.flag("--met") ? [.met]
            : invocation.flag("--all") ? Set(Commitment.Status.allCases)
            : [.open, .overdue]
        let commitments = context.allCommitments().filter { wanted.contains($0.status(on: day)) }
        if invocation.flag("--json") {
            Console.write(JSON.array(commitments.map { CommitmentFormat.json($0, on: day) }).rendered() + "\n")
            return
        }
        guard !commitments.isEmpty else {
            let names = wanted.count == 4 ? "" : wanted.map(\.rawValue).sorted().joined(separator: " or ") + " "
            Console.write("No \(names)commitments.\n")
            return
        }
        var text = commitments.map { CommitmentFormat.line($0, on: day, style: context.style) + "\n" }.joined()
        let overdue = commitments.filter { $0.status(on: day) == .overdue }.count
        text += "\(commitments.count) commitment\(commitments.count == 1 ? "" : "s")" + (overdue > 0 ? ", \(overdue) overdue" : "") + "\n"
        Console.write(text)
    }
}

/// `reflect done ID|TEXT`: ticks one commitment in the file it was made in.
enum DoneCommand {
    static func run(_ context: Context) throws {
        let query = context.invocation.arguments.joined(separator: " ").trimmed
        guard !query.isEmpty else { throw UsageError("missing '<id-or-text>'", command: context.invocation.command) }
        let commitment = try find(query, context: context)
        if commitment.state != .open {
            Console.write("\(commitment.id) is already \(commitment.state == .met ? "met" : "cancelled"): \(commitment.text)\n")
            return
        }
        try context.store.withLock { () throws(JournalError) in
            try CommitmentUpdate.apply([(commitment, .met)], on: context.today, store: context.store)
        }
        Console.write("Met \(commitment.id): \(commitment.text)\n")
    }

    /// The one commitment an id or a text fragment names.
    static func find(_ query: String, context: Context) throws -> Commitment {
        if let hash = query.firstIndex(of: "#"), let day = Day(iso: query[..<hash]), let number = Int(query[query.index(after: hash)...]) {
            guard let path = context.store.existingPath(for: day) else { throw JournalError.noCommitment(query) }
            let entry = try context.store.entry(JournalStore.EntryFile(day: day, path: path))
            guard let task = entry.tasks.first(where: { $0.number == number }) else { throw JournalError.noCommitment(query) }
            return Commitment(task: task, in: entry)
        }
        let fragment = query.lowercased()
        let candidates = context.allCommitments().filter { $0.state == .open && $0.text.lowercased().contains(fragment) }
        guard let first = candidates.first else { throw JournalError.noCommitment(query) }
        guard candidates.count == 1 else {
            throw JournalError.ambiguousCommitment(query, candidates: candidates.map { "\($0.id)  \($0.text)" })
        }
        return first
    }
}

/// Changes the state of commitments in their files, re-reading each file first so an edit made
/// since it was listed is never overwritten. Callers hold the journal's lock.
enum CommitmentUpdate {
    static func apply(_ changes: [(Commitment, Task.State)], on day: Day, store: JournalStore) throws(JournalError) {
            for path in Set(changes.map(\.0.path)) {
                guard var bytes = try FileSystem.read(path) else { throw .noCommitment(changes.first { $0.0.path == path }!.0.id) }
                let madeOn = changes.first { $0.0.path == path }!.0.madeOn
                let entry = try EntryParser.parse(bytes, day: madeOn, path: path)
                for (commitment, state) in changes where commitment.path == path {
                    guard let task = entry.tasks.first(where: { $0.number == commitment.number }), task.text == commitment.text else {
                        throw .unreadable(path: path, reason: "commitment \(commitment.id) changed since it was read; nothing was changed")
                    }
                    guard let changed = EntryWriter.setTask(task.number, to: state, on: day, in: bytes) else { continue }
                    bytes = changed
                }
                try store.write(bytes, to: path)
            }
    }
}
