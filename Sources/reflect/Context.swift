import Insights
import Journal

/// What every command runs with: the journal, the day it takes as today, and how to print.
struct Context {
    let store: JournalStore
    let today: Day
    let style: Style
    let invocation: Invocation

    init(invocation: Invocation) throws(UsageError) {
        self.invocation = invocation
        guard let folder = JournalStore.folder(option: invocation.value("--journal"), environment: Console.environment) else {
            throw UsageError("there is no journal folder: give --journal DIR, or set REFLECT_JOURNAL or HOME", command: invocation.command)
        }
        store = JournalStore(root: folder)
        today = try invocation.value("--date").map { text throws(UsageError) in try Context.day(text, option: "--date", command: invocation.command) } ?? Clock.today()
        // A dumb terminal (Emacs's shell, some CI logs) shows escape codes as garbage.
        let noColor = invocation.flag("--no-color") || !(Console.environment("NO_COLOR") ?? "").isEmpty
            || Console.environment("TERM") == "dumb"
        style = Style(enabled: !noColor && Console.outputIsTerminal)
        Console.allowsColour = style.enabled
        if let problem = store.permissionProblem() { Console.warn(problem.description) }
    }

    /// Parses a day given on the command line: `YYYY-MM-DD`, `today` or `yesterday`.
    static func day(_ text: String, option: String, command: CommandSpec, today: Day? = nil) throws(UsageError) -> Day {
        switch text.lowercased() {
        case "today": return today ?? Clock.today()
        case "yesterday":
            let yesterday = (today ?? Clock.today()).adding(days: -1)
            guard yesterday.isInCalendar else {
                throw UsageError("\(option) 'yesterday' is before 0001-01-01, the first day there is", command: command)
            }
            return yesterday
        default:
            guard let day = Day(iso: text) else {
                throw UsageError("\(option) '\(text)' is not a date: use YYYY-MM-DD (a day that exists), 'today' or 'yesterday'", command: command)
            }
            return day
        }
    }

    /// Throws when the journal folder cannot be read from: a command that reads the journal calls
    /// this first, so that a mistyped `--journal` or a file named by it is an error, not "No entries".
    func requireReadableJournal() throws {
        let named = invocation.value("--journal") != nil || !(Console.environment("REFLECT_JOURNAL") ?? "").isEmpty
        if let problem = store.readingProblem(mustExist: named) {
            throw CommandFailure(problem, code: .notFound)
        }
    }

    /// Whether long output may go through the pager: not with `--no-pager`.
    var mayPage: Bool { !invocation.flag("--no-pager") }

    /// A day option of the current command, relative to the context's today.
    func day(option: String) throws(UsageError) -> Day? {
        try invocation.value(option).map { text throws(UsageError) in
            try Context.day(text, option: option, command: invocation.command, today: today)
        }
    }

    /// A month option: `YYYY-MM`.
    func month(option: String) throws(UsageError) -> Month? {
        guard let text = invocation.value(option) else { return nil }
        guard let month = Month(iso: text) else {
            throw UsageError("\(option) '\(text)' is not a month: use YYYY-MM, with a month from 01 to 12", command: invocation.command)
        }
        return month
    }

    /// The bundle's prompts with the journal's own `prompts.md` on top; problems in it are warnings.
    func promptSet() -> PromptSet {
        var user: [Prompt] = []
        do throws(JournalError) {
            if let text = try store.settings("prompts.md") {
                let parsed = PromptSet.parse(text)
                user = parsed.prompts
                for problem in parsed.problems { Console.warn("\(store.settingsFolder)/prompts.md \(problem)") }
            }
        } catch {
            Console.warn("\(error); using the bundled prompts only")
        }
        return PromptSet(bundled: PromptSet.bundled(), user: user)
    }

    /// The bundled word lists with the journal's own `themes.md` on top; problems in it are warnings.
    func analyzer() -> TextAnalyzer {
        var userThemes: String?
        do throws(JournalError) {
            userThemes = try store.settings("themes.md")
        } catch {
            Console.warn("\(error); using the bundled word lists only")
        }
        let (lexicon, problems) = Lexicon.bundled(userThemes: userThemes)
        for problem in problems { Console.warn("\(store.root)/\(problem)") }
        return TextAnalyzer(lexicon: lexicon)
    }

    /// Every commitment in the journal, oldest first. With `warnings` (where commitments are listed
    /// for the user), a date field whose date does not exist (`📅 2026-02-30`) is named in a warning:
    /// Obsidian Tasks reads it as an invalid date, so the commitment has no such date until it is fixed.
    func allCommitments(warnings: Bool = false) -> [Commitment] {
        let commitments = store.mapEntries(skipped: Context.skip, Commitment.all(in:)).flatMap { $0 }
        guard warnings else { return commitments }
        for commitment in commitments {
            for invalid in commitment.task.invalidDates {
                Console.warn("\(commitment.path) line \(commitment.task.line + 1): '\(invalid.written)' is not a date, "
                    + "so \(commitment.id) has no \(invalid.field.rawValue) date")
            }
        }
        return commitments
    }

    /// Open commitments from earlier days, oldest first, out of `all`: what the day's reflection reviews.
    func commitmentsToReview(in all: [Commitment]) -> [Commitment] {
        all.filter { $0.madeOn < today && $0.state == .open }
    }

    /// Warns about a file that is not read: not text, unreadable, or a second file for a day.
    static func skip(_ error: JournalError) {
        switch error {
        case let .unreadable(path, reason), let .cannotRead(path, reason): Console.warn("skipping \(path): \(reason)")
        default: Console.warn(error.description)
        }
    }
}
