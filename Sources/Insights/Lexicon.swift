import Prompts

/// The word lists the analyzer reads text with: rated words and phrases (the valence lexicon,
/// `words/valence/*.md`, −4…4), the small grammar lists (negators, boosters, dampeners, contrast
/// and subordinating words, "nobody" subjects, topic heads and verbs, sarcasm cues, first-person
/// and blocker subjects), stop words, and the named themes.
///
/// Lists are applied in order: a section adds its items to the list of its name, a
/// `## name (replace)` section replaces the list, and when an item ends up in both `negative` and
/// `positive` (or `valence`) the later section wins. Every item — a word or a phrase of up to six words — is
/// stored in one open-addressing hash table keyed by FNV-1a of its folded bytes, so the analyzer
/// looks words up straight from the text's bytes without making strings.
public struct Lexicon: Sendable {
    /// The theme names, sorted; `negativity` is not among them (it is the `negative` list).
    public let themeNames: [String]

    /// The hash table, shared by copies of the lexicon.
    let table: Table

    /// One key of the table: an item, or the first word of a phrase.
    struct Entry: Sendable {
        var hash: UInt64
        var keyStart: Int32
        var keyEnd: Int32
        /// The signed valence, −4…4: below zero negative, above zero positive.
        var valence: Float
        /// `Role` bits.
        var roles: UInt16
        /// When this key is a single word: the most words of any item that starts with it.
        var longestPhrase: UInt8
        var themeStart: Int32
        var themeEnd: Int32

        /// Whether the key counts in the sentiment pass (a rated item, a neutral phrase or a
        /// grammar word).
        var affectsSentiment: Bool { valence != 0 || roles & Role.grammar != 0 }
        /// Whether the key is one of the roles in `mask`.
        func `is`(_ mask: UInt16) -> Bool { roles & mask != 0 }
        var hasThemes: Bool { themeEnd > themeStart }
    }

    /// Bits of `Entry.roles`.
    enum Role {
        static let negator: UInt16 = 1
        static let booster: UInt16 = 2
        static let dampener: UInt16 = 4
        static let contrast: UInt16 = 8
        static let stopword: UInt16 = 16
        /// "despite", "although": the clause it opens weighs less than the main one.
        static let subordinator: UInt16 = 32
        /// "nobody", "no one", "zero": a clause they open with no rated word is a negative event.
        static let noOneSubject: UInt16 = 64
        /// "analytics", "report", "field": after a topic noun, makes it a topic ("churn report").
        static let topicHead: UInt16 = 128
        /// "follow up with", "re-engage": before a negative noun, makes it a topic.
        static let topicVerb: UInt16 = 256
        /// "another", "again": after a sentence-opening positive word, mark sarcasm.
        static let sarcasmCue: UInt16 = 512
        /// "i", "we": a subject whose "killed it" is praise.
        static let firstPerson: UInt16 = 1024
        /// "legal", "procurement": a subject whose "killed it" is a loss.
        static let blocker: UInt16 = 2048
        /// A phrase rated 0: its words do not count on their own ("customer success").
        static let neutral: UInt16 = 4096
        /// "churn", "risk", "objection": a negative noun that names a subject before a topic head
        /// ("churn report"); an adjective before one still judges it ("a disappointing call").
        static let topicNoun: UInt16 = 8192
        static let grammar: UInt16 = negator | booster | dampener | contrast | subordinator | noOneSubject
            | topicHead | topicVerb | sarcasmCue | firstPerson | blocker | neutral | topicNoun

        static let byListName: [String: UInt16] = [
            "negators": negator, "boosters": booster, "dampeners": dampener, "contrast": contrast,
            "stopwords": stopword, "subordinators": subordinator, "no-one subjects": noOneSubject,
            "topic nouns": topicNoun, "topic heads": topicHead, "topic verbs": topicVerb, "sarcasm cues": sarcasmCue,
            "first person": firstPerson, "blockers": blocker,
        ]
    }

