#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A journal folder on disk: the one storage layer. Every entry, setting and report the product
/// reads or writes goes through it (and `FileSystem` and `Folder` under it).
///
/// Every day is a file `YYYY/MM/YYYY-MM-DD.md` (or `YYYY-MM-DD.md` in a flat journal); a file with
/// such a name anywhere below the folder
/// (outside folders whose names start with `.`) counts too, so an Obsidian daily-notes folder can
/// be used as it is.
///
/// Reading has one path: one walk finds the day files (no file opened), then the wanted ones are
/// read on every core — regular files only, opened non-blocking, up to `FileSystem.sizeLimit` —
/// and parsed. What cannot be read is reported to the caller's `skipped` and left alone.
/// Writing is a set of operations (`JournalStore+Writing.swift`), each one transaction under the
/// journal's lock.
public struct JournalStore: Sendable {
    /// The journal folder.
    public let root: String
    /// Where a day that has no file yet gets one.
    public let layout: Layout

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

    /// The store for the folder `root`, writing new days in `layout`.
    public init(root: String, layout: Layout = .nested) {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.layout = layout
    }

    /// The journal folder: `--journal`, else `$REFLECT_JOURNAL`, else the config file's `journal`
    /// (`configured`), else `$XDG_DATA_HOME/reflect/journal`, else `~/.local/share/reflect/journal`;
    /// `nil` when none of them is set. A leading `~` or `~/` (a quoted `'~/journal'` the shell left
    /// alone) is the home folder.
    public static func folder(option: String?, environment: (String) -> String?, configured: String? = nil) -> String? {
        folderAndSource(option: option, environment: environment, configured: configured)?.path
    }

    /// Where the journal folder's path came from.
    public enum FolderSource: Equatable, Sendable {
        /// `--journal`.
        case option
        /// An environment variable: `REFLECT_JOURNAL`, or `XDG_DATA_HOME` for the default below it.
        case environment(String)
        /// The config file's `journal`.
        case configFile
        /// `~/.local/share/reflect/journal`.
        case home
    }

    /// The journal folder as `folder` finds it, and where its path came from.
    public static func folderAndSource(option: String?, environment: (String) -> String?, configured: String? = nil)
        -> (path: String, source: FolderSource)? {
        if let option, !option.isEmpty { return (expandingHome(option, environment: environment), .option) }
        if let folder = environment("REFLECT_JOURNAL"), !folder.isEmpty {
            return (expandingHome(folder, environment: environment), .environment("REFLECT_JOURNAL"))
        }
        if let configured, !configured.isEmpty { return (expandingHome(configured, environment: environment), .configFile) }
        if let data = environment("XDG_DATA_HOME"), data.hasPrefix("/") { return (data + "/reflect/journal", .environment("XDG_DATA_HOME")) }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        return (home + "/.local/share/reflect/journal", .home)
    }

    /// `path` with a leading `~` or `~/` replaced by `$HOME` (when it is set); `~name` is left as written.
    public static func expandingHome(_ path: String, environment: (String) -> String?) -> String {
        guard path == "~" || path.hasPrefix("~/"), var home = environment("HOME"), !home.isEmpty else { return path }
        while home.count > 1, home.hasSuffix("/") { home.removeLast() }
        return home + path.dropFirst()
    }

    /// Where `reflect` writes a day that has no file yet.
    public func canonicalPath(for day: Day) -> String {
        layout.path(for: day, in: root)
    }

    /// The per-journal settings folder, `DIR/.reflect`.
    public var settingsFolder: String { root + "/.reflect" }

    /// `.openToOthers` when other users can write to the journal folder (they could then replace
    /// any entry, or plant links in it), else `nil`.
    public func permissionProblem() -> JournalError? {
        var info = stat()
        guard stat(root, &info) == 0, FileSystem.Kind(mode: info.st_mode) == .folder, info.st_mode & 0o022 != 0 else { return nil }
        return .openToOthers(path: root, mode: Int(info.st_mode & 0o7777))
    }

    // MARK: - Finding day files

    /// What one walk over the journal finds: the day files, second files for a day, and files
    /// named like a day that are not regular files (a FIFO, a device, a link to one).
    struct Listing {
        var files: [EntryFile] = []
        var duplicates: [(file: EntryFile, kept: String)] = []
        var unreadable: [(day: Day, error: JournalError)] = []
        /// Links to folders outside the journal, which are not walked.
        var linksOut: [JournalError] = []
    }

