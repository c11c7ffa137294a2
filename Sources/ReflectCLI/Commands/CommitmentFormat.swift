import Journal

/// How commitments read in the terminal and in JSON, shared by every command that lists them.
enum CommitmentFormat {
    /// `{id, text, status, madeOn, due, doneOn, cancelledOn, scheduled, start, priority, recurrence}`.
    static func json(_ commitment: Commitment, on day: Day) -> JSON {
        .object([
            ("id", .string(commitment.id)),
            ("text", .string(commitment.text)),
            ("status", .string(commitment.status(on: day).rawValue)),
            ("madeOn", .string(commitment.madeOn.description)),
            ("due", .optional(commitment.due)),
            ("doneOn", .optional(commitment.doneOn)),
            ("cancelledOn", .optional(commitment.cancelledOn)),
            ("scheduled", .optional(commitment.scheduled)),
            ("start", .optional(commitment.start)),
            ("priority", .optional(commitment.priority?.rawValue)),
            ("recurrence", .optional(commitment.recurrence)),
        ])
    }

    /// One aligned line: id, status, due, when it was made, text.
    static func line(_ commitment: Commitment, on day: Day, style: Style) -> String {
        let status = commitment.status(on: day)
        let statusText = pad(status.rawValue, 9)
        let coloured = switch status {
        case .overdue: style.red(statusText)
        case .met: style.green(statusText)
        case .cancelled: style.dim(statusText)
        case .open: style.yellow(statusText)
        }
        var due = commitment.due.map { "due \($0)" } ?? "no due date"
        if status == .met, let doneOn = commitment.doneOn { due = "met \(doneOn)" }
        return "  " + pad(commitment.id, 13) + "  " + coloured + " " + pad(due, 15) + "  "
            + pad(ageText(commitment.age(on: day)), 16) + "  " + commitment.text
    }

    /// When a commitment was made, said so that it is not read as its due date: `made today`,
    /// `made yesterday`, `made 12 days ago`.
    static func ageText(_ days: Int) -> String {
        days <= 0 ? "made today" : days == 1 ? "made yesterday" : "made \(days) days ago"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
