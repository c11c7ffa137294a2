#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CommandKit
import Journal

/// Runs one command line and returns its exit code.
func run(_ words: [String]) -> ExitCode {
    let tool = Reflect.tool
    do {
        switch try tool.parse(words) {
        case let .help(text), let .version(text):
            Console.write(text)
            return .success
        case let .run(globals, command):
            let context = try Context(globals: globals, command: type(of: command))
            try command.run(context)
            return .success
        }
    } catch let error as UsageError {
        Console.error("Error: \(error.message)\n" + tool.usageLines(error.command), terminator: "")
        return .usage
    } catch {
        Console.error("Error: \(error)")
        return ExitCode(for: error)
    }
}

let code = run(Array(CommandLine.arguments.dropFirst()))
exit(code.rawValue)
