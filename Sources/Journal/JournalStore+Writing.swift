#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's writing operations. Each is one transaction under the journal's lock
/// (`DIR/.reflect/lock`): it re-reads the file it changes, edits only the bytes it must
/// (`EntryWriter`) and replaces the file atomically, so two `reflect` processes never lose each
/// other's words. Before it writes, a transaction removes the temporaries a killed writer left.
///
/// A day file is written through a symbolic link only when the link's real target is a regular
/// file inside the journal's real folder; the lock, temporaries, reports and drafts never follow
/// links at all.
extension JournalStore {
    /// What one sitting adds to a day: a rating, answers and new commitments.
    public struct Addition: Sendable {
        /// The day's self-rating, 1–5, if one was given.
        public var attitude: Int?
        /// The answers, in order.
        public var answers: [EntryWriter.Answer]
        /// New commitments in the writer's words ("Send the proposal by Friday").
        public var commitments: [String]
        /// Numbers to set in the front matter (`calls: 12`), name and value as written.
        public var numbers: [(name: String, value: String)] = []

        /// An addition of `answers`, `attitude` and `commitments`.
        public init(attitude: Int? = nil, answers: [EntryWriter.Answer] = [], commitments: [String] = []) {
            self.attitude = attitude
            self.answers = answers
            self.commitments = commitments
        }

        /// Whether it adds nothing to the file.
        public var isEmpty: Bool { attitude == nil && answers.isEmpty && commitments.isEmpty && numbers.isEmpty }
    }

    /// A commitment and the state a sitting chose for it (done or cancel in the review).
    public struct StateChange: Sendable {
        /// The commitment as it was listed.
        public let commitment: Commitment
        /// Its new state.
        public let state: EntryTask.State

        /// `commitment` set to `state`.
        public init(_ commitment: Commitment, to state: EntryTask.State) {
            self.commitment = commitment
            self.state = state
        }
    }

    /// What `append` did.
    public struct Saved: Sendable {
        /// The day's file (the path the journal knows it by: a link's own path for a linked
        /// file), or `nil` when only commitments changed.
        public let path: String?
        /// The commitment changes made.
        public let changed: [StateChange]
        /// Commitment changes that were not made, each with why; the answer was saved all the same.
        public let conflicts: [(change: StateChange, reason: String)]
    }

    /// What `editTasks` did.
    public struct TaskEdits: Sendable {
        /// Met commitments that recur, each with the next occurrence written above it (`nil` when
        /// its rule is not one `reflect` follows).
        public let recurring: [(commitment: Commitment, next: TaskLine?)]
        /// Commitments already in the state an edit asked for (someone else ticked or cancelled
        /// them meanwhile): nothing was written for them.
        public let unchanged: [Commitment]
    }

    /// Appends `addition` to `day`'s file (creating it from the day's template when there is
    /// none), then applies `changes` to the commitments they name, ticked or cancelled on `day`.
    ///
    /// The answer comes first and stands on its own: a change whose commitment was changed
    /// meanwhile (cancelled by another process, edited by hand), or whose file cannot be written,
    /// is reported in `conflicts`, never a reason to lose the answer. A commitment someone else
    /// already set to the chosen state is no conflict.
    ///
    /// - Throws: `.cannotWrite` when the journal or the day's file cannot be written (a link out of
    ///   the journal, a FIFO, a full disk), `.unreadable` when the day's file is not text the tool
    ///   can parse (it is never modified then). Nothing is written when it throws.
    public func append(_ addition: Addition, on day: Day, changes: [StateChange] = []) throws(JournalError) -> Saved {
        try transaction { session throws(JournalError) in
            var path: String?
            if !addition.isEmpty {
                if let existing = locate(day) {
                    let target = try session.target(existing)
                    let bytes = try session.read(target)
                    _ = try EntryParser.parse(bytes, day: day, path: existing)
                    let appended = addition.answers.isEmpty && addition.commitments.isEmpty && addition.attitude == nil ? bytes
                        : EntryWriter.append(to: bytes, day: day, attitude: addition.attitude, answers: addition.answers, commitments: addition.commitments)
                    try session.write(EntryWriter.settingNumbers(addition.numbers, in: appended, day: day),
                        to: (target.folder, target.name), shownAs: existing)
                    path = existing
                } else {
                    path = canonicalPath(for: day)
                    try session.write(EntryWriter.settingNumbers(addition.numbers, in: EntryWriter.newEntry(
                        day: day, attitude: addition.attitude, answers: addition.answers, commitments: addition.commitments), day: day),
                        to: (try session.canonicalFolder(for: day), "\(day).md"), shownAs: canonicalPath(for: day))
                }
            }
            var changed: [StateChange] = []
            var conflicts: [(change: StateChange, reason: String)] = []
            for file in Set(changes.map(\.commitment.path)).sorted() {
                let here = changes.filter { $0.commitment.path == file }
                do throws(JournalError) {
                    let outcomes = try session.editTasks(here.map { ($0.commitment, .setting($0.state, on: day)) }, in: file)
                    for (change, outcome) in zip(here, outcomes) {
                        switch outcome {
                        case .changed: changed.append(change)
                        case .unchanged: break
                        case let .conflict(reason): conflicts.append((change, reason))
                        }
                    }
                } catch {
                    conflicts += here.map { ($0, error.description) }
                }
            }
            return Saved(path: path, changed: changed, conflicts: conflicts)
        }
    }

