/// A task line in an entry — `- [ ] Send Acme the proposal 📅 2026-11-27` — which `reflect` treats
/// as a commitment. `TaskLine` reads it; this is what it found.
public struct EntryTask: Equatable, Sendable {
    /// Whether a task is still to do, done, or dropped.
    public enum State: Equatable, Sendable {
        /// `[ ]`, in progress `[/]`, or any other symbol Obsidian Tasks does not know (`[?]`, `[>]`…).
        case open
        /// `[x]` or `[X]`.
        case met
        /// `[-]`.
        case cancelled
    }

    /// A field of the Obsidian Tasks emoji format, named for what it holds.
    public enum Field: String, Sendable, CaseIterable {
        /// `🔺` `⏫` `🔼` `🔽` `⏬`.
        case priority
        /// `✅ YYYY-MM-DD`.
        case done
        /// `❌ YYYY-MM-DD`.
        case cancelled
        /// `📅 YYYY-MM-DD` (also `📆`, `🗓`).
        case due
        /// `⏳ YYYY-MM-DD` (also `⌛`).
        case scheduled
        /// `🛫 YYYY-MM-DD`.
        case start
        /// `➕ YYYY-MM-DD`.
        case created
        /// `🔁 every week`.
        case recurrence
        /// `🏁 delete`.
        case onCompletion
        /// `🆔 abc123`.
        case id
        /// `⛔ abc123,def456`.
        case dependsOn

        /// Whether its value is a date.
        public var holdsDate: Bool {
            switch self {
            case .done, .cancelled, .due, .scheduled, .start, .created: true
            default: false
            }
        }
    }

    /// How urgent Obsidian Tasks says a task is.
    public enum Priority: String, Sendable, CaseIterable {
        /// `🔺`.
        case highest
        /// `⏫`.
        case high
        /// `🔼`.
        case medium
        /// `🔽`.
        case low
        /// `⏬`.
        case lowest
    }

    /// A date field whose date does not exist (`📅 2024-02-31`): Tasks reads it as a field with an
    /// invalid date, so it is not text, and the task has no such date.
    public struct InvalidDate: Equatable, Sendable {
        /// Which field.
        public let field: Field
        /// The field as written, emoji and all.
        public let written: String

        /// A field `written` whose date is invalid.
        public init(field: Field, written: String) {
            self.field = field
            self.written = written
        }
    }

    /// 1-based position among the file's task lines: the `N` of the commitment id `YYYY-MM-DD#N`.
    public let number: Int
    /// 0-based line number in the file.
    public let line: Int
    /// The checkbox state.
    public let state: State
    /// The task's description: its words without the checkbox, the Tasks fields, the block link and
    /// `due:`/`[due:: ]` markers; tags stay, as Tasks keeps them.
    public let text: String
    /// When it is due: `📅`, `due:` or `[due::]`, else a "by Friday" phrase read against the entry's date.
    public let due: Day?
    /// When it was ticked: `✅ YYYY-MM-DD`.
    public let done: Day?
    /// The character in the checkbox: ` `, `x`, `/`, `-` or another.
    public let symbol: Character
    /// When it was cancelled: `❌ YYYY-MM-DD`.
    public let cancelled: Day?
    /// When it is planned for: `⏳ YYYY-MM-DD`.
    public let scheduled: Day?
    /// When work on it can start: `🛫 YYYY-MM-DD`.
    public let start: Day?
    /// When it was written down: `➕ YYYY-MM-DD`.
    public let created: Day?
    /// `🔺` … `⏬`; `nil` is Tasks' normal priority.
    public let priority: Priority?
    /// The recurrence rule as written after `🔁`: `every week`, `every month when done`.
    public let recurrence: String?
    /// What to do when it is done, as written after `🏁`: `delete`, `keep`.
    public let onCompletion: String?
    /// Its Tasks id, after `🆔`.
    public let id: String?
    /// The ids of the tasks it waits for, after `⛔`.
    public let dependsOn: [String]
    /// Its block link, `^abc123`, kept aside from the text.
    public let blockLink: String?
    /// Date fields whose dates do not exist.
    public let invalidDates: [InvalidDate]

    /// A task with the given values; the Tasks fields default to absent.
    public init(
        number: Int, line: Int, state: State, text: String, due: Day?, done: Day?,
        symbol: Character? = nil, cancelled: Day? = nil, scheduled: Day? = nil, start: Day? = nil,
        created: Day? = nil, priority: Priority? = nil, recurrence: String? = nil, onCompletion: String? = nil,
        id: String? = nil, dependsOn: [String] = [], blockLink: String? = nil, invalidDates: [InvalidDate] = []
    ) {
        self.number = number
        self.line = line
        self.state = state
        self.text = text
        self.due = due
        self.done = done
        self.symbol = symbol ?? (state == .met ? "x" : state == .cancelled ? "-" : " ")
        self.cancelled = cancelled
        self.scheduled = scheduled
        self.start = start
        self.created = created
        self.priority = priority
        self.recurrence = recurrence
        self.onCompletion = onCompletion
        self.id = id
        self.dependsOn = dependsOn
        self.blockLink = blockLink
        self.invalidDates = invalidDates
    }

    /// The task a line read as: `reading` with its place in the file.
    public init(number: Int, line: Int, reading task: TaskLine) {
        self.init(
            number: number, line: line, state: task.state, text: task.text, due: task.due, done: task.done,
            symbol: task.symbol, cancelled: task.cancelled, scheduled: task.scheduled, start: task.start,
            created: task.created, priority: task.priority, recurrence: task.recurrence,
            onCompletion: task.onCompletion, id: task.id, dependsOn: task.dependsOn, blockLink: task.blockLink,
            invalidDates: task.invalidDates
        )
    }
}
