/// A command of a tool: its name and help (`configuration`), its declared options and arguments,
/// and what it does (`run`), given the tool's `Environment`.
public protocol ParsableCommand<Environment>: ParsableArguments {
    /// What the command runs with: the tool's settings, streams, clock.
    associatedtype Environment

    /// Its name, one-line abstract and longer discussion.
    static var configuration: CommandConfiguration { get }

    /// Does what the command does.
    func run(_ environment: Environment) throws
}

/// A command's name and help text.
public struct CommandConfiguration: Sendable {
    /// The word that names it: `list`.
    public let name: String
    /// One line for the tool's list of commands.
    public let abstract: String
    /// More, for the command's own help and the manual, wrapped when printed.
    public let discussion: String?

    /// A command named `name`.
    public init(name: String, abstract: String, discussion: String? = nil) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
    }
}
