#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open folder: every file the store writes is created, replaced or removed relative to one,
/// so a folder cannot be swapped for a link between a check and a write.
package final class Folder {
    /// The descriptor, open for as long as the value lives.
    package let fd: Int32
    /// The path it was opened by.
    package let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// Opens the folder at `path`, following links on the way (the journal folder a user names may
    /// well be a link). With `create`, it and any missing parents are made first, mode `0700`
    /// whatever the umask, each new one fsynced into its parent. `nil` when it is not there and
    /// not to be made.
    ///
    /// - Throws: `JournalError.cannotWrite` when it cannot be made, or is there but not a folder.
    package static func open(_ path: String, create: Bool) throws(JournalError) -> Folder? {
        let fd = Syscall.retrying { systemOpen(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        if fd >= 0 { return Folder(fd: fd, path: path) }
        let failure = errno
        if let kind = FileSystem.kind(path), kind != .folder {
            guard create else { return nil }
            throw .cannotWrite(path: path, reason: "it exists and is not a folder")
        }
        guard failure == ENOENT || failure == ENOTDIR else {
            throw .cannotWrite(path: path, reason: Syscall.message(failure))
        }
        guard create else { return nil }
        var parentPath = "."
        var name = path
        if let slash = path.lastIndex(of: "/") {
            parentPath = slash == path.startIndex ? "/" : String(path[..<slash])
            name = String(path[path.index(after: slash)...])
        }
        guard !name.isEmpty, let parent = try open(parentPath, create: true) else {
            throw .cannotWrite(path: path, reason: Syscall.message(failure))
        }
        return try parent.folder(name, create: true, path: path)
    }

    /// The folder `name` inside this one, never reached through a link: reflect's own folders
    /// (`.reflect`, `reports`, a year's and a month's) are real folders or nothing. With `create`
    /// a missing one is made, mode `0700`, and fsynced into this one.
    ///
    /// - Throws: `JournalError.cannotWrite` when it is a link or not a folder, or cannot be made.
    package func folder(_ name: String, create: Bool) throws(JournalError) -> Folder? {
        try folder(name, create: create, path: pathOf(name))
    }

    private func folder(_ name: String, create: Bool, path: String) throws(JournalError) -> Folder? {
        let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
        var fd = Syscall.retrying { openat(self.fd, name, flags) }
        if fd < 0, errno == ENOENT, create {
            if mkdirat(self.fd, name, 0o700) == 0 {
                fd = Syscall.retrying { openat(self.fd, name, flags) }
                if fd >= 0 {
                    fchmod(fd, 0o700)
                    _ = Syscall.retrying { fsync(self.fd) }
                }
            } else if errno == EEXIST {
                fd = Syscall.retrying { openat(self.fd, name, flags) }
            }
        }
        guard fd < 0 else { return Folder(fd: fd, path: path) }
        let failure = errno
        switch kind(of: name) {
        case nil where !create: return nil
        case .link?: throw .cannotWrite(path: path, reason: "it is a symbolic link, and reflect keeps its own folders real")
        case let kind? where kind != .folder: throw .cannotWrite(path: path, reason: "it is \(kind.phrase), not a folder")
        default: throw .cannotWrite(path: path, reason: Syscall.message(failure))
        }
    }

    /// What `name` in this folder is, without following a link; `nil` when nothing is there.
    package func kind(of name: String) -> FileSystem.Kind? {
        var info = stat()
        return fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? FileSystem.Kind(mode: info.st_mode) : nil
    }

    /// Replaces the file `name` with `bytes`, atomically and durably: a temporary created `0600`
    /// with `O_EXCL|O_NOFOLLOW` beside it is written, fsynced and renamed over it, then this folder
    /// is fsynced. A reader sees the old file or the new one, never a mix; a link at `name` is
    /// replaced, never written through (the store resolves the links it accepts first).
    ///
    /// - Throws: `JournalError.cannotWrite` with the system's reason (`No space left on device`).
    package func replace(_ name: String, with bytes: [UInt8]) throws(JournalError) {
        let (temporary, tfd) = try createTemporary(for: name)
        var failure: Int32?
        if fchmod(tfd, 0o600) != 0 { failure = errno }
        if failure == nil { failure = Syscall.writeAll(tfd, bytes) }
        if failure == nil, Syscall.retrying({ fsync(tfd) }) != 0 { failure = errno }
        if close(tfd) != 0, failure == nil { failure = errno }
        if failure == nil, renameat(fd, temporary, fd, name) != 0 { failure = errno }
        if let failure {
            unlinkat(fd, temporary, 0)
            throw .cannotWrite(path: pathOf(name), reason: Syscall.message(failure))
        }
        _ = Syscall.retrying { fsync(fd) }
    }

    /// Creates the new file `name` holding `bytes`, mode `0600`, with `O_EXCL|O_NOFOLLOW`: never
    /// over anything already there, never through a link. With `keepOpen` the descriptor
    /// (open for writing) is returned, else it is closed and `nil` returned.
    ///
    /// - Throws: `JournalError.cannotWrite`; nothing is left behind then.
    @discardableResult
    package func create(_ name: String, with bytes: [UInt8], sync: Bool = true, keepOpen: Bool = false) throws(JournalError) -> Int32? {
        let newFD = Syscall.retrying { openat(fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600) }
        guard newFD >= 0 else { throw .cannotWrite(path: pathOf(name), reason: Syscall.message()) }
        var failure: Int32?
        if fchmod(newFD, 0o600) != 0 { failure = errno }
        if failure == nil { failure = Syscall.writeAll(newFD, bytes) }
        if failure == nil, sync, Syscall.retrying({ fsync(newFD) }) != 0 { failure = errno }
        if let failure {
            close(newFD)
            unlinkat(fd, name, 0)
            throw .cannotWrite(path: pathOf(name), reason: Syscall.message(failure))
        }
        if keepOpen { return newFD }
        close(newFD)
        return nil
    }

    /// Removes the file `name` (a link is removed, not what it leads to).
    package func remove(_ name: String) {
        unlinkat(fd, name, 0)
    }

    /// Whether private files may be made here: a folder others cannot write to, or one with the
    /// sticky bit (`/tmp`), where no one else can rename or replace what this user makes.
    package var isPrivateEnough: Bool {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        return info.st_mode & 0o022 == 0 || info.st_mode & S_ISVTX != 0
    }

    /// The permission bits of the folder.
    package var mode: Int {
        var info = stat()
        return fstat(fd, &info) == 0 ? Int(info.st_mode & 0o7777) : 0
    }

    /// Removes this tool's temporaries (`FileSystem.isTemporaryName`) older than
    /// `FileSystem.staleAge` and owned by this user, here and in the folders below, never through
    /// a link and never in dot-folders other than `.reflect`: what a killed writer left behind.
    ///
    /// - Returns: the paths removed.
    @discardableResult
    package func removeStaleTemporaries(now: Int = Int(time(nil)), depth: Int = 0) -> [String] {
        var removed: [String] = []
        for (name, listed) in FileSystem.list(fd) {
            let kind = listed ?? self.kind(of: name)
            if kind == .folder {
                guard depth < 16, !name.hasPrefix(".") || name == ".reflect",
                      let folder = try? folder(name, create: false) else { continue }
                removed += folder.removeStaleTemporaries(now: now, depth: depth + 1)
            } else if FileSystem.isTemporaryName(name) {
                var info = stat()
                guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, FileSystem.Kind(mode: info.st_mode) == .regular,
                      info.st_uid == geteuid(), now - Folder.modificationTime(info) > FileSystem.staleAge else { continue }
                if unlinkat(fd, name, 0) == 0 { removed.append(pathOf(name)) }
            }
        }
        return removed
    }

    /// The path of `name` in this folder.
    package func pathOf(_ name: String) -> String {
        path == "/" ? "/" + name : path + "/" + name
    }

    private func createTemporary(for name: String) throws(JournalError) -> (String, Int32) {
        for _ in 0..<64 {
            let temporary = FileSystem.temporaryName(for: name)
            let tfd = Syscall.retrying { openat(fd, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600) }
            if tfd >= 0 { return (temporary, tfd) }
            if errno != EEXIST { throw .cannotWrite(path: pathOf(name), reason: Syscall.message()) }
        }
        throw .cannotWrite(path: pathOf(name), reason: "no free name for a temporary file")
    }

    private static func modificationTime(_ info: stat) -> Int {
        #if canImport(Darwin)
        Int(info.st_mtimespec.tv_sec)
        #else
        Int(info.st_mtim.tv_sec)
        #endif
    }
}

/// The C library's `open`, named apart from `Folder.open`.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}
