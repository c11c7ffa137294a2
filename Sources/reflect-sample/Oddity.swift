import Journal

/// The ways a hand-edited entry differs from what `reflect` writes; `--oddities` puts one of each
/// into the sample journal so readers of it meet them.
enum Oddity: CaseIterable {
    /// No front matter at all: a plain Markdown note.
    case noFrontMatter
    /// Windows line endings throughout.
    case crlfLineEndings
    /// A front matter key the tool does not know (`mood: tired`) and `tags` as a block list.
    case unknownKeyAndBlockListTags
    /// `*` bullets, an upper-case `[X]` and a Dataview-style `[due:: YYYY-MM-DD]` task.
    case starBulletsAndDataviewDue
    /// Free text between the front matter and the title.
    case textBeforeFirstHeading

    /// The days that get an oddity, one each, spread over `days` (empty when there are too few).
    static func days(in days: [Day], seed: UInt64) -> [(Day, Oddity)] {
        guard days.count >= allCases.count else { return [] }
        var generator = SplitMix64.stream(seed: seed ^ 0x6F64_6421, salt: UInt64(days.count))
        let stride = days.count / allCases.count
        return allCases.enumerated().map { index, oddity in
            (days[index * stride + generator.below(stride)], oddity)
        }
    }

    /// `bytes`, an entry as `EntryWriter` wrote it for `day`, edited the way a person would.
    func apply(to bytes: [UInt8], day: Day) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        // `EntryWriter` output starts `---\n`, and its front matter closes at the next `\n---\n`.
        let closing = text.firstRange(of: "\n---\n")!
        switch self {
        case .noFrontMatter:
            var body = text[closing.upperBound...]
            while body.first == "\n" { body = body.dropFirst() }
            return Array(body.utf8)
        case .crlfLineEndings:
            return Array(text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n").utf8)
        case .unknownKeyAndBlockListTags:
            let inserted = "\nmood: tired\ntags:\n  - follow-up\n  - q\((day.month - 1) / 3 + 1)"
            return Array((text[..<closing.lowerBound] + inserted + text[closing.lowerBound...]).utf8)
        case .starBulletsAndDataviewDue:
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                guard line.hasPrefix("- [") else { return String(line) }
                let rest = String(line.dropFirst(3))
                return "* [" + (rest.hasPrefix("x]") ? "X" + rest.dropFirst() : rest)
            }
            while lines.last == "" { lines.removeLast() }
            if !lines.contains("## Commitments") { lines += ["", "## Commitments", ""] }
            lines.append("* [X] Sent the one-pager to the whole buying group ✅ \(day)")
            lines.append("* [ ] Call the champion back about the pilot [due:: \(day.adding(days: 3))]")
            return Array((lines.joined(separator: "\n") + "\n").utf8)
        case .textBeforeFirstHeading:
            let note = "Quick notes before the morning calls, tidied up later.\nCoffee first, then the pipeline review.\n"
            return Array((text[..<closing.upperBound] + note + text[closing.upperBound...]).utf8)
        }
    }
}
