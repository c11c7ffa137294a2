import Journal

/// Splits UTF-8 text into case-folded words and marks where clauses and sentences end.
///
/// - A word is a run of letters and digits in any script (combining marks stay with their letter).
/// - `'` or `’` between two word characters stays in the word, always as `'` (don’t → don't);
///   `-` between two word characters stays too (no-show). At a word's edge both are separators.
/// - Words are lower-cased: ASCII byte by byte, other scripts by their Unicode lowercase mapping.
/// - `. ! ?` and line breaks end a sentence (a `.` directly followed by a word character, as in
///   `3.5` or `acme.com`, does not); `, ; : ( )` and dashes end a clause (a `,` between digits,
///   as in `1,200` or `€0,42`, does not).
/// - Emoticons (`:)`, `:-(`, `<3`, `^_^`) standing apart from words, and emoji, are tokens of
///   their own, flagged as such: they carry feeling but are not words. Variation selectors and
///   skin-tone modifiers are skipped.
/// - A word written in capitals (`NEVER`) is flagged, for emphasis.
/// - Phone-typed spellings fold to their standard form, so every rule and word list reads them
///   alike: `dont` → `don't`, `im` → `i'm`, `tmrw` → `tomorrow`, `tho` → `though` (`Spellings`).
///   A word written in capitals is left as it is (`BC` is a place, `IM` a message).
/// - Markdown heading lines (`# …`, `## …`) are the prompts, not the writer's words, and are skipped;
///   so are a task line's checkbox (`- [x]`) and its `📅`/`✅` dates, as in `Entry.words`.
///
/// The hot path is a single pass over the bytes that writes the folded words into a caller's
/// buffer and hashes them (FNV-1a) as it goes; no `Character` or `String` is made per word.
public enum Tokenizer {
    /// The case-folded words of `text`, in order.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func words(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { source in
            withTokens(of: source) { tokens in (0..<tokens.count).map { tokens.string($0) } }
        }
    }

    /// Tokenizes `source` into scratch memory and hands the words to `body`.
    ///
    /// The scratch memory lives only for the call, so short texts cost no heap allocation.
    static func withTokens<Result>(of source: UnsafeBufferPointer<UInt8>, _ body: (Tokens) -> Result) -> Result {
        // Lower-casing can grow a letter from two bytes to three; one space separates words.
        // A shorthand can grow too ("tmr" → "tomorrow"): three bytes of room per source byte.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count * 3 + 16) { folded in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: source.count / 2 + 2) { tokens in
                var writer = Writer(source: source, folded: folded, tokens: tokens)
                writer.run()
                return body(Tokens(source: source, folded: UnsafeBufferPointer(folded),
                                   tokens: UnsafeBufferPointer(rebasing: tokens[..<writer.count])))
            }
        }
    }
}

/// One word found by the tokenizer: where its folded bytes and its source bytes are, its hash,
/// and what separates it from the next word.
struct Token {
    /// The folded word is `folded[foldedStart..<foldedEnd]`.
    var foldedStart: Int
    var foldedEnd: Int
    /// The word as written is `source[sourceStart..<sourceEnd]`.
    var sourceStart: Int
    var sourceEnd: Int
    /// When this word ends a sentence: where the sentence's terminator (or the text) ends.
    var sentenceEnd: Int
    /// FNV-1a of the folded bytes.
    var hash: UInt64
    /// `Token.Flags` bits.
    var flags: UInt8

    /// Bits of `flags`.
    enum Flags {
        /// A clause ends after this word (`,` `;` `:` brackets, dashes, or any sentence end).
        static let clauseEnd: UInt8 = 1
        /// A sentence ends after this word (`.` `!` `?` or a line break).
        static let sentenceEnd: UInt8 = 2
        /// The sentence ends with `?`.
        static let question: UInt8 = 4
        /// The word stands on a task line (`- [ ] …`).
        static let taskLine: UInt8 = 8
        /// The word is written in capitals (`NEVER`, `GREAT`): two or more letters, none lower-case.
        static let capitals: UInt8 = 16
        /// The token is an emoticon (`:)`, `<3`) or an emoji, not a word.
        static let emoticon: UInt8 = 32
    }

