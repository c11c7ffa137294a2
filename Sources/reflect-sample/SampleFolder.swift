#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Journal

/// The folder the sample journal is written into: refused unless absent or empty, so a real
/// journal is never overwritten. Folders are made `0700` and files `0600` whatever the umask,
/// through the journal's own file layer.
struct SampleFolder {
    /// The journal the entries go into.
    let store: JournalStore
    private let root: Folder
    /// The month folders made so far, by `YYYY/MM`.
    private var months: [String: Folder] = [:]

    /// Makes `path` (and any missing parents) ready to hold a new journal.
    ///
    /// - Throws: `JournalError.cannotWrite` when it is not a folder, is not empty, or cannot be made.
    init(_ path: String) throws(JournalError) {
        store = JournalStore(root: path)
        if let existing = try Folder.open(store.root, create: false) {
            guard FileSystem.list(existing.fd).isEmpty else {
                throw .cannotWrite(path: store.root, reason: "it is not empty, and reflect-sample writes only into a new or empty folder")
            }
            guard fchmod(existing.fd, 0o700) == 0 else { throw .cannotWrite(path: store.root, reason: Syscall.message()) }
            root = existing
        } else if FileSystem.kind(store.root) != nil {
            throw .cannotWrite(path: store.root, reason: "it is not a folder")
        } else {
            guard let made = try Folder.open(store.root, create: true) else {
                throw .cannotWrite(path: store.root, reason: "it cannot be made")
            }
            root = made
        }
    }

    /// Writes `bytes` as `DIR/.reflect/NAME`: the journal's own settings.
    func writeSetting(_ name: String, _ text: String) throws(JournalError) {
        guard let settings = try root.folder(".reflect", create: true) else {
            throw .cannotWrite(path: store.settingsFolder, reason: "it cannot be made")
        }
        try settings.create(name, with: Array(text.utf8), sync: false)
    }

    /// Writes `bytes` as the entry for `day` at its canonical path, making its folders.
    ///
    /// Not the store's `append`: its lock and fsync per file are what a user's answer deserves,
    /// but make a ten-year sample take minutes on a real disk; a sample that fails half-way is
    /// simply made again.
    ///
    /// - Returns: the file's path.
    mutating func write(_ bytes: [UInt8], for day: Day) throws(JournalError) -> String {
        let year = String(day.description.prefix(4))
        let month = String(day.description.dropFirst(5).prefix(2))
        let key = year + "/" + month
        let folder: Folder
        if let made = months[key] {
            folder = made
        } else {
            guard let made = try root.folder(year, create: true)?.folder(month, create: true) else {
                throw .cannotWrite(path: store.root + "/" + key, reason: "it cannot be made")
            }
            months[key] = made
            folder = made
        }
        try folder.create("\(day).md", with: bytes, sync: false)
        return store.canonicalPath(for: day)
    }
}
