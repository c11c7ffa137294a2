/// A journal folder on disk: where each day's file is, reading entries, and saving changes safely.
///
/// Every day is a file `YYYY/MM/YYYY-MM-DD.md`; a file with such a name anywhere below the folder
/// (outside folders whose names start with `.`) counts too, so an Obsidian daily-notes folder can
/// be used as it is.
public struct JournalStore: Sendable {
    /// The journal folder.
    public let root: String

    /// A day's file as found on disk.
    public struct EntryFile: Sendable, Equatable {
        /// The day its name gives.
        public let day: Day
        /// Where it is.
        public let path: String

        /// The file at `path` holding `day`.
        public init(day: Day, path: String) {
            self.day = day
            self.path = path
        }
    }

    /// The store for the folder `root`.
    public init(root: String) {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.root = root
    }

    /// The journal folder: `--journal`, else `$REFLECT_JOURNAL`, else `$XDG_DATA_HOME/reflect/journal`,
    /// else `~/.local/share/reflect/journal`; `nil` when none of them is set.
    public static func folder(option: String?, environment: (String) -> String?) -> String? {
        if let option, !option.isEmpty { return option }
        if let folder = environment("REFLECT_JOURNAL"), !folder.isEmpty { return folder }
        if let data = environment("XDG_DATA_HOME"), data.hasPrefix("/") { return data + "/reflect/journal" }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        return home + "/.local/share/reflect/journal"
    }

    /// Where `reflect` writes a day that has no file yet.
    public func canonicalPath(for day: Day) -> String {
        "\(root)/\(Day.pad(day.year, 4))/\(Day.pad(day.month, 2))/\(day).md"
    }

    /// The per-journal settings folder, `DIR/.reflect`.
    public var settingsFolder: String { root + "/.reflect" }

    /// Every day's file, sorted by day. When two files name the same day, the one at the canonical
    /// path wins (else the first by path) and the other is reported in `duplicates`.
    ///
    /// - Complexity: one directory listing per folder; no file is opened.
    public func entryFiles() -> (files: [EntryFile], duplicates: [(file: EntryFile, kept: String)]) {
        var found: [EntryFile] = []
        var visited = Set<FileSystem.FileID>()
        walk(root, into: &found, visited: &visited)
        found.sort { ($0.day, $0.path) < ($1.day, $1.path) }
        var files: [EntryFile] = []
        var duplicates: [(file: EntryFile, kept: String)] = []
        files.reserveCapacity(found.count)
        for file in found {
            if let last = files.last, last.day == file.day {
                let keepNew = file.path == canonicalPath(for: file.day)
                duplicates.append(keepNew ? (last, file.path) : (file, last.path))
                if keepNew { files[files.count - 1] = file }
            } else {
                files.append(file)
            }
        }
        return (files, duplicates)
    }

    /// The file that holds `day`, if there is one.
    public func existingPath(for day: Day) -> String? {
        let canonical = canonicalPath(for: day)
        if FileSystem.exists(canonical) { return canonical }
        return entryFiles().files.first { $0.day == day }?.path
    }

    /// Reads and parses one day's file.
    ///
    /// - Throws: `JournalError.unreadable` for a file that is not UTF-8 text, `.cannotRead` when it
    ///   cannot be read, `.noEntry` when it has gone.
    public func entry(_ file: EntryFile) throws(JournalError) -> Entry {
        guard let bytes = try FileSystem.read(file.path) else { throw .noEntry(file.day) }
        return try EntryParser.parse(bytes, day: file.day, path: file.path)
    }

    /// The entries whose days fall in `range` (all when `nil`), oldest first; files that cannot be
    /// read are passed to `skipped` and left alone.
    public func entries(in range: ClosedRange<Day>? = nil, skipped: (JournalError) -> Void) -> [Entry] {
        mapEntries(in: range, skipped: skipped) { $0 }
    }

    /// `transform` of each entry whose day falls in `range` (all when `nil`), oldest first. Files are
    /// read and parsed on every core, and only what `transform` keeps stays in memory; files that
    /// cannot be read, and second files for a day, are passed to `skipped` in day order and left alone.
    ///
    /// - Complexity: O(total bytes), spread over the machine's cores.
    public func mapEntries<T: Sendable>(
        in range: ClosedRange<Day>? = nil,
        skipped: (JournalError) -> Void,
        _ transform: @Sendable (Entry) -> T
    ) -> [T] {
        mapFiles(in: range, skipped: skipped) { file, bytes throws(JournalError) in
            transform(try EntryParser.parse(bytes, day: file.day, path: file.path))
        }
    }

