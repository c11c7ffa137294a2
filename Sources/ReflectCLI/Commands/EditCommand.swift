import CommandKit
import Journal

/// `reflect edit [DATE]`: opens the day's own file in the editor (a new one from the day's template
/// when it has none), then reads it again and reports what would not read as the user meant.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "edit",
        abstract: "Open a day's own file in your editor.",
        discussion: """
        Opens the day's file in the editor of the config file, $VISUAL or $EDITOR (a new file from the \
        day's template when it has none, removed again if you leave it as it was), then reads it again \
        and warns about what does not read as you meant: a rating that is not 1 to 5, a date that does \
        not exist.
        """
    )

    @Argument(name: "date", help: "The day: YYYY-MM-DD, 'today' or 'yesterday' (default: today).")
    var date: DateArgument?

    func run(_ context: Context) throws {
        let day = try context.day(date, "<date>") ?? context.today
        let focus = Schedule(promptSet: context.promptSet()).prompts(for: day).focus
        let edit = try context.store.beginEdit(day, template: EntryWriter.template(day: day, prompts: [focus]))
        let editor = context.settings.editor.value
        if let failure = Editor.run(editor, on: edit.path) {
            // Whatever the editor wrote is the user's and stays; only an untouched new file goes.
            let outcome = try? context.store.endEdit(edit)
            let left = if case .discarded? = outcome { "nothing was saved" } else { "\(edit.shownAs) is as the editor left it" }
            throw JournalError.editorFailed("the editor '\(editor)' \(failure); \(left)")
        }
        switch try context.store.endEdit(edit) {
        case .discarded:
            Console.write("Nothing saved: the new entry was left as it was.\n")
        case let .unchanged(entry):
            Self.report(entry)
            Console.write("No change to \(entry.path)\n")
        case let .changed(entry, looseMode):
            if let looseMode {
                Console.warn("the editor left \(entry.path) readable by others (mode \(String(looseMode, radix: 8))); it is private (600) again")
            }
            Self.report(entry)
            Console.write("Saved \(entry.path)\n")
        }
    }

    /// Warns about what in `entry` does not read as its writer meant: a rating that is not one,
    /// dates that do not exist.
    private static func report(_ entry: Entry) {
        if let rating = entry.frontMatter.last(where: { $0.key == "attitude" }), entry.attitude == nil, !rating.value.trimmed.isEmpty {
            Console.warn("\(entry.path): attitude '\(rating.value)' is not a rating from 1 to 5, so the day has no rating")
        }
        for commitment in Commitment.all(in: entry) {
            for invalid in commitment.task.invalidDates {
                Console.warn("\(entry.path) line \(commitment.task.line + 1): '\(invalid.written)' is not a date, "
                    + "so \(commitment.id) has no \(invalid.field.rawValue) date")
            }
        }
    }
}
