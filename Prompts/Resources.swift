#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bundled text files — the prompt bank and the word lists — loaded in a way that survives
/// installation.
///
/// SwiftPM's generated `Bundle.module` ends the process when the bundle is not beside the
/// executable, so it is never used. Each file is looked up, in order:
/// 1. in the folder named by `REFLECT_RESOURCES` (a folder holding `prompts/` and `words/`);
/// 2. in the `reflect_Prompts.resources` bundle beside the running executable;
/// 3. in the copy compiled into the binary, which the `EmbedResources` build-tool plugin makes from
///    `Prompts/Resources` on every build.
public enum Resources {
    /// The bundled files' names, relative to the `Resources` folder: `prompts/activity.md`, ….
    public static var fileNames: [String] { embeddedFiles.keys.sorted() }

    /// The text of the bundled file `name` (for example `prompts/pipeline.md`), or `nil` when the
    /// bundle has no such file. Only the bundle's own names are looked up on disk, so no name
    /// (`../Package.swift`) reads a file outside the resources folder.
    public static func text(_ name: String) -> String? {
        guard let compiledIn = embeddedFiles[name] else { return nil }
        for folder in searchFolders {
            if let text = readFile(folder + "/" + name) { return text }
        }
        return compiledIn
    }

    /// What tells whether the texts under `folder` changed, without reading them: for each file,
    /// the on-disk copy `text` would read (its path, device, inode, size and modification time),
    /// or that it is the compiled-in copy, which the program's own identity covers.
    public static func stamp(under folder: String) -> String {
        fileNames.filter { $0.hasPrefix(folder + "/") }.map { name in
            for folder in searchFolders {
                var info = stat()
                let path = folder + "/" + name
                guard stat(path, &info) == 0 else { continue }
                #if canImport(Darwin)
                let modified = "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
                #else
                let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
                #endif
                return "\(path) \(info.st_dev):\(info.st_ino):\(info.st_size):\(modified)"
            }
            return name + " compiled in"
        }
        .joined(separator: "\n")
    }

    /// The texts of every bundled file under `folder` (for example `prompts`), sorted by name.
    public static func texts(under folder: String) -> [(name: String, text: String)] {
        fileNames.filter { $0.hasPrefix(folder + "/") }.compactMap { name in
            text(name).map { (name, $0) }
        }
    }

    /// Folders that may hold an on-disk copy of the resources, most specific first.
    static let searchFolders: [String] = {
        var folders: [String] = []
        if let override = getenv("REFLECT_RESOURCES"), override.pointee != 0 {
            folders.append(String(cString: override))
        }
        if let executableFolder = executableFolder() {
            folders.append(executableFolder + "/reflect_Prompts.resources/Resources")
        }
        return folders
    }()

    /// The folder of the running executable: from the system where it says (`/proc/self/exe` on
    /// Linux, `_NSGetExecutablePath` on Darwin), else from the program's name as it was run.
    private static func executableFolder() -> String? {
        guard let path = executablePath() ?? resolved(CommandLine.arguments.first ?? ""),
              let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }

    /// The running program's file, links resolved: from the system where it says
    /// (`/proc/self/exe` on Linux, `_NSGetExecutablePath` on Darwin), else `nil`.
    package static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        #if canImport(Darwin)
        var size = UInt32(buffer.count)
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        return resolved(String(cString: buffer))
        #else
        let length = readlink("/proc/self/exe", &buffer, Int(PATH_MAX))
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #endif
    }

    /// `path` with its links and `..` resolved (`realpath`), or `nil` when it does not exist. A
    /// bare program name (`reflect`, found on `PATH`) is not resolved: its folder is unknown.
    private static func resolved(_ path: String) -> String? {
        guard path.contains("/"), let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// Reads a whole small file as UTF-8 text; `nil` if it cannot be opened or is not UTF-8.
    private static func readFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
