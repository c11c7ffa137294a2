#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Prompts

/// The user's cache folder for `reflect`: what can be rebuilt at any time, kept to save work on
/// the next run. `$XDG_CACHE_HOME/reflect`, else `~/.cache/reflect` (`~/Library/Caches/reflect` on
/// a Mac). Everything here is best effort: a file that cannot be read is rebuilt, one that cannot
/// be written is not kept, and nothing is ever reported.
public struct CacheFolder: Sendable {
    /// The folder's path.
    public let path: String
    /// The folder it is made in, which must be there already: `$XDG_CACHE_HOME` or `$HOME`.
    private let base: String

    /// The cache folder for `environment`; `nil` when neither `XDG_CACHE_HOME` (an absolute path)
    /// nor `HOME` is set.
    public init?(environment: (String) -> String?) {
        if let cache = environment("XDG_CACHE_HOME"), cache.hasPrefix("/") {
            base = cache
            path = cache + "/reflect"
            return
        }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        base = home
        #if canImport(Darwin)
        path = (home == "/" ? "" : home) + "/Library/Caches/reflect"
        #else
        path = (home == "/" ? "" : home) + "/.cache/reflect"
        #endif
    }

    /// What identifies the running program's file — its device, inode, size and modification
    /// time — or `nil` when the system does not say. What is kept from the program's own work
    /// (not only from files) is named with it, so a new or rebuilt program never reads what an
    /// older one kept.
    public static let programStamp: String? = {
        var info = stat()
        guard let path = Resources.executablePath(), stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #else
        let modified = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #endif
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(modified.0).\(modified.1)"
    }()

    /// The bytes of the file `name`, or `nil` when it is not there or cannot be read as a small
    /// regular file (never through a link).
    public func read(_ name: String) -> [UInt8]? {
        (try? FileSystem.read(path + "/" + name, followLinks: false)) ?? nil
    }

    /// Keeps `bytes` as the file `name`, replacing it atomically (mode `0600`, the folder made
    /// `0700` when missing), and removes the other files whose names start with `family`: the
    /// versions it replaces. A missing home is never made.
    public func keep(_ bytes: [UInt8], as name: String, replacing family: String) {
        guard FileSystem.kind(base) == .folder, let folder = try? Folder.open(path, create: true), folder.isPrivateEnough else { return }
        do throws(JournalError) {
            try folder.replace(name, with: bytes)
        } catch {
            return
        }
        for item in FileSystem.list(folder.fd) where item.name.hasPrefix(family) && item.name != name {
            folder.remove(item.name)
        }
    }
}
