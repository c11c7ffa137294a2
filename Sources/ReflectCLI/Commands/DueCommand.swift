import CommandKit
import Journal

/// `reflect due ID|TEXT DATE|WORDS`: sets or changes one open commitment's due date, as `📅
/// YYYY-MM-DD` where Obsidian Tasks reads it, or where its due date is already written.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "due",
        abstract: "Set or change one commitment's due date.",
        discussion: """
        Changes the due date where the task line has one, or adds '📅 <date>' where Obsidian Tasks reads \
        it. The date comes last: the longest run of final words that reads as a day is the date, and \
        the words before it name the commitment.
        """
    )

    @Argument(name: "id-or-text", help: "The commitment's id (YYYY-MM-DD#N) or a fragment of its text matching exactly one open commitment.", completion: CommitmentQuery.completion)
    var target: String

    @Arguments(name: "date", help: "YYYY-MM-DD, or words read against today: 'friday', 'next friday', 'tomorrow', 'end of month', 'Dec 1'.")
    var date: [String]

    func run(_ context: Context) throws {
        let command = Self.self
        let words = [target] + date
        // The date is the longest run of final words that reads as a day; the words before it name
        // the commitment, so neither needs quoting.
        var found: (query: String, due: Day)?
        for cut in 1..<words.count {
            if let due = Self.dueDay(words[cut...].joined(separator: " "), today: context.today) {
                found = (words[..<cut].joined(separator: " ").trimmed, due)
                break
            }
        }
        guard let (query, due) = found else {
            throw UsageError("'\(words.last!)' is not a date: use YYYY-MM-DD (a day that exists) or words such as "
                + "'friday', 'next friday', 'tomorrow', 'end of month', 'Dec 1'", command: command)
        }
        let commitment = try CommitmentLookup.find(query, among: [.open], context: context)
        if commitment.state != .open {
            Console.write("\(commitment.id) is already \(CommitmentLookup.stateName(commitment.state)): \(commitment.text)\n")
            return
        }
        _ = try CommitmentLookup.apply(.due(due), to: commitment, context: context)
        Console.write("\(commitment.id) is due \(due): \(commitment.text)\n")
    }

    /// The day `words` name, read against `today`: an ISO date, or a phrase `NaturalDueDate` reads
    /// ("friday", "by next friday", "end of month") that uses every word.
    static func dueDay(_ words: String, today: Day) -> Day? {
        if let day = Day(iso: words) { return day }
        let lower = words.lowercased().trimmed
        let phrase = lower.hasPrefix("by ") ? lower : "by " + lower
        guard let match = NaturalDueDate.find(in: phrase, writtenOn: today),
              match.range == phrase.startIndex..<phrase.endIndex else { return nil }
        return match.due
    }
}