    var endsClause: Bool { flags & Flags.clauseEnd != 0 }
    var endsSentence: Bool { flags & Flags.sentenceEnd != 0 }
    var endsQuestion: Bool { flags & Flags.question != 0 }
    var isOnTaskLine: Bool { flags & Flags.taskLine != 0 }
    var isCapitals: Bool { flags & Flags.capitals != 0 }
    var isEmoticon: Bool { flags & Flags.emoticon != 0 }
    var foldedCount: Int { foldedEnd - foldedStart }
}

/// The words of one text, valid only inside `Tokenizer.withTokens`.
struct Tokens {
    let source: UnsafeBufferPointer<UInt8>
    /// Every word's folded bytes, one space between neighbours, so a phrase is one contiguous slice.
    let folded: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>

    var count: Int { tokens.count }

    subscript(index: Int) -> Token { tokens[index] }

    /// The folded bytes of words `first..<first + length`, joined by single spaces.
    func foldedBytes(from first: Int, words length: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: folded[tokens[first].foldedStart..<tokens[first + length - 1].foldedEnd])
    }

    /// Whether word `index`, folded, is exactly `word` (ASCII); false when there is no word `index`.
    func word(_ index: Int, is word: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        guard token.foldedCount == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for offset in 0..<token.foldedCount where folded[token.foldedStart + offset] != expected[offset] {
            return false
        }
        return true
    }

    /// Whether word `index` starts with a digit ("40", "45k", "14th"); false when there is no word `index`.
    func startsWithDigit(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(folded[tokens[index].foldedStart])
    }

    /// Whether a colon and a space stand between word `index` and the next one ("Tomorrow: send…",
    /// not "a 1:1" or "10:30"); false when there is no next word.
    func hasColon(after index: Int) -> Bool {
        guard index >= 0, index + 1 < tokens.count else { return false }
        let gap = source[tokens[index].sourceEnd..<tokens[index + 1].sourceStart]
        return gap.contains(UInt8(ascii: ":")) && [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n")].contains(gap.last!)
    }

    /// Whether word `index` is an ordinal in figures ("14th", "1st", "22nd", "3rd"); false when
    /// there is no word `index`.
    func isOrdinal(_ index: Int) -> Bool {
        startsWithDigit(index)
            && (word(index, hasSuffix: "th") || word(index, hasSuffix: "st") || word(index, hasSuffix: "nd") || word(index, hasSuffix: "rd"))
    }

    /// Whether word `index` is written with a capital first letter and is not all capitals
    /// ("Grace", not "grace" or "GRACE"); false when there is no word `index`.
    func startsWithCapital(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && !tokens[index].isCapitals
            && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(source[tokens[index].sourceStart])
    }

    /// Whether word `index`, folded, is one of `words`; false when there is no word `index`.
    ///
    /// The word is looked up once, and a listed word of another length or first byte is passed
    /// over without comparing the rest: most calls rule out every listed word that way.
    func word(_ index: Int, isOneOf words: [StaticString]) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        let count = token.foldedCount
        guard count > 0 else { return words.contains { $0.utf8CodeUnitCount == 0 } }
        let start = token.foldedStart
        let first = folded[start]
        for word in words where word.utf8CodeUnitCount == count {
            let expected = word.utf8Start
            guard expected[0] == first else { continue }
            var offset = 1
            while offset < count, folded[start + offset] == expected[offset] { offset += 1 }
            if offset == count { return true }
        }
        return false
    }

    /// Whether word `index`, folded, is one of `set`'s words; false when there is no word `index`.
    /// Almost every other word is ruled out by its hash alone, without comparing the list.
    func word(_ index: Int, isOneOf set: WordSet) -> Bool {
        guard index >= 0, index < tokens.count, set.mayContain(hash: tokens[index].hash) else { return false }
        return word(index, isOneOf: set.words)
    }

    /// Whether word `index` ends in `suffix` and is longer than it; false when there is no word `index`.
    func word(_ index: Int, hasSuffix suffix: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        let length = suffix.utf8CodeUnitCount
        guard token.foldedCount > length else { return false }
        let expected = suffix.utf8Start
        let start = token.foldedEnd - length
        for offset in 0..<length where folded[start + offset] != expected[offset] { return false }
        return true
    }

    /// Word `index`, folded, as a string.
    func string(_ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: folded[tokens[index].foldedStart..<tokens[index].foldedEnd]),
               as: UTF8.self)
    }

    /// The source text of bytes `range`, decoded (invalid UTF-8 repaired).
    func sourceText(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: source[range]), as: UTF8.self)
    }
}

