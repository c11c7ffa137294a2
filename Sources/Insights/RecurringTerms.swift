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
        var entriesByKey: [String: Int] = [:]
        var spellings: [String: [String: Int]] = [:]
        for text in texts {
            var keys: Set<String> = []
            for term in terms(in: text, table: lexicon.table) {
                let key = term.split(separator: " ").map(singular).joined(separator: " ")
                if keys.insert(key).inserted { entriesByKey[key, default: 0] += 1 }
                spellings[key, default: [:]][term, default: 0] += 1
            }
        }
        return entriesByKey.filter { $0.value >= minimumEntries }
            .map { key, entries in
                // The most used spelling; on a tie the shorter (the singular), then the first alphabetically.
                let shown = spellings[key, default: [:]].min { ($1.value, $0.key.count, $0.key) < ($0.value, $1.key.count, $1.key) }
                return RecurringTerm(term: shown?.key ?? key, entries: entries)
            }
            .sorted { ($1.entries, $0.term) < ($0.entries, $1.term) }
    }

    /// The word a plural or possessive stands for, by the regular English endings: `calls` →
    /// `call`, `companies` → `company`, `pitches` → `pitch`, `acme's` → `acme`; words ending in
    /// `ss`, `us` or `is` (`process`, `status`, `analysis`) and short words stay as they are.
    /// Only used to group spellings: what is shown is a spelling that was written.
    static func singular(_ word: Substring) -> Substring {
        for mark in ["'s", "’s"] where word.hasSuffix(mark) && word.count > mark.count + 1 { return word.dropLast(mark.count) }
        guard word.count > 3, word.hasSuffix("s") else { return word }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word == "news" { return word }
        if word.hasSuffix("ies"), word.count > 4 { return Substring(word.dropLast(3) + "y") }
        for ending in ["sses", "shes", "ches", "xes", "zzes"] where word.hasSuffix(ending) { return word.dropLast(2) }
        return word.dropLast()
    }

    /// The distinct terms and phrases of one text.
    private static func terms(in text: String, table: Lexicon.Table) -> Set<String> {
        var text = text
        return text.withUTF8 { source in
            Tokenizer.withTokens(of: source) { tokens in
                var terms: Set<String> = []
                var previousCounts = false
                for index in 0..<tokens.count {
                    let counts = isTerm(index, tokens: tokens, table: table)
                    if counts {
                        terms.insert(tokens.string(index))
                        if previousCounts, !tokens[index - 1].endsClause {
                            terms.insert(tokens.string(index - 1) + " " + tokens.string(index))
                        }
                    }
                    previousCounts = counts
                }
                return terms
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
