import CommandKit
import Journal

/// `reflect prompts [--area A]`: every prompt with id and area.
struct PromptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "prompts",
        abstract: "List every prompt with its id and area."
    )

    @Option(name: "--area", value: "area", help: "Only this area: activity, attitude, commitments, data, pipeline, coaching, checkin or review.")
    var area: Prompt.Area?

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool
    func run(_ context: Context) throws {
        var prompts = context.promptSet().prompts
        if let area {
            prompts = prompts.filter { $0.area == area }
        }
        if json {
            Console.write(JSON.array(prompts.map(PromptCommand.promptJSON)).rendered() + "\n")
            return
        }
        let width = (prompts.map(\.id.count).max() ?? 0) + 2
        var text = ""
        var area: Prompt.Area?
        for prompt in prompts {
            if prompt.area != area {
                text += (area == nil ? "" : "\n") + context.style.bold(prompt.area.rawValue) + "\n"
                area = prompt.area
            }
            text += "  " + context.style.dim(CommitmentFormat.pad(prompt.id, width)) + prompt.text + "\n"
        }
        Console.write(text)
    }
}
