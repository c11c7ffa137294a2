import Journal

/// `reflect prompts [--area A]`: every prompt with id and area.
enum PromptsCommand {
    static func run(_ context: Context) throws {
        var prompts = context.promptSet().prompts
        if let name = context.invocation.value("--area") {
            guard let area = Prompt.Area(rawValue: name) else {
                let areas = Prompt.Area.allCases.map(\.rawValue).joined(separator: ", ")
                throw UsageError("--area '\(name)' is not an area: use one of \(areas)", command: context.invocation.command)
            }
            prompts = prompts.filter { $0.area == area }
        }
        if context.invocation.flag("--json") {
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