    /// The lexicon of the bundled `words/*.md` files, extended by the text of the user's
    /// `.reflect/themes.md` when given, with every line that could not be read.
    public static func bundled(userThemes: String? = nil) -> (lexicon: Lexicon, problems: [String]) {
        var lists = Resources.texts(under: "words").map {
            WordList(parsing: $0.text, source: $0.name, valence: $0.name.hasPrefix("words/valence/"))
        }
        if let userThemes { lists.append(WordList(parsing: userThemes, source: ".reflect/themes.md")) }
        return (Lexicon(wordLists: lists), lists.flatMap(\.problems))
    }

    /// A lexicon of `wordLists`, applied in order.
    ///
    /// - Complexity: O(n) in the number of items.
    public init(wordLists: [WordList]) {
        var lists: [String: [String: Double]] = [:]   // name → item → weight
        var sentiment: [String: Double] = [:]
        sentiment.reserveCapacity(wordLists.reduce(0) { $0 + $1.sections.reduce(0) { $0 + $1.items.count } })
        for section in wordLists.flatMap(\.sections) {
            if section.replaces {
                if section.name == "negative" || section.name == "positive" {
                    let negative = section.name == "negative"
                    sentiment = sentiment.filter { negative ? $0.value >= 0 : $0.value <= 0 }
                }
                if section.name == "valence" { sentiment = [:] }
                lists[section.name] = [:]
            }
            // The rated lexicon (most of the items) is kept only as sentiment: no role or theme reads it.
            if section.name == "valence" {
                for item in section.items { sentiment[item.key] = item.weight }
                continue
            }
            for item in section.items {
                lists[section.name, default: [:]][item.key] = item.weight
                if section.name == "negative" { sentiment[item.key] = -item.weight }
                if section.name == "positive" { sentiment[item.key] = item.weight }
            }
        }

        var builder = TableBuilder(capacity: sentiment.count + lists.values.reduce(0) { $0 + $1.count })
        for (key, value) in sentiment {
            builder[key].valence = Float(value)
            if value == 0 { builder[key].roles |= Role.neutral }
        }
        for (name, role) in Role.byListName {
            for key in lists[name, default: [:]].keys { builder[key].roles |= role }
        }
        let themeNames = lists.filter { !WordList.reservedNames.contains($0.key) && !$0.value.isEmpty }
            .keys.sorted()
        var themesByKey: [String: [UInt16]] = [:]
        for (index, name) in themeNames.enumerated() {
            for key in lists[name]!.keys { themesByKey[key, default: []].append(UInt16(index)) }
        }
        for key in themesByKey.keys { builder.add(key) }
        self.themeNames = themeNames
        table = builder.build(themes: themesByKey)
    }

    /// The signed valence of the rated item `item` (below zero negative), or `nil` when it is none.
    public func valence(of item: String) -> Double? {
        guard let entry = entry(for: item), entry.valence != 0 else { return nil }
        return Double(entry.valence)
    }

    /// The names of the themes whose lists hold `item`, sorted.
    public func themes(of item: String) -> [String] {
        guard let entry = entry(for: item) else { return [] }
        return table.themes[Int(entry.themeStart)..<Int(entry.themeEnd)].map { themeNames[Int($0)] }.sorted()
    }

    /// Whether `word` is a stop word, left out of recurring terms.
    public func isStopword(_ word: String) -> Bool {
        guard let entry = entry(for: word) else { return false }
        return entry.roles & Role.stopword != 0
    }

    /// Whether `word` is a negator (`not`, `never`, any `…n't`).
    public func isNegator(_ word: String) -> Bool {
        if let entry = entry(for: word), entry.roles & Role.negator != 0 { return true }
        let key = Lexicon.key(word)
        return key.utf8.count > 3 && key.hasSuffix("n't")
    }

    /// `item` folded the way text is: lower-cased words joined by single spaces, `’` as `'`.
    private static func key(_ item: String) -> String {
        Tokenizer.words(in: item).joined(separator: " ")
    }

    /// The entry for `item`.
    private func entry(for item: String) -> Entry? {
        var key = Lexicon.key(item)
        return key.withUTF8 { bytes in
            let found = table.find(bytes, hash: FNV1a.hash(bytes))
            return found < 0 ? nil : table.entries[found]
        }
    }

