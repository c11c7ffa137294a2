#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CommandKit
import Journal

/// The tool: its one list of commands, from which parsing, help, usage lines, completions and the
/// manual page all follow. Adding a command is adding its type here.
public enum Reflect {
    /// Runs one command line (the words after the program's name) in `environment` and returns
    /// its exit code. Runs in one process take turns: the environment is the run's while it lasts.
    public static func main(_ arguments: [String], environment: CommandEnvironment) -> Int32 {
        runs.lock()
        defer { runs.unlock() }
        let previous = Console.current
        Console.current = environment
        defer {
            Console.current = previous
            Console.allowsColour = false
        }
        return run(arguments).rawValue
    }

    /// One run at a time.
    private static let runs = RunLock()

    /// Runs one command line and returns its exit code.
    static func run(_ words: [String]) -> ExitCode {
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

    static let version = "0.1.0"

    static var tool: CommandLineTool<GlobalOptions, Context> {
        CommandLineTool(
            name: "reflect",
            version: version,
            overview: "A daily reflection journal for salespeople who manage themselves.",
            discussion: """
            Every day reflect asks one coaching question, saves your answer as a dated Markdown file you own, keeps \
            track of the commitments you write down, and once a month shows how your attitude is trending.
            """,
            commands: [
                TodayCommand.self, PromptCommand.self, PromptsCommand.self, ListCommand.self, ShowCommand.self,
                SearchCommand.self, TagsCommand.self, OnThisDayCommand.self, CommitmentsCommand.self, DoneCommand.self,
                CancelCommand.self, ReopenCommand.self, DueCommand.self, AnalyzeCommand.self, ReportCommand.self,
                ExportCommand.self, EditCommand.self, AddCommand.self, ConfigCommand.self, NumbersCommand.self,
                LogCommand.self, AccountsCommand.self, BriefCommand.self, CompletionsCommand.self, ManualCommand.self,
                HelpCommand.self,
            ],
            defaultCommand: TodayCommand.self
        )
    }
}

/// A mutex, for the one run at a time.
private final class RunLock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()

    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    func lock() { pthread_mutex_lock(&mutex) }
    func unlock() { pthread_mutex_unlock(&mutex) }
}
