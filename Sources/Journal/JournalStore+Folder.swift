extension JournalStore {
    /// Why the journal folder cannot be read from, or `nil` when it is a folder.
    ///
    /// A folder that does not exist yet is a problem only when `mustExist` (the user named it with
    /// `--journal`, where a typing mistake should not read as "no entries"); the default folder of
    /// a new user simply has no entries yet.
    public func readingProblem(mustExist: Bool) -> String? {
        switch FileSystem.kind(root) {
        case .folder?: return nil
        case nil:
            guard mustExist else { return nil }
            if FileSystem.kind(root, followLinks: false) == .link { return "the journal folder \(root) is a symbolic link to nothing" }
            return "the journal folder \(root) does not exist"
        case let kind?: return "\(root) is \(kind.phrase), not a journal folder"
        }
    }
}
