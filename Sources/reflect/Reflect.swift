import CommandKit

/// The tool: its one list of commands, from which parsing, help, usage lines, completions and the
/// manual page all follow. Adding a command is adding its type here.
enum Reflect {
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
