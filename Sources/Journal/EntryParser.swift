#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an entry file tolerantly: optional front matter (a small YAML subset), `## ` sections,
/// task lines (read by `TaskLine`), inline `#tags`, and a word count — in one walk over
/// the bytes.
public enum EntryParser {
    /// Parses `bytes`, the file for `day` at `path`.
    ///
    /// - Throws: `JournalError.unreadable` when the bytes are not UTF-8 text (invalid sequences or
    ///   NUL bytes); such files are skipped, never rewritten.
    /// - Complexity: O(n) in the file's length.
    public static func parse(_ bytes: [UInt8], day: Day, path: String) throws(JournalError) -> Entry {
        guard UTF8Scalar.isText(bytes) else {
            throw .unreadable(path: path, reason: "it is not UTF-8 text")
        }
        let lines = lineRanges(bytes)
        var lineIndex = 0
        var frontMatter: [(key: String, value: String)] = []
        if let (pairs, bodyStart) = readFrontMatter(bytes, lines) {
            frontMatter = pairs
            lineIndex = bodyStart
        }

        let body = bytes.withUnsafeBufferPointer { buffer in
            var body = BodyReader(day: day, bytes: buffer)
            while lineIndex < lines.count {
                body.read(buffer[lines[lineIndex]], lineNumber: lineIndex)
                lineIndex += 1
            }
            body.finishSection()
            return body.result
        }

        var tags: [String] = []
        for (key, value) in frontMatter where key == "tags" {
            tags = listItems(value).map { $0.lowercased() }
        }
        // Each tag once, first use first, however often the front matter or the text repeats it.
        var seen = Set<String>()
        tags = tags.filter { seen.insert($0).inserted }
        for tag in body.tags where seen.insert(tag).inserted { tags.append(tag) }
        let attitude = frontMatter.last { $0.key == "attitude" }.flatMap { Int($0.value) }
        return Entry(
            day: day, path: path, bytes: bytes, frontMatter: frontMatter,
            attitude: attitude.flatMap { (1...5).contains($0) ? $0 : nil },
            tags: tags, sectionSpans: body.sections, tasks: body.tasks, words: body.words,
            firstLine: body.firstLine
        )
    }

    /// The items of a front matter list value: `[a, b]`, `a, b` or a single value.
    public static func listItems(_ value: String) -> [String] {
        var inner = Substring(value.trimmed)
        if inner.hasPrefix("["), inner.hasSuffix("]") { inner = inner.dropFirst().dropLast() }
        return inner.split(separator: ",").map { unquote($0.trimmed) }.filter { !$0.isEmpty }
    }

    /// The byte range of the front matter block, from the opening `---` to the end of the closing line.
    public static func frontMatterRange(_ bytes: [UInt8]) -> Range<Int>? {
        let lines = lineRanges(bytes)
        guard let (_, bodyStart) = readFrontMatter(bytes, lines) else { return nil }
        return 0..<(bodyStart < lines.count ? lines[bodyStart].lowerBound : bytes.count)
    }

    /// The opening line's run of fence characters (`` ``` ``, `~~~~`) when `bytes` end inside a
    /// code block, read the way `parse` reads them; `nil` when every block is closed. What is
    /// written after such a file must close the block first, or it would be swallowed by it.
    public static func openCodeFence(_ bytes: [UInt8]) -> ArraySlice<UInt8>? {
        let lines = lineRanges(bytes)
        var open: ArraySlice<UInt8>?
        for line in lines[(readFrontMatter(bytes, lines)?.1 ?? 0)...] where isCodeFence(bytes[line]) {
            open = open == nil ? bytes[line].prefix { $0 == bytes[line.lowerBound] } : nil
        }
        return open
    }

