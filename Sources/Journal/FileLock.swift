#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file, held until `unlock()` or until the process ends (a killed
/// process never leaves the journal locked).
package final class FileLock {
    private var fd: Int32

    /// Waits for and takes the lock on the file `name` in `folder`, creating it (`0600`) if needed.
    ///
    /// - Throws: `JournalError.cannotWrite` when it is a link or not a regular file (the lock is
    ///   never taken through a link, and a FIFO there cannot hang the tool), or cannot be opened.
    package init(in folder: Folder, name: String) throws(JournalError) {
        let path = folder.pathOf(name)
        // Read-only is enough for flock; non-blocking so that a FIFO put there is refused, not waited on.
        fd = Syscall.retrying { openat(folder.fd, name, O_RDONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600) }
        guard fd >= 0 else {
            if errno == ELOOP { throw .cannotWrite(path: path, reason: "it is a symbolic link, and reflect never takes its lock through one") }
            throw .cannotWrite(path: path, reason: Syscall.message())
        }
        var info = stat()
        let kind = fstat(fd, &info) == 0 ? FileSystem.Kind(mode: info.st_mode) : .unknown
        guard kind == .regular else {
            close(fd)
            throw .cannotWrite(path: path, reason: "it is \(kind.phrase), not a regular file")
        }
        fchmod(fd, 0o600)  // a umask such as 0277 must not leave the lock unusable next time
        if Syscall.retrying({ flock(fd, LOCK_EX) }) != 0 {
            let reason = Syscall.message()
            close(fd)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    /// Releases the lock.
    package func unlock() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { unlock() }
}