/// A fixed list of folded words that words are tested against (`Tokens.word(_:isOneOf:)`), made
/// once: a 4,096-bit filter of the words' FNV-1a hashes — the hash every token carries — rules out
/// almost any other word in one test, so the list itself is compared only for the few that pass.
struct WordSet: Sendable {
    /// The words, as listed.
    let words: [StaticString]
    private let filter: [UInt64]

    init(_ words: [StaticString]) {
        self.words = words
        var filter = [UInt64](repeating: 0, count: 64)
        for word in words {
            let hash = FNV1a.hash(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
            filter[Int(hash >> 6 & 63)] |= 1 << (hash & 63)
        }
        self.filter = filter
    }

    /// Whether a word whose folded bytes hash to `hash` may be one of `words`; false means it is not.
    @inline(__always)
    func mayContain(hash: UInt64) -> Bool {
        filter[Int(hash >> 6 & 63)] & (1 << (hash & 63)) != 0
    }
}

/// FNV-1a, 64 bits: the hash the lexicon's table is keyed by (and drafts are named by).
package enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// `hash`, continued by one more byte.
    @inline(__always)
    static func hash(_ byte: UInt8, into hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* prime }
}

/// The single pass that fills the token buffer.
private struct Writer {
    let source: UnsafeBufferPointer<UInt8>
    let folded: UnsafeMutableBufferPointer<UInt8>
    let tokens: UnsafeMutableBufferPointer<Token>
    private(set) var count = 0
    private var foldedCount = 0
    private var inWord = false
    private var onTaskLine = false
    private var hash = FNV1a.offsetBasis

    init(source: UnsafeBufferPointer<UInt8>, folded: UnsafeMutableBufferPointer<UInt8>,
         tokens: UnsafeMutableBufferPointer<Token>) {
        self.source = source
        self.folded = folded
        self.tokens = tokens
    }

