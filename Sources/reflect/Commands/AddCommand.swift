import Journal

/// `reflect add WORDS… [--task]`: a quick note in the day's entry, under `## Notes`, or with
/// `--task` a commitment under `## Commitments`, without the guided flow (as `jrnl WORDS` does).
enum AddCommand {
    static func run(_ context: Context) throws {
        let words = context.invocation.arguments.joined(separator: " ").trimmed
        guard !words.isEmpty else {
            throw UsageError("there is nothing to add: give the words of the note", command: context.invocation.command)
        }
        let day = context.today
        let isTask = context.invocation.flag("--task")
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