    /// The hash table: entries, slots, key bytes and theme indices in memory it owns.
    ///
    /// A class so that copying a lexicon (or an analyzer) costs one retain, and so the analyzer
    /// reads it through plain pointers; it is never changed after `init`, which makes sharing it
    /// across threads safe.
    final class Table: @unchecked Sendable {
        let entries: UnsafeMutableBufferPointer<Entry>
        /// Entry index per slot, `-1` when empty; the count is a power of two.
        let slots: UnsafeMutableBufferPointer<Int32>
        let keys: UnsafeMutableBufferPointer<UInt8>
        /// The themes of every entry, flattened: an entry's are `themes[themeStart..<themeEnd]`.
        let themes: UnsafeMutableBufferPointer<UInt16>

        init(entries: [Entry], slots: [Int32], keys: [UInt8], themes: [UInt16]) {
            func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
                let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(1, array.count))
                _ = buffer.initialize(fromContentsOf: array)
                return UnsafeMutableBufferPointer(rebasing: buffer[..<array.count])
            }
            self.entries = copy(entries)
            self.slots = copy(slots)
            self.keys = copy(keys)
            self.themes = copy(themes)
        }

        deinit {
            entries.baseAddress?.deallocate()
            slots.baseAddress?.deallocate()
            keys.baseAddress?.deallocate()
            themes.baseAddress?.deallocate()
        }

        /// The index of the entry whose key is `bytes`, or `-1`.
        ///
        /// - Complexity: O(1) expected (linear probing, load factor at most ½).
        @inline(__always)
        func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let index = Int(slots[slot])
                if index < 0 { return -1 }
                let entry = entries[index]
                if entry.hash == hash, Table.equal(keys, Int(entry.keyStart)..<Int(entry.keyEnd), bytes) {
                    return index
                }
                slot = (slot + 1) & mask
            }
        }

        private static func equal(_ keys: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>,
                                  _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard range.count == bytes.count else { return false }
            var offset = 0
            while offset < bytes.count {
                if keys[range.lowerBound + offset] != bytes[offset] { return false }
                offset += 1
            }
            return true
        }
    }
}

/// Collects keys and lays out the open-addressing table.
private struct TableBuilder {
    private var entries: [Lexicon.Entry] = []
    private var keys: [String] = []
    private var indexByKey: [String: Int] = [:]

    init(capacity: Int) {
        entries.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
        indexByKey.reserveCapacity(capacity)
    }

    /// The entry for `key`, made when missing.
    subscript(key: String) -> Lexicon.Entry {
        mutating get { entries[index(key)] }
        set { entries[index(key)] = newValue }
    }

    /// Makes an entry for `key` when missing.
    mutating func add(_ key: String) { _ = index(key) }

    /// The index of `key`'s entry, made when missing; a phrase also marks its first word.
    private mutating func index(_ key: String) -> Int {
        if let index = indexByKey[key] { return index }
        let index = entries.count
        entries.append(Lexicon.Entry(hash: 0, keyStart: 0, keyEnd: 0, valence: 0, roles: 0,
                                     longestPhrase: 1, themeStart: 0, themeEnd: 0))
        keys.append(key)
        indexByKey[key] = index
        if let space = key.utf8.firstIndex(of: 0x20) {
            let words = key.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
            let first = self.index(String(key[..<space]))
            entries[first].longestPhrase = max(entries[first].longestPhrase, UInt8(words))
        }
        return index
    }

    func build(themes themesByKey: [String: [UInt16]]) -> Lexicon.Table {
        var entries = self.entries
        var keyBytes: [UInt8] = []
        var themeIndices: [UInt16] = []
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (index, key) in keys.enumerated() {
            let bytes = Array(key.utf8)
            entries[index].keyStart = Int32(keyBytes.count)
            keyBytes.append(contentsOf: bytes)
            entries[index].keyEnd = Int32(keyBytes.count)
            entries[index].hash = bytes.withUnsafeBufferPointer(FNV1a.hash)
            entries[index].themeStart = Int32(themeIndices.count)
            themeIndices.append(contentsOf: themesByKey[key, default: []])
            entries[index].themeEnd = Int32(themeIndices.count)
            var slot = Int(truncatingIfNeeded: entries[index].hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index)
        }
        return Lexicon.Table(entries: entries, slots: slots, keys: keyBytes, themes: themeIndices)
    }
}