    mutating func run() {
        var index = startLine(at: 0)
        while index < source.count {
            let byte = source[index]
            if byte < 0x80 {
                if isASCIIWordByte(byte) {
                    index = appendASCIIRun(from: index)
                    continue
                }
                if Writer.emoticonStarts[Int(byte)], let length = emoticonLength(at: index) {
                    endWord(at: index)
                    appendSymbol(index..<index + length)
                    index += length
                    continue
                }
                switch byte {
                case 0x27, 0x2D:   // ' and - inside a word
                    if inWord, isWordCharacter(at: index + 1) { appendFolded(byte); index += 1; continue }
                    if byte == 0x2D, isSpacedDash(at: index) {
                        endWord(at: index)
                        markBoundary(Token.Flags.clauseEnd, at: index)
                        index += 1
                        continue
                    }
                case 0x0A:
                    endWord(at: index)
                    markBoundary(Token.Flags.clauseEnd | Token.Flags.sentenceEnd, at: index)
                    index = startLine(at: index + 1)
                    continue
                case 0x2E:   // .
                    if isWordCharacter(at: index + 1), inWord { appendFolded(byte); index += 1; continue }
                    // "Dr. Okafor", "St. Brigid's", "Elm St. closed": a title's full stop ends no sentence.
                    if inWord, isTitle(), index + 2 < source.count, source[index + 1] == 0x20, isWordCharacter(at: index + 2) {
                        endWord(at: index)
                        index += 1
                        continue
                    }
                    // "Typhoon signal no. 2": "no." before a figure is a number's sign, one word with its
                    // full stop, neither a denial nor a sentence's end.
                    if inWord, isNumberSign(), index + 2 < source.count, source[index + 1] == 0x20,
                       source[index + 2] >= 0x30, source[index + 2] <= 0x39 {
                        appendFolded(byte)
                        index += 1
                        continue
                    }
                    endWord(at: index)
                    markBoundary(Token.Flags.clauseEnd | Token.Flags.sentenceEnd, at: index)
                    index += 1
                    continue
                case 0x21:   // !
                    endWord(at: index)
                    markBoundary(Token.Flags.clauseEnd | Token.Flags.sentenceEnd, at: index)
                    index += 1
                    continue
                case 0x3F:   // ?
                    endWord(at: index)
                    markBoundary(Token.Flags.clauseEnd | Token.Flags.sentenceEnd | Token.Flags.question, at: index)
                    index += 1
                    continue
                case 0x2C, 0x3B, 0x3A, 0x28, 0x29:   // , ; : ( )
                    // "1,200" and "€0,42": a comma between digits is part of the number, and so is a
                    // colon in a time or a ratio ("8:30", "a 1:1").
                    if byte == 0x2C || byte == 0x3A, inWord, isDigit(at: index - 1), isDigit(at: index + 1) { appendFolded(byte); index += 1; continue }
                    endWord(at: index)
                    markBoundary(Token.Flags.clauseEnd, at: index)
                    index += 1
                    continue
                default:
                    break
                }
                endWord(at: index)
                index += 1
                continue
            }
            index = nonASCII(at: index)
        }
        endWord(at: source.count)
        if count > 0, tokens[count - 1].sentenceEnd < 0 { tokens[count - 1].sentenceEnd = source.count }
    }

    /// Handles the multi-byte scalar starting at `index`; returns the index after it.
    private mutating func nonASCII(at index: Int) -> Int {
        guard let (scalar, length) = decodeScalar(at: index) else {
            endWord(at: index)
            return index + 1
        }
        if Self.taskDateFields.contains(scalar.value) {   // a task's 📅, ✅ or ❌ date is not words
            var after = index + length
            if source[after...].starts(with: [0xEF, 0xB8, 0x8F]) { after += 3 }   // U+FE0F, the emoji variation
            while after < source.count, source[after] == 0x20 { after += 1 }
            if after + 10 <= source.count, Day(isoBytes: ArraySlice(source[after..<after + 10])) != nil {
                endWord(at: index)
                return after + 10
            }
        }
        if scalar.value == 0x2019 {   // ’ inside a word is an apostrophe
            if inWord, isWordCharacter(at: index + length) { appendFolded(0x27) } else { endWord(at: index) }
            return index + length
        }
        if scalar.value == 0xFE0F || scalar.value == 0x200D || (0x1F3FB...0x1F3FF).contains(scalar.value) {
            return index + length   // variation selector, joiner, skin tone: part of the emoji before
        }
        if Writer.isWordScalar(scalar) {
            beginWordIfNeeded(at: index)
            appendFolded(scalar: scalar, sourceBytes: index..<index + length)
            tokens[count - 1].sourceEnd = index + length
            return index + length
        }
        endWord(at: index)
        if scalar.value > 0xFF, scalar.properties.isEmoji {
            // A task's priority, recurrence, id and dependency signs are fields, not feelings.
            if onTaskLine, Self.taskFieldSigns.contains(scalar.value) { return index + length }
            appendSymbol(index..<index + length)
            return index + length
        }
        if scalar.value == 0x2014 || scalar.value == 0x2013 { markBoundary(Token.Flags.clauseEnd, at: index) }
        if scalar.value == 0x2026 {   // …
            markBoundary(Token.Flags.clauseEnd | Token.Flags.sentenceEnd, at: index + length - 1)
        }
        return index + length
    }

