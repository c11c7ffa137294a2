import CommandKit
import Journal

/// `reflect done ID|TEXT`: ticks one commitment in the file it was made in; a recurring one gets
/// its next occurrence on a new line above it, as Obsidian Tasks does.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "done",
        abstract: "Mark one commitment met.",
        discussion: """
        Ticks the task line in the file it was made in: '[x]' and '✅ <today>'. A task that repeats \
        ('🔁 every week') gets its next occurrence on a new line above it, its dates moved, as \
        Obsidian Tasks does.
        """
    )

    @Arguments(name: "id-or-text", help: "The commitment's id (YYYY-MM-DD#N) or a fragment of its text matching exactly one open commitment.", completion: CommitmentQuery.completion)
    var query: [String]

    func run(_ context: Context) throws {
        let query = query.joined(separator: " ").trimmed
        guard !query.isEmpty else { throw UsageError("missing '<id-or-text>'", command: Self.self) }
        let commitment = try CommitmentLookup.find(query, among: [.open], context: context)
        if commitment.state != .open {
            Console.write("\(commitment.id) is already \(CommitmentLookup.stateName(commitment.state)): \(commitment.text)\n")
            return
        }
        let edits = try CommitmentLookup.apply(.meet(on: context.today), to: commitment, context: context)
        guard edits.unchanged.isEmpty else {
            Console.write("\(commitment.id) is already met: \(commitment.text)\n")
            return
        }
        var text = "Met \(commitment.id): \(commitment.text)\n"
        for item in edits.recurring {
            guard let next = item.next else {
                Console.warn("\(item.commitment.id) repeats '\(item.commitment.recurrence ?? "")', a rule reflect does not follow; "
                    + "no next occurrence was written")
                continue
            }
            let moved = "\(commitment.madeOn)#\(commitment.number + 1)"
            text += "Next: \(commitment.id)" + (next.due.map { ", due \($0)" } ?? "") + " (the met one is now \(moved))\n"
        }
        Console.write(text)
    }
}
