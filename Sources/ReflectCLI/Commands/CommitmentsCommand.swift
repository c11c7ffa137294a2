import CommandKit
import Journal

/// `reflect commitments [--open|--overdue|--met|--all]`.
struct CommitmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "commitments",
        abstract: "List commitments with id, status, due date and age.",
        discussion: """
        Without a filter, lists the open and overdue ones.
        """
    )

    /// Which commitments to list.
    enum Filter: String, EnumerableFlag {
        case open, overdue, met, all

        static func help(for value: Filter) -> String {
            switch value {
            case .open: "Only open commitments."
            case .overdue: "Only overdue commitments."
            case .met: "Only met commitments."
            case .all: "Every commitment, cancelled ones too."
            }
        }
    }

    @ExclusiveFlags var filter: Filter?

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool
    func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let day = context.today
        let wanted: Set<Commitment.Status> = switch filter {
        case .open: [.open]
        case .overdue: [.overdue]
        case .met: [.met]
        case .all: Set(Commitment.Status.allCases)
        case nil: [.open, .overdue]
        }
        let commitments = context.allCommitments(warnings: true).filter { wanted.contains($0.status(on: day)) }
        if json {
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