    /// Makes `edits` to commitments' task lines (met, cancelled, reopened, due), in the files
    /// they were made in, after checking under the lock that each line is still the commitment
    /// listed. Meeting a recurring commitment writes its next occurrence above it. All or nothing:
    /// every file is worked out before any is written.
    ///
    /// - Throws: `.changedSinceRead` when a line is no longer that commitment, or is in a state
    ///   its edit does not apply to; `.cannotWrite` when a file cannot be written; `.unreadable`
    ///   when it cannot be parsed.
    public func editTasks(_ edits: [(Commitment, TaskLine.Edit)]) throws(JournalError) -> TaskEdits {
        try transaction { session throws(JournalError) -> TaskEdits in
            var recurring: [(commitment: Commitment, next: TaskLine?)] = []
            var unchanged: [Commitment] = []
            var writes: [(bytes: [UInt8], target: (folder: Folder, name: String), path: String)] = []
            for path in Set(edits.map(\.0.path)).sorted() {
                let here = edits.filter { $0.0.path == path }
                let (file, outcomes) = try session.editedFile(here, in: path)
                for ((commitment, _), outcome) in zip(here, outcomes) {
                    switch outcome {
                    case let .changed(next):
                        if commitment.recurrence != nil { recurring.append((commitment, next)) }
                    case .unchanged: unchanged.append(commitment)
                    case let .conflict(reason): throw .changedSinceRead(path: path, what: reason)
                    }
                }
                if let file { writes.append((file.bytes, (file.target.folder, file.target.name), path)) }
            }
            for write in writes { try session.write(write.bytes, to: write.target, shownAs: write.path) }
            return TaskEdits(recurring: recurring, unchanged: unchanged)
        }
    }

    /// Saves a report as `DIR/reports/NAME`, replacing an earlier one.
    ///
    /// - Returns: the file's path.
    /// - Throws: `.cannotWrite` when `reports` or the file is a link or not what it should be,
    ///   or cannot be written.
    public func saveReport(_ bytes: [UInt8], name: String) throws(JournalError) -> String {
        try transaction { session throws(JournalError) -> String in
            guard let reports = try session.root.folder("reports", create: true) else {
                throw .cannotWrite(path: root + "/reports", reason: "it cannot be made")
            }
            try Self.checkReplaceable(name, in: reports)
            try reports.replace(name, with: bytes)
            return reports.pathOf(name)
        }
    }

    /// Writes `bytes` as the file the user named (`--output FILE`): atomically, mode `0600`,
    /// never through a link and never over anything but a regular file.
    ///
    /// - Throws: `.cannotWrite` naming the reason.
    public static func writeFile(_ bytes: [UInt8], to path: String) throws(JournalError) {
        let slash = path.lastIndex(of: "/")
        let folderPath = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty, let folder = try Folder.open(folderPath, create: false) else {
            throw .cannotWrite(path: path, reason: "its folder does not exist")
        }
        try checkReplaceable(name, in: folder, shownAs: path)
        do throws(JournalError) {
            try folder.replace(name, with: bytes)
        } catch {
            throw .cannotWrite(path: path, reason: error.reason)
        }
    }

