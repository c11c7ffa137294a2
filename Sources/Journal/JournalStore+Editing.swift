#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's operations for writing without the guided flow: a quick line added to a day
/// (`reflect add`), a day's file handed to the user's editor and checked after it (`reflect
/// edit`), and finding the drafts an interrupted run left behind.
extension JournalStore {
    /// Adds `line` under `## heading` in `day`'s file (made from the day's template when there is
    /// none), in one transaction under the lock: see `EntryWriter.append(_:under:paragraph:to:)`.
    ///
    /// - Returns: the day file's path.
    /// - Throws: `.cannotWrite` when the journal or the file cannot be written, `.unreadable` when
    ///   the day's file is not text the tool can parse (it is never modified then).
    public func add(_ line: String, under heading: String, paragraph: Bool, on day: Day) throws(JournalError) -> String {
        try transaction { session throws(JournalError) -> String in
            if let existing = locate(day) {
                let target = try session.target(existing)
                let bytes = try session.read(target)
                _ = try EntryParser.parse(bytes, day: day, path: existing)
                try session.write(EntryWriter.append(line, under: heading, paragraph: paragraph, to: bytes),
                                  to: (target.folder, target.name), shownAs: existing)
                return existing
            }
            let path = canonicalPath(for: day)
            let bytes = EntryWriter.append(line, under: heading, paragraph: paragraph, to: EntryWriter.template(day: day))
            try session.write(bytes, to: (try session.canonicalFolder(for: day), "\(day).md"), shownAs: path)
            return path
        }
    }

    /// A day's file handed to the user's editor.
    public struct Edit: Sendable {
        /// The day.
        public let day: Day
        /// The file the editor opens: the day's own file (the real file behind a vetted link).
        public let path: String
        /// The path the journal knows the file by (a link's own path for a linked file).
        public let shownAs: String
        /// Whether the file was made from the template for this edit.
        public let created: Bool
        /// What the file held when it was handed over.
        public let original: [UInt8]
    }

    /// What the editor left.
    public enum EditOutcome: Sendable {
        /// The file is as it was handed over.
        case unchanged(Entry)
        /// The file was changed, and reads as this entry. `looseMode` is the mode the editor left
        /// it with when others could read it; it is private (`0600`) again.
        case changed(Entry, looseMode: Int?)
        /// The file was made for the edit and left as the template: it is removed again.
        case discarded
    }

    /// Hands `day`'s file to an editor: the file the day already has, else a new one holding
    /// `template` at the day's place in the layout. The file must be one the store would write:
    /// a regular file, or a link to one inside the journal.
    ///
    /// - Throws: `.cannotWrite` when it is not such a file or cannot be made, `.unreadable` when it
    ///   is not text the tool can parse (it is not handed over then).
    public func beginEdit(_ day: Day, template: [UInt8]) throws(JournalError) -> Edit {
        try transaction { session throws(JournalError) -> Edit in
            if let existing = locate(day) {
                let target = try session.target(existing)
                let bytes = try session.read(target)
                _ = try EntryParser.parse(bytes, day: day, path: existing)
                return Edit(day: day, path: target.path, shownAs: existing, created: false, original: bytes)
            }
            try session.write(template, to: (try session.canonicalFolder(for: day), "\(day).md"), shownAs: canonicalPath(for: day))
            return Edit(day: day, path: canonicalPath(for: day), shownAs: canonicalPath(for: day), created: true, original: template)
        }
    }

    /// Reads `edit`'s file again after the editor: makes it private again when the editor left it
    /// readable by others, removes a file made for the edit and left as its template, and parses it.
    ///
    /// - Throws: `.cannotRead` when it is gone or no longer a regular file, `.unreadable` when it is
    ///   not UTF-8 text any more (it is left as it is).
    public func endEdit(_ edit: Edit) throws(JournalError) -> EditOutcome {
        try transaction { _ throws(JournalError) -> EditOutcome in
            guard let bytes = try FileSystem.read(edit.path, followLinks: false) else {
                throw .cannotRead(path: edit.shownAs, reason: "it is gone: the editor removed it")
            }
            if edit.created, bytes == edit.original {
                unlink(edit.path)
                return .discarded
            }
            var looseMode: Int?
            var info = stat()
            if lstat(edit.path, &info) == 0, info.st_mode & 0o077 != 0 {
                looseMode = Int(info.st_mode & 0o7777)
                let fd = Syscall.retrying { open(edit.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
                if fd >= 0 {
                    fchmod(fd, 0o600)
                    close(fd)
                }
            }
            let entry = try EntryParser.parse(bytes, day: edit.day, path: edit.shownAs)
            return bytes == edit.original ? .unchanged(entry) : .changed(entry, looseMode: looseMode)
        }
    }

    /// The files `keepPrivately` made with `prefix` that are still there (this user's regular
    /// files in `$TMPDIR` or `/tmp`, `DIR/.reflect/recovery` and `$HOME`), by path.
    ///
    /// - Complexity: one listing of each of the three folders; no file is opened.
    public func keptPrivately(prefix: String, environment: (String) -> String?) -> [String] {
        let temporary = environment("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let home = environment("HOME").flatMap { $0.isEmpty ? nil : $0 }
        var paths: [String] = []
        for folder in [temporary, settingsFolder + "/recovery", home].compactMap({ $0 }) {
            guard let fd = FileSystem.openFolder(folder) else { continue }
            defer { FileSystem.closeFolder(fd) }
            for item in FileSystem.list(fd) where item.name.hasPrefix(prefix + "-") && item.name.hasSuffix(".md")
                && item.name.utf8.count == prefix.utf8.count + 12 {
                var info = stat()
                let path = (folder == "/" ? "" : folder) + "/" + item.name
                guard fstatat(fd, item.name, &info, AT_SYMLINK_NOFOLLOW) == 0, FileSystem.Kind(mode: info.st_mode) == .regular,
                      info.st_uid == geteuid(), !paths.contains(path) else { continue }
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
