import Journal
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
        var roles: UInt32
        /// When this key is a single word: the most words of any item that starts with it.
        var longestPhrase: UInt8
        /// The valence of a sales event word ("slipped", "came through") beside a sales object,
        /// in quarters (−16…16, that is −4…4); 0 when the key is none. It fits the entry's padding.
        var eventQuarters: Int8
        var themeStart: Int32
        var themeEnd: Int32

        /// Whether the key counts in the sentiment pass (a rated item, a neutral phrase or a
        /// grammar word).
        var affectsSentiment: Bool { valence != 0 || roles & Role.grammar != 0 }
        /// Whether the key is one of the roles in `mask`.
        func `is`(_ mask: UInt32) -> Bool { roles & mask != 0 }
        var hasThemes: Bool { themeEnd > themeStart }
        /// The valence of the key as a sales event, −4…4 (0 when it is none).
        var eventValence: Double { Double(eventQuarters) / 4 }
    }

    /// Bits of `Entry.roles`.
    enum Role {
        static let negator: UInt32 = 1
        static let booster: UInt32 = 2
        static let dampener: UInt32 = 4
        static let contrast: UInt32 = 8
        static let stopword: UInt32 = 16
        /// "despite", "although": the clause it opens weighs less than the main one.
        static let subordinator: UInt32 = 32
        /// "nobody", "no one", "zero": a clause they open with no rated word is a negative event.
        static let noOneSubject: UInt32 = 64
        /// "analytics", "report", "field": after a topic noun, makes it a topic ("churn report").
        static let topicHead: UInt32 = 128
        /// "follow up with", "re-engage": before a negative noun, makes it a topic.
        static let topicVerb: UInt32 = 256
        /// "another", "again": after a sentence-opening positive word, mark sarcasm.
        static let sarcasmCue: UInt32 = 512
        /// "i", "we": a subject whose "killed it" is praise.
        static let firstPerson: UInt32 = 1024
        /// "legal", "procurement": a subject whose "killed it" is a loss.
        static let blocker: UInt32 = 2048
        /// A phrase rated 0: its words do not count on their own ("customer success").
        static let neutral: UInt32 = 4096
        /// "churn", "risk", "objection": a negative noun that names a subject before a topic head
        /// ("churn report"); an adjective before one still judges it ("a disappointing call").
        static let topicNoun: UInt32 = 8192
        /// "deal", "renewal", "PO": a sales object, whose clause gives sales event words their
        /// event valence ("the renewal slipped").
        static let salesObject: UInt32 = 16384
        /// "slipped", "got pushed", "came through": an event word rated by `Entry.eventValence`
        /// when a sales object shares its clause.
        static let salesEvent: UInt32 = 32768
        /// "nothing like", "just what I needed": opening a sentence, makes its praise ironic
        /// when anything in it is bad.
        static let sarcasmOpener: UInt32 = 65536
        /// "rose", "grew": a change up, good beside a good quantity ("revenue grew").
        static let rising: UInt32 = 1 << 17
        /// "fell", "eased": a change down, good beside a bad quantity ("crime fell").
        static let falling: UInt32 = 1 << 18
        /// "revenue", "pipeline": a quantity more of which is good, rated or not.
        static let goodQuantity: UInt32 = 1 << 19
        /// "churn", "costs": a quantity more of which is bad, rated or not.
        static let badQuantity: UInt32 = 1 << 20
        /// "should", "ideally", "would be nice", "I wish": what follows is wished for, not so.
        static let irrealis: UInt32 = 1 << 21
        /// "frustrated", "proud", "dreading": a word that names the writer's feeling, which a
        /// clause of work on a topic does not make a topic.
        static let feeling: UInt32 = 1 << 22
        /// "until", "no matter", "every", "from now on": a plan made with effort or intent, which
        /// reads as resolve; a plain plan ("I'll send the deck by noon") reads as neutral.
        static let resolve: UInt32 = 1 << 23
        /// "I should", "wanted to", "was going to", "I wish": a want not met, which reads as
        /// mildly negative in a sentence nothing else scores.
        static let longing: UInt32 = 1 << 24
        /// "then", "turned out", "in the end": a step in time that weighs what comes after more.
        static let sequence: UInt32 = 1 << 25
        /// "Grace", "Joy", "Mercy", "Excel": names that are also rated words, read as names when
        /// written with a capital inside a sentence ("Grace called", "restocked at Mercy West").
        static let name: UInt32 = 1 << 26
        /// "fixed", "resolved", "ironed out": a change that undoes something bad ("fixed the
        /// fault", "all my problems were resolved"); it pairs only with something bad.
        static let resolving: UInt32 = 1 << 27
        static let grammar: UInt32 = negator | booster | dampener | contrast | subordinator | noOneSubject
            | topicHead | topicVerb | sarcasmCue | firstPerson | blocker | neutral | topicNoun | salesObject | salesEvent | sarcasmOpener
            | rising | falling | resolving | goodQuantity | badQuantity | irrealis | resolve | longing | sequence | name

        static let byListName: [String: UInt32] = [
            "negators": negator, "boosters": booster, "dampeners": dampener, "contrast": contrast,
            "stopwords": stopword, "subordinators": subordinator, "no-one subjects": noOneSubject,
            "topic nouns": topicNoun, "topic heads": topicHead, "topic verbs": topicVerb, "sarcasm cues": sarcasmCue,
            "first person": firstPerson, "blockers": blocker, "sales objects": salesObject, "sales events": salesEvent,
            "sarcasm openers": sarcasmOpener, "rising": rising, "falling": falling, "resolving": resolving,
            "good quantities": goodQuantity, "bad quantities": badQuantity, "irrealis": irrealis, "feelings": feeling, "resolve": resolve,
            "longing": longing, "sequence": sequence, "names": name,
        ]
    }

    /// The lexicon of the bundled `words/*.md` files, extended by the text of the user's
    /// `.reflect/themes.md` when given, with every line that could not be read.
    public static func bundled(userThemes: String? = nil) -> (lexicon: Lexicon, problems: [String]) {
        built(from: bundledSources(userThemes: userThemes))
    }

    /// The word-list files of the bundled lexicon: the bundled `words/*.md`, then the user's
    /// `.reflect/themes.md` when given, in the order they apply.
    public static func bundledSources(userThemes: String? = nil) -> [(name: String, text: String)] {
        Resources.texts(under: "words") + (userThemes.map { [(".reflect/themes.md", $0)] } ?? [])
    }

    /// The lexicon of the word-list files `sources`, with every line that could not be read.
    public static func built(from sources: [(name: String, text: String)]) -> (lexicon: Lexicon, problems: [String]) {
        // The files are read on every core: the rated lexicon is most of the work.
        let lists = ParallelMap.map(sources, minimumCount: 2, chunk: 1) {
            WordList(parsing: $0.text, source: $0.name, valence: $0.name.hasPrefix("words/valence/"))
        }
        return (Lexicon(wordLists: lists), lists.flatMap(\.problems))
    }

    /// A lexicon of `wordLists`, applied in order.
    ///
    /// - Complexity: O(n) in the number of items.
    public init(wordLists: [WordList]) {
        var builder = TableBuilder(capacity: wordLists.reduce(0) { $0 + $1.sections.reduce(0) { $0 + $1.items.count } })
        // Every list by name: its role bit, or its theme number (in order of first appearance).
        var themeNumbers: [String: Int] = [:]
        var themeNamesByNumber: [String] = []
        for section in wordLists.lazy.flatMap(\.sections) {
            let name = section.name
            let role = Role.byListName[name] ?? 0
            let isTheme = role == 0 && !WordList.reservedNames.contains(name)
            let theme: Int
            if isTheme {
                theme = themeNumbers[name] ?? themeNamesByNumber.count
                if theme == themeNamesByNumber.count {
                    themeNumbers[name] = theme
                    themeNamesByNumber.append(name)
                }
            } else {
                theme = -1
            }
            if section.replaces {
                switch name {
                case "negative": builder.unrate { $0 < 0 }
                case "positive": builder.unrate { $0 > 0 }
                case "valence": builder.unrate { _ in true }
                default:
                    if role != 0 { builder.removeRole(role) }
                    if theme >= 0 { builder.removeTheme(theme) }
                }
            }
            for item in section.items {
                let index = builder.add(item.key)
                switch name {
                case "valence":
                    builder.rate(index, item.weight)
                    if section.feelings { builder.addRole(Role.feeling, to: index) }
                case "negative": builder.rate(index, -item.weight)
                case "positive": builder.rate(index, item.weight)
                case "sales events":
                    builder.addRole(role, to: index)
                    builder.setEventValence(index, item.weight)
                default:
                    if role != 0 { builder.addRole(role, to: index) }
                    if theme >= 0 { builder.addTheme(theme, to: index) }
                }
            }
        }
        let (table, themeNames) = builder.build(themeNames: themeNamesByNumber)
        self.themeNames = themeNames
        self.table = table
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

        /// A table of these sizes whose memory is not yet initialized, for `Lexicon(serialized:)`
        /// to fill in place (every element type is trivial, so unfilled memory needs no cleanup).
        init(entryCount: Int, slotCount: Int, keyCount: Int, themeCount: Int) {
            func allocate<Element>(_ count: Int) -> UnsafeMutableBufferPointer<Element> {
                let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(1, count))
                return UnsafeMutableBufferPointer(rebasing: buffer[..<count])
            }
            entries = allocate(entryCount)
            slots = allocate(slotCount)
            keys = allocate(keyCount)
            themes = allocate(themeCount)
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

/// Collects the word lists' items by their folded bytes, with their valence, roles and themes,
/// and lays out the open-addressing table the analyzer reads: no string is hashed twice, and none
/// is made.
private struct TableBuilder {
    private var entries: [Lexicon.Entry] = []
    /// Per entry, whether it is rated (in the sentiment lexicon), at 0 too: a neutral phrase.
    private var rated: [Bool] = []
    private var keyBytes: [UInt8] = []
    /// Entry index per slot, `-1` when empty; a power of two, at most half full.
    private var slots: [Int32]
    /// Which entries are in which theme (by number in order of first appearance), in order of adding.
    private var memberships: [(entry: Int32, theme: Int32)] = []

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        entries.reserveCapacity(capacity)
        rated.reserveCapacity(capacity)
        keyBytes.reserveCapacity(capacity * 10)
    }

    /// The index of the entry for `key`, made when missing; a phrase also marks its first word
    /// with its length, so a lookup knows how many words to try.
    mutating func add(_ key: String) -> Int {
        var key = key
        return key.withUTF8 { add($0) }
    }

    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = FNV1a.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if entries[index].hash == hash, hasKey(index, bytes) { return index }
            slot = (slot + 1) & (slots.count - 1)
        }
        let index = entries.count
        let keyStart = Int32(keyBytes.count)
        keyBytes.append(contentsOf: bytes)
        entries.append(Lexicon.Entry(hash: hash, keyStart: keyStart, keyEnd: Int32(keyBytes.count), valence: 0,
                                     roles: 0, longestPhrase: 1, eventQuarters: 0, themeStart: 0, themeEnd: 0))
        rated.append(false)
        slots[slot] = Int32(index)
        if entries.count * 2 > slots.count { grow() }
        if let space = bytes.firstIndex(of: 0x20) {
            let words = bytes.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
            let first = add(UnsafeBufferPointer(rebasing: bytes[..<space]))
            entries[first].longestPhrase = max(entries[first].longestPhrase, UInt8(words))
        }
        return index
    }

    private func hasKey(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(entries[index].keyStart), end = Int(entries[index].keyEnd)
        guard end - start == bytes.count else { return false }
        return keyBytes.withUnsafeBufferPointer { keys in
            (0..<bytes.count).allSatisfy { keys[start + $0] == bytes[$0] }
        }
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// Gives entry `index` the signed valence `valence` (0: a neutral phrase).
    mutating func rate(_ index: Int, _ valence: Double) {
        entries[index].valence = Float(valence)
        rated[index] = true
    }

    /// Takes the rating from every rated entry whose valence passes `isRemoved`.
    mutating func unrate(where isRemoved: (Float) -> Bool) {
        for index in entries.indices where rated[index] && isRemoved(entries[index].valence) {
            entries[index].valence = 0
            rated[index] = false
        }
    }

    mutating func addRole(_ role: UInt32, to index: Int) { entries[index].roles |= role }

    /// Gives entry `index` the valence `valence` (−4…4) as a sales event.
    mutating func setEventValence(_ index: Int, _ valence: Double) {
        entries[index].eventQuarters = Int8(max(-16, min(16, (valence * 4).rounded())))
    }

    mutating func removeRole(_ role: UInt32) {
        for index in entries.indices { entries[index].roles &= ~role }
    }

    mutating func addTheme(_ theme: Int, to index: Int) { memberships.append((Int32(index), Int32(theme))) }

    mutating func removeTheme(_ theme: Int) { memberships.removeAll { $0.theme == Int32(theme) } }

    /// The table, and the names of the themes that kept any item, sorted; an entry's themes are
    /// indices into those names, ascending.
    consuming func build(themeNames namesByNumber: [String]) -> (Lexicon.Table, [String]) {
        for index in entries.indices where rated[index] && entries[index].valence == 0 {
            entries[index].roles |= Lexicon.Role.neutral
        }
        let used = Set(memberships.map(\.theme))
        let themeNames = namesByNumber.indices.filter { used.contains(Int32($0)) }.map { namesByNumber[$0] }.sorted()
        var sortedIndex = [Int32](repeating: -1, count: namesByNumber.count)
        for (index, name) in themeNames.enumerated() {
            sortedIndex[namesByNumber.firstIndex(of: name)!] = Int32(index)
        }
        let pairs = memberships.map { (entry: $0.entry, theme: sortedIndex[Int($0.theme)]) }
            .sorted { ($0.entry, $0.theme) < ($1.entry, $1.theme) }
        var themes: [UInt16] = []
        var next = 0
        for index in entries.indices {
            entries[index].themeStart = Int32(themes.count)
            while next < pairs.count, pairs[next].entry == Int32(index) {
                if themes.count == Int(entries[index].themeStart) || themes.last != UInt16(pairs[next].theme) {
                    themes.append(UInt16(pairs[next].theme))
                }
                next += 1
            }
            entries[index].themeEnd = Int32(themes.count)
        }
        return (Lexicon.Table(entries: entries, slots: slots, keys: keyBytes, themes: themes), themeNames)
    }
}
