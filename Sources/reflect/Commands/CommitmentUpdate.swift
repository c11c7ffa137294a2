import Journal

/// New states for commitments, worked out against the files as they are now: each file is read
/// again and every commitment checked to be the one that was listed, before anything is written.
struct CommitmentUpdate {
    /// A recurring commitment that was met, and the next occurrence written above it (`nil` when
    /// its rule is not one `reflect` follows).
    struct Recurring {
        let commitment: Commitment
        let next: TaskLine?
    }

    /// The new bytes of each file that changes.
    let files: [(path: String, bytes: [UInt8])]
    /// The met commitments that recur.
    let recurring: [Recurring]

    /// Works out `changes` (a commitment and its new state, ticked on `day`). Callers hold the
    /// journal's lock from here until `write(to:)`.
    ///
    /// - Throws: `JournalError.changedSinceRead` when a file no longer holds a commitment as it was
    ///   listed; nothing is written then.
    static func prepare(_ changes: [(Commitment, Task.State)], on day: Day) throws(JournalError) -> CommitmentUpdate {
        try prepare(edits: changes.map { commitment, state in
            (commitment, state == .met ? .meet(on: day) : state == .cancelled ? .cancel(on: day) : .reopen)
        })
    }

    /// Works out `edits` to commitments' task lines. Callers hold the journal's lock from here until
    /// `write(to:)`.
    ///
    /// - Throws: `JournalError.changedSinceRead` when a file no longer holds a commitment as it was
    ///   listed, or in a state the edit applies to; nothing is written then.
    static func prepare(edits: [(Commitment, TaskLine.Edit)]) throws(JournalError) -> CommitmentUpdate {
        var files: [(path: String, bytes: [UInt8])] = []
        var recurring: [Recurring] = []
        for path in Set(edits.map(\.0.path)).sorted() {
            let editsHere = edits.filter { $0.0.path == path }
            guard let original = try FileSystem.read(path) else {
                throw .changedSinceRead(path: path, what: "it is gone")
            }
            let entry = try EntryParser.parse(original, day: editsHere[0].0.madeOn, path: path)
            var located: [(Commitment, TaskLine.Edit, line: Int)] = []
            for (commitment, edit) in editsHere {
                guard let task = entry.tasks.first(where: { $0.number == commitment.number }), task.text == commitment.text else {
                    throw .changedSinceRead(path: path, what: "commitment \(commitment.id) is no longer '\(commitment.text)'")
                }
                located.append((commitment, edit, task.line))
            }
            // Bottom up, so a next occurrence written above a recurring task moves no line still to edit.
            var bytes = original
            for (commitment, edit, line) in located.sorted(by: { $0.line > $1.line }) {
                guard let changed = EntryWriter.editTask(atLine: line, edit, in: bytes) else {
                    let state = edit == .reopen ? "met or cancelled" : "open"
                    throw .changedSinceRead(path: path, what: "commitment \(commitment.id) is no longer \(state)")
                }
                if case let .meet(day) = edit, commitment.recurrence != nil {
                    recurring.append(Recurring(commitment: commitment, next: EntryWriter.nextOccurrence(ofTaskAtLine: line, metOn: day, in: bytes)))
                }
                bytes = changed
            }
            files.append((path, bytes))
        }
        return CommitmentUpdate(files: files, recurring: recurring)
    }

    /// Writes the changed files.
    func write(to store: JournalStore) throws(JournalError) {
        for file in files { try store.write(file.bytes, to: file.path) }
    }
}
