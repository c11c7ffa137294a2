import Glibc
import Journal

/// The folder the sample journal is written into: refused unless absent or empty, so a real
/// journal is never overwritten. Folders are made `0700` and files `0600` whatever the umask.
struct SampleFolder {
    /// The journal the entries go into.
    let store: JournalStore
    private var made: Set<String> = []

    /// Makes `path` (and any missing parents) ready to hold a new journal.
    ///
    /// - Throws: `JournalError.cannotWrite` when it is not a folder, is not empty, or cannot be made.
    init(_ path: String) throws(JournalError) {
        store = JournalStore(root: path)
        let root = store.root
        if FileSystem.isDirectory(root) {
            guard let folder = opendir(root) else { throw .cannotWrite(path: root, reason: FileSystem.lastError()) }
            defer { closedir(folder) }
            while let item = readdir(folder) {
                let name = withUnsafePointer(to: item.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != ".", name != ".." {
                    throw .cannotWrite(path: root, reason: "it is not empty, and reflect-sample writes only into a new or empty folder")
                }
            }
            guard chmod(root, 0o700) == 0 else { throw .cannotWrite(path: root, reason: FileSystem.lastError()) }
        } else if FileSystem.exists(root) {
            throw .cannotWrite(path: root, reason: "it is not a folder")
        } else {
            try FileSystem.makeFolders(root)
        }
    }

    /// Writes `bytes` as the entry for `day` at its canonical path, making its folders.
    ///
    /// Not `JournalStore.write`: its fsync per file is what a user's answer deserves, but makes a
    /// ten-year sample take minutes on a real disk; a sample that fails half-way is simply made again.
    ///
    /// - Returns: the file's path.
    mutating func write(_ bytes: [UInt8], for day: Day) throws(JournalError) -> String {
        let path = store.canonicalPath(for: day)
        let folder = String(path[..<path.lastIndex(of: "/")!])
        if !made.contains(folder) {
            try FileSystem.makeFolders(folder)
            made.insert(folder)
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: FileSystem.lastError()) }
        var failure: String?
        if fchmod(fd, 0o600) != 0 { failure = FileSystem.lastError() }
        var written = 0
        while failure == nil, written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno != EINTR { failure = FileSystem.lastError() }
            if count > 0 { written += count }
        }
        if close(fd) != 0, failure == nil { failure = FileSystem.lastError() }
        if let failure { throw .cannotWrite(path: path, reason: failure) }
        return path
    }
}
