import Journal

/// One word-list file, parsed: `## name` sections of `- item` or `- item: weight` lines.
///
/// The format, shared by the bundled `words/*.md` files and the user's `.reflect/themes.md`:
///
/// ```markdown
/// # Title, and any other line that is not a heading or an item, is a comment
///
/// ## negative
/// - ghosted: 3
/// - no-show
///
/// ## blame (replace)
/// - the economy
/// ```
///
/// An item is one to six words (a phrase), matched case-insensitively; `’` and `'` are the same.
/// Its weight, 1 (mild) to 4 (strong), counts only in the `negative` and `positive` lists and is 2
/// when not given. Items of a `## valence` section (and of every section of a file read with
/// `valence: true`, the bundled `words/valence/*.md`) carry a signed valence from −4 to 4 instead
/// (`- went dark: -2`, `- closed-won: 3`); a valence of 0 marks a phrase as neutral, so that its
/// words do not count on their own (`customer success`). `(replace)` after a name replaces that
/// list instead of adding to it. Items of a `## sales events` section carry a signed valence too
/// (`- slipped: -2`): the valence of the word as an event beside a sales object.
/// Lines that cannot be read are left out and described in `problems`.
public struct WordList: Sendable, Equatable {
    /// A `## name` heading and the items under it.
    public struct Section: Sendable, Equatable {
        /// The list's name, lower-cased: `negative`, `blame`, ….
        public let name: String
        /// Whether the section replaces the list of that name rather than adding to it.
        public let replaces: Bool
        /// The items in file order.
        public internal(set) var items: [Item]
        /// Whether the items name the writer's feelings: a section of a valence file whose heading
        /// says "feeling" ("## negative feelings"), or a `## feelings` list.
        public var feelings: Bool = false
    }

    /// One item of a list.
    public struct Item: Sendable, Equatable {
        /// The item's folded words joined by single spaces: `no-show`, `can't`, `the economy`.
        public let key: String
        /// How many words the item has, 1…6.
        public let wordCount: Int
        /// The weight, 1…4 (2 when not given); in a valence list, the signed valence −4…4.
        public let weight: Double
    }

    /// The names of the lists that are not themes.
    public static let reservedNames: Set<String> = [
        "negative", "positive", "valence", "negators", "boosters", "dampeners", "contrast", "stopwords",
        "subordinators", "no-one subjects", "topic nouns", "topic heads", "topic verbs", "sarcasm cues",
        "first person", "blockers", "sales objects", "sales events", "sarcasm openers", "rising", "falling", "resolving", "good quantities", "bad quantities",
        "irrealis", "feelings", "resolve", "longing", "sequence",
    ]

    /// The name of the theme that counts negative words; it comes from the `negative` list.
    public static let negativityTheme = "negativity"

    /// The longest phrase an item may be, in words.
    public static let maximumWords = 7

    /// The sections in file order.
    public let sections: [Section]
    /// Lines that were left out, as `source:line: what is wrong`.
    public let problems: [String]

