import Journal

/// New states for commitments, worked out against the files as they are now: each file is read
/// again and every commitment checked to be the one that was listed, before anything is written.
struct CommitmentUpdate {
    /// The new bytes of each file that changes.
    let files: [(path: String, bytes: [UInt8])]

    /// Works out `changes` (a commitment and its new state, ticked on `day`). Callers hold the
    /// journal's lock from here until `write(to:)`.
    ///
    /// - Throws: `JournalError.changedSinceRead` when a file no longer holds a commitment as it was
    ///   listed; nothing is written then.
    static func prepare(_ changes: [(Commitment, Task.State)], on day: Day) throws(JournalError) -> CommitmentUpdate {
        var files: [(path: String, bytes: [UInt8])] = []
        for path in Set(changes.map(\.0.path)).sorted() {
            let changesHere = changes.filter { $0.0.path == path }
            guard let original = try FileSystem.read(path) else {
                throw .changedSinceRead(path: path, what: "it is gone")
            }
            let entry = try EntryParser.parse(original, day: changesHere[0].0.madeOn, path: path)
            var bytes = original
            for (commitment, state) in changesHere {
                guard let task = entry.tasks.first(where: { $0.number == commitment.number }), task.text == commitment.text,
                      let changed = EntryWriter.setTask(task.number, to: state, on: day, in: bytes) else {
                    throw .changedSinceRead(path: path, what: "commitment \(commitment.id) is no longer '\(commitment.text)' and open")
                }
                bytes = changed
            }
            files.append((path, bytes))
        }
        return CommitmentUpdate(files: files)
    }

    /// Writes the changed files.
    func write(to store: JournalStore) throws(JournalError) {
        for file in files { try store.write(file.bytes, to: file.path) }
    }
}