    /// Every day's file, sorted by day. When two files name the same day, the one at the canonical
    /// path wins (else the first by path) and the other is reported in `duplicates`; two paths to
    /// the same file (a link beside its target) are one file.
    ///
    /// - Complexity: one directory listing per folder; no file is opened.
    public func entryFiles() -> (files: [EntryFile], duplicates: [(file: EntryFile, kept: String)]) {
        let listing = listing()
        return (listing.files, listing.duplicates)
    }

    /// The days that have an entry file, oldest first; no file is opened.
    public func days() -> [Day] {
        listing().files.map(\.day)
    }

    func listing() -> Listing {
        var found: [EntryFile] = []
        var listing = Listing()
        var visited = Set<FileSystem.FileID>()
        walk(root, realRoot: FileSystem.realPath(root) ?? root, into: &found, listing: &listing, visited: &visited)
        found.sort { ($0.day, $0.path) < ($1.day, $1.path) }
        listing.files.reserveCapacity(found.count)
        for file in found {
            guard let last = listing.files.last, last.day == file.day else {
                listing.files.append(file)
                continue
            }
            if let id = FileSystem.fileID(file.path), id == FileSystem.fileID(last.path) {
                if file.path == canonicalPath(for: file.day) { listing.files[listing.files.count - 1] = file }
                continue
            }
            let keepNew = file.path == canonicalPath(for: file.day)
            listing.duplicates.append(keepNew ? (last, file.path) : (file, last.path))
            if keepNew { listing.files[listing.files.count - 1] = file }
        }
        listing.unreadable.sort { ($0.day, $0.error.description) < ($1.day, $1.error.description) }
        return listing
    }

    /// The path that holds `day`, if any: the canonical path when something is there (whatever it
    /// is, so that a FIFO there is refused rather than passed by), else the file the walk finds.
    func locate(_ day: Day) -> String? {
        let canonical = canonicalPath(for: day)
        if FileSystem.kind(canonical, followLinks: false) != nil { return canonical }
        let listing = listing()
        if let file = listing.files.first(where: { $0.day == day }) { return file.path }
        if case let .cannotRead(path, _)? = listing.unreadable.first(where: { $0.day == day })?.error { return path }
        return nil
    }

    // MARK: - Reading: the one path

    /// Reads and parses `day`'s entry.
    ///
    /// - Throws: `JournalError.noEntry` when the day has no file, `.cannotRead` when it is not a
    ///   regular file, too large or unreadable, `.unreadable` when it is not UTF-8 text.
    public func entry(on day: Day) throws(JournalError) -> Entry {
        guard let path = locate(day) else { throw .noEntry(day) }
        var failure: JournalError?
        let entries = read([EntryFile(day: day, path: path)], skipped: { failure = $0 }) { file, bytes throws(JournalError) in
            try EntryParser.parse(bytes, day: file.day, path: file.path)
        }
        if let entry = entries.first { return entry }
        throw failure ?? .noEntry(day)
    }

    /// The entries whose days fall in `range` (all when `nil`), oldest first; files that cannot be
    /// read are passed to `skipped` and left alone.
    public func entries(in range: ClosedRange<Day>? = nil, skipped: (JournalError) -> Void) -> [Entry] {
        mapEntries(in: range, skipped: skipped) { $0 }
    }

    /// `transform` of each entry whose day falls in `range` (all when `nil`), oldest first. Only
    /// what `transform` keeps stays in memory.
    ///
    /// - Complexity: O(total bytes), spread over the machine's cores.
    public func mapEntries<T: Sendable>(
        in range: ClosedRange<Day>? = nil,
        skipped: (JournalError) -> Void,
        _ transform: @Sendable (Entry) -> T
    ) -> [T] {
        mapEntries(where: { range?.contains($0) ?? true }, skipped: skipped, transform)
    }

    /// `transform` of each entry whose day is `wanted`, oldest first; files that cannot be read,
    /// second files for a day and files that are not regular files are passed to `skipped` in day
    /// order and left alone.
    public func mapEntries<T: Sendable>(
        where wanted: (Day) -> Bool,
        skipped: (JournalError) -> Void,
        _ transform: @Sendable (Entry) -> T
    ) -> [T] {
        scan(listing(), where: wanted, skipped: skipped) { file, bytes throws(JournalError) in
            transform(try EntryParser.parse(bytes, day: file.day, path: file.path))
        }
    }

    /// `mapEntries(where:skipped:_:)`, with the days of every entry file, from the same walk over
    /// the journal: for a command that reads a few days and counts them all (the report's streak).
    public func mapEntriesAndDays<T: Sendable>(
        where wanted: (Day) -> Bool,
        skipped: (JournalError) -> Void,
        _ transform: @Sendable (Entry) -> T
    ) -> (values: [T], days: [Day]) {
        let listing = listing()
        let values = scan(listing, where: wanted, skipped: skipped) { file, bytes throws(JournalError) in
            transform(try EntryParser.parse(bytes, day: file.day, path: file.path))
        }
        return (values, listing.files.map(\.day))
    }

