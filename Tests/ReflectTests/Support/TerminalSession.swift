import Foundation
import Glibc

/// `reflect` running on a pseudo-terminal, driven the way a person would: wait until the screen
/// shows what is expected, then type. Nothing is timed by sleeping.
final class TerminalSession: @unchecked Sendable {
    /// What the session failed to see.
    struct Timeout: Error, CustomStringConvertible {
        let expected: String
        let screen: String
        var description: String { "waited in vain for \(expected.debugDescription); the screen shows:\n\(screen)" }
    }

    let process = Process()
    /// The session's own `HOME` and `TMPDIR`, unless the test gives others.
    let scratch = TemporaryFolder()
    private let controller: Int32
    private let condition = NSCondition()
    private var bytes = Data()
    private var ended = false
    /// Where the next `expect` starts looking.
    private var cursor = 0

    /// Starts `reflect` with `arguments` on a new pseudo-terminal.
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        var controller: Int32 = -1
        var device: Int32 = -1
        guard openpty(&controller, &device, nil, nil, nil) == 0 else { throw POSIXError(.EIO) }
        self.controller = controller
        process.executableURL = URL(fileURLWithPath: Binary.reflect)
        process.arguments = arguments
        // A home and temporary folder of its own: drafts other runs left in the shared one are
        // offered for restoring, and would stand between the test and the prompts it waits for.
        process.environment = ["TZ": "UTC", "NO_COLOR": "1", "HOME": scratch.path, "TMPDIR": scratch.path]
            .merging(environment) { $1 }
        let terminal = FileHandle(fileDescriptor: device, closeOnDealloc: false)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        Binary.killIfHung(process)
        close(device)
        let controllerFD = controller
        Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(controllerFD, &buffer, buffer.count)
                condition.lock()
                if count > 0 { bytes.append(contentsOf: buffer[..<count]) } else { ended = true }
                condition.broadcast()
                condition.unlock()
                if count <= 0 { break }
            }
        }.start()
    }

    deinit { close(controller) }

    /// Everything shown so far, with the terminal's `\r\n` as `\n`.
    var screen: String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Waits until `text` appears after what earlier calls found.
    func expect(_ text: String, timeout: Double = 30) throws {
        let needle = Data(text.utf8)
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let found = bytes.range(of: needle, in: cursor..<bytes.count) {
                cursor = found.upperBound
                return
            }
            if ended || !condition.wait(until: deadline) {
                let shown = String(decoding: bytes, as: UTF8.self)
                throw Timeout(expected: text, screen: shown)
            }
        }
    }

    /// Types `line` and Enter.
    func type(_ line: String) {
        _ = (line + "\n").withCString { write(controller, $0, strlen($0)) }
    }

    /// Types `text` as it is, without Enter: `"half a line\u{04}"` ends with Ctrl-D.
    func typeRaw(_ text: String) {
        _ = text.withCString { write(controller, $0, strlen($0)) }
    }

    /// Sends `signal` to the process (the child has no controlling terminal, so Ctrl-C is sent this way).
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the process to end and for everything it showed; returns its exit status.
    func waitForExit() -> Int32 {
        process.waitUntilExit()
        condition.lock()
        while !ended { condition.wait() }
        condition.unlock()
        return process.terminationStatus
    }

    /// How the process ended: its status, or 128 + the signal that killed it.
    var endStatus: Int32 {
        process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }
}