    /// Parses `text`; `source` names the file in problems (`words/themes.md`, `.reflect/themes.md`).
    /// With `valence`, every section is a `valence` list whatever its heading says: the headings
    /// of a lexicon file group its items for readers.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public init(parsing text: String, source: String, valence: Bool = false) {
        var text = text
        (sections, problems) = text.withUTF8 { WordList.parse($0, source: source, valence: valence) }
    }

    /// The UTF-8 bytes of a line, or of part of one.
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// Reads the lines of `text` on their bytes: making a string of every line, or reading it by
    /// characters, costs more than all the rest.
    private static func parse(_ text: UnsafeBufferPointer<UInt8>, source: String, valence: Bool) -> ([Section], [String]) {
        var sections: [Section] = []
        var headingLines: [Int] = []
        var problems: [String] = []
        // After a heading that could not be read, its items belong to no list (not to the one before).
        var underBadHeading = false
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= text.count {
            let lineEnd = text[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.count
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            let line = trimmed(text[lineStart..<lineEnd])
            guard let first = line.first else { continue }
            let problem = { (message: String) in problems.append("\(source):\(lineNumber): \(message)") }
            let second = line.count > 1 ? line[line.startIndex + 1] : 0
            if first == UInt8(ascii: "#"), second == UInt8(ascii: "#"), line.count > 2, line[line.startIndex + 2] == 0x20 {
                switch WordList.heading(string(line.dropFirst(3))[...]) {
                case let .success(section):
                    sections.append(valence ? Section(name: "valence", replaces: false, items: [], feelings: section.name.contains("feeling"))
                                            : section)
                    headingLines.append(lineNumber)
                    underBadHeading = false
                case let .failure(failure):
                    problem(failure.message)
                    underBadHeading = true
                }
            } else if let message = WordList.malformed(line) {
                problem(message)
                if first == UInt8(ascii: "#") { underBadHeading = true }
            } else if underBadHeading {
                continue
            } else if first == UInt8(ascii: "-") || first == UInt8(ascii: "*"), second == 0x20 {
                guard !sections.isEmpty else {
                    problem("an item must come after a `## name` heading")
                    continue
                }
                switch WordList.item(line.dropFirst(2), list: sections[sections.count - 1].name) {
                case let .success(item): sections[sections.count - 1].items.append(item)
                case let .failure(failure): problem(failure.message)
                }
            }
        }
        // An empty `(replace)` would silently delete the list: more likely a mistake than a wish.
        for index in sections.indices.reversed() where sections[index].replaces && sections[index].items.isEmpty {
            problems.append("\(source):\(headingLines[index]): `## \(sections[index].name) (replace)` has no items, "
                + "so it is ignored; list the words that replace `\(sections[index].name)` under it")
            sections.remove(at: index)
        }
        return (sections, problems)
    }
}

/// A line that could not be read, with the message for the user.
private struct LineProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

private extension WordList {
    /// What is wrong with a line that looks like a heading or an item but is neither
    /// (`##blame`, `### blame`, `-ghosted`, `+ ghosted`); `nil` for any other line.
    static func malformed(_ line: Bytes) -> String? {
        guard let first = line.first else { return nil }
        if first == UInt8(ascii: "#") {
            let level = line.prefix { $0 == UInt8(ascii: "#") }.count
            let rest = line.dropFirst(level)
            if level == 1, rest.first == nil || rest.first == 0x20 { return nil }   // a title is a comment
            return "a list starts with `## name` (two `#` and a space): `\(string(line))`"
        }
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+"), line.count > 1 else {
            return nil
        }
        let second = line[line.startIndex + 1]
        if first == UInt8(ascii: "+") && second == 0x20 { return "an item starts with `- ` (a dash and a space): `\(string(line))`" }
        guard second != 0x20, second != first, !(first == UInt8(ascii: "-") && second == UInt8(ascii: "-")) else { return nil }
        return "an item starts with `- ` (a dash and a space): `\(string(line))`"
    }

    static func heading(_ text: Substring) -> Result<Section, LineProblem> {
        var name = text.trimmed.lowercased()
        var replaces = false
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let modifier = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmed
            guard modifier == "replace" else {
                return .failure(LineProblem("unknown `(\(modifier))` after a list name; only `(replace)` is understood"))
            }
            replaces = true
            name = name[..<open].trimmed
        }
        guard !name.isEmpty else { return .failure(LineProblem("a list needs a name after `##`")) }
        guard name != negativityTheme else {
            return .failure(LineProblem("`negativity` counts the `negative` list; add words to `## negative` instead"))
        }
        return .success(Section(name: name, replaces: replaces, items: []))
    }

    /// Reads `- item` or `- item: weight`; the weight is the number after the last `:`, so an
    /// emoticon with a colon (`:-(: -2`) reads as it should.
    static func item(_ text: Bytes, list: String) -> Result<Item, LineProblem> {
        let written = trimmed(text)
        var phrase = written
        var weight: Double? = nil
        if let colon = phrase.lastIndex(of: UInt8(ascii: ":")), let number = number(trimmed(phrase[(colon + 1)...])) {
            weight = number
            phrase = trimmed(phrase[..<colon])
        }
        switch (list, weight) {
        case ("valence", nil), ("sales events", nil):
            return .failure(LineProblem("`\(string(phrase))` needs a valence from -4 to 4: `- \(string(phrase)): -2`"))
        case ("valence", let value?) where !(-4...4).contains(value), ("sales events", let value?) where !(-4...4).contains(value):
            return .failure(LineProblem("the valence of `\(string(written))` must be a number from -4 to 4"))
        case ("negative", let value?), ("positive", let value?):
            guard value == value.rounded(), (1...4).contains(value) else {
                return .failure(LineProblem("the weight of `\(string(written))` must be a whole number from 1 to 4"))
            }
        case ("negative", nil) where written.contains(UInt8(ascii: ":")),
             ("positive", nil) where written.contains(UInt8(ascii: ":")):
            return .failure(LineProblem("the weight of `\(string(written))` must be a whole number from 1 to 4"))
        case (_, _?) where list != "valence" && list != "sales events":
            return .failure(LineProblem("weights count only in the negative, positive and valence lists: `\(string(written))`"))
        default:
            break
        }
        // Most items are already folded: the phrase is its own key (but "dont" is read as "don't").
        let item: Item
        if let count = plainWordCount(phrase), !SpellingTable.hasTypedWord(phrase) {
            item = Item(key: string(phrase), wordCount: count, weight: weight ?? 2)
        } else {
            let words = Tokenizer.words(in: string(phrase))
            guard !words.isEmpty else { return .failure(LineProblem("an item needs at least one word")) }
            item = Item(key: words.joined(separator: " "), wordCount: words.count, weight: weight ?? 2)
        }
        guard item.wordCount <= maximumWords else {
            return .failure(LineProblem("`\(string(phrase))` has \(item.wordCount) words; an item may have at most \(maximumWords)"))
        }
        return .success(item)
    }
}

