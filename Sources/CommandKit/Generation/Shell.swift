/// A shell the kit writes a completion script for.
public enum Shell: String, CaseIterable, ArgumentValue, Sendable {
    case bash, zsh, fish

    /// One of `bash`, `zsh` or `fish`.
    public init(argument: String) throws(InvalidValue) {
        guard let shell = Shell(rawValue: argument) else { throw InvalidValue("is not a shell: use \(Self.choices)") }
        self = shell
    }
}

extension CommandLineTool {
    /// The completion script for `shell`: commands, options, option values and arguments, from
    /// the same declarations that parse them.
    public func completionScript(for shell: Shell) -> String {
        switch shell {
        case .bash: bashCompletion()
        case .zsh: zshCompletion()
        case .fish: fishCompletion()
        }
    }

    /// Every option name a command line may hold before the command's name that takes a value.
    var optionsTakingValues: [String] {
        var names: [String] = []
        for definition in globalDefinitions + commands.flatMap({ $0.optionDefinitions }) where definition.valueName != nil {
            for name in [definition.name] + (definition.short.map { [$0] } ?? []) where !names.contains(name) { names.append(name) }
        }
        return names
    }
}
