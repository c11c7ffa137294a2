/// A task line in an entry — `- [ ] Send Acme the proposal 📅 2026-11-27` — which `reflect` treats
/// as a commitment.
public struct Task: Equatable, Sendable {
    /// Whether a task is still to do, done, or dropped.
    public enum State: Equatable, Sendable {
        /// `[ ]`.
        case open
        /// `[x]` or `[X]`.
        case met
        /// `[-]`.
        case cancelled
    }

    /// 1-based position among the file's task lines: the `N` of the commitment id `YYYY-MM-DD#N`.
    public let number: Int
    /// 0-based line number in the file.
    public let line: Int
    /// The checkbox state.
    public let state: State
    /// The task's words, without the checkbox, due and done markers.
    public let text: String
    /// When it is due: `📅`, `due:` or `[due::]`, else a "by Friday" phrase read against the entry's date.
    public let due: Day?
    /// When it was ticked: `✅ YYYY-MM-DD`.
    public let done: Day?
}