    /// The Obsidian Tasks signs of date fields: due 📅 📆 🗓, done ✅, cancelled ❌, scheduled ⏳ ⌛,
    /// start 🛫, created ➕. Followed by a date, the sign and the date are skipped.
    static let taskDateFields: Set<UInt32> = [0x1F4C5, 0x1F4C6, 0x1F5D3, 0x2705, 0x274C, 0x23F3, 0x231B, 0x1F6EB, 0x2795]
    /// The Obsidian Tasks signs of other fields: priorities 🔺 ⏫ 🔼 🔽 ⏬, recurrence 🔁, id 🆔,
    /// depends on ⛔, on completion 🏁.
    static let taskFieldSigns: Set<UInt32> = [0x1F53A, 0x23EB, 0x1F53C, 0x1F53D, 0x23EC, 0x1F501, 0x1F194, 0x26D4, 0x1F3C1]

    /// Skips a heading line and notes whether a task line starts at `index`; returns where to go on.
    private mutating func startLine(at index: Int) -> Int {
        var cursor = index
        while cursor < source.count, source[cursor] == 0x20 || source[cursor] == 0x09 { cursor += 1 }
        var hashes = 0
        while cursor + hashes < source.count, source[cursor + hashes] == 0x23 { hashes += 1 }
        if (1...2).contains(hashes), cursor + hashes < source.count, source[cursor + hashes] == 0x20 {
            while cursor < source.count, source[cursor] != 0x0A { cursor += 1 }
            return cursor
        }
        let checkbox = EntryParser.taskCheckbox(source[cursor...])
        onTaskLine = checkbox != nil
        return checkbox?.textStart ?? index   // the checkbox's `x` is not a word
    }

    /// Appends the run of ASCII letters and digits starting at `start`; returns the index after it.
    private mutating func appendASCIIRun(from start: Int) -> Int {
        beginWordIfNeeded(at: start)
        var index = start
        var hash = self.hash
        var written = foldedCount
        let room = folded.count
        while index < source.count, written < room {
            let byte = source[index]
            guard isASCIIWordByte(byte) else { break }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            folded[written] = lower
            written += 1
            hash = (hash ^ UInt64(lower)) &* FNV1a.prime
            index += 1
        }
        self.hash = hash
        foldedCount = written
        tokens[count - 1].sourceEnd = index
        return index
    }

    private mutating func beginWordIfNeeded(at index: Int) {
        guard !inWord else { return }
        inWord = true
        if count > 0, foldedCount < folded.count { folded[foldedCount] = 0x20; foldedCount += 1 }
        hash = FNV1a.offsetBasis
        tokens.initializeElement(at: count, to: Token(
            foldedStart: foldedCount, foldedEnd: foldedCount, sourceStart: index, sourceEnd: index,
            sentenceEnd: -1, hash: 0, flags: onTaskLine ? Token.Flags.taskLine : 0))
        count += 1
    }

    private mutating func appendFolded(_ byte: UInt8) {
        guard foldedCount < folded.count else { return }
        folded[foldedCount] = byte
        foldedCount += 1
        hash = (hash ^ UInt64(byte)) &* FNV1a.prime
    }

    private mutating func appendFolded(scalar: Unicode.Scalar, sourceBytes: Range<Int>) {
        let value = scalar.value
        if (0xC0...0xDE).contains(value), value != 0xD7 {   // Latin-1 capitals: À…Þ → à…þ
            appendFolded(source[sourceBytes.lowerBound])
            appendFolded(source[sourceBytes.lowerBound + 1] | 0x20)
        } else if scalar.properties.changesWhenLowercased {
            for byte in scalar.properties.lowercaseMapping.utf8 { appendFolded(byte) }
        } else {
            for index in sourceBytes { appendFolded(source[index]) }
        }
    }

