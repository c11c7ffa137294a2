/// A command line that cannot be run as given: an unknown command or option, or a bad value.
/// Printed as `Error: <message>` followed by the usage line of `command` (the tool's when `nil`).
public struct UsageError: Error {
    /// What is wrong, naming the option or argument.
    public let message: String
    /// The command whose usage line follows the message; `nil` for the tool's.
    public let command: (any ParsableArguments.Type)?

    /// A usage error of `command`.
    public init(_ message: String, command: (any ParsableArguments.Type)?) {
        self.message = message
        self.command = command
    }
}
