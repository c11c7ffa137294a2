import Foundation
import Glibc
import Journal
import ReflectCLI

/// Runs `reflect` in the test process: the same `Reflect.main` the binary runs, given files for
/// its standard streams, the test's environment variables and today's date, so that a command
/// test takes milliseconds rather than a fork and an exec.
///
/// Runs that need what only a process has (a umask, a working folder, a time zone, an editor or
/// pager it spawns, resources found through `REFLECT_RESOURCES`) run the binary instead, as do
/// all runs when `REFLECT_TESTS_END_TO_END` is set.
enum InProcess {
    /// Whether a run with these settings can happen in process.
    static func suits(arguments: [String], environment: [String: String], umask: String, directory: String?, prelude: String) -> Bool {
        guard ProcessInfo.processInfo.environment["REFLECT_TESTS_END_TO_END"] == nil,
              umask == "022", directory == nil, prelude.isEmpty else { return false }
        let processOnly: Set = ["TZ", "REFLECT_RESOURCES", "EDITOR", "VISUAL", "PAGER"]
        guard processOnly.isDisjoint(with: environment.keys) else { return false }
        return !arguments.contains("edit") && !arguments.contains("--editor")
    }

    /// Runs `arguments` with `input` on standard input (`nil`: /dev/null).
    static func run(_ arguments: [String], input: [UInt8]?, environment: [String: String]) throws -> RunResult {
        let streams = TemporaryFolder()
        if let input { try streams.write("stdin", bytes: input) }
        let stdin = open(input == nil ? "/dev/null" : streams("stdin"), O_RDONLY | O_CLOEXEC)
        let stdout = open(streams("stdout"), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        let stderr = open(streams("stderr"), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        defer { for fd in [stdin, stdout, stderr] where fd >= 0 { close(fd) } }
        guard stdin >= 0, stdout >= 0, stderr >= 0 else { throw CocoaError(.fileNoSuchFile) }
        let status = Reflect.main(arguments, environment: CommandEnvironment(
            variables: environment, input: stdin, output: stdout, error: stderr, today: todayInUTC()))
        return RunResult(status: status, stdout: try streams.read("stdout"), stderr: try streams.read("stderr"))
    }

    /// Today in UTC, the time zone the binary runs in for tests.
    private static func todayInUTC() -> Day {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? Day.last
    }
}
