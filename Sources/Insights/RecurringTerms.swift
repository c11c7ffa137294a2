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
    ///
    /// - Complexity: O(n log n) in the total number of words.
    public static func find(in texts: [String], lexicon: Lexicon, minimumEntries: Int = 3) -> [RecurringTerm] {
        var entriesByTerm: [String: Int] = [:]
        for text in texts {
            for term in terms(in: text, table: lexicon.table) { entriesByTerm[term, default: 0] += 1 }
        }
        return entriesByTerm.filter { $0.value >= minimumEntries }
            .map { RecurringTerm(term: $0.key, entries: $0.value) }
            .sorted { ($1.entries, $0.term) < ($0.entries, $1.term) }
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
