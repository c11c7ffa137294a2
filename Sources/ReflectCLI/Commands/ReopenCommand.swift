import CommandKit
import Journal

/// `reflect reopen ID|TEXT`: marks one met or cancelled commitment open again (`[ ]`, its done and
/// cancelled dates taken out) in the file it was made in.
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "reopen",
        abstract: "Mark one met or cancelled commitment open again.",
        discussion: """
        Unticks the task line in the file it was made in ('[ ]') and takes its done and cancelled dates out.
        """
    )

    @Arguments(name: "id-or-text", help: "The commitment's id (YYYY-MM-DD#N) or a fragment of its text matching exactly one met or cancelled commitment.", completion: CommitmentQuery.completion)
    var query: [String]

    func run(_ context: Context) throws {
        let query = query.joined(separator: " ").trimmed
        guard !query.isEmpty else { throw UsageError("missing '<id-or-text>'", command: Self.self) }
        let commitment = try CommitmentLookup.find(query, among: [.met, .cancelled], context: context)
        if commitment.state == .open {
            Console.write("\(commitment.id) is already open: \(commitment.text)\n")
            return
        }
        _ = try CommitmentLookup.apply(.reopen, to: commitment, context: context)
        Console.write("Reopened \(commitment.id): \(commitment.text)\n")
    }
}
