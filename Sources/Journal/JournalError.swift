/// What can go wrong reading or writing a journal, each case a sentence a user can act on.
public enum JournalError: Error, Equatable, CustomStringConvertible {
    /// A file that is not text the tool can read; it is skipped and never modified.
    case unreadable(path: String, reason: String)
    /// The journal folder or an entry cannot be created or written.
    case cannotWrite(path: String, reason: String)
    /// A file could not be read for a reason other than its content.
    case cannotRead(path: String, reason: String)
    /// No entry for a day.
    case noEntry(Day)
    /// No commitment matches an id or text; `among` names the ones looked at (`open`, `met or cancelled`).
    case noCommitment(String, among: String = "open")
    /// A text fragment matches several commitments.
    case ambiguousCommitment(String, candidates: [String], among: String = "open")
    /// The editor failed or was not found.
    case editorFailed(String)
    /// A second file for a day that already has one; it is not read.
    case duplicateDay(path: String, kept: String)
    /// A file changed between being read and being changed, so the change was not made.
    case changedSinceRead(path: String, what: String)
    /// The journal folder can be written by other users: a warning, the journal is still used.
    case openToOthers(path: String, mode: Int)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "cannot read \(path): \(reason)"
        case let .cannotWrite(path, reason): "cannot write \(path): \(reason)"
        case let .cannotRead(path, reason): "cannot read \(path): \(reason)"
        case let .noEntry(day): "no entry for \(day)"
        case let .noCommitment(what, among): "no \(among) commitment matches '\(what)'"
        case let .ambiguousCommitment(what, candidates, among):
            "'\(what)' matches \(candidates.count) \(among) commitments; name one by its id:\n"
                + candidates.map { "  " + $0 }.joined(separator: "\n")
        case let .editorFailed(reason): reason
        case let .duplicateDay(path, kept): "ignoring \(path): \(kept) is the file for the same day"
        case let .changedSinceRead(path, what): "\(path) changed since it was read (\(what)), so nothing was changed"
        case let .openToOthers(path, mode):
            "the journal folder \(path) can be written by other users (mode \(String(mode, radix: 8))); 'chmod 700 \(path)' makes it private"
        }
    }
}
