/// A tool with commands: its name, version and help, the options every command takes
/// (`Globals`), and the one list of commands from which parsing, help, usage lines, completions
/// and the manual page all follow.
public struct CommandLineTool<Globals: ParsableArguments, Environment>: Sendable {
    /// The program's name: `reflect`.
    public let name: String
    /// What `--version` prints after the name.
    public let version: String
    /// One line: what the tool is.
    public let overview: String
    /// A paragraph after the overview in the tool's help.
    public let discussion: String
    /// Every command, in the order help lists them.
    public let commands: [any ParsableCommand<Environment>.Type]
    /// The command run when none is named.
    public let defaultCommand: any ParsableCommand<Environment>.Type

    /// A tool named `name`.
    public init(name: String, version: String, overview: String, discussion: String,
                globals: Globals.Type = Globals.self, commands: [any ParsableCommand<Environment>.Type],
                defaultCommand: any ParsableCommand<Environment>.Type) {
        self.name = name
        self.version = version
        self.overview = overview
        self.discussion = discussion
        self.commands = commands
        self.defaultCommand = defaultCommand
    }

    /// The command named `name`.
    public func command(named name: String) -> (any ParsableCommand<Environment>.Type)? {
        commands.first { $0.configuration.name == name }
    }

    /// `--help` and `--version`, which every tool built with the kit takes, after its own globals.
    public static var builtInDefinitions: [ArgumentDefinition] { BuiltIns.optionDefinitions }

    /// The options every command takes: the tool's globals, then `--version` and `--help`.
    public var globalDefinitions: [ArgumentDefinition] { Globals.optionDefinitions + Self.builtInDefinitions }
}

/// What a command line asks for once parsed.
public enum ParsedCommandLine<Globals: ParsableArguments, Environment> {
    /// Print this help text (to standard output, exit 0).
    case help(String)
    /// Print this version line (to standard output, exit 0).
    case version(String)
    /// Run `command` with the global options `globals`.
    case run(globals: Globals, command: any ParsableCommand<Environment>)
}
