import Glibc

/// The few file operations the journal needs, on the C library: reads that cost one `open` and
/// one `read`, writes that are atomic and durable, folders and files private whatever the umask.
public enum FileSystem {
    /// The whole file, or `nil` when it does not exist.
    ///
    /// - Throws: `JournalError.cannotRead` when it exists but cannot be read.
    public static func read(_ path: String) throws(JournalError) -> [UInt8]? {
        try read(path, in: nil)
    }

    /// Reads the file at `path`, opened by its name in `folder` (a descriptor from `openFolder` for
    /// the folder `path` is in) when there is one, so the kernel does not walk the whole path again
    /// for every file of a month.
    static func read(_ path: String, in folder: Int32?) throws(JournalError) -> [UInt8]? {
        let fd = if let folder, let slash = path.lastIndex(of: "/") {
            openat(folder, String(path[path.index(after: slash)...]), O_RDONLY | O_CLOEXEC)
        } else {
            open(path, O_RDONLY | O_CLOEXEC)
        }
        guard fd >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw .cannotRead(path: path, reason: lastError())
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .cannotRead(path: path, reason: lastError()) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .cannotRead(path: path, reason: "it is a folder") }
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        // One byte more than the size: a regular file that fills less than that has been read
        // whole by one read. Anything else (or a file that grew) is read until the end.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, reason: lastError())
            }
            filled += count
            if count == 0 || (isRegular && filled < bytes.count) { break }
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// A descriptor for reading the files of `folder` with `read(_:in:)`, or `nil` when it cannot be
    /// opened (the files are then read by their whole paths). Close it with `closeFolder`.
    static func openFolder(_ folder: String) -> Int32? {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return fd >= 0 ? fd : nil
    }

    /// Closes a descriptor from `openFolder`.
    static func closeFolder(_ fd: Int32?) {
        if let fd { close(fd) }
    }

    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Whether `path` is a folder (following links).
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// What identifies a file whatever the path to it: its device and inode.
    public struct FileID: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// The identity of what `path` leads to (following links), or `nil` if nothing is there.
    public static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The permission bits of `path`, or `nil` if it does not exist.
    public static func mode(_ path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : nil
    }

    /// Creates `path` and any missing parents; the folders it creates get mode `0700` whatever the umask.
    public static func makeFolders(_ path: String) throws(JournalError) {
        if isDirectory(path) { return }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeFolders(String(path[..<slash]))
        }
        if mkdir(path, 0o700) != 0 {
            if errno == EEXIST {
                if isDirectory(path) { return }
                throw .cannotWrite(path: path, reason: "it exists and is not a folder")
            }
            throw .cannotWrite(path: path, reason: lastError())
        }
        chmod(path, 0o700)
    }

    /// Replaces `path` with `bytes` atomically and durably: a private temporary file in the same
    /// folder is written, fsynced and renamed over the target, then the folder is fsynced. The file
    /// ends with mode `0600`. A reader sees the old file or the new one, never a mix.
    ///
    /// When `path` is a symbolic link, the file it points to is replaced and the link kept, so a
    /// day file linked in from another folder (an Obsidian vault) stays shared.
    public static func writeAtomically(_ bytes: [UInt8], to link: String) throws(JournalError) {
        let path = try resolvedLink(link)
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((folder + "/." + name + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: lastError()) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var failure: String?
        if fchmod(fd, 0o600) != 0 { failure = lastError() }
        if failure == nil { failure = writeAll(fd, bytes) }
        if failure == nil, fsync(fd) != 0 { failure = lastError() }
        if close(fd) != 0, failure == nil { failure = lastError() }
        if failure == nil, rename(temporary, path) != 0 { failure = lastError() }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: path, reason: failure)
        }
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    /// The file a symbolic link leads to, or `path` itself when it is not a link (or does not exist yet).
    private static func resolvedLink(_ path: String) throws(JournalError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return path }
        guard let resolved = realpath(path, nil) else {
            throw .cannotWrite(path: path, reason: "it is a link to a file that is not there")
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes `bytes` to a new private file (mode `0600`) named from `prefix` in `$TMPDIR` or `/tmp`,
    /// for text that must not be lost; returns its path, or `nil` if even that fails.
    public static func writePrivateTemporaryFile(_ bytes: [UInt8], prefix: String, suffix: String = ".md") -> String? {
        var folder = getenv("TMPDIR").map { String(cString: $0) } ?? ""
        if folder.isEmpty || !isDirectory(folder) { folder = "/tmp" }
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        var template = Array((folder + "/" + prefix + "-XXXXXX" + suffix).utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(suffix.utf8.count)) }
        guard fd >= 0 else { return nil }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        fchmod(fd, 0o600)
        let failure = writeAll(fd, bytes)
        close(fd)
        if failure != nil {
            unlink(path)
            return nil
        }
        return path
    }

    /// The names in a folder with whether each is a folder; empty if it cannot be read.
    static func list(_ folder: String) -> [(name: String, isFolder: Bool)] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var items: [(name: String, isFolder: Bool)] = []
        while let item = readdir(stream) {
            let name = withUnsafePointer(to: item.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let type = item.pointee.d_type
            let isFolder: Bool
            switch Int32(type) {
            case Int32(DT_DIR): isFolder = true
            case Int32(DT_REG): isFolder = false
            default: isFolder = isDirectory(folder + "/" + name)
            }
            items.append((name, isFolder))
        }
        return items
    }

    /// The C library's message for the current `errno`: "Permission denied".
    public static func lastError() -> String { String(cString: strerror(errno)) }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                return lastError()
            }
            written += count
        }
        return nil
    }
}

/// An exclusive `flock` on a file, held until `unlock()` or until the process ends.
public final class FileLock {
    private var fd: Int32

    /// Waits for and takes the lock on `path`, creating the file (`0600`) if needed.
    public init(path: String) throws(JournalError) {
        fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o600)  // flock needs no write access
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: FileSystem.lastError()) }
        fchmod(fd, 0o600)  // a umask such as 0277 must not leave the lock unusable next time
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = FileSystem.lastError()
            close(fd)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    /// Releases the lock.
    public func unlock() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { unlock() }
}
