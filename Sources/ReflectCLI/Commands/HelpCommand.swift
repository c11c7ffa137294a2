import CommandKit
/// `reflect help [command]`.
struct HelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "help",
        abstract: "Show help for a command."
    )

    @Argument(name: "command", help: "The command.", completion: .commandNames)
    var command: String?

    func run(_ context: Context) throws {
        guard let name = command else {
            Console.write(Reflect.tool.help())
            return
        }
        guard let command = Reflect.tool.command(named: name) else {
            throw UsageError("unknown command '\(name)'", command: Self.self)
        }
        Console.write(Reflect.tool.help(for: command))
    }
}
