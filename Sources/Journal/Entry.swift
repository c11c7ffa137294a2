/// One day's journal file, parsed.
public struct Entry: Sendable {
    /// The day the file is named for.
    public let day: Day
    /// Where the file is.
    public let path: String
    /// The whole file as text.
    public let text: String
    /// The front matter's `key: value` pairs in file order (values as written; lists unparsed).
    public let frontMatter: [(key: String, value: String)]
    /// The day's self-rating, 1–5, from `attitude:` in the front matter.
    public let attitude: Int?
    /// Tags from the front matter's `tags` and inline `#tags`, lower-cased, without `#`, first use first.
    public let tags: [String]
    /// The `## ` sections: a heading (often a prompt's text) and the text under it.
    public let sections: [Section]
    /// Every task line in the file, in order.
    public let tasks: [Task]
    /// Words written, not counting the front matter and headings.
    public let words: Int
    /// The first line of writing (not blank, not a heading), trimmed.
    public let firstLine: String

    /// A `## heading` and the text under it up to the next heading.
    public struct Section: Sendable, Equatable {
        /// The heading's text, without `## `.
        public let heading: String
        /// The text under the heading, trimmed.
        public let body: String
    }

    /// The first words of what was written (not a heading, not front matter), at most `limit` words.
    public func preview(words limit: Int = 8) -> String {
        let words = firstLine.utf8.split(maxSplits: limit, whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        let shown = words.prefix(limit).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
        return words.count > limit ? shown + "…" : shown
    }

    /// The text written in answer to the prompt with `text` as its heading, if any.
    public func answer(to promptText: String) -> String? {
        sections.first { $0.heading == promptText }?.body
    }

    /// The text without the front matter and the blank lines after it: what `show` prints.
    public var body: String {
        var body = Substring(text)
        if let range = EntryParser.frontMatterRange(Array(text.utf8)) {
            body = text[text.utf8.index(text.utf8.startIndex, offsetBy: range.upperBound)...]
        }
        return String(body.drop { $0.isNewline })
    }
}
