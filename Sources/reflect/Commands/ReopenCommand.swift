import Journal

/// `reflect reopen ID|TEXT`: marks one met or cancelled commitment open again (`[ ]`, its done and
/// cancelled dates taken out) in the file it was made in.
enum ReopenCommand {
    static func run(_ context: Context) throws {
        let query = context.invocation.arguments.joined(separator: " ").trimmed
        guard !query.isEmpty else { throw UsageError("missing '<id-or-text>'", command: context.invocation.command) }
        let commitment = try CommitmentLookup.find(query, among: [.met, .cancelled], context: context)
        if commitment.state == .open {
            Console.write("\(commitment.id) is already open: \(commitment.text)\n")
            return
        }
        _ = try CommitmentLookup.apply(.reopen, to: commitment, context: context)
        Console.write("Reopened \(commitment.id): \(commitment.text)\n")
    }
}