    /// Whether a line opens or closes a code block: three backticks or tildes at its start.
    static func isCodeFence<Line: Collection<UInt8>>(_ line: Line) -> Bool {
        guard let first = line.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return false }
        return line.prefix(3).count == 3 && line.prefix(3).allSatisfy { $0 == first }
    }

    /// The ranges of the lines in `bytes`, without their line breaks (`\n`, `\r\n`, or a `\r`
    /// ending the file), and the
    /// first without a byte order mark: every reader (the parser, the writer, `setTask`) then
    /// reads a first line `- [ ] …` or `` ``` `` as an editor shows it.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(bytes.count / 40 + 1)
        let byteOrderMark = byteOrderMarkLength(bytes)
        if byteOrderMark == bytes.count, byteOrderMark > 0 { return [bytes.count..<bytes.count] }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = byteOrderMark
            while start < buffer.count, let found = memchr(base + start, 0x0A, buffer.count - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                let end = index > start && buffer[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
                ranges.append(start..<end)
                start = index + 1
            }
            // A last line may end in a `\r` that only waits for its `\n`: it is read as the line
            // break it becomes when something is appended.
            if start < buffer.count {
                ranges.append(start..<(buffer[buffer.count - 1] == UInt8(ascii: "\r") ? buffer.count - 1 : buffer.count))
            }
        }
        return ranges
    }

    /// The front matter's pairs and the index of the first body line, or `nil` when there is none.
    static func readFrontMatter(_ bytes: [UInt8], _ lines: [Range<Int>]) -> ([(key: String, value: String)], Int)? {
        guard let first = lines.first, isFence(bytes[first]) else { return nil }
        var pairs: [(key: String, value: String)] = []
        var listKey: String?
        var listItems: [String] = []
        func closeList() {
            if let key = listKey, let index = pairs.lastIndex(where: { $0.key == key }) {
                pairs[index].value = "[" + listItems.joined(separator: ", ") + "]"
            }
            listKey = nil
            listItems = []
        }
        for index in 1..<lines.count {
            let line = bytes[lines[index]]
            if isFence(line) || line.elementsEqual("...".utf8) {
                closeList()
                return (pairs, index + 1)
            }
            if listKey != nil, isListItem(line) {
                listItems.append(unquote(String(decoding: trimmedBytes(line).dropFirst(), as: UTF8.self).trimmed))
                continue
            }
            closeList()
            guard let (key, value) = frontMatterPair(line) else { continue }
            pairs.append((key, unquote(value)))
            if value.isEmpty { listKey = key }
        }
        return nil  // never closed: not front matter after all
    }

    /// The key and the value (as written, trimmed) of a front matter line `key: value`, or `nil`
    /// for a line that holds none: one that starts with a space or `#`, or has no colon. The
    /// writer finds the lines it edits with this too, so both read a line the same way.
    static func frontMatterPair(_ line: ArraySlice<UInt8>) -> (key: String, value: String)? {
        guard let first = line.first, first != UInt8(ascii: " "), first != UInt8(ascii: "#"),
              let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return (String(decoding: trimmedBytes(line[..<colon]), as: UTF8.self),
                String(decoding: trimmedBytes(line[(colon + 1)...]), as: UTF8.self))
    }

    /// Whether a front matter line is an item of a block list: `- value`, indented or not.
    static func isListItem(_ line: ArraySlice<UInt8>) -> Bool {
        let content = trimmedBytes(line)
        return content.first == UInt8(ascii: "-") && (content.count == 1 || content[content.startIndex + 1] == UInt8(ascii: " "))
    }

    /// 3 when the file starts with a UTF-8 byte order mark (some Windows editors write one), else 0.
    static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        line.count >= 3 && line.prefix(3).allSatisfy { $0 == UInt8(ascii: "-") }
            && line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") }
    }

    private static func unquote(_ value: String) -> String {
        let bytes = value.utf8
        guard bytes.count >= 2, let first = bytes.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'"),
              bytes.last == first else { return value }
        return String(decoding: bytes.dropFirst().dropLast(), as: UTF8.self)
    }

    /// `line` without leading and trailing spaces and tabs.
    private static func trimmedBytes(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = line.startIndex
        var end = line.endIndex
        while start < end, line[start] == UInt8(ascii: " ") || line[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return line[start..<end]
    }

    /// Parses a task line's checkbox — `- [ ]`, `* [x]`, `1. [/]`, `> - [-]`, indented or not, then a
    /// space or the end of the line — as `TaskLine.checkbox` does: the state, where the task's text
    /// begins and where the box's character is.
    public static func taskCheckbox<Line: RandomAccessCollection<UInt8>>(_ line: Line) -> (state: EntryTask.State, textStart: Int, box: Int)?
    where Line.Index == Int {
        TaskLine.checkbox(line).map { ($0.state, $0.bodyStart, $0.symbolRange.lowerBound) }
    }

    /// `taskCheckbox` of a slice of a buffer, as the tokenizer asks at the start of every line: a
    /// concrete entry point, so the parse is specialized here instead of going through the
    /// generic one's witness tables from another module.
    public static func taskCheckbox(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> (state: EntryTask.State, textStart: Int, box: Int)? {
        TaskLine.checkbox(line).map { ($0.state, $0.bodyStart, $0.symbolRange.lowerBound) }
    }
}

/// What the walk over an entry's body lines found.
private struct Body {
    var sections: [(heading: String, body: Range<Int>)] = []
    var tasks: [EntryTask] = []
    var tags: [String] = []
    var words = 0
    /// The first line of writing (not blank, not a heading), trimmed.
    var firstLine = ""
}

/// The state of the walk over an entry's body lines. It reads the file's bytes in place, without
/// copying a line or counting references, because it runs for every line of every file a command reads.
private struct BodyReader {
    typealias Line = Slice<UnsafeBufferPointer<UInt8>>

    let day: Day
    private(set) var result = Body()
    /// The inline tags found so far, for a constant-time check: a line of 100,000 tags stays linear.
    private var seenTags = Set<String>()
    private var heading: String?
    /// The section's text so far, from the start of its first line to the end of its last.
    private var sectionStart: Int?
    private var sectionEnd = 0
    private var inCodeBlock = false
    private let bytes: UnsafeBufferPointer<UInt8>

    init(day: Day, bytes: UnsafeBufferPointer<UInt8>) {
        self.day = day
        self.bytes = bytes
    }

    mutating func read(_ line: Line, lineNumber: Int) {
        let first = line.first
        if first == UInt8(ascii: "`") || first == UInt8(ascii: "~"), EntryParser.isCodeFence(line) { inCodeBlock.toggle() }
        let level = inCodeBlock || first != UInt8(ascii: "#") ? nil : headingLevel(line)
        if let level, level <= 2 {
            finishSection()
            if level == 2 { heading = String(decoding: line.dropFirst(3), as: UTF8.self).trimmed }
            return
        }
        if sectionStart == nil { sectionStart = line.startIndex }
        sectionEnd = line.endIndex
        if level != nil { return }  // a smaller heading stays in the section's text but is not written words
        if !inCodeBlock, let task = TaskLine.read(line, writtenOn: day) {
            result.tasks.append(EntryTask(number: result.tasks.count + 1, line: lineNumber, reading: task))
            var text = task.text
            result.words += text.withUTF8 { countWords($0[...]) }
        } else {
            result.words += countWords(line)
        }
        if result.firstLine.isEmpty, line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) {
            result.firstLine = opening(of: line)
        }
        guard !inCodeBlock else { return }
        if line.contains(UInt8(ascii: "#")) { collectTags(line) }
    }

    mutating func finishSection() {
        var body = 0..<0
        if let start = sectionStart {
            // Without the blank lines around it; the text itself is decoded only if asked for.
            var (lower, upper) = (start, sectionEnd)
            while lower < upper, isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
            body = lower..<upper
        }
        if heading != nil || !body.isEmpty { result.sections.append((heading ?? "", body)) }
        heading = nil
        sectionStart = nil
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The line's first `Entry.openingWords` words, with "…" when there are more: all a preview needs.
    private func opening(of line: Line) -> String {
        var words = 0
        var inWord = false
        for index in line.indices {
            let isSpace = line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t")
            if !isSpace, !inWord {
                if words == Entry.openingWords { return String(decoding: line[..<index], as: UTF8.self).trimmed + "…" }
                words += 1
            }
            inWord = !isSpace
        }
        return String(decoding: line, as: UTF8.self).trimmed
    }

    private func headingLevel(_ line: Line) -> Int? {
        let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes), line.count > hashes, line[line.startIndex + hashes] == UInt8(ascii: " ") else {
            return nil
        }
        return hashes
    }

    /// Counts runs of letters, digits and inner apostrophes or hyphens. ASCII is classified byte by
    /// byte with two bit masks; other characters are decoded, so letters in any script count and
    /// emoji do not.
    private func countWords(_ slice: Line) -> Int {
        let line = UnsafeBufferPointer(rebasing: slice)
        // Bit n of the masks is set when ASCII byte n (low: 0–63, high: 64–127) is a letter or digit.
        let letterOrDigitLow: UInt64 = 0x03FF_0000_0000_0000
        let letterOrDigitHigh: UInt64 = 0x07FF_FFFE_07FF_FFFE
        let joinerLow: UInt64 = 1 << 39 | 1 << 45   // ' and -
        // Kept as 0 or 1 so the ASCII path is arithmetic, with no branch on the text.
        var count: UInt64 = 0
        var inWord: UInt64 = 0
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte < 0x80 {
                let shift = UInt64(byte & 63)
                let isLetterOrDigit = ((byte < 64 ? letterOrDigitLow : letterOrDigitHigh) >> shift) & 1
                let isJoiner = byte < 64 ? (joinerLow >> shift) & 1 : 0
                count &+= isLetterOrDigit & ~inWord & 1
                inWord = isLetterOrDigit | (inWord & isJoiner)
                index += 1
            } else {
                let (scalar, length) = UTF8Scalar.decode(line, at: index)
                let isLetter: UInt64 = scalar?.properties.isAlphabetic ?? false ? 1 : 0
                let isJoiner: UInt64 = scalar == "\u{2019}" ? 1 : 0
                count &+= isLetter & ~inWord & 1
                inWord = isLetter | (inWord & isJoiner)
                index += length
            }
        }
        return Int(count)
    }

    /// Obsidian's inline tags: `#` at the start or after a space, then letters, digits, `_`, `-`, `/`,
    /// with at least one character that is not a digit.
    private mutating func collectTags(_ line: Line) {
        var index = line.startIndex
        while index < line.endIndex {
            defer { index += 1 }
            guard line[index] == UInt8(ascii: "#"),
                  index == line.startIndex || line[index - 1] == UInt8(ascii: " ") || line[index - 1] == UInt8(ascii: "\t")
            else { continue }
            var end = index + 1
            while end < line.endIndex, isTagByte(line[end]) { end += 1 }
            let tag = line[(index + 1)..<end]
            guard !tag.isEmpty, tag.contains(where: { !($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }) else { continue }
            let name = String(decoding: tag, as: UTF8.self).lowercased()
            if seenTags.insert(name).inserted { result.tags.append(name) }
            index = end
        }
    }

    private func isTagByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
    }
}

