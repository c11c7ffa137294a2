import Journal

/// `reflect search TEXT… [--from D --to D]`: entries containing every word, with the lines that match.
enum SearchCommand {
    static func run(_ context: Context) throws {
        let words = context.invocation.arguments.flatMap { $0.split(separator: " ").map(String.init) }
        guard !words.isEmpty else { throw UsageError("give at least one word to find", command: context.invocation.command) }
        let matcher = CaseInsensitiveMatcher(words: words)
        let range = try ListCommand.dayRange(context)
        let (files, _) = context.store.entryFiles()
        var results: [(file: JournalStore.EntryFile, lines: [String])] = []
        for file in files where range?.contains(file.day) ?? true {
            let bytes: [UInt8]
            do throws(JournalError) {
                guard let read = try FileSystem.read(file.path) else { continue }
                bytes = read
            } catch {
                Console.warn("skipping \(error)")
                continue
            }
            // The front matter (prompt ids, keys) is not what anyone searches for.
            let body = bytes[(EntryParser.frontMatterRange(bytes)?.upperBound ?? 0)...]
            guard matcher.matchesAll(body) else { continue }
            guard !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil else {
                Console.warn("skipping \(JournalError.unreadable(path: file.path, reason: "it is not UTF-8 text"))")
                continue
            }
            let lines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
                .filter { matcher.matchesAny($0) }
                .map { String(decoding: $0, as: UTF8.self).trimmed }
            results.append((file, lines))
        }
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

/// Finds words in UTF-8 bytes ignoring case: ASCII letters are folded byte by byte; words with
/// other letters are also tried in their lower-case and upper-case spellings.
struct CaseInsensitiveMatcher {
    private let needles: [[[UInt8]]]

    init(words: [String]) {
        needles = words.map { word in
            var spellings = [Array(word.lowercased().utf8)]
            if !word.utf8.allSatisfy({ $0 < 0x80 }) {
                for spelling in [word, word.uppercased(), word.capitalized] where !spellings.contains(Array(spelling.utf8)) {
                    spellings.append(Array(spelling.utf8))
                }
            }
            return spellings
        }
    }

    func matchesAll(_ text: ArraySlice<UInt8>) -> Bool {
        needles.allSatisfy { spellings in spellings.contains { Self.contains(text, $0) } }
    }

    func matchesAny(_ text: ArraySlice<UInt8>) -> Bool {
        needles.contains { spellings in spellings.contains { Self.contains(text, $0) } }
    }

    /// Whether `needle` (already lower-case) occurs in `text`, folding ASCII case.
    private static func contains(_ text: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, text.count >= needle.count else { return needle.isEmpty }
        let last = text.endIndex - needle.count
        var index = text.startIndex
        while index <= last {
            if fold(text[index]) == first {
                var offset = 1
                while offset < needle.count, fold(text[index + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    @inline(__always) private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
