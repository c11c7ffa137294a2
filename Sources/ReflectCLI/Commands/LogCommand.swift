import CommandKit
import Journal

/// `reflect log NAME=VALUE… [--date D]`: records numbers in the day's front matter.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "log",
        abstract: "Record numbers in the day's front matter.",
        discussion: """
        Writes 'calls: 12' into the front matter of today's entry (or --date's), changing nothing else in it.
        """
    )

    @Arguments(name: "name=value", help: "A number of numbers.md and its value, like calls=12.")
    var pairs: [String]

    func run(_ context: Context) throws {
        let command = Self.self
        let definitions = try context.numberDefinitions()
        guard !definitions.isEmpty else {
            throw UsageError("no numbers are defined: define them in \(context.store.settingsFolder)/numbers.md first, "
                + "one a line, like '- calls: 50 per week'", command: command)
        }
        var values: [(name: String, value: String)] = []
        for argument in pairs {
            guard let equals = argument.firstIndex(of: "=") else {
                throw UsageError("'\(argument)' is not NAME=VALUE, like calls=12", command: command)
            }
            let name = String(argument[..<equals])
            let value = String(argument[argument.index(after: equals)...])
            guard definitions.contains(where: { $0.name == name }) else {
                throw UsageError("'\(name)' is not one of your numbers; numbers.md defines "
                    + definitions.map(\.name).joined(separator: ", "), command: command)
            }
            guard let number = NumberDefinition.parseValue(value) else {
                throw UsageError("\(name) '\(value)' is not a number of 0 or more, like 12, 87.5 or 420,000", command: command)
            }
            guard !values.contains(where: { $0.name == name }) else {
                throw UsageError("'\(name)' is given twice", command: command)
            }
            values.append((name, NumberDefinition.format(number)))
        }
        let path = try context.store.record(values, on: context.today)
        Console.write("Logged " + values.map { "\($0.name) \($0.value)" }.joined(separator: ", ")
            + " for \(context.today) in \(path)\n")
    }
}
