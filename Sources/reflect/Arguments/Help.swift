/// Help text in the shape of swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS.
enum Help {
    static let version = "0.1.0"
    static let overview = "A daily reflection journal for salespeople who manage themselves."
    static let toolUsage = "reflect [--journal <dir>] [--date <date>] [--no-color] [<subcommand>]"

    /// The tool's help: every command.
    static func tool() -> String {
        var text = "OVERVIEW: \(overview)\n\n"
        text += "Every day reflect asks one coaching question, saves your answer as a dated Markdown file you own, keeps\n"
        text += "track of the commitments you write down, and once a month shows how your attitude is trending.\n\n"
        text += "USAGE: \(toolUsage)\n\n"
        text += "OPTIONS:\n" + rows(CommandSpec.globalOptions.map { (label($0), $0.help) }) + "\n"
        text += "SUBCOMMANDS:\n"
        text += rows(CommandSpec.all.map { ($0.name + ($0.name == "today" ? " (default)" : ""), $0.abstract) })
        text += "\n  See 'reflect help <subcommand>' for detailed help.\n"
        return text
    }

    /// One command's help.
    static func command(_ spec: CommandSpec) -> String {
        var text = "OVERVIEW: \(spec.abstract)\n"
        if let discussion = spec.discussion { text += "\n" + wrap(discussion, width: 100) + "\n" }
        text += "\nUSAGE: \(spec.usage)\n"
        if !spec.arguments.isEmpty {
            text += "\nARGUMENTS:\n" + rows(spec.arguments.map { ("<\($0.name)>", $0.help) })
        }
        text += "\nOPTIONS:\n" + rows((spec.options + CommandSpec.globalOptions).map { (label($0), $0.help) })
        return text
    }

    /// What follows `Error: …` for a usage error.
    static func usageLines(_ spec: CommandSpec?) -> String {
        guard let spec else { return "Usage: \(toolUsage)\n  See 'reflect --help' for more information.\n" }
        return "Usage: \(spec.usage)\n  See 'reflect help \(spec.name)' for more information.\n"
    }

    private static func label(_ option: CommandSpec.Option) -> String {
        (option.short.map { "\($0), " } ?? "") + option.name + (option.value.map { " <\($0)>" } ?? "")
    }

    /// Two-space indented labels with descriptions aligned in one column, wrapped.
    private static func rows(_ rows: [(String, String)]) -> String {
        let column = 26
        var text = ""
        for (label, help) in rows {
            let lines = wrap(help, width: 100 - column).split(separator: "\n")
            if label.count + 2 <= column - 2 {
                text += "  " + label + String(repeating: " ", count: column - 2 - label.count) + (lines.first ?? "") + "\n"
            } else {
                text += "  " + label + "\n" + String(repeating: " ", count: column) + (lines.first ?? "") + "\n"
            }
            for line in lines.dropFirst() { text += String(repeating: " ", count: column) + line + "\n" }
        }
        return text
    }

    private static func wrap(_ text: String, width: Int) -> String {
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
}
