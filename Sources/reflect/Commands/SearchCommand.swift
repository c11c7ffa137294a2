import Journal

/// `reflect search TEXT… [--from D --to D]`: entries containing every word, with the lines that match.
enum SearchCommand {
    /// An entry that holds every word, and its lines that hold any.
    struct Match: Sendable {
        let file: JournalStore.EntryFile
        let lines: [String]
    }

    static func run(_ context: Context) throws {
        let words = context.invocation.arguments.flatMap { $0.split(separator: " ").map(String.init) }
        guard !words.isEmpty else { throw UsageError("give at least one word to find", command: context.invocation.command) }
        let matcher = CaseInsensitiveMatcher(words: words)
        let range = try ListCommand.dayRange(context)
        let results = context.store.scan(in: range, skipped: Context.skip) { file, bytes throws(JournalError) in
            // The front matter (prompt ids, keys) is not what anyone searches for.
            let body = bytes[(EntryParser.frontMatterRange(bytes)?.upperBound ?? 0)...]
            guard matcher.matchesAll(body) else { return Match?.none }
            guard UTF8Scalar.isText(bytes) else {
                throw .unreadable(path: file.path, reason: "it is not UTF-8 text")
            }
            let lines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
                .filter { matcher.matchesAny($0) }
                .map { String(decoding: $0, as: UTF8.self).trimmed }
            return Match(file: file, lines: lines)
        }.compactMap { $0 }
        if context.invocation.flag("--json") {
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
        Console.write(text)
    }
}
