import CommandKit
import Journal

/// `reflect search TEXT… [--from D --to D] [--headings]`: entries containing every word, with the
/// lines that match. A word matches an entry's tag too; the questions' headings and the day's
/// title are not the user's words and are searched only with `--headings`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "search",
        abstract: "Find entries containing all the words, case-insensitive.",
        discussion: """
        A word also matches an entry's tag ('acme' or '#acme'). The questions' headings are not searched unless --headings.
        """
    )

    @Option(name: "--from", value: "date", help: "Only entries on or after this day.")
    var from: DateArgument?

    @Option(name: "--to", value: "date", help: "Only entries on or before this day.")
    var to: DateArgument?

    @Flag(name: "--headings", help: "Search the question headings too (they are left out by default).")
    var headings: Bool

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool

    @Arguments(name: "text", help: "The words to find.")
    var text: [String]

    /// An entry that holds every word, and its lines that hold any.
    struct Match: Sendable {
        let file: JournalStore.EntryFile
        let lines: [String]
    }

    func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let words = text.flatMap { $0.split(separator: " ").map(String.init) }
        guard !words.isEmpty else { throw UsageError("give at least one word to find", command: Self.self) }
        let matcher = CaseInsensitiveMatcher(words: words)
        let tags = words.map(TagsCommand.normalized)
        // `#acme` finds `tags: [acme]`: the quick test looks for the words without their `#`.
        let anywhere = CaseInsensitiveMatcher(words: tags)
        let range = try PeriodOptions.range(month: nil, from: from, to: to, context: context)
        let searchesHeadings = headings
        let questions: Set<String> = searchesHeadings ? [] : Set(context.promptSet().prompts.map(\.text))
        let results = context.store.scan(in: range, skipped: Context.skip) { file, bytes throws(JournalError) in
            // Every word must be somewhere in the file, tags in the front matter included.
            guard anywhere.matchesAll(bytes[...]) else { return Match?.none }
            guard UTF8Scalar.isText(bytes) else {
                throw .unreadable(path: file.path, reason: "it is not UTF-8 text")
            }
            // The front matter (prompt ids, keys) is not what anyone searches for; its tags are.
            let body = bytes[(EntryParser.frontMatterRange(bytes)?.upperBound ?? 0)...]
            let title = file.day.longDescription
            let lines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).filter { line in
                searchesHeadings || !Self.isQuestionHeading(line, headings: questions, title: title)
            }
            var inLines = (0..<matcher.count).map { index in lines.contains { matcher.matches(word: index, in: $0) } }
            var viaTags: [String] = []
            if inLines.contains(false) {
                let entryTags = try EntryParser.parse(bytes, day: file.day, path: file.path).tags
                for index in inLines.indices where !inLines[index] && TagsCommand.matches(tags[index], entryTags) {
                    inLines[index] = true
                    viaTags = entryTags
                }
                guard !inLines.contains(false) else { return nil }
            }
            var shown = lines.filter { matcher.matchesAny($0) }.map { String(decoding: $0, as: UTF8.self).trimmed }
            if !viaTags.isEmpty { shown.append("tags: " + viaTags.map { "#" + $0 }.joined(separator: " ")) }
            return Match(file: file, lines: shown)
        }.compactMap { $0 }
        if json {
            let json = JSON.array(results.map { result in
                .object([
                    ("date", .string(result.file.day.description)),
                    ("path", .string(result.file.path)),
                    ("lines", .array(result.lines.map { .string($0) })),
                ])
            })
            Console.write(json.rendered() + "\n")
            return
        }
        guard !results.isEmpty else {
            Console.write("No entries contain " + words.map { "'\($0)'" }.joined(separator: " and ") + ".\n")
            return
        }
        var text = ""
        for result in results {
            text += context.style.bold(result.file.day.description) + "  " + context.style.dim(result.file.path) + "\n"
            for line in result.lines { text += "  " + line + "\n" }
        }
        text += "\(results.count) entr\(results.count == 1 ? "y" : "ies")\n"
        Pager.write(text, allowed: context.mayPage)
    }

    /// Whether `line` is a Markdown heading holding one of the questions, or the day's title.
    private static func isQuestionHeading(_ line: ArraySlice<UInt8>, headings: Set<String>, title: String) -> Bool {
        guard line.first == UInt8(ascii: "#") else { return false }
        let text = String(decoding: line, as: UTF8.self).trimmed
        let level = text.prefix { $0 == "#" }.count
        guard level <= 6, text.dropFirst(level).first == " " else { return false }
        let heading = text.dropFirst(level).trimmed
        return headings.contains(heading) || (level == 1 && heading == title)
    }
}
