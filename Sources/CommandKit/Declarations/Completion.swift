/// What a shell offers when completing a value or an argument.
public enum Completion: Sendable, Equatable {
    /// Nothing in particular.
    case none
    /// One of these words.
    case values([String])
    /// A file name.
    case file
    /// A folder name.
    case directory
    /// The words a shell command prints, one a line (run by the completing shell).
    case shellCommand(String)
    /// The names of the tool's commands.
    case commandNames
}
