import Journal

/// Dispatches a parsed command line to its command.
enum Commands {
    static func run(_ context: Context) throws {
        switch context.invocation.command.name {
        case "today": try Today(context: context).run()
        case "prompt": try PromptCommand.run(context)
        case "prompts": try PromptsCommand.run(context)
        case "list": try ListCommand.run(context)
        case "show": try ShowCommand.run(context)
        case "search": try SearchCommand.run(context)
        case "tags": try TagsCommand.run(context)
        case "export": try ExportCommand.run(context)
        case "on-this-day": try OnThisDayCommand.run(context)
        case "commitments": try CommitmentsCommand.run(context)
        case "done": try DoneCommand.run(context)
        case "cancel": try CancelCommand.run(context)
        case "reopen": try ReopenCommand.run(context)
        case "due": try DueCommand.run(context)
        case "analyze": try AnalyzeCommand.run(context)
        case "report": try ReportCommand.run(context)
        case "edit": try EditCommand.run(context)
        case "add": try AddCommand.run(context)
        case "config": try ConfigCommand.run(context)
        case "numbers": try NumbersCommand.run(context)
        case "log": try LogCommand.run(context)
        case "accounts": try AccountsCommand.run(context)
        case "brief": try BriefCommand.run(context)
        case "help": try HelpCommand.run(context)
        default: throw UsageError("unknown command '\(context.invocation.command.name)'", command: nil)
        }
    }
}
