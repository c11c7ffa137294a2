/// A task line seen as a promise the writer made: where it was made, when it is due, and whether
/// it was kept.
public struct Commitment: Equatable, Sendable {
    /// Where a commitment stands on a reference day.
    public enum Status: String, Sendable, CaseIterable {
        /// `[ ]` (or in progress, `[/]`, or another symbol), due on or after the reference day, or
        /// undated and made within the last 7 days.
        case open
        /// `[ ]`, due before the reference day, or undated and older than 7 days: unmet.
        case overdue
        /// `[x]`.
        case met
        /// `[-]`.
        case cancelled
    }

    /// How long an undated commitment stays open before it counts as overdue.
    public static let undatedGraceDays = 7

    /// `YYYY-MM-DD#N`: the day it was made and its task line's position in that day's file.
    public let id: String
    /// The day of the entry it was written in.
    public let madeOn: Day
    /// The task's position among the file's task lines, 1-based.
    public let number: Int
    /// The task's words: its description, without the Tasks fields.
    public let text: String
    /// The checkbox.
    public let state: EntryTask.State
    /// When it is due.
    public let due: Day?
    /// When it was ticked.
    public let doneOn: Day?
    /// When it was cancelled (`❌`).
    public let cancelledOn: Day?
    /// When it is planned for (`⏳`).
    public let scheduled: Day?
    /// When work on it can start (`🛫`).
    public let start: Day?
    /// Its Obsidian Tasks priority; `nil` is normal.
    public let priority: EntryTask.Priority?
    /// Its recurrence rule as written after `🔁`.
    public let recurrence: String?
    /// The file it was made in.
    public let path: String
    /// The task line it was read from.
    public let task: EntryTask

    /// The commitment of `task` in `entry`.
    public init(task: EntryTask, in entry: Entry) {
        id = "\(entry.day)#\(task.number)"
        madeOn = entry.day
        number = task.number
        text = task.text
        state = task.state
        due = task.due
        doneOn = task.done
        cancelledOn = task.cancelled
        scheduled = task.scheduled
        start = task.start
        priority = task.priority
        recurrence = task.recurrence
        path = entry.path
        self.task = task
    }

    /// Every commitment of `entry`, in file order.
    public static func all(in entry: Entry) -> [Commitment] {
        entry.tasks.map { Commitment(task: $0, in: entry) }
    }

    /// Its status on `reference`.
    ///
    /// A commitment ticked after `reference` was not yet met on it: looking back at an earlier
    /// month, it is open or overdue as it was then.
    public func status(on reference: Day) -> Status {
        switch state {
        case .met where doneOn.map({ $0 <= reference }) ?? true: return .met
        case .cancelled: return .cancelled
        case .open, .met:
            if let due { return due >= reference ? .open : .overdue }
            return madeOn.days(until: reference) <= Commitment.undatedGraceDays ? .open : .overdue
        }
    }

    /// Whether it was met by its due date; a met commitment with no due date (or no done date) counts as on time.
    public var metOnTime: Bool {
        guard state == .met else { return false }
        guard let due, let doneOn else { return true }
        return doneOn <= due
    }

    /// Whole days from the day it was made to `reference`.
    public func age(on reference: Day) -> Int { madeOn.days(until: reference) }
}
