#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Journal

/// Runs one command line and returns its exit code.
func run(_ words: [String]) -> ExitCode {
    var command: CommandSpec?
    do {
        let invocation = try Invocation.parse(words)
        command = invocation.command
        if invocation.flag("--version") {
            Console.write("reflect \(Help.version)\n")
            return .success
        }
        if invocation.flag("--help") {
            Console.write(words.isEmpty || invocation.command.name == "today" && !words.contains("today")
                ? Help.tool() : Help.command(invocation.command))
            return .success
        }
        let context = try Context(invocation: invocation)
        try Commands.run(context)
        return .success
    } catch let error as UsageError {
        Console.error("Error: \(error.message)\n" + Help.usageLines(error.command ?? command), terminator: "")
        return .usage
    } catch {
        Console.error("Error: \(error)")
        return ExitCode(for: error)
    }
}

let code = run(Array(CommandLine.arguments.dropFirst()))
exit(code.rawValue)