    /// The entries of `files` (from `entryFiles()`), in their order; files that cannot be read are
    /// passed to `skipped`.
    public func entries(of files: [EntryFile], skipped: (JournalError) -> Void) -> [Entry] {
        mapFiles(files, skipped: skipped) { file, bytes throws(JournalError) in
            try EntryParser.parse(bytes, day: file.day, path: file.path)
        }
    }

    /// `transform` of the bytes of each day's file in `range` (all when `nil`), oldest first, read
    /// on every core; what cannot be read or `transform` throws is passed to `skipped`.
    public func mapFiles<T: Sendable>(
        in range: ClosedRange<Day>? = nil,
        skipped: (JournalError) -> Void,
        _ transform: @Sendable (EntryFile, [UInt8]) throws(JournalError) -> T
    ) -> [T] {
        let (files, duplicates) = entryFiles()
        for duplicate in duplicates where range?.contains(duplicate.file.day) ?? true {
            skipped(.duplicateDay(path: duplicate.file.path, kept: duplicate.kept))
        }
        return mapFiles(range.map { range in files.filter { range.contains($0.day) } } ?? files, skipped: skipped, transform)
    }

    /// `transform` of the bytes of each of `files`, in their order, read on every core.
    public func mapFiles<T: Sendable>(
        _ wanted: [EntryFile],
        skipped: (JournalError) -> Void,
        _ transform: @Sendable (EntryFile, [UInt8]) throws(JournalError) -> T
    ) -> [T] {
        // Files are read a folder at a time: one open folder serves its month of files, and the
        // folders are shared out between the cores.
        let results = ParallelMap.map(JournalStore.byFolder(wanted), minimumCount: 2, chunk: 1) { group in
            let folder = FileSystem.openFolder(group.folder)
            defer { FileSystem.closeFolder(folder) }
            return group.files.map { file -> Result<T, JournalError> in
                do throws(JournalError) {
                    guard let bytes = try FileSystem.read(file.path, in: folder) else { throw .noEntry(file.day) }
                    return .success(try transform(file, bytes))
                } catch {
                    return .failure(error)
                }
            }
        }
        var values: [T] = []
        values.reserveCapacity(wanted.count)
        for result in results.joined() {
            switch result {
            case let .success(value): values.append(value)
            case let .failure(error): skipped(error)
            }
        }
        return values
    }

    /// A settings file's text from `DIR/.reflect`, or `nil` when it does not exist.
    public func settings(_ name: String) throws(JournalError) -> String? {
        let path = settingsFolder + "/" + name
        guard let bytes = try FileSystem.read(path) else { return nil }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(path: path, reason: "it is not UTF-8 text")
        }
        return text
    }

    /// Runs `body` holding the journal's exclusive lock (`DIR/.reflect/lock`), creating the journal
    /// and settings folders (mode `0700`) first. Every read-modify-write of an entry goes through here.
    public func withLock<T>(_ body: () throws(JournalError) -> T) throws(JournalError) -> T {
        try FileSystem.makeFolders(settingsFolder)
        let lock = try FileLock(path: settingsFolder + "/lock")
        defer { lock.unlock() }
        return try body()
    }

    /// Writes `bytes` as the file at `path` (inside the journal), creating its folders; atomic and durable.
    public func write(_ bytes: [UInt8], to path: String) throws(JournalError) {
        if let slash = path.lastIndex(of: "/") { try FileSystem.makeFolders(String(path[..<slash])) }
        try FileSystem.writeAtomically(bytes, to: path)
    }

    /// Collects day files below `folder`; `visited` stops links that lead back into a folder already walked.
    /// Runs of files in the same folder, in order.
    private static func byFolder(_ files: [EntryFile]) -> [(folder: String, files: [EntryFile])] {
        var groups: [(folder: String, files: [EntryFile])] = []
        for file in files {
            let folder = String(file.path[..<file.path.lastIndex(of: "/")!])
            if groups.last?.folder == folder {
                groups[groups.count - 1].files.append(file)
            } else {
                groups.append((folder, [file]))
            }
        }
        return groups
    }

    private func walk(_ folder: String, into found: inout [EntryFile], visited: inout Set<FileSystem.FileID>) {
        guard let id = FileSystem.fileID(folder), visited.insert(id).inserted else { return }
        for item in FileSystem.list(folder) {
            if item.isFolder {
                if !item.name.hasPrefix(".") { walk(folder + "/" + item.name, into: &found, visited: &visited) }
            } else if item.name.utf8.count == 13, item.name.hasSuffix(".md"),
                      let day = Day(isoBytes: Array(item.name.utf8)[0..<10]) {
                found.append(EntryFile(day: day, path: folder + "/" + item.name))
            }
        }
    }
}