    /// The bytes of a file the user names as input (`reflect analyze FILE`): a regular file or a
    /// pipe (`<(…)`), never a device, up to `FileSystem.inputLimit`; `nil` when there is none.
    public static func readFile(_ path: String) throws(JournalError) -> [UInt8]? {
        try FileSystem.read(path, limit: FileSystem.inputLimit, acceptingPipes: true)
    }

    /// Keeps `bytes` (what the user typed) in a new private file named `prefix-XXXXXXXX.md`: in
    /// `$TMPDIR` (or `/tmp`), else in `DIR/.reflect/recovery/`, else in `$HOME`; `nil` when none
    /// of them will take it (the caller then prints the text).
    public func keepPrivately(_ bytes: [UInt8], prefix: String, environment: (String) -> String?) -> PrivateFile? {
        let temporary = environment("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let home = environment("HOME").flatMap { $0.isEmpty ? nil : $0 }
        return PrivateFile.create(bytes, prefix: prefix, in: [
            { try? Folder.open(temporary, create: false) },
            { try? Folder.open(root, create: true)?.folder(".reflect", create: true)?.folder("recovery", create: true) },
            { home.flatMap { try? Folder.open($0, create: false) } },
        ])
    }

    /// Runs `body` holding the journal's exclusive lock, with the journal and settings folders
    /// made (mode `0700`) and stale temporaries removed. Every write goes through here.
    func transaction<T>(_ body: (Session) throws(JournalError) -> T) throws(JournalError) -> T {
        guard let rootFolder = try Folder.open(root, create: true),
              let settings = try rootFolder.folder(".reflect", create: true) else {
            throw .cannotWrite(path: root, reason: "it cannot be made")
        }
        let lock = try FileLock(in: settings, name: "lock")
        defer { lock.unlock() }
        rootFolder.removeStaleTemporaries()
        return try body(Session(store: self, root: rootFolder, realRoot: FileSystem.realPath(root) ?? root))
    }

    /// Refuses to replace `name` in `folder` when it is a link or anything but a regular file.
    private static func checkReplaceable(_ name: String, in folder: Folder, shownAs path: String? = nil) throws(JournalError) {
        let path = path ?? folder.pathOf(name)
        switch folder.kind(of: name) {
        case nil, .regular?: return
        case .link?: throw .cannotWrite(path: path, reason: "it is a symbolic link, and reflect does not write reports through links")
        case let kind?: throw .cannotWrite(path: path, reason: "it is \(kind.phrase), not a regular file")
        }
    }

    /// What a transaction works with: the open journal folder and its real path.
    struct Session {
        let store: JournalStore
        let root: Folder
        let realRoot: String

        /// Where the bytes of the day file at `path` are written: the file itself, or the real
        /// file behind a link when that is a regular file inside the journal's real folder.
        ///
        /// - Throws: `.cannotWrite` for anything else (a link out of the journal, a FIFO, a device).
        func target(_ path: String) throws(JournalError) -> (folder: Folder, name: String, path: String) {
            guard let kind = FileSystem.kind(path, followLinks: false) else {
                throw .cannotWrite(path: path, reason: "it has gone")
            }
            guard kind == .regular || kind == .link else {
                throw .cannotWrite(path: path, reason: "it is \(kind.phrase), not a regular file")
            }
            guard let real = FileSystem.realPath(path) else {
                throw .cannotWrite(path: path, reason: "it is a link to nothing")
            }
            let realKind = FileSystem.kind(real) ?? .unknown
            guard realKind == .regular else {
                throw .cannotWrite(path: path, reason: FileSystem.notRegularReason(path, kind: realKind))
            }
            guard FileSystem.isInside(real, realRoot) else {
                throw .cannotWrite(path: path, reason: "it leads to \(real), outside the journal folder, and reflect writes only inside it")
            }
            let slash = real.lastIndex(of: "/")!
            let folderPath = slash == real.startIndex ? "/" : String(real[..<slash])
            guard let folder = try Folder.open(folderPath, create: false) else {
                throw .cannotWrite(path: path, reason: "its folder has gone")
            }
            return (folder, String(real[real.index(after: slash)...]), real)
        }

        /// The bytes of a file about to be changed; a file that cannot be read cannot be changed.
        func read(_ target: (folder: Folder, name: String, path: String)) throws(JournalError) -> [UInt8] {
            do throws(JournalError) {
                guard let bytes = try FileSystem.read(target.path, in: target.folder.fd, followLinks: false) else {
                    throw .cannotWrite(path: target.path, reason: "it has gone")
                }
                return bytes
            } catch {
                if case let .cannotRead(_, reason) = error { throw .cannotWrite(path: target.path, reason: reason) }
                throw error
            }
        }

        /// The folder a new day file goes in: the month folder `DIR/YYYY/MM`, made when missing (the
        /// year and month folders are never links), or `DIR` itself in a flat journal.
        func canonicalFolder(for day: Day) throws(JournalError) -> Folder {
            if store.layout == .flat { return root }
            guard let year = try root.folder(Day.pad(day.year, 4), create: true),
                  let month = try year.folder(Day.pad(day.month, 2), create: true) else {
                throw .cannotWrite(path: store.canonicalPath(for: day), reason: "its folder cannot be made")
            }
            return month
        }

        /// What one task edit came to.
        enum EditOutcome {
            /// Made; for a met recurring task, the next occurrence written above it.
            case changed(next: TaskLine?)
            /// The task was already in the state the edit sets.
            case unchanged
            /// Not made, with why.
            case conflict(String)
        }

        /// Applies `edits` (all to tasks of the file at `path`) and writes the file.
        ///
        /// - Throws: when the file cannot be read, parsed or written; nothing is changed then.
        func editTasks(_ edits: [(Commitment, TaskLine.Edit)], in path: String) throws(JournalError) -> [EditOutcome] {
            let (file, outcomes) = try editedFile(edits, in: path)
            if let file { try write(file.bytes, to: (file.target.folder, file.target.name), shownAs: path) }
            return outcomes
        }

        /// The file at `path` with `edits` made, after checking that each is still the commitment
        /// that was listed (`nil` when none changes it), and the outcome of each edit.
        ///
        /// - Throws: when the file cannot be read or parsed.
        func editedFile(_ edits: [(Commitment, TaskLine.Edit)], in path: String) throws(JournalError)
            -> (file: (bytes: [UInt8], target: (folder: Folder, name: String, path: String))?, outcomes: [EditOutcome]) {
            let target = try target(path)
            let original = try read(target)
            let entry = try EntryParser.parse(original, day: edits[0].0.madeOn, path: path)
            var outcomes: [EditOutcome] = []
            var located: [(index: Int, line: Int, edit: TaskLine.Edit)] = []
            for (commitment, edit) in edits {
                guard let task = entry.tasks.first(where: { $0.number == commitment.number }), task.text == commitment.text else {
                    outcomes.append(.conflict("commitment \(commitment.id) is no longer '\(commitment.text)'"))
                    continue
                }
                if task.state == edit.state {
                    outcomes.append(.unchanged)
                } else if (edit == .reopen) == (task.state == .open) {
                    outcomes.append(.conflict("commitment \(commitment.id) is \(task.state == .met ? "met" : task.state == .cancelled ? "cancelled" : "open") already"))
                } else {
                    located.append((outcomes.count, task.line, edit))
                    outcomes.append(.changed(next: nil))
                }
            }
            guard !located.isEmpty else { return (nil, outcomes) }
            // Bottom up, so a next occurrence written above a recurring task moves no line still to edit.
            var bytes = original
            for (index, line, edit) in located.sorted(by: { $0.line > $1.line }) {
                guard let edited = EntryWriter.editTask(atLine: line, edit, in: bytes) else {
                    outcomes[index] = .conflict("commitment \(edits[index].0.id) cannot be edited there")
                    continue
                }
                if case let .meet(day) = edit {
                    outcomes[index] = .changed(next: EntryWriter.nextOccurrence(ofTaskAtLine: line, metOn: day, in: bytes))
                }
                bytes = edited
            }
            return (bytes == original ? nil : (bytes, target), outcomes)
        }

        /// Replaces a day file with `bytes`; a file the tool would then refuse to read is not written.
        func write(_ bytes: [UInt8], to target: (folder: Folder, name: String), shownAs path: String) throws(JournalError) {
            guard bytes.count <= FileSystem.sizeLimit else {
                throw .cannotWrite(path: path, reason: "it would grow past \(FileSystem.sizeLimit >> 20) MB, the most reflect reads from one file")
            }
            try target.folder.replace(target.name, with: bytes)
        }
    }
}

extension JournalError {
    /// The reason part of an error about a path.
    var reason: String {
        switch self {
        case let .cannotWrite(_, reason), let .cannotRead(_, reason), let .unreadable(_, reason): reason
        default: description
        }
    }
}
