import Journal

/// `reflect commitments [--open|--overdue|--met|--all]`.
enum CommitmentsCommand {
    static func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let day = context.today
        let invocation = context.invocation
        let wanted: Set<Commitment.Status> =
            invocation.flag("--open") ? [.open]
            : invocation.flag("--overdue") ? [.overdue]
            : invocation.flag("--met") ? [.met]
            : invocation.flag("--all") ? Set(Commitment.Status.allCases)
            : [.open, .overdue]
        let commitments = context.allCommitments(warnings: true).filter { wanted.contains($0.status(on: day)) }
        if invocation.flag("--json") {
            Console.write(JSON.array(commitments.map { CommitmentFormat.json($0, on: day) }).rendered() + "\n")
            return
        }
        guard !commitments.isEmpty else {
            let names = wanted.count == 4 ? "" : wanted.map(\.rawValue).sorted().joined(separator: " or ") + " "
            Console.write("No \(names)commitments.\n")
            return
        }
        var text = commitments.map { CommitmentFormat.line($0, on: day, style: context.style) + "\n" }.joined()
        let overdue = commitments.filter { $0.status(on: day) == .overdue }.count
        text += "\(commitments.count) commitment\(commitments.count == 1 ? "" : "s")" + (overdue > 0 ? ", \(overdue) overdue" : "") + "\n"
        Pager.write(text, allowed: context.mayPage)
    }
}
