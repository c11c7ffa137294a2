import Journal

/// Finds the one commitment a command names, by id or by a fragment of its text: what `done`,
/// `cancel`, `reopen` and `due` share.
enum CommitmentLookup {
    /// The commitment `query` names: an id (`YYYY-MM-DD#N`), whatever its state, or a
    /// case-insensitive fragment of the text of exactly one commitment in `states`.
    ///
    /// - Throws: `JournalError.noCommitment` when none matches, `.ambiguousCommitment` with the
    ///   candidates when several do.
    static func find(_ query: String, among states: Set<EntryTask.State>, context: Context) throws -> Commitment {
        let among = states == [.open] ? "open" : states == [.met, .cancelled] ? "met or cancelled" : "such"
        if let hash = query.firstIndex(of: "#"), let day = Day(iso: query[..<hash]), let number = Int(query[query.index(after: hash)...]) {
            let entry: Entry
            do throws(JournalError) {
                entry = try context.store.entry(on: day)
            } catch {
                throw error == .noEntry(day) ? .noCommitment(query, among: among) : error
            }
            guard let task = entry.tasks.first(where: { $0.number == number }) else { throw JournalError.noCommitment(query, among: among) }
            return Commitment(task: task, in: entry)
        }
        let fragment = query.lowercased()
        let candidates = context.allCommitments().filter { states.contains($0.state) && $0.text.lowercased().contains(fragment) }
        guard let first = candidates.first else { throw JournalError.noCommitment(query, among: among) }
        guard candidates.count == 1 else {
            throw JournalError.ambiguousCommitment(query, candidates: candidates.map { "\($0.id)  \($0.text)" }, among: among)
        }
        return first
    }

    /// `met`, `cancelled` or `open`: what a commitment's checkbox says.
    static func stateName(_ state: EntryTask.State) -> String {
        switch state {
        case .open: "open"
        case .met: "met"
        case .cancelled: "cancelled"
        }
    }

    /// Makes `edit` to `commitment`'s line, checked and written under the journal's lock.
    static func apply(_ edit: TaskLine.Edit, to commitment: Commitment, context: Context) throws -> JournalStore.TaskEdits {
        try context.store.editTasks([(commitment, edit)])
    }
}
