import Journal

/// The words of account names and of the sentences that may name them, each given a small
/// integer id, so that finding an account compares integers instead of strings.
///
/// Words are read as `AccountMatcher.words` describes, and two words share an id exactly when
/// Swift's `String` equality holds between them (canonical equivalence). A line in ASCII — nearly
/// every line of a journal — is split byte by byte and each word hashed (FNV-1a) where it stands,
/// with no `String` made; a line with other characters is split by `Character`s, and only its
/// words that are not ASCII are made `String`s.
struct AccountWords {
    /// The id of a word not seen before when `addsWords` is false.
    static let unknown: Int32 = -1

    /// Whether a word not seen before gets a new id; when false (once the names are in, and only
    /// they matter) it reads as `unknown`.
    var addsWords = true

    /// Open addressing over the ASCII words' hashes: an id, or -1 for an empty slot.
    private var slots = [Int32](repeating: -1, count: 1024)
    /// By id: the hash of an ASCII word (0 for another), where its bytes end in `storage` (the
    /// previous id's end is where they start), and `Trait` bits.
    private var hashes: [UInt64] = []
    private var ends: [Int] = []
    private var traits: [UInt8] = []
    /// By id: the id of the word in lower case, or -1 until it is asked for.
    private var lowered: [Int32] = []
    private var storage: [UInt8] = []
    /// The words that are not ASCII.
    private var others: [String: Int32] = [:]
    /// For a scalar that is not ASCII: the ASCII byte it is canonically equivalent to (K for the
    /// Kelvin sign), or 0.
    private var asciiEquivalents: [UInt32: UInt8] = [:]

    private enum Trait {
        static let ascii: UInt8 = 1
        static let startsLowercase: UInt8 = 2
        static let properName: UInt8 = 4
    }

    /// How many ids there are.
    var count: Int { ends.count }

    /// The word with `id`, as first written.
    func text(_ id: Int32) -> String {
        let end = ends[Int(id)]
        let start = id == 0 ? 0 : ends[Int(id) - 1]
        return String(decoding: storage[start..<end], as: UTF8.self)
    }

    /// Whether word `id` begins with a lower-case letter.
    func startsLowercase(_ id: Int32) -> Bool { traits[Int(id)] & Trait.startsLowercase != 0 }

    /// Whether word `id` looks like a proper name: capitalised, more than one letter with a
    /// lower-case one, not `I` or `I'm`, not a weekday (or weekdays) or month name.
    func isProperName(_ id: Int32) -> Bool { traits[Int(id)] & Trait.properName != 0 }

    /// The id of word `id` in lower case (added when new).
    mutating func lowercased(_ id: Int32) -> Int32 {
        if lowered[Int(id)] >= 0 { return lowered[Int(id)] }
        let adds = addsWords
        addsWords = true
        defer { addsWords = adds }
        let end = ends[Int(id)]
        let start = id == 0 ? 0 : ends[Int(id) - 1]
        let result: Int32
        if traits[Int(id)] & Trait.ascii != 0 {
            let folded = storage[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            result = folded.withUnsafeBufferPointer { asciiID($0) }
        } else {
            result = otherID(text(id).lowercased())
        }
        lowered[Int(id)] = result
        return result
    }

    /// Appends the ids of the words of `text` to `ids`.
    ///
    /// - Complexity: O(n) in the length of `text`, plus a `Character` walk of its lines that are not ASCII.
    mutating func appendIDs(of text: String, to ids: inout [Int32]) {
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            var ascii = true
            for index in 0...bytes.count {
                if index < bytes.count {
                    let byte = bytes[index]
                    if byte >= 0x80 { ascii = false }
                    guard byte == 0x0A else { continue }
                }
                // A line break is a grapheme boundary on both sides, so lines can be split apart.
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
                if ascii {
                    Self.forEachASCIIWord(in: line) { ids.append(asciiID(UnsafeBufferPointer(rebasing: line[$0]))) }
                } else {
                    let string = String(decoding: line, as: UTF8.self)
                    for range in Self.characterWordRanges(in: string) {
                        ids.append(id(of: UnsafeBufferPointer(rebasing: line[range])))
                    }
                }
                lineStart = index + 1
                ascii = true
            }
        }
    }

    /// The ids of the words of `text`.
    mutating func ids(of text: String) -> [Int32] {
        var ids: [Int32] = []
        appendIDs(of: text, to: &ids)
        return ids
    }

