import Journal

/// `reflect cancel ID|TEXT`: marks one commitment cancelled (`[-]` and `❌ today`) in the file it was
/// made in; `reflect cancel --before D` cancels every open commitment made before D.
enum CancelCommand {
    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let query = invocation.arguments.joined(separator: " ").trimmed
        if let before = try context.day(option: "--before") {
            guard query.isEmpty else {
                throw UsageError("give '<id-or-text>' or '--before <date>', not both", command: invocation.command)
            }
            try cancelAll(madeBefore: before, context: context)
            return
        }
        guard !query.isEmpty else { throw UsageError("missing '<id-or-text>'", command: invocation.command) }
        let commitment = try CommitmentLookup.find(query, among: [.open], context: context)
        if commitment.state != .open {
            Console.write("\(commitment.id) is already \(CommitmentLookup.stateName(commitment.state)): \(commitment.text)\n")
            return
        }
        _ = try CommitmentLookup.apply(.cancel(on: context.today), to: commitment, context: context)
        Console.write("Cancelled \(commitment.id): \(commitment.text)\n")
    }

    /// Cancels every open commitment made before `day`, after asking on a terminal unless `--yes`.
    private static func cancelAll(madeBefore day: Day, context: Context) throws {
        let open = context.allCommitments().filter { $0.state == .open && $0.madeOn < day }
        guard !open.isEmpty else {
            Console.write("No open commitments made before \(day).\n")
            return
        }
        let list = open.map { "  \($0.id)  \($0.text)\n" }.joined()
        let count = "\(open.count) open commitment\(open.count == 1 ? "" : "s") made before \(day)"
        let asks = Console.inputIsTerminal && !context.invocation.flag("--yes")
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
