/// A word or two-word phrase that keeps coming back in a month's entries.
public struct RecurringTerm: Sendable, Equatable, Hashable {
    /// The folded word, or two adjacent words joined by a space (`acme renewal`).
    public let term: String
    /// How many entries hold it.
    public let entries: Int

    /// A term and the number of entries that hold it.
    public init(term: String, entries: Int) {
        self.term = term
        self.entries = entries
    }

    /// The words and two-word phrases found in at least `minimumEntries` of `texts`, most entries
    /// first, then alphabetically.
    ///
    /// Stop words, numbers and one-letter words are left out; a phrase is two such words next to
    /// each other in one clause. A term counts once per entry however often the entry repeats it.
    /// Plurals and possessives count with their word (`call`, `calls` and `call's` are one term),
    /// shown in the spelling most entries used.
    ///
    /// - Complexity: O(n log n) in the total number of words.
    public static func find(in texts: [String], lexicon: Lexicon, minimumEntries: Int = 3) -> [RecurringTerm] {
        // How many texts hold each term, by the hash of its key (its words made singular): no
        // string is made for a term that does not recur.
        var tallies: [UInt64: Tally] = [:]
        for (number, text) in texts.enumerated() {
            forEachTerm(in: text, table: lexicon.table) { key, _ in tallies[key, default: Tally()].count(in: number) }
        }
        // The spellings of the terms that recur, each counted once per text.
        var spellings: [UInt64: [String: Tally]] = [:]
        for (number, text) in texts.enumerated() {
            forEachTerm(in: text, table: lexicon.table) { key, spelling in
                guard let tally = tallies[key], tally.texts >= minimumEntries else { return }
                spellings[key, default: [:]][spelling(), default: Tally()].count(in: number)
            }
        }
        return spellings.map { key, counts in
            // The most used spelling; on a tie the shorter (the singular), then the first alphabetically.
            let shown = counts.min { ($1.value.texts, $0.key.count, $0.key) < ($0.value.texts, $1.key.count, $1.key) }!
            return RecurringTerm(term: shown.key, entries: tallies[key]!.texts)
        }
        .sorted { ($1.entries, $0.term) < ($0.entries, $1.term) }
    }

    /// How many texts hold a term, counting each text once.
    private struct Tally {
        var texts = 0
        var lastText = -1

        mutating func count(in text: Int) {
            if lastText != text { texts += 1 }
            lastText = text
        }
    }

    /// The word a plural or possessive stands for, by the regular English endings: `calls` →
    /// `call`, `companies` → `company`, `pitches` → `pitch`, `acme's` → `acme`; words ending in
    /// `ss`, `us` or `is` (`process`, `status`, `analysis`) and short words stay as they are.
    /// Only used to group spellings: what is shown is a spelling that was written.
    static func singular(_ word: Substring) -> Substring {
        var word = String(word)
        return word.withUTF8 { bytes in
            let singular = singular(bytes)
            let kept = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<singular.kept]), as: UTF8.self)
            return Substring(singular.endsInY ? kept + "y" : kept)
        }
    }

    /// `singular` on a folded word's bytes: the singular is the first `kept` bytes, then a `y`
    /// when `endsInY`.
    private static func singular(_ word: UnsafeBufferPointer<UInt8>) -> (kept: Int, endsInY: Bool) {
        let count = word.count
        let length = word.contains { $0 >= 0x80 } ? String(decoding: word, as: UTF8.self).count : count
        func ends(_ suffix: StaticString) -> Bool {
            let suffixCount = suffix.utf8CodeUnitCount
            guard count >= suffixCount else { return false }
            return (0..<suffixCount).allSatisfy { word[count - suffixCount + $0] == suffix.utf8Start[$0] }
        }
        if ends("'s"), length > 3 { return (count - 2, false) }
        if ends("’s"), length > 3 { return (count - 4, false) }
        guard length > 3, ends("s") else { return (count, false) }
        if ends("ss") || ends("us") || ends("is") || (count == 4 && ends("news")) { return (count, false) }
        if ends("ies"), length > 4 { return (count - 3, true) }
        if ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zzes") { return (count - 2, false) }
        return (count - 1, false)
    }

    /// Calls `body` with the key hash of every term and two-word phrase of `text`, and a way to
    /// spell it as written (folded).
    private static func forEachTerm(in text: String, table: Lexicon.Table, _ body: (UInt64, () -> String) -> Void) {
        var text = text
        text.withUTF8 { source in
            Tokenizer.withTokens(of: source) { tokens in
                var previousKey: UInt64? = nil
                for index in 0..<tokens.count {
                    guard isTerm(index, tokens: tokens, table: table) else {
                        previousKey = nil
                        continue
                    }
                    let word = tokens.foldedBytes(from: index, words: 1)
                    let singular = singular(word)
                    var key = FNV1a.hash(UnsafeBufferPointer(rebasing: word[..<singular.kept]))
                    if singular.endsInY { key = FNV1a.hash(UInt8(ascii: "y"), into: key) }
                    body(key) { tokens.string(index) }
                    if let previousKey, !tokens[index - 1].endsClause {
                        // The phrase's key: the first word's key, a space, the second's.
                        var phraseKey = FNV1a.hash(0x20, into: previousKey)
                        for byte in word[..<singular.kept] { phraseKey = FNV1a.hash(byte, into: phraseKey) }
                        if singular.endsInY { phraseKey = FNV1a.hash(UInt8(ascii: "y"), into: phraseKey) }
                        body(phraseKey) {
                            String(decoding: tokens.foldedBytes(from: index - 1, words: 2), as: UTF8.self)
                        }
                    }
                    previousKey = key
                }
            }
        }
    }

    /// Whether word `index` may be part of a recurring term: not a stop word, a number or one letter.
    private static func isTerm(_ index: Int, tokens: Tokens, table: Lexicon.Table) -> Bool {
        let bytes = tokens.foldedBytes(from: index, words: 1)
        guard bytes.count > 1, bytes.contains(where: { $0 > 0x39 }) else { return false }
        let found = table.find(bytes, hash: tokens[index].hash)
        return found < 0 || table.entries[found].roles & Lexicon.Role.stopword == 0
    }
}
