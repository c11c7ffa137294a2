#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file operations under the journal's store, on the C library. Every byte the product reads
/// from a file comes through `read`, and every file it writes is written by `Folder`.
///
/// The rules it keeps:
/// - only regular files are read: a path is opened non-blocking (so a FIFO cannot hang a
///   command), `fstat`ed, and anything else is refused with a reason that names what it is;
/// - nothing larger than `sizeLimit` is read (a link to `/dev/zero` cannot exhaust memory);
/// - writes are atomic and durable, and never go through a link the store has not vetted.
package enum FileSystem {
    /// The most a journal file may hold: far beyond a lifetime of daily entries.
    package static let sizeLimit = 16 << 20

    /// The most an input the user names (`reflect analyze FILE`) may hold.
    package static let inputLimit = 256 << 20

    /// What a path holds, as `stat` tells it.
    package enum Kind: Equatable, Sendable {
        case regular, folder, link, fifo, characterDevice, blockDevice, socket, unknown

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFREG: self = .regular
            case S_IFDIR: self = .folder
            case S_IFLNK: self = .link
            case S_IFIFO: self = .fifo
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            case S_IFSOCK: self = .socket
            default: self = .unknown
            }
        }

        /// "a FIFO", "a character device": how a message names it.
        package var phrase: String {
            switch self {
            case .regular: "a regular file"
            case .folder: "a folder"
            case .link: "a symbolic link"
            case .fifo: "a FIFO"
            case .characterDevice: "a character device"
            case .blockDevice: "a block device"
            case .socket: "a socket"
            case .unknown: "not a file reflect knows"
            }
        }
    }

    /// What `path` is, following links when `followLinks`; `nil` when nothing is there.
    package static func kind(_ path: String, followLinks: Bool = true) -> Kind? {
        var info = stat()
        let status = followLinks ? stat(path, &info) : lstat(path, &info)
        return status == 0 ? Kind(mode: info.st_mode) : nil
    }

    /// Why a path that is not a regular file is not read: "it is a FIFO, not a regular file", or
    /// for a link, "it is a link to a character device, not to a regular file".
    package static func notRegularReason(_ path: String, kind: Kind) -> String {
        if self.kind(path, followLinks: false) == .link {
            return "it is a link to \(kind.phrase), not to a regular file"
        }
        return "it is \(kind.phrase), not a regular file"
    }

    /// Reads the regular file at `path` whole, or `nil` when there is nothing there.
    ///
    /// - Parameters:
    ///   - folder: a descriptor of the folder `path` is in; the file is then opened by its name in
    ///     it, so the kernel does not walk the whole path again for every file of a month.
    ///   - limit: the most it reads; a larger file is refused.
    ///   - followLinks: whether a link at `path` is followed.
    ///   - acceptingPipes: whether a FIFO is read too (an input the user names, such as `<(…)`).
    /// - Throws: `JournalError.cannotRead` naming the reason: not a regular file, too large, or
    ///   the system's error.
    /// - Complexity: O(n) in the file's size; one `open`, one `fstat` and usually one `read`.
    package static func read(
        _ path: String, in folder: Int32? = nil, limit: Int = sizeLimit,
        followLinks: Bool = true, acceptingPipes: Bool = false
    ) throws(JournalError) -> [UInt8]? {
        var flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC
        if !followLinks { flags |= O_NOFOLLOW }
        let fd = Syscall.retrying {
            if let folder, let slash = path.lastIndex(of: "/") {
                openat(folder, String(path[path.index(after: slash)...]), flags)
            } else {
                open(path, flags)
            }
        }
        guard fd >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            if errno == ELOOP, !followLinks { throw .cannotRead(path: path, reason: "it is a symbolic link") }
            throw .cannotRead(path: path, reason: Syscall.message())
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .cannotRead(path: path, reason: Syscall.message()) }
        let kind = Kind(mode: info.st_mode)
        if kind == .fifo, acceptingPipes {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        } else if kind != .regular {
            throw .cannotRead(path: path, reason: notRegularReason(path, kind: kind))
        }
        let size = Int(info.st_size)
        if size > limit { throw tooLarge(path, limit) }
        // One byte more than the size: a regular file that fills less than that has been read
        // whole by one read. A file that grows, or a pipe, is read on to the end or the limit.
        var bytes = [UInt8](repeating: 0, count: kind == .regular ? size + 1 : 64 * 1024)
        var filled = 0
        while true {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Syscall.retrying { systemRead(fd, buffer.baseAddress! + filled, buffer.count - filled) }
            }
            if count < 0 { throw .cannotRead(path: path, reason: Syscall.message()) }
            filled += count
            if filled > limit { throw tooLarge(path, limit) }
            if count == 0 || (kind == .regular && filled < bytes.count) { break }
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1))) }
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    private static func tooLarge(_ path: String, _ limit: Int) -> JournalError {
        .cannotRead(path: path, reason: "it is larger than \(limit >> 20) MB, the most reflect reads from one file")
    }

    /// A descriptor for reading the files of `folder` with `read(_:in:)`, or `nil` when it cannot be
    /// opened (the files are then read by their whole paths). Close it with `closeFolder`.
    package static func openFolder(_ folder: String) -> Int32? {
        let fd = Syscall.retrying { open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        return fd >= 0 ? fd : nil
    }

    /// Closes a descriptor from `openFolder`.
    package static func closeFolder(_ fd: Int32?) {
        if let fd { close(fd) }
    }

    /// What identifies a file whatever the path to it: its device and inode.
    package struct FileID: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// The identity of what `path` leads to (following links), or `nil` if nothing is there.
    package static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// `path` with every link and `.`/`..` resolved, or `nil` when it does not lead anywhere.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` (a real path) is `folder` (a real path) or inside it.
    package static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    /// The names in the folder open as `fd`, each with its kind as the listing gives it (`nil`
    /// when the file system does not say; links are not followed).
    package static func list(_ fd: Int32) -> [(name: String, kind: Kind?)] {
        let copy = dup(fd)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return []
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var items: [(name: String, kind: Kind?)] = []
        while let item = readdir(stream) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let kind: Kind? = switch Int32(item.pointee.d_type) {
            case Int32(DT_REG): .regular
            case Int32(DT_DIR): .folder
            case Int32(DT_LNK): .link
            case Int32(DT_FIFO): .fifo
            case Int32(DT_CHR): .characterDevice
            case Int32(DT_BLK): .blockDevice
            case Int32(DT_SOCK): .socket
            default: nil
            }
            items.append((name, kind))
        }
        return items
    }

    // MARK: - Temporary names

    /// How long a temporary of this tool may stand before the next write removes it: a writer
    /// that was killed never comes back for it, and no write takes an hour.
    package static let staleAge = 3600

    /// A fresh name for the temporary that will replace `name`: `.NAME.reflect-XXXXXXXX`.
    package static func temporaryName(for name: String) -> String {
        var base = Substring(name)
        while base.utf8.count > 200 { base = base.dropLast() }
        return "." + base + ".reflect-" + randomSuffix()
    }

    /// Eight random lower-case letters and digits, for names no one can guess.
    package static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        return String(decoding: (0..<8).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] }, as: UTF8.self)
    }

    /// Whether `name` is a temporary this tool makes: `.NAME.reflect-XXXXXXXX`, or the
    /// `.YYYY-MM-DD.md.XXXXXX` and `.YYYY-MM.md.XXXXXX` of earlier versions.
    package static func isTemporaryName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.first == UInt8(ascii: "."), bytes.count > 7 else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        let marker = Array(".reflect-".utf8)
        if bytes.count > marker.count + 9, bytes[(bytes.count - 17)..<(bytes.count - 8)].elementsEqual(marker),
           bytes.suffix(8).allSatisfy(isAlphanumeric) {
            return true
        }
        // Earlier versions: mkstemp's six characters after a day's or a month's file name.
        let base = bytes[1..<(bytes.count - 7)]
        guard bytes[bytes.count - 7] == UInt8(ascii: "."), bytes.suffix(6).allSatisfy(isAlphanumeric),
              base.count == 13 || base.count == 10, base.suffix(3).elementsEqual(".md".utf8) else { return false }
        let stem = Array(base.dropLast(3))
        return stem.count == 10 ? Day(isoBytes: stem[...]) != nil : Month(iso: String(decoding: stem, as: UTF8.self)) != nil
    }
}

/// The C library's `read`, which `FileSystem.read` hides inside the type.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
