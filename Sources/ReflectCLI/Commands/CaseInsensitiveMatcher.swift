/// Finds words in UTF-8 bytes ignoring case: ASCII letters are folded byte by byte; words with
/// other letters are also tried in their lower-case and upper-case spellings.
struct CaseInsensitiveMatcher: Sendable {
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

    /// How many words the matcher looks for.
    var count: Int { needles.count }

    /// Whether word `index` (in the order given) occurs in `text`.
    func matches(word index: Int, in text: ArraySlice<UInt8>) -> Bool {
        needles[index].contains { Self.contains(text, $0) }
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