    private mutating func endWord(at index: Int) {
        guard inWord else { return }
        inWord = false
        let capitals = isCapitals(tokens[count - 1].sourceStart..<tokens[count - 1].sourceEnd)
        if !capitals, let standard = SpellingTable.standard(of: folded[tokens[count - 1].foldedStart..<foldedCount], hash: hash) {
            foldedCount = tokens[count - 1].foldedStart
            hash = FNV1a.offsetBasis
            for byte in standard { appendFolded(byte) }
        }
        tokens[count - 1].foldedEnd = foldedCount
        tokens[count - 1].hash = hash
        if capitals { tokens[count - 1].flags |= Token.Flags.capitals }
    }

    /// Whether source bytes `range` are two or more ASCII letters with no lower-case one.
    private func isCapitals(_ range: Range<Int>) -> Bool {
        var letters = 0
        for index in range {
            let byte = source[index]
            if byte >= 0x61 && byte <= 0x7A || byte >= 0x80 { return false }
            if byte >= 0x41 && byte <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// Adds the emoticon or emoji at source bytes `range` as a token of its own.
    private mutating func appendSymbol(_ range: Range<Int>) {
        beginWordIfNeeded(at: range.lowerBound)
        for index in range {
            let byte = source[index]
            appendFolded(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        tokens[count - 1].sourceEnd = range.upperBound
        tokens[count - 1].flags |= Token.Flags.emoticon
        inWord = false
        tokens[count - 1].foldedEnd = foldedCount
        tokens[count - 1].hash = hash
    }

    /// The bytes that can start an ASCII emoticon.
    private static let emoticonStarts: [Bool] = (0..<128).map { ":;=<>^-".utf8.contains(UInt8($0)) }

    /// ASCII emoticons, longest first so that `:-)` wins over `:-`.
    private static let emoticons: [[UInt8]] = [
        ":'-)", ":'-(", ">:-(", ":-\\", ">:(", ">:)", ":'(", ":')", ":-)", ":-(", ":-d", ":-p", ":-/", ":-|",
        ":-o", ":-*", ":-s", ";-)", "^.^", ";_;", "-.-", ">_<", ">.<", ":\\", ":$",
        ":)))", ":))", ":((", "^_^", "-_-", "</3", "<33", ":)", ":(", ":d", ";)", ";d", ";(", ":p",
        ":/", ":|", ":o", ":*", ":]", ":[", ":@", ":s", ":3", ";p", "=)", "=(", "=d", "<3", "^^",
    ].map { Array($0.utf8) }

    /// The length of the emoticon starting at `index`, when one stands there apart from other
    /// symbols (`http://` holds no `:/`; `a:b` no `:b`).
    private func emoticonLength(at index: Int) -> Int? {
        if index > 0, ":/=<>^-_".utf8.contains(source[index - 1]) { return nil }
        for emoticon in Writer.emoticons where index + emoticon.count <= source.count {
            var matches = true
            for offset in 0..<emoticon.count {
                let byte = source[index + offset]
                if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != emoticon[offset] { matches = false; break }
            }
            guard matches else { continue }
            let after = index + emoticon.count
            if after == source.count { return emoticon.count }
            let next = source[after]
            if next == 0x20 || next == 0x0A || next == 0x0D || next == 0x09 || ".,!?;".utf8.contains(next) || next >= 0x80 {
                return emoticon.count
            }
        }
        return nil
    }

    /// Whether the word being read is a title or a short form written with a full stop: "Dr",
    /// "Mr", "Mrs", "Ms", "Mx", "Prof", "St", "Mt", "vs".
    private func isTitle() -> Bool {
        let start = tokens[count - 1].foldedStart
        let length = foldedCount - start
        guard length >= 2, length <= 4 else { return false }
        let titles: [StaticString] = ["dr", "mr", "mrs", "ms", "mx", "prof", "st", "mt", "vs"]
        return titles.contains { title in
            title.utf8CodeUnitCount == length && (0..<length).allSatisfy { folded[start + $0] == title.utf8Start[$0] }
        }
    }

    /// Whether the word being read is "no" or "nos", which before a figure and a full stop mean
    /// "number".
    private func isNumberSign() -> Bool {
        let start = tokens[count - 1].foldedStart
        let length = foldedCount - start
        guard length == 2 || length == 3, folded[start] == UInt8(ascii: "n"), folded[start + 1] == UInt8(ascii: "o") else { return false }
        return length == 2 || folded[start + 2] == UInt8(ascii: "s")
    }

    /// Records a boundary after the last word; the first sentence terminator fixes `sentenceEnd`.
    private mutating func markBoundary(_ flags: UInt8, at index: Int) {
        guard count > 0 else { return }
        tokens[count - 1].flags |= flags
        if flags & Token.Flags.sentenceEnd != 0, tokens[count - 1].sentenceEnd < 0 {
            tokens[count - 1].sentenceEnd = source[index] == 0x0A ? index : index + 1
        }
    }

    /// A ` - ` or `--` used as a dash between words.
    private func isSpacedDash(at index: Int) -> Bool {
        let next = index + 1 < source.count ? source[index + 1] : 0x20
        let previous = index > 0 ? source[index - 1] : 0x20
        return next == 0x2D || previous == 0x2D || (previous == 0x20 && next == 0x20)
    }

    private func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
    }

    private func isDigit(at index: Int) -> Bool {
        index >= 0 && index < source.count && (0x30...0x39).contains(source[index])
    }

    private func isWordCharacter(at index: Int) -> Bool {
        guard index < source.count else { return false }
        let byte = source[index]
        if byte < 0x80 { return isASCIIWordByte(byte) }
        guard let (scalar, _) = decodeScalar(at: index) else { return false }
        return Writer.isWordScalar(scalar)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The scalar encoded at `index` and its length in bytes, or `nil` for invalid UTF-8.
    private func decodeScalar(at index: Int) -> (Unicode.Scalar, Int)? {
        let (scalar, length) = UTF8Scalar.decode(source, at: index)
        return scalar.map { ($0, length) }
    }
}

/// The fast path of `Spellings` for the tokenizer: the typed forms by FNV-1a hash.
enum SpellingTable {
    /// The typed and standard forms by the FNV-1a hash of the typed form.
    private static let byHash: [UInt64: (typed: [UInt8], standard: [UInt8])] = Dictionary(uniqueKeysWithValues: Spellings.pairs.map { pair in
        let typed = Array(pair.typed.utf8)
        return (typed.withUnsafeBufferPointer(FNV1a.hash), (typed, Array(pair.standard.utf8)))
    })

    /// Whether any word of `phrase` (words parted by single spaces) is a typed form.
    static func hasTypedWord<Words: Collection<UInt8>>(_ phrase: Words) -> Bool {
        phrase.split(separator: 0x20).contains { word in
            standard(of: word, hash: word.reduce(FNV1a.offsetBasis) { FNV1a.hash($1, into: $0) }) != nil
        }
    }

    /// The lengths of the typed forms, as bits.
    private static let lengths: UInt64 = Spellings.pairs.reduce(0) { $0 | 1 << UInt64($1.typed.utf8.count) }

    /// A 4,096-bit filter of the typed forms' hashes: most words are ruled out without a lookup.
    private static let filter: [UInt64] = byHash.keys.reduce(into: [UInt64](repeating: 0, count: 64)) { bits, hash in
        bits[Int(hash >> 6 & 63)] |= 1 << (hash & 63)
    }

    /// The standard form of the folded word `word` with FNV-1a `hash`, if it is a typed form.
    @inline(__always)
    static func standard<Word: Collection<UInt8>>(of word: Word, hash: UInt64) -> [UInt8]? {
        guard word.count < 64, lengths & (1 << UInt64(word.count)) != 0, filter[Int(hash >> 6 & 63)] & (1 << (hash & 63)) != 0,
              let pair = byHash[hash], pair.typed.elementsEqual(word) else {
            return nil
        }
        return pair.standard
    }
}