    /// `transform` of the bytes of each day's file in `range` (all when `nil`), oldest first; what
    /// cannot be read, or what `transform` throws, is passed to `skipped`. For commands that look
    /// at the bytes before parsing (search).
    public func scan<T: Sendable>(
        in range: ClosedRange<Day>? = nil,
        skipped: (JournalError) -> Void,
        _ transform: @Sendable (EntryFile, [UInt8]) throws(JournalError) -> T
    ) -> [T] {
        scan(listing(), where: { range?.contains($0) ?? true }, skipped: skipped, transform)
    }

    private func scan<T: Sendable>(
        _ listing: Listing,
        where wanted: (Day) -> Bool,
        skipped: (JournalError) -> Void,
        _ transform: @Sendable (EntryFile, [UInt8]) throws(JournalError) -> T
    ) -> [T] {
        for duplicate in listing.duplicates where wanted(duplicate.file.day) {
            skipped(.duplicateDay(path: duplicate.file.path, kept: duplicate.kept))
        }
        for file in listing.unreadable where wanted(file.day) { skipped(file.error) }
        listing.linksOut.forEach(skipped)
        return read(listing.files.filter { wanted($0.day) }, skipped: skipped, transform)
    }

    /// `transform` of the bytes of each of `wanted`, in their order. Files are read a folder at a
    /// time: one open folder serves its month of files, and the folders are shared out between
    /// the cores.
    private func read<T: Sendable>(
        _ wanted: [EntryFile],
        skipped: (JournalError) -> Void,
        _ transform: @Sendable (EntryFile, [UInt8]) throws(JournalError) -> T
    ) -> [T] {
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
    ///
    /// - Throws: `.cannotRead` when it is not a regular file or too large, `.unreadable` when it
    ///   is not UTF-8 text.
    public func settings(_ name: String) throws(JournalError) -> String? {
        let path = settingsFolder + "/" + name
        guard let bytes = try FileSystem.read(path) else { return nil }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(path: path, reason: "it is not UTF-8 text")
        }
        return text
    }

    /// The day a file named `YYYY-MM-DD.md` holds, else `nil`.
    private static func day(named name: String) -> Day? {
        var name = name
        return name.withUTF8 { bytes in
            guard bytes.count == 13, bytes[10] == UInt8(ascii: "."), bytes[11] == UInt8(ascii: "m"),
                  bytes[12] == UInt8(ascii: "d") else { return nil }
            return Day(isoBytes: bytes[0..<10])
        }
    }

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

    /// Collects day files below `folder`. Links to folders are followed while they stay inside the
    /// journal's real folder (`visited` stops those that lead back into a folder already walked);
    /// one that leads out is not walked, so a link to `/` cannot send a command round the whole
    /// disk. Names of days that are not regular files are collected without opening them.
    private func walk(_ folder: String, realRoot: String, into found: inout [EntryFile], listing: inout Listing,
                      visited: inout Set<FileSystem.FileID>) {
        guard let id = FileSystem.fileID(folder), visited.insert(id).inserted,
              let fd = FileSystem.openFolder(folder) else { return }
        defer { FileSystem.closeFolder(fd) }
        for item in FileSystem.list(fd) {
            let path = folder + "/" + item.name
            var kind = item.kind
            if kind == nil || kind == .link { kind = FileSystem.kind(path) ?? .link }
            if kind == .folder {
                guard !item.name.hasPrefix(".") else { continue }
                let isLink = item.kind == .link || (item.kind == nil && FileSystem.kind(path, followLinks: false) == .link)
                if isLink, !FileSystem.isInside(FileSystem.realPath(path) ?? "", realRoot) {
                    listing.linksOut.append(.cannotRead(path: path, reason: "it is a link to a folder outside the journal"))
                    continue
                }
                walk(path, realRoot: realRoot, into: &found, listing: &listing, visited: &visited)
                continue
            }
            guard let day = JournalStore.day(named: item.name) else { continue }
            if kind == .regular {
                found.append(EntryFile(day: day, path: path))
            } else if let kind {
                let reason = kind == .link ? "it is a link to nothing" : FileSystem.notRegularReason(path, kind: kind)
                listing.unreadable.append((day, .cannotRead(path: path, reason: reason)))
            }
        }
    }
}
