/// A lexicon as bytes, so that a command can keep the table it built and read it back in a
/// fraction of the time building takes (`reflect` keeps it in its cache folder).
///
/// The bytes are little-endian: a magic line naming the format, the theme names, the entries
/// field by field, the slots, the key bytes and the theme indices. Reading checks every count,
/// range, index and hash, so bytes that are damaged, truncated or made up give `nil`, never a
/// table that could send a lookup out of bounds or round forever.
extension Lexicon {
    /// What the bytes start with; a new layout gets a new one, so an old file is never misread.
    static let serializedMagic = Array("reflect lexicon 4\n".utf8)

    /// FNV-1a of the format and of every part's name and text: a name under which a lexicon built
    /// from what `parts` describe can be kept, changing whenever any of them does.
    public static func fingerprint(of parts: [(name: String, text: String)]) -> UInt64 {
        var hash = serializedMagic.withUnsafeBufferPointer(FNV1a.hash)
        for (name, text) in parts {
            for part in [name, text] {
                for byte in part.utf8 { hash = FNV1a.hash(byte, into: hash) }
                hash = FNV1a.hash(0, into: hash)
            }
        }
        return hash
    }

    /// The lexicon as bytes, for `init(serialized:)`.
    public func serialized() -> [UInt8] {
        var bytes = Lexicon.serializedMagic
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        put(UInt32(themeNames.count))
        for name in themeNames {
            put(UInt32(name.utf8.count))
            bytes.append(contentsOf: name.utf8)
        }
        put(UInt32(table.entries.count))
        for entry in table.entries {
            put(entry.hash)
            put(UInt32(entry.keyStart))
            put(UInt32(entry.keyEnd))
            put(entry.valence.bitPattern)
            put(entry.roles)
            put(entry.longestPhrase)
            put(entry.eventQuarters)
            put(UInt32(entry.themeStart))
            put(UInt32(entry.themeEnd))
        }
        put(UInt32(table.slots.count))
        for slot in table.slots { put(slot) }
        put(UInt32(table.keys.count))
        bytes.append(contentsOf: table.keys)
        put(UInt32(table.themes.count))
        for theme in table.themes { put(theme) }
        return bytes
    }

    /// The lexicon `serialized()` made, or `nil` when `bytes` are not one, whole and sound.
    ///
    /// - Complexity: O(n) in the size of `bytes`.
    public init?(serialized bytes: [UInt8]) {
        guard let (themeNames, table) = bytes.withUnsafeBytes({ Lexicon.read($0) }) else { return nil }
        self.themeNames = themeNames
        self.table = table
    }

    private static func read(_ raw: UnsafeRawBufferPointer) -> ([String], Table)? {
        var reader = ByteReader(raw: raw)
        guard reader.take(serializedMagic.count).map(Array.init) == serializedMagic else { return nil }
        let limit = raw.count
        guard let nameCount = reader.count(limit: limit) else { return nil }
        var themeNames: [String] = []
        for _ in 0..<nameCount {
            guard let length = reader.count(limit: limit), let name = reader.take(length),
                  let text = String(validating: name, as: UTF8.self) else { return nil }
            themeNames.append(text)
        }
        // The sections' sizes come first, so the table is allocated once and filled in place.
        guard let entryCount = reader.count(limit: limit), let entryBytes = reader.take(entryCount * Entry.serializedSize),
              let slotCount = reader.count(limit: limit), slotCount > entryCount, slotCount & (slotCount - 1) == 0,
              let slotBytes = reader.take(slotCount * 4),
              let keyCount = reader.count(limit: limit), let keyBytes = reader.take(keyCount),
              let themeCount = reader.count(limit: limit), let themeBytes = reader.take(themeCount * 2),
              reader.isAtEnd else { return nil }
        let table = Table(entryCount: entryCount, slotCount: slotCount, keyCount: keyCount, themeCount: themeCount)
        UnsafeMutableRawBufferPointer(table.keys).copyMemory(from: UnsafeRawBufferPointer(rebasing: keyBytes))
        var themes = ByteReader(raw: UnsafeRawBufferPointer(rebasing: themeBytes))
        for index in 0..<themeCount {
            guard let theme = themes.load(UInt16.self), Int(theme) < themeNames.count else { return nil }
            table.themes[index] = theme
        }
        var hasEmptySlot = false
        var slots = ByteReader(raw: UnsafeRawBufferPointer(rebasing: slotBytes))
        for index in 0..<slotCount {
            guard let slot = slots.load(Int32.self), slot >= -1, slot < entryCount else { return nil }
            table.slots[index] = slot
            hasEmptySlot = hasEmptySlot || slot == -1
        }
        // Every entry's ranges lie inside the table, its valence is a rating, and its hash is its key's:
        // a lookup can then neither leave the table, nor go round it forever, nor miss what it should find.
        guard hasEmptySlot else { return nil }
        var fields = ByteReader(raw: UnsafeRawBufferPointer(rebasing: entryBytes))
        let keys = UnsafeBufferPointer(table.keys)
        for index in 0..<entryCount {
            let entry = Entry(
                hash: fields.load(UInt64.self)!, keyStart: Int32(truncatingIfNeeded: fields.load(UInt32.self)!),
                keyEnd: Int32(truncatingIfNeeded: fields.load(UInt32.self)!), valence: Float(bitPattern: fields.load(UInt32.self)!),
                roles: fields.load(UInt32.self)!, longestPhrase: fields.load(UInt8.self)!, eventQuarters: fields.load(Int8.self)!,
                themeStart: Int32(truncatingIfNeeded: fields.load(UInt32.self)!), themeEnd: Int32(truncatingIfNeeded: fields.load(UInt32.self)!))
            guard entry.keyStart >= 0, entry.keyStart <= entry.keyEnd, Int(entry.keyEnd) <= keyCount,
                  entry.themeStart >= 0, entry.themeStart <= entry.themeEnd, Int(entry.themeEnd) <= themeCount,
                  (-4...4).contains(entry.valence), (1...WordList.maximumWords).contains(Int(entry.longestPhrase)),
                  (-16...16).contains(entry.eventQuarters),
                  FNV1a.hash(UnsafeBufferPointer(rebasing: keys[Int(entry.keyStart)..<Int(entry.keyEnd)])) == entry.hash else { return nil }
            table.entries[index] = entry
        }
        return (themeNames, table)
    }
}

private extension Lexicon.Entry {
    /// The bytes of one entry: hash 8, key start and end 4 each, valence 4, roles 4, longest
    /// phrase 1, event quarters 1, theme start and end 4 each.
    static let serializedSize = 34
}

/// Reads little-endian values from bytes, refusing to read past their end.
private struct ByteReader {
    let raw: UnsafeRawBufferPointer
    private var offset = 0

    init(raw: UnsafeRawBufferPointer) { self.raw = raw }

    var isAtEnd: Bool { offset == raw.count }

    mutating func load<T: FixedWidthInteger>(_ type: T.Type) -> T? {
        guard raw.count - offset >= MemoryLayout<T>.size else { return nil }
        defer { offset += MemoryLayout<T>.size }
        return T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// A count, which can be no more than `limit` (the bytes' size: nothing holds more items than bytes).
    mutating func count(limit: Int) -> Int? {
        guard let value = load(UInt32.self), Int(value) <= limit else { return nil }
        return Int(value)
    }

    mutating func take(_ count: Int) -> UnsafeRawBufferPointer.SubSequence? {
        guard count >= 0, raw.count - offset >= count else { return nil }
        defer { offset += count }
        return raw[offset..<offset + count]
    }
}
