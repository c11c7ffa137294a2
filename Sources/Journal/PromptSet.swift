import Prompts

/// Every prompt the journal knows: the bundle's, with the user's own `prompts.md` added on top.
public struct PromptSet: Sendable {
    /// All prompts, bundle order first, then the user's new ones.
    public let prompts: [Prompt]

    /// A set from `bundled` prompts and the `user`'s, where a user prompt with an existing id replaces it.
    public init(bundled: [Prompt], user: [Prompt] = []) {
        var prompts = bundled
        for prompt in user {
            if let index = prompts.firstIndex(where: { $0.id == prompt.id }) {
                prompts[index] = prompt
            } else {
                prompts.append(prompt)
            }
        }
        self.prompts = prompts
    }

    /// The bundle's prompts, from the `prompts/` files of `Resources`.
    public static func bundled() -> [Prompt] {
        Resources.texts(under: "prompts").flatMap { parse($0.text).prompts }
    }

    /// Reads a prompt file: every line `- area.slug: text` is a prompt; a line `Source: …` gives the
    /// source of the prompts after it; other lines are prose.
    ///
    /// - Returns: the prompts, and a message for each line that looks like a prompt but is not one.
    public static func parse(_ text: String) -> (prompts: [Prompt], problems: [String]) {
        var prompts: [Prompt] = []
        var problems: [String] = []
        var source: String?
        for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = line.trimmed
            if line.hasPrefix("Source:") {
                source = line.dropFirst("Source:".count).trimmed
                continue
            }
            guard line.hasPrefix("- ") || line.hasPrefix("* ") else {
                // "-activity.x: …" or "+ activity.x: …": meant as a prompt, but not one.
                if let first = line.first, "-*+".contains(first), line.count > 1 {
                    problems.append("line \(number + 1): a prompt is written '- area.slug: Question text?'")
                }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                problems.append("line \(number + 1): '\(line.dropFirst(2).trimmed)' has no ':' between the prompt id and its text")
                continue
            }
            let id = line[line.index(line.startIndex, offsetBy: 2)..<colon].trimmed
            let question = line[line.index(after: colon)...].trimmed
            if let prompt = Prompt(id: id, text: question, source: source), !question.isEmpty {
                prompts.append(prompt)
            } else {
                let areas = Prompt.Area.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append("line \(number + 1): '\(id)' is not a prompt id (area.slug, area one of \(areas)) followed by its text")
            }
        }
        return (prompts, problems)
    }

    /// The prompts of one area, in file order.
    public func prompts(in area: Prompt.Area) -> [Prompt] { prompts.filter { $0.area == area } }

    /// The prompt with this id.
    public func prompt(id: String) -> Prompt? { prompts.first { $0.id == id } }

    /// The prompt whose text is `text` (an answer's heading).
    public func prompt(text: String) -> Prompt? { prompts.first { $0.text == text } }
}
