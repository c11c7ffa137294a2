#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private file of the user's own words kept outside the entries until they are safe: the
/// guided flow's draft, an editor's draft, a recovery file after a failed save.
///
/// It is created `0600` with `O_EXCL|O_NOFOLLOW` under a random name, and kept open: replacing
/// its text rewrites the open file in place, so no temporary ever stands beside it and nothing
/// put at its path later (a link) is ever written through.
public final class PrivateFile {
    /// Where it is.
    public let path: String
    private var fd: Int32

    init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Creates `prefix-XXXXXXXX.md` holding `bytes` in the first of `folders` where it can be
    /// made; a folder that cannot be opened, or that others could write to without the sticky bit
    /// (where someone else could swap the file), is passed over.
    static func create(_ bytes: [UInt8], prefix: String, in folders: [() -> Folder?]) -> PrivateFile? {
        for candidate in folders {
            guard let folder = candidate(), folder.isPrivateEnough else { continue }
            for _ in 0..<8 {
                let fileName = prefix + "-" + FileSystem.randomSuffix() + ".md"
                do throws(JournalError) {
                    guard let fd = try folder.create(fileName, with: bytes, keepOpen: true) else { break }
                    return PrivateFile(path: folder.pathOf(fileName), fd: fd)
                } catch {
                    if folder.kind(of: fileName) != nil { continue }   // the name was taken: try another
                    break
                }
            }
        }
        return nil
    }

    /// The private file at `path` that an earlier run left (a draft it could not save), opened
    /// again to be read, rewritten or removed: only a regular file this user owns, never through a
    /// link; `nil` otherwise.
    public static func reopen(_ path: String) -> PrivateFile? {
        let fd = Syscall.retrying { open(path, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, FileSystem.Kind(mode: info.st_mode) == .regular, info.st_uid == geteuid() else {
            close(fd)
            return nil
        }
        return PrivateFile(path: path, fd: fd)
    }

    /// Takes an exclusive `flock` on the file without waiting: `false` when another process holds
    /// it. A run holds its own draft's lock until it ends (even when killed), so the next run can
    /// tell a draft left behind from one still being written.
    public func lock() -> Bool {
        fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0
    }

    /// Replaces what the file holds with `bytes`; `false` when it could not be written.
    @discardableResult
    public func replace(with bytes: [UInt8]) -> Bool {
        guard fd >= 0, lseek(fd, 0, SEEK_SET) == 0 else { return false }
        // Written before it is cut: a process killed in between leaves the new text whole.
        guard Syscall.writeAll(fd, bytes) == nil else { return false }
        return Syscall.retrying { ftruncate(fd, off_t(bytes.count)) } == 0
    }

    /// What the file at `path` holds now, read again by its path (an editor may have replaced it),
    /// never through a link, only when it is a regular file this user owns, up to the size limit.
    ///
    /// - Throws: `JournalError.cannotRead` when it is gone, a link, not a regular file or not this user's.
    public func readBack() throws(JournalError) -> [UInt8] {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw .cannotRead(path: path, reason: Syscall.message()) }
        guard info.st_uid == geteuid() else { throw .cannotRead(path: path, reason: "it belongs to someone else now") }
        guard let bytes = try FileSystem.read(path, followLinks: false) else {
            throw .cannotRead(path: path, reason: "it is gone")
        }
        return bytes
    }

    /// Closes and removes the file: what it held is saved or no longer wanted.
    public func remove() {
        if fd >= 0 { close(fd) }
        fd = -1
        unlink(path)
    }
}
