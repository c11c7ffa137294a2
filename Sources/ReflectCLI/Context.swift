import CommandKit
import Insights
import Journal
import Prompts

/// What every command runs with: the journal, the day it takes as today, and how to print.
struct Context {
    let store: JournalStore
    let today: Day
    let style: Style
    /// The options every command takes.
    let globals: GlobalOptions
    /// The command being run, whose usage line follows a usage error.
    let command: any ParsableArguments.Type
    /// The effective settings and where each came from (`Config.swift`).
    let settings: Settings

    /// - Throws: `UsageError` for a bad option value, `CommandFailure` (exit 78) for a bad config file.
    init(globals: GlobalOptions, command: any ParsableArguments.Type) throws {
        self.globals = globals
        self.command = command
        settings = Settings(option: globals.journal, environment: Console.environment,
                            config: try Config.load(environment: Console.environment))
        guard let folder = settings.journal?.value else {
            throw UsageError("there is no journal folder: give --journal DIR, or set REFLECT_JOURNAL or HOME", command: command)
        }
        store = JournalStore(root: folder, layout: Layout(rawValue: settings.layout.value) ?? .nested)
        today = try globals.date?.resolved(today: Clock.today(), label: "--date", command: command) ?? Clock.today()
        // A dumb terminal (Emacs's shell, some CI logs) shows escape codes as garbage.
        let noColor = globals.noColor || !(Console.environment("NO_COLOR") ?? "").isEmpty
            || Console.environment("TERM") == "dumb"
        style = Style(enabled: !noColor && Console.outputIsTerminal)
        Console.allowsColour = style.enabled
        if let problem = store.permissionProblem() { Console.warn(problem.description) }
    }

    /// Throws when the journal folder cannot be read from: a command that reads the journal calls
    /// this first, so that a mistyped `--journal` or a file named by it is an error, not "No entries".
    func requireReadableJournal() throws {
        let named = globals.journal != nil || !(Console.environment("REFLECT_JOURNAL") ?? "").isEmpty
        if let problem = store.readingProblem(mustExist: named) {
            throw CommandFailure(problem, code: .notFound)
        }
    }

    /// Whether long output may go through the pager: not with `--no-pager`.
    var mayPage: Bool { !globals.noPager }

    /// The day a date option or argument means, relative to the context's today; `label` names it
    /// in an error.
    func day(_ argument: DateArgument?, _ label: String) throws(UsageError) -> Day? {
        try argument?.resolved(today: today, label: label, command: command)
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
        let (analyzer, problems) = Context.analyzers.value(for: userThemes ?? "") {
            let (lexicon, problems) = Context.lexicon(userThemes: userThemes)
            let (learned, days) = (LearnedWeights.bundled, LearnedWeights.bundledDays)
            return (TextAnalyzer(lexicon: lexicon, learned: learned.weights, learnedDays: days.weights), problems + learned.problems + days.problems)
        }
        // The journal's own lists are named from its folder; the bundled ones as they are.
        for problem in problems { Console.warn(problem.hasPrefix(".reflect/") ? "\(store.root)/\(problem)" : problem) }
        return analyzer
    }

    /// The lexicon of the bundled word lists and `userThemes`: read from the cache folder when
    /// this very program kept it there for exactly these lists (building it reads some 14,000
    /// rated words and takes several times longer), else built and kept there. A lexicon whose
    /// lists have problems is not kept, so the warnings are given on every run; without a
    /// program stamp nothing is kept.
    private static func lexicon(userThemes: String?) -> (Lexicon, [String]) {
        guard let program = CacheFolder.programStamp, let cache = CacheFolder(environment: Console.environment) else {
            return Lexicon.built(from: Lexicon.bundledSources(userThemes: userThemes))
        }
        // Named by what it is built from: the program, where each bundled list comes from, the user's lists.
        let fingerprint = Lexicon.fingerprint(of: [
            ("program", program), ("words", Resources.stamp(under: "words")), (".reflect/themes.md", userThemes ?? ""),
        ])
        let name = "lexicon-" + String(fingerprint, radix: 16) + ".bin"
        if let bytes = cache.read(name), let lexicon = Lexicon(serialized: bytes) { return (lexicon, []) }
        let (lexicon, problems) = Lexicon.built(from: Lexicon.bundledSources(userThemes: userThemes))
        if problems.isEmpty { cache.keep(lexicon.serialized(), as: name, replacing: "lexicon-") }
        return (lexicon, problems)
    }

    /// Analyzers already built, by the journal's `themes.md`: building one reads thousands of
    /// rated words, and the runs of one process (tests run commands in process) share the bundle.
    nonisolated(unsafe) private static var analyzers = LastValue<String, (TextAnalyzer, [String])>()

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

/// The value made for the last key asked for: a cache of one.
struct LastValue<Key: Equatable, Value> {
    private var last: (key: Key, value: Value)?

    /// The value for `key`, made by `make` unless it was the last key asked for.
    mutating func value(for key: Key, make: () -> Value) -> Value {
        if let last, last.key == key { return last.value }
        let value = make()
        last = (key, value)
        return value
    }
}
