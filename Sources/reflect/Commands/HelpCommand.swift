/// `reflect help [command]`.
enum HelpCommand {
    static func run(_ context: Context) throws {
        guard let name = context.invocation.arguments.first else {
            Console.write(Help.tool())
            return
        }
        guard let spec = CommandSpec.named(name) else {
            throw UsageError("unknown command '\(name)'", command: CommandSpec.help)
        }
        Console.write(Help.command(spec))
    }
}