/// Decoding one Unicode scalar from UTF-8 bytes, for the byte-level readers of the parser and
/// the tokenizer.
public enum UTF8Scalar {
    /// Whether `bytes` are well-formed UTF-8 with no NUL byte: text a person wrote, not a binary.
    /// Runs of ASCII are checked eight bytes at a time.
    public static func isText(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let highBits: UInt64 = 0x8080_8080_8080_8080
            let ones: UInt64 = 0x0101_0101_0101_0101
            var index = 0
            while index < buffer.count {
                if index + 8 <= buffer.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if word & highBits == 0 {
                        if (word &- ones) & ~word & highBits != 0 { return false }   // a zero byte
                        index += 8
                        continue
                    }
                }
                let byte = buffer[index]
                if byte == 0 { return false }
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let (scalar, length) = decode(buffer, at: index)
                guard scalar != nil else { return false }
                index += length
            }
            return true
        }
    }

    /// The length in bytes of the character at `index` when it is one a terminal could act on,
    /// else 0: a C0 control other than line feed and tab, DEL, a C1 control (U+0080–U+009F,
    /// U+009B being a one-character CSI), a bidirectional mark, embedding, override or isolate
    /// (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), or one of the noncharacters
    /// U+FDD0–U+FDEF that programs keep for their own use. Text from files is shown without them.
    @inlinable
    public static func controlLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int
    where Bytes.Index == Int {
        let byte = bytes[index]
        guard mayStartControl(byte) else { return 0 }
        if byte < 0x20 { return byte == 0x0A || byte == 0x09 ? 0 : 1 }
        if byte == 0x7F { return 1 }
        guard byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF, index + 1 < bytes.endIndex else { return 0 }
        let second = bytes[index + 1]
        switch byte {
        case 0xC2: return (0x80...0x9F).contains(second) ? 2 : 0
        case 0xD8: return second == 0x9C ? 2 : 0
        default: break
        }
        guard index + 2 < bytes.endIndex else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE2, 0x80): return third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) ? 3 : 0
        case (0xE2, 0x81): return (0xA6...0xA9).contains(third) ? 3 : 0
        case (0xEF, 0xB7): return (0x90...0xAF).contains(third) ? 3 : 0
        default: return 0
        }
    }

    /// Whether `byte` can start a character `controlLength` counts: a quick test for scans.
    @inlinable
    public static func mayStartControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF
    }

    /// The scalar starting at `index` and its length in bytes; `(nil, 1)` where the bytes are not
    /// a well-formed sequence (a stray or truncated byte, an overlong form, a surrogate).
    public static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> (Unicode.Scalar?, Int)
    where Bytes.Index == Int {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (nil, 1)
        }
        guard index + length <= bytes.endIndex else { return (nil, 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        return (scalar, length)
    }
}
