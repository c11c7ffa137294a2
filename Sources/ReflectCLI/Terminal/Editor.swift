#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The user's editor, run on one file through the shell, as git runs it: the setting may hold
/// options (`code --wait`, `sh /path/script.sh`).
enum Editor {
    /// Runs `command` on `path` and waits for it. When standard input is not a terminal (text was
    /// piped in) the editor reads from the controlling terminal instead, when there is one.
    ///
    /// - Returns: `nil` when the editor exited with status 0, else why it failed ("exited with
    ///   status 1").
    static func run(_ command: String, on path: String) -> String? {
        var line = command + " " + quoted(path)
        if !Console.inputIsTerminal, Console.controllingTerminalIsAvailable { line += " </dev/tty" }
        let status = system(line)
        guard status != 0 else { return nil }
        return status == -1 ? "could not be started" : (status & 0x7F) != 0 ? "was stopped by signal \(status & 0x7F)" : "exited with status \((status >> 8) & 0xFF)"
    }

    /// `text` quoted for the shell.
    static func quoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
