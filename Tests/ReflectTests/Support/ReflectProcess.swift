import Testing
import Foundation
import Glibc

/// What a finished run of a built binary printed and how it exited.
struct RunResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the `reflect` and `reflect-sample` binaries built beside the test bundle, as a user would:
/// a fixed time zone, no colour settings inherited, a chosen umask and standard input.
enum Binary {
    /// The folder holding the test bundle and the built executables.
    static let folder: String = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var url = URL(fileURLWithPath: executable).deletingLastPathComponent()
        // The test runner may sit inside a bundle folder (`…/reflectPackageTests.xctest/…`).
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("reflect").path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    static var reflect: String { folder + "/reflect" }

    /// Kills `process` if it is still running after `seconds`, so a hung child fails its test
    /// instead of stalling the whole run.
    static func killIfHung(_ process: Process, after seconds: Double = 60) {
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            if process.isRunning { kill(pid, SIGKILL) }
        }
    }
    static var sample: String { folder + "/reflect-sample" }

    /// Runs `executable` with `arguments` through `/bin/sh` (to set the umask), feeding `input` on
    /// standard input (`nil` connects /dev/null). A run of `reflect` that can happen in process does
    /// (`InProcess`), unless `endToEnd`.
    @discardableResult
    static func run(
        _ arguments: [String],
        executable: String = reflect,
        input: String? = nil,
        inputBytes: [UInt8]? = nil,
        environment extra: [String: String] = [:],
        umask mask: String = "022",
        directory: String? = nil,
        prelude: String = "",
        timeout: Double = 60,
        endToEnd: Bool = false
    ) throws -> RunResult {
        var environment = ["TZ": "UTC", "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "TMPDIR": NSTemporaryDirectory()]
        for (key, value) in extra { environment[key] = value }
        if executable == reflect, !endToEnd,
           InProcess.suits(arguments: arguments, environment: extra, umask: mask, directory: directory, prelude: prelude) {
            return try InProcess.run(arguments, input: inputBytes ?? input.map { Array($0.utf8) }, environment: environment)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask \(mask); \(prelude) exec \"$0\" \"$@\"", executable] + arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let stdin = Pipe()
        if input != nil || inputBytes != nil {
            process.standardInput = stdin
        } else {
            process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        }
        try process.run()
        Binary.killIfHung(process, after: timeout)
        // Both pipes are drained while the input is written, so neither side can stall the other
        // however much either writes.
        let errorData = ReadBuffer.draining(stderr)
        let outputData = ReadBuffer.draining(stdout)
        if let bytes = inputBytes ?? input.map({ Array($0.utf8) }) {
            // A child that exits without reading all of it closes the pipe: ignore that, not die of it.
            signal(SIGPIPE, SIG_IGN)
            try? stdin.fileHandleForWriting.write(contentsOf: Data(bytes))
            try? stdin.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        errorData.waitForEnd()
        outputData.waitForEnd()
        return RunResult(
            status: process.terminationStatus,
            stdout: String(decoding: outputData.data, as: UTF8.self),
            stderr: String(decoding: errorData.data, as: UTF8.self)
        )
    }
}

/// A fresh temporary folder, removed when the value is no longer used.
final class TemporaryFolder: Sendable {
    let path: String

    init() {
        var template = Array((URL(fileURLWithPath: NSTemporaryDirectory()).path + "/reflect-test-XXXXXX").utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    /// A path inside the folder.
    func callAsFunction(_ relative: String) -> String { path + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: self(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: self(relative), encoding: .utf8)
    }

    func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: self(relative))))
    }

    /// The permission bits of a path inside the folder.
    func mode(_ relative: String) -> Int {
        var info = stat()
        guard stat(self(relative), &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o7777)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Parses JSON output for assertions.
func jsonObject(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

/// Bytes a reader thread collects; read only after the thread has finished.
final class ReadBuffer: @unchecked Sendable {
    var data = Data()
    private let finished = DispatchSemaphore(value: 0)

    /// A buffer that a new thread fills with everything `pipe` gives until its end.
    static func draining(_ pipe: Pipe) -> ReadBuffer {
        let buffer = ReadBuffer()
        Thread {
            buffer.data = pipe.fileHandleForReading.readDataToEndOfFile()
            buffer.finished.signal()
        }.start()
        return buffer
    }

    /// Waits until the pipe being drained has ended.
    func waitForEnd() {
        finished.wait()
        finished.signal()
    }
}

/// `value` as a string; otherwise an issue is recorded and the text is empty, so that a missing
/// JSON key fails its test instead of crashing the test runner as `as!` would.
func stringValue(_ value: Any?, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    guard let string = value as? String else {
        Issue.record("expected a string, found \(String(describing: value))", sourceLocation: sourceLocation)
        return ""
    }
    return string
}