/// The byte helpers of a list line, shared with `LearnedWeights`.
extension WordList {
    /// The number `text` spells, or `nil`: `2`, `-1.5` read on their bytes; anything else as
    /// `Double` reads it.
    static func number(_ text: Bytes) -> Double? {
        var index = text.startIndex
        var negative = false
        if index < text.endIndex, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        var value = 0.0
        var digits = 0
        var scale = 1.0
        var afterPoint = false
        while index < text.endIndex {
            let byte = text[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), digits < 15 {
                value = value * 10 + Double(byte - UInt8(ascii: "0"))
                if afterPoint { scale *= 10 }
                digits += 1
            } else if byte == UInt8(ascii: "."), !afterPoint {
                afterPoint = true
            } else {
                return text.isEmpty ? nil : Double(string(text))
            }
            index += 1
        }
        guard digits > 0 else { return text.isEmpty ? nil : Double(string(text)) }
        return (negative ? -value : value) / scale
    }

    /// `bytes` without ASCII spaces, tabs and line breaks around them.
    static func trimmed(_ bytes: Bytes) -> Bytes {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
            return bytes[bytes.startIndex..<bytes.startIndex]
        }
        return bytes[first...last]
    }

    static func string(_ bytes: Bytes) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }
}

extension WordList {
    /// How many words an item written in lowercase ASCII letters and digits has, with single
    /// spaces between words and `-` or `'` only inside them — when the tokenizer would make exactly
    /// those words of it, so the item is its own key; `nil` for anything else (capitals, emoji,
    /// punctuation), which the tokenizer reads.
    static func plainWordCount(_ phrase: Bytes) -> Int? {
        var words = 1
        var previous: UInt8 = 0x20
        for byte in phrase {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            case UInt8(ascii: "-"), UInt8(ascii: "'"), 0x20:
                guard previous != 0x20, previous != UInt8(ascii: "-"), previous != UInt8(ascii: "'") else { return nil }
                if byte == 0x20 { words += 1 }
            default:
                return nil
            }
            previous = byte
        }
        guard previous != 0x20, previous != UInt8(ascii: "-"), previous != UInt8(ascii: "'") else { return nil }
        return words
    }
}