    /// The byte ranges of the words of `text` (UTF-8 offsets), as `AccountMatcher.words` reads them.
    static func wordRanges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var text = text
        let ascii = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            forEachASCIIWord(in: bytes) { ranges.append($0) }
            return true
        }
        return ascii ? ranges : characterWordRanges(in: text)
    }

    /// Runs of ASCII letters and digits, with `'`, `-` and `&` kept between two of them, and a
    /// trailing `'s` dropped.
    private static func forEachASCIIWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        @inline(__always) func isWordByte(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
        }
        var index = 0
        let count = bytes.count
        while index < count {
            guard isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            index += 1
            while index < count {
                let byte = bytes[index]
                if isWordByte(byte) { index += 1; continue }
                if byte == 0x27 || byte == 0x2D || byte == 0x26, index + 1 < count, isWordByte(bytes[index + 1]) {
                    index += 2
                    continue
                }
                break
            }
            let possessive = index - start > 2 && bytes[index - 2] == 0x27 && bytes[index - 1] == 0x73
            body(start..<(possessive ? index - 2 : index))
        }
    }

    /// The same words found by `Character`s, for text that is not all ASCII (and, in tests, the
    /// reference the byte-level split is held to).
    static func characterWordRanges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: String.Index?
        var index = text.startIndex
        func isJoiner(_ character: Character) -> Bool { character == "'" || character == "’" || character == "-" || character == "&" }
        func append(_ word: Substring) {
            let word = word.hasSuffix("'s") || word.hasSuffix("’s") ? word.dropLast(2) : word
            ranges.append(text.utf8.distance(from: text.startIndex, to: word.startIndex)
                ..< text.utf8.distance(from: text.startIndex, to: word.endIndex))
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let isWord = character.isLetter || character.isNumber
                || (start != nil && isJoiner(character) && next < text.endIndex && (text[next].isLetter || text[next].isNumber))
            if isWord {
                if start == nil { start = index }
            } else if let begin = start {
                append(text[begin..<index])
                start = nil
            }
            index = next
        }
        if let begin = start { append(text[begin...]) }
        return ranges
    }

    /// The id of a word's bytes, ASCII or not.
    private mutating func id(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        word.contains(where: { $0 >= 0x80 }) ? otherID(String(decoding: word, as: UTF8.self)) : asciiID(word)
    }

    /// The id of an ASCII word.
    private mutating func asciiID(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = FNV1a.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if hashes[id] == hash, storage[(id == 0 ? 0 : ends[id - 1])..<ends[id]].elementsEqual(word) { return Int32(id) }
            slot = (slot + 1) & mask
        }
        guard addsWords else { return Self.unknown }
        let id = add(word, hash: hash, traits: Self.asciiTraits(word))
        slots[slot] = id
        if count * 2 > slots.count { grow() }
        return id
    }

    /// The id of a word that is not ASCII; one canonically equivalent to an ASCII word (`Kelvin`
    /// written with the Kelvin sign) shares that word's id, as `String` equality has it.
    private mutating func otherID(_ word: String) -> Int32 {
        if let id = others[word] { return id }
        if let bytes = word.utf8.contains(where: { $0 >= 0x80 }) ? asciiEquivalent(word) : Array(word.utf8) {
            let id = bytes.withUnsafeBufferPointer { asciiID($0) }
            if id != Self.unknown { others[word] = id }
            return id
        }
        guard addsWords else { return Self.unknown }
        var traits: UInt8 = 0
        if word.first?.isLowercase == true { traits |= Trait.startsLowercase }
        if Self.isProperName(word[...]) { traits |= Trait.properName }
        let id = Array(word.utf8).withUnsafeBufferPointer { add($0, hash: 0, traits: traits) }
        others[word] = id
        return id
    }

    private mutating func add(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, traits: UInt8) -> Int32 {
        storage.append(contentsOf: word)
        ends.append(storage.count)
        hashes.append(hash)
        self.traits.append(traits)
        lowered.append(-1)
        return Int32(ends.count - 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<count where traits[id] & Trait.ascii != 0 {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// The ASCII bytes `word` is canonically equivalent to, if any: each scalar is ASCII or
    /// decomposes to one ASCII character.
    private mutating func asciiEquivalent(_ word: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in word.unicodeScalars {
            if scalar.isASCII { bytes.append(UInt8(scalar.value)); continue }
            let byte: UInt8
            if let known = asciiEquivalents[scalar.value] {
                byte = known
            } else {
                let text = String(scalar)
                byte = (1..<128).first { String(Unicode.Scalar(UInt8($0))) == text }.map(UInt8.init) ?? 0
                asciiEquivalents[scalar.value] = byte
            }
            guard byte != 0 else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    private static func asciiTraits(_ word: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var traits = Trait.ascii
        guard let first = word.first else { return traits }
        if first >= 0x61 && first <= 0x7A { traits |= Trait.startsLowercase }
        if first >= 0x41 && first <= 0x5A, word.count > 1, word.contains(where: { $0 >= 0x61 && $0 <= 0x7A }),
           !(first == 0x49 && word[1] == 0x27),
           !calendarWords.contains(String(decoding: word.map { $0 | 0x20 }, as: UTF8.self)) {
            traits |= Trait.properName
        }
        return traits
    }

    /// A capitalised word that is not all capitals, not `I` or `I'm`, not a weekday (or weekdays) or month name.
    private static func isProperName(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, word.count > 1,
              word.contains(where: { $0.isLowercase }), !word.hasPrefix("I'"), !word.hasPrefix("I’") else { return false }
        return !calendarWords.contains(word.lowercased())
    }

    private static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
}
