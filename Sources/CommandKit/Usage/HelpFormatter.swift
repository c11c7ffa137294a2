/// Help text in the shape of swift-argument-parser: `OVERVIEW:`, `USAGE:`, `ARGUMENTS:`,
/// `OPTIONS:` and `SUBCOMMANDS:` blocks, two-space indented labels, descriptions aligned in one
/// column, wrapped to 100 columns.
enum HelpFormatter {
    static let width = 100
    static let column = 26

    /// Two-space indented labels with descriptions aligned in one column, wrapped.
    static func rows(_ rows: [(String, String)]) -> String {
        var text = ""
        for (label, help) in rows {
            let lines = wrap(help, width: width - column).split(separator: "\n")
            if label.count + 2 <= column - 2 {
                text += "  " + label + String(repeating: " ", count: column - 2 - label.count) + (lines.first ?? "") + "\n"
            } else {
                text += "  " + label + "\n" + String(repeating: " ", count: column) + (lines.first ?? "") + "\n"
            }
            for line in lines.dropFirst() { text += String(repeating: " ", count: column) + line + "\n" }
        }
        return text
    }

    /// Words joined into lines of at most `width` characters (a longer word stands alone).
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// The usage words of `definitions`: options first (a group of exclusive flags as
    /// `[--a|--b]`), then the positional arguments.
    static func usageWords(_ definitions: [ArgumentDefinition]) -> [String] {
        var words: [String] = []
        var groupsShown: Set<String> = []
        for definition in definitions where !definition.isPositional {
            if let group = definition.exclusiveGroup {
                guard groupsShown.insert(group).inserted else { continue }
                words.append("[" + definitions.filter { $0.exclusiveGroup == group }.map(\.name).joined(separator: "|") + "]")
            } else {
                words.append(definition.usage)
            }
        }
        return words + definitions.filter(\.isPositional).map(\.usage)
    }
}

extension ParsableArguments {
    /// The usage line of a tool without commands, or of a command: `reflect list [--month <yyyy-mm>] …`.
    public static func usage(prefix: String) -> String {
        ([prefix] + HelpFormatter.usageWords(definitions)).joined(separator: " ")
    }
}

extension CommandLineTool {
    /// `reflect [--journal <dir>] … [<subcommand>]`: the globals that take a value or change the
    /// output, without `--version` and `--help`.
    public var usage: String {
        ([name] + HelpFormatter.usageWords(Globals.optionDefinitions.filter(\.inToolUsage)) + ["[<subcommand>]"]).joined(separator: " ")
    }

    /// The usage line of `command`: `reflect list [--month <yyyy-mm>] …`.
    public func usage(of command: any ParsableArguments.Type) -> String {
        guard let command = command as? any ParsableCommand<Environment>.Type else { return usage }
        return command.usage(prefix: "\(name) \(command.configuration.name)")
    }

    /// The tool's help: its options and every command.
    public func help() -> String {
        var text = "OVERVIEW: \(overview)\n\n"
        text += HelpFormatter.wrap(discussion, width: HelpFormatter.width) + "\n\n"
        text += "USAGE: \(usage)\n\n"
        text += "OPTIONS:\n" + HelpFormatter.rows(globalDefinitions.map { ($0.label, $0.help) }) + "\n"
        text += "SUBCOMMANDS:\n"
        text += HelpFormatter.rows(commands.map {
            ($0.configuration.name + (ObjectIdentifier($0) == ObjectIdentifier(defaultCommand) ? " (default)" : ""), $0.configuration.abstract)
        })
        text += "\n  See '\(name) help <subcommand>' for detailed help.\n"
        return text
    }

    /// One command's help.
    public func help(for command: any ParsableCommand<Environment>.Type) -> String {
        let configuration = command.configuration
        var text = "OVERVIEW: \(configuration.abstract)\n"
        if let discussion = configuration.discussion {
            text += "\n" + HelpFormatter.wrap(discussion, width: HelpFormatter.width) + "\n"
        }
        text += "\nUSAGE: \(usage(of: command))\n"
        let positional = command.positionalDefinitions
        if !positional.isEmpty {
            text += "\nARGUMENTS:\n" + HelpFormatter.rows(positional.map { ($0.label, $0.help) })
        }
        text += "\nOPTIONS:\n" + HelpFormatter.rows((command.optionDefinitions + globalDefinitions).map { ($0.label, $0.help) })
        return text
    }

    /// What follows `Error: …` for a usage error of `command` (the tool's when `nil`).
    public func usageLines(_ command: (any ParsableArguments.Type)?) -> String {
        guard let command = command as? any ParsableCommand<Environment>.Type else {
            return "Usage: \(usage)\n  See '\(name) --help' for more information.\n"
        }
        return "Usage: \(usage(of: command))\n  See '\(name) help \(command.configuration.name)' for more information.\n"
    }
}

extension ParsableArguments {
    /// The help of a tool without commands, named `name`.
    public static func help(name: String, overview: String) -> String {
        var text = "OVERVIEW: " + HelpFormatter.wrap(overview, width: HelpFormatter.width) + "\n\n"
        text += "USAGE: \(usage(prefix: name))\n"
        if !positionalDefinitions.isEmpty {
            text += "\nARGUMENTS:\n" + HelpFormatter.rows(positionalDefinitions.map { ($0.label, $0.help) })
        }
        text += "\nOPTIONS:\n" + HelpFormatter.rows((optionDefinitions + BuiltIns.optionDefinitions.filter { $0.name == "--help" }).map { ($0.label, $0.help) })
        return text
    }

    /// What follows `Error: …` for a usage error of a tool without commands, named `name`.
    public static func usageLines(name: String) -> String {
        "Usage: \(usage(prefix: name))\n  See '\(name) --help' for more information.\n"
    }
}
