import CommandKit
import Journal

/// `reflect cancel ID|TEXT`: marks one commitment cancelled (`[-]` and `❌ today`) in the file it was
/// made in; `reflect cancel --before D` cancels every open commitment made before D.
struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "cancel",
        abstract: "Mark one commitment cancelled, or every open one made before a day.",
        discussion: """
        Marks the task line in the file it was made in: '[-]' and '❌ <today>'. With --before, cancels \
        every open commitment made before that day, listing them and asking first on a terminal.
        """
    )

    @Option(name: "--before", value: "date", help: "Cancel every open commitment made before this day.")
    var before: DateArgument?

    @Flag(name: "--yes", help: "Do not ask before cancelling them (with --before).")
    var yes: Bool

    @Arguments(name: "id-or-text", optional: true, help: "The commitment's id (YYYY-MM-DD#N) or a fragment of its text matching exactly one open commitment.", completion: CommitmentQuery.completion)
    var query: [String]

    func run(_ context: Context) throws {
        let query = query.joined(separator: " ").trimmed
        if let before = try context.day(before, "--before") {
            guard query.isEmpty else {
                throw UsageError("give '<id-or-text>' or '--before <date>', not both", command: Self.self)
            }
            try cancelAll(madeBefore: before, asking: !yes, context: context)
            return
        }
        guard !query.isEmpty else { throw UsageError("missing '<id-or-text>'", command: Self.self) }
        let commitment = try CommitmentLookup.find(query, among: [.open], context: context)
        if commitment.state != .open {
            Console.write("\(commitment.id) is already \(CommitmentLookup.stateName(commitment.state)): \(commitment.text)\n")
            return
        }
        _ = try CommitmentLookup.apply(.cancel(on: context.today), to: commitment, context: context)
        Console.write("Cancelled \(commitment.id): \(commitment.text)\n")
    }

    /// Cancels every open commitment made before `day`, after asking on a terminal unless `--yes`.
    private func cancelAll(madeBefore day: Day, asking: Bool, context: Context) throws {
        let open = context.allCommitments().filter { $0.state == .open && $0.madeOn < day }
        guard !open.isEmpty else {
            Console.write("No open commitments made before \(day).\n")
            return
        }
        let list = open.map { "  \($0.id)  \($0.text)\n" }.joined()
        let count = "\(open.count) open commitment\(open.count == 1 ? "" : "s") made before \(day)"
        let asks = Console.inputIsTerminal && asking
        if asks {
            Console.write(list)
            let answer = Console.ask("Cancel these \(count)? [y/N] ")?.trimmed.lowercased()
            guard answer == "y" || answer == "yes" else {
                Console.write("Nothing was cancelled.\n")
                return
            }
        }
        _ = try context.store.editTasks(open.map { ($0, .cancel(on: context.today)) })
        Console.write("Cancelled \(count)" + (asks ? ".\n" : ":\n" + list))
    }
}
