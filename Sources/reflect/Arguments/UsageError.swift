/// A command line that cannot be run as given: an unknown command or option, or a bad value.
/// Exits 64 after printing the message and the command's usage line.
struct UsageError: Error {
    let message: String
    /// The command whose usage line to show; `nil` shows the tool's.
    let command: CommandSpec?

    init(_ message: String, command: CommandSpec?) {
        self.message = message
        self.command = command
    }
}
