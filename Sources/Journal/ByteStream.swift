#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input, or a file or pipe the user names, read a block at a time: how
/// `reflect analyze --lines` reads an input of any size in constant memory.
///
/// A named file is opened by the rules of `FileSystem.read`: non-blocking, `fstat`ed, and only a
/// regular file or a pipe is read, so a device or a FIFO without a writer cannot hang or flood it.
public final class ByteStream {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var scratch = [UInt8](repeating: 0, count: 256 << 10)
    /// The name errors give it.
    public let name: String

    private init(fd: Int32, ownsDescriptor: Bool, name: String) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
        self.name = name
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// Standard input: the process's, or the descriptor given in its place.
    public static func standardInput(descriptor: Int32 = STDIN_FILENO) -> ByteStream {
        ByteStream(fd: descriptor, ownsDescriptor: false, name: "standard input")
    }

    /// The file or pipe at `path`; `nil` when there is no such file.
    ///
    /// - Throws: `.cannotRead` for anything but a regular file or a pipe, or a file that cannot be opened.
    public static func open(_ path: String) throws(JournalError) -> ByteStream? {
        let fd = Syscall.retrying { systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw .cannotRead(path: path, reason: Syscall.message())
        }
        let stream = ByteStream(fd: fd, ownsDescriptor: true, name: path)
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .cannotRead(path: path, reason: Syscall.message()) }
        let kind = FileSystem.Kind(mode: info.st_mode)
        guard kind == .regular || kind == .fifo else {
            throw .cannotRead(path: path, reason: FileSystem.notRegularReason(path, kind: kind))
        }
        // A pipe is waited on: its writer is the user's own command (`<(…)`).
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return stream
    }

    /// Appends up to `count` more bytes to `bytes` (at most 256 KB a call), waiting for at least
    /// one; `false` at the end.
    ///
    /// - Throws: `.cannotRead` when reading fails.
    public func read(appendingTo bytes: inout [UInt8], upTo count: Int) throws(JournalError) -> Bool {
        let wanted = min(count, scratch.count)
        guard wanted > 0 else { return true }
        let got = scratch.withUnsafeMutableBytes { buffer in
            Syscall.retrying { systemRead(fd, buffer.baseAddress!, wanted) }
        }
        if got < 0 { throw .cannotRead(path: name, reason: Syscall.message()) }
        bytes.append(contentsOf: scratch[..<got])
        return got > 0
    }
}

private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
