/// One day's journal file, parsed.
public struct Entry: Sendable {
    /// The day the file is named for.
    public let day: Day
    /// Where the file is.
    public let path: String
    /// The whole file, known to be UTF-8 text.
    public let bytes: [UInt8]
    /// The front matter's `key: value` pairs in file order (values as written; lists unparsed).
    public let frontMatter: [(key: String, value: String)]
    /// The day's self-rating, 1–5, from `attitude:` in the front matter.
    public let attitude: Int?
    /// Tags from the front matter's `tags` and inline `#tags`, lower-cased, without `#`, first use first.
    public let tags: [String]
    /// Where each `## ` section's heading and text are; the text is decoded only when asked for.
    let sectionSpans: [(heading: String, body: Range<Int>)]
    /// Every task line in the file, in order.
    public let tasks: [EntryTask]
    /// Words written, not counting the front matter and headings.
    public let words: Int
    /// The first line of writing (not blank, not a heading), trimmed, cut after `openingWords` words
    /// with "…".
    public let firstLine: String

    /// How many words of the first line an entry keeps for previews.
    public static let openingWords = 16

    /// The whole file as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The `## ` sections: a heading (often a prompt's text) and the text under it.
    public var sections: [Section] {
        sectionSpans.map { span in
            let body = bytes[span.body]
            let text = body.contains(UInt8(ascii: "\r"))
                ? String(decoding: body.filter { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
                : String(decoding: body, as: UTF8.self)
            return Section(heading: span.heading, body: text.trimmed)
        }
    }

    /// A `## heading` and the text under it up to the next heading.
    public struct Section: Sendable, Equatable {
        /// The heading's text, without `## `.
        public let heading: String
        /// The text under the heading, trimmed.
        public let body: String
    }

    /// The first words of what was written (not a heading, not front matter): at most `limit` words,
    /// up to `openingWords`, with "…" when there are more.
    public func preview(words limit: Int = 8) -> String {
        var words: [Substring] = []
        var start: String.Index?
        for index in firstLine.utf8.indices {
            let isSpace = firstLine.utf8[index] == UInt8(ascii: " ") || firstLine.utf8[index] == UInt8(ascii: "\t")
            if isSpace, let begin = start {
                words.append(firstLine[begin..<index])
                start = nil
            } else if !isSpace, start == nil {
                if words.count == limit { return words.joined(separator: " ") + "…" }
                start = index
            }
        }
        if let begin = start { words.append(firstLine[begin...]) }
        return words.joined(separator: " ")
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
