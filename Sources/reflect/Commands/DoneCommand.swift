import Journal

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
        switch try context.store.setTask(of: commitment, to: .met, on: context.today) {
        case .changed: Console.write("Met \(commitment.id): \(commitment.text)\n")
        case .alreadySet: Console.write("\(commitment.id) is already met: \(commitment.text)\n")
        }
    }

    /// The one commitment an id or a text fragment names.
    static func find(_ query: String, context: Context) throws -> Commitment {
        if let hash = query.firstIndex(of: "#"), let day = Day(iso: query[..<hash]), let number = Int(query[query.index(after: hash)...]) {
            let entry: Entry
            do throws(JournalError) {
                entry = try context.store.entry(on: day)
            } catch {
                throw error == .noEntry(day) ? .noCommitment(query) : error
            }
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
