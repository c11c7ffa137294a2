#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Journal

/// What a run of `reflect` sees of the world: its environment variables, its three standard
/// streams and whether each is a terminal, and the clock. `main.swift` passes the process's own;
/// tests pass files and a fixed day, and run commands in process.
public struct CommandEnvironment: Sendable {
    /// The environment variables.
    public var variables: [String: String]
    /// Standard input, as a file descriptor.
    public var input: Int32
    /// Standard output, as a file descriptor.
    public var output: Int32
    /// Standard error, as a file descriptor.
    public var error: Int32
    /// Whether standard input is a terminal (the guided flow rather than piped input).
    public var inputIsTerminal: Bool
    /// Whether standard output is a terminal (colour, the pager, the width).
    public var outputIsTerminal: Bool
    /// Whether standard error is a terminal.
    public var errorIsTerminal: Bool
    /// The day it is, in the local time zone, when no `--date` is given.
    public var today: @Sendable () -> Day

    /// An environment of the given streams, which are not terminals, and a fixed `today`.
    public init(variables: [String: String], input: Int32, output: Int32, error: Int32, today: Day) {
        self.variables = variables
        self.input = input
        self.output = output
        self.error = error
        inputIsTerminal = false
        outputIsTerminal = false
        errorIsTerminal = false
        self.today = { today }
    }

    /// The process's own: its environment, standard streams and the system clock.
    public static var process: CommandEnvironment {
        var environment = CommandEnvironment(variables: processVariables(), input: STDIN_FILENO, output: STDOUT_FILENO,
                                             error: STDERR_FILENO, today: .first)
        environment.inputIsTerminal = isatty(STDIN_FILENO) == 1
        environment.outputIsTerminal = isatty(STDOUT_FILENO) == 1
        environment.errorIsTerminal = isatty(STDERR_FILENO) == 1
        environment.today = Clock.systemToday
        return environment
    }

    /// The process's environment variables.
    private static func processVariables() -> [String: String] {
        #if canImport(Darwin)
        guard var entry = _NSGetEnviron()?.pointee else { return [:] }
        #else
        var entry = environ
        #endif
        var variables: [String: String] = [:]
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return variables
    }
}
