import CommandKit
import Journal

/// `reflect add WORDS… [--task]`: a quick note in the day's entry, under `## Notes`, or with
/// `--task` a commitment under `## Commitments`, without the guided flow (as `jrnl WORDS` does).
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "add",
        abstract: "Add a note, or with --task a commitment, to today's entry.",
        discussion: """
        The words go under '## Notes' in the day's file, or with --task become a task line under \
        '## Commitments' ("Call Dana by Friday" is due on Friday).
        """
    )

    @Flag(name: "--task", help: "Add the words as a commitment.")
    var task: Bool

    @Arguments(name: "words", help: "The note or the commitment.")
    var words: [String]

    func run(_ context: Context) throws {
        let words = words.joined(separator: " ").trimmed
        guard !words.isEmpty else {
            throw UsageError("there is nothing to add: give the words of the note", command: Self.self)
        }
        let day = context.today
        let isTask = task
        let line = isTask ? EntryWriter.taskLine(words, writtenOn: day) : words
        let path: String
        do throws(JournalError) {
            path = try context.store.add(line, under: isTask ? "Commitments" : "Notes", paragraph: !isTask, on: day)
        } catch {
            throw CommandFailure("\(error)" + Today(context: context).keep(Array((line + "\n").utf8)), code: ExitCode(for: error))
        }
        Console.write((isTask ? "Added a commitment to " : "Added a note to ") + path + "\n")
    }
}
