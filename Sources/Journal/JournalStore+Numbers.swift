/// Recording the user's numbers (`reflect log calls=12`) in a day's front matter.
extension JournalStore {
    /// The number definitions of `DIR/.reflect/numbers.md`; none when there is no such file.
    ///
    /// - Throws: `NumbersFileError` for a line that cannot be read; `JournalError` (wrapped in
    ///   `NumbersFileError` with line 0) when the file cannot be read at all.
    public func numberDefinitions() throws(NumbersFileError) -> [NumberDefinition] {
        let path = settingsFolder + "/numbers.md"
        let text: String?
        do throws(JournalError) {
            text = try settings("numbers.md")
        } catch {
            throw NumbersFileError(path: path, line: 0, reason: error.reason)
        }
        guard let text else { return [] }
        return try NumberDefinition.parse(text, path: path)
    }

    /// Sets `values` (name and value as written) in `day`'s front matter, creating the day's file
    /// when there is none; a key already there is changed in place, every other byte stays.
    ///
    /// - Returns: the day's file.
    /// - Throws: `.cannotWrite` when the journal or the file cannot be written, `.unreadable` when
    ///   the day's file is not text the tool can parse (it is never modified then).
    public func record(_ values: [(name: String, value: String)], on day: Day) throws(JournalError) -> String {
        try transaction { session throws(JournalError) -> String in
            let fields = values.map { ($0.name, $0.value) }
            if let existing = locate(day) {
                let target = try session.target(existing)
                let bytes = try session.read(target)
                _ = try EntryParser.parse(bytes, day: day, path: existing)
                let updated = EntryWriter.updateFrontMatter(bytes, day: day, set: fields, addPrompts: [])
                if updated != bytes { try session.write(updated, to: (target.folder, target.name), shownAs: existing) }
                return existing
            }
            let path = canonicalPath(for: day)
            let bytes = EntryWriter.updateFrontMatter(
                EntryWriter.newEntry(day: day, attitude: nil, answers: [], commitments: []), day: day, set: fields, addPrompts: [])
            try session.write(bytes, to: (try session.canonicalFolder(for: day), "\(day).md"), shownAs: path)
            return path
        }
    }
}

extension EntryWriter {
    /// `bytes` with `values` set in the front matter (created when missing); every other byte
    /// stays. What `JournalStore.record` writes, for tools that compose files themselves.
    public static func settingNumbers(_ values: [(name: String, value: String)], in bytes: [UInt8], day: Day) -> [UInt8] {
        updateFrontMatter(bytes, day: day, set: values.map { ($0.name, $0.value) }, addPrompts: [])
    }
}
