/// What a command accepts, for parsing and for help: its options, its arguments and its words.
struct CommandSpec: Sendable {
    /// An option: `--month <month>` takes a value, `--json` does not.
    struct Option: Sendable {
        let name: String
        let value: String?
        let help: String
        var short: String? = nil
    }

    /// A positional argument: `<date>`, `<text> ...`.
    struct Argument: Sendable {
        let name: String
        let help: String
        var optional = false
        var repeating = false
    }

    let name: String
    let abstract: String
    var discussion: String? = nil
    var arguments: [Argument] = []
    var options: [Option] = []
    /// Options of which at most one may be given, as in `[--open|--overdue|--met|--all]`.
    var exclusive: [String] = []

    /// `reflect list [--month <month>] …`.
    var usage: String {
        var parts = ["reflect", name]
        var index = 0
        while index < options.count {
            let option = options[index]
            if exclusive.contains(option.name) {
                let group = options.filter { exclusive.contains($0.name) }
                parts.append("[" + group.map(\.name).joined(separator: "|") + "]")
                index += group.count
                continue
            }
            parts.append("[" + (option.short ?? option.name) + (option.value.map { " <\($0)>" } ?? "") + "]")
            index += 1
        }
        for argument in arguments {
            let text = "<\(argument.name)>" + (argument.repeating ? " ..." : "")
            parts.append(argument.optional ? "[\(text)]" : text)
        }
        return parts.joined(separator: " ")
    }

    func option(named name: String) -> Option? { options.first { $0.name == name } }
}

extension CommandSpec {
    static let json = Option(name: "--json", value: nil, help: "Print machine-readable JSON.")

    /// Options every command accepts, before or after its name.
    static let globalOptions: [Option] = [
        Option(name: "--journal", value: "dir", help: "The journal folder (default: $REFLECT_JOURNAL, else the config file's journal, else $XDG_DATA_HOME/reflect/journal, else ~/.local/share/reflect/journal)."),
        Option(name: "--date", value: "date", help: "Act as if today were this day: YYYY-MM-DD, 'today' or 'yesterday'."),
        Option(name: "--no-color", value: nil, help: "Do not colour the output (also: NO_COLOR, TERM=dumb)."),
        Option(name: "--no-pager", value: nil, help: "Do not send long output on a terminal through $PAGER (default: less -FRX)."),
        Option(name: "--version", value: nil, help: "Show the version."),
        Option(name: "--help", value: nil, help: "Show help information.", short: "-h"),
    ]

    static let today = CommandSpec(
        name: "today",
        abstract: "Write today's reflection (the default command).",
        discussion: """
        On a terminal, asks the day's focus question and the attitude check-in, walks your open \
        commitments and takes new ones. With input piped in, the input is the answer to the focus \
        question; task lines in it become commitments. A second answer on the same day is appended; \
        a second sitting on a written day is asked the next question of the day's area, and a draft \
        an interrupted run left is offered for restoring.
        """,
        options: [
            Option(name: "--editor", value: nil, help: "Write the answer in $VISUAL or $EDITOR instead of the terminal."),
            Option(name: "--attitude", value: "1-5", help: "Today's attitude self-rating, 1 (low) to 5 (high)."),
            Option(name: "--prompt", value: "id", help: "Answer this prompt instead of the day's focus prompt (see 'reflect prompts')."),
        ]
    )

    static let prompt = CommandSpec(
        name: "prompt",
        abstract: "Print the day's prompts and open commitments; writes nothing.",
        options: [json]
    )

    static let prompts = CommandSpec(
        name: "prompts",
        abstract: "List every prompt with its id and area.",
        options: [
            Option(name: "--area", value: "area", help: "Only this area: activity, attitude, commitments, data, pipeline, coaching, checkin or review."),
            json,
        ]
    )

    static let list = CommandSpec(
        name: "list",
        abstract: "List entries: date, words, attitude, first words.",
        options: [
            Option(name: "--month", value: "yyyy-mm", help: "Only entries of this month."),
            Option(name: "--from", value: "date", help: "Only entries on or after this day."),
            Option(name: "--to", value: "date", help: "Only entries on or before this day."),
            Option(name: "--tag", value: "tag", help: "Only entries with this tag (front matter or inline #tag; 'work' also takes 'work/acme')."),
            Option(name: "--count", value: "n", help: "Only the N most recent entries.", short: "-n"),
            json,
        ]
    )

    static let tags = CommandSpec(
        name: "tags",
        abstract: "List every tag with the number of entries that carry it.",
        discussion: "Tags come from the front matter's 'tags' and from inline #tags. Most used first.",
        options: [
            Option(name: "--month", value: "yyyy-mm", help: "Only entries of this month."),
            Option(name: "--from", value: "date", help: "Only entries on or after this day."),
            Option(name: "--to", value: "date", help: "Only entries on or before this day."),
            json,
        ]
    )

    static let export = CommandSpec(
        name: "export",
        abstract: "Export entries as JSON or as one Markdown document.",
        discussion: """
        JSON holds each entry's date, path, attitude, tags, sections (heading and text), text and \
        commitments. Markdown puts the entries one after another, each under its date.
        """,
        options: [
            Option(name: "--format", value: "format", help: "json or markdown (default: json)."),
            Option(name: "--month", value: "yyyy-mm", help: "Only entries of this month."),
            Option(name: "--from", value: "date", help: "Only entries on or after this day."),
            Option(name: "--to", value: "date", help: "Only entries on or before this day."),
            Option(name: "--output", value: "file", help: "Write to this file instead of printing."),
        ]
    )

    static let show = CommandSpec(
        name: "show",
        abstract: "Print one entry.",
        arguments: [Argument(name: "date", help: "The entry's day: YYYY-MM-DD, 'today' or 'yesterday' (default: today).", optional: true)],
        options: [json]
    )

    static let search = CommandSpec(
        name: "search",
        abstract: "Find entries containing all the words, case-insensitive.",
        discussion: "A word also matches an entry's tag ('acme' or '#acme'). The questions' headings are not searched unless --headings.",
        arguments: [Argument(name: "text", help: "The words to find.", repeating: true)],
        options: [
            Option(name: "--from", value: "date", help: "Only entries on or after this day."),
            Option(name: "--to", value: "date", help: "Only entries on or before this day."),
            Option(name: "--headings", value: nil, help: "Search the question headings too (they are left out by default)."),
            json,
        ]
    )

    static let onThisDay = CommandSpec(
        name: "on-this-day",
        abstract: "Show what you wrote on this day in earlier years.",
        discussion: "On 29 February, common years show 28 February.",
        options: [json]
    )

    static let commitments = CommandSpec(
        name: "commitments",
        abstract: "List commitments with id, status, due date and age.",
        discussion: "Without a filter, lists the open and overdue ones.",
        options: [
            Option(name: "--open", value: nil, help: "Only open commitments."),
            Option(name: "--overdue", value: nil, help: "Only overdue commitments."),
            Option(name: "--met", value: nil, help: "Only met commitments."),
            Option(name: "--all", value: nil, help: "Every commitment, cancelled ones too."),
            json,
        ],
        exclusive: ["--open", "--overdue", "--met", "--all"]
    )

    static let done = CommandSpec(
        name: "done",
        abstract: "Mark one commitment met.",
        discussion: """
        Ticks the task line in the file it was made in: '[x]' and '✅ <today>'. A task that repeats \
        ('🔁 every week') gets its next occurrence on a new line above it, its dates moved, as \
        Obsidian Tasks does.
        """,
        arguments: [Argument(name: "id-or-text", help: "The commitment's id (YYYY-MM-DD#N) or a fragment of its text matching exactly one open commitment.", repeating: true)]
    )

    static let cancel = CommandSpec(
        name: "cancel",
        abstract: "Mark one commitment cancelled, or every open one made before a day.",
        discussion: """
        Marks the task line in the file it was made in: '[-]' and '❌ <today>'. With --before, cancels \
        every open commitment made before that day, listing them and asking first on a terminal.
        """,
        arguments: [Argument(name: "id-or-text", help: "The commitment's id (YYYY-MM-DD#N) or a fragment of its text matching exactly one open commitment.", optional: true, repeating: true)],
        options: [
            Option(name: "--before", value: "date", help: "Cancel every open commitment made before this day."),
            Option(name: "--yes", value: nil, help: "Do not ask before cancelling them (with --before)."),
        ]
    )

    static let reopen = CommandSpec(
        name: "reopen",
        abstract: "Mark one met or cancelled commitment open again.",
        discussion: "Unticks the task line in the file it was made in ('[ ]') and takes its done and cancelled dates out.",
        arguments: [Argument(name: "id-or-text", help: "The commitment's id (YYYY-MM-DD#N) or a fragment of its text matching exactly one met or cancelled commitment.", repeating: true)]
    )

    static let due = CommandSpec(
        name: "due",
        abstract: "Set or change one commitment's due date.",
        discussion: """
        Changes the due date where the task line has one, or adds '📅 <date>' where Obsidian Tasks reads \
        it. The date comes last: the longest run of final words that reads as a day is the date, and \
        the words before it name the commitment.
        """,
        arguments: [
            Argument(name: "id-or-text", help: "The commitment's id (YYYY-MM-DD#N) or a fragment of its text matching exactly one open commitment."),
            Argument(name: "date", help: "YYYY-MM-DD, or words read against today: 'friday', 'next friday', 'tomorrow', 'end of month', 'Dec 1'.", repeating: true),
        ]
    )

    static let analyze = CommandSpec(
        name: "analyze",
        abstract: "Show the insights of any text: words, negativity, score, themes, stated commitments.",
        arguments: [Argument(name: "file", help: "The file to read, or '-' for standard input (the default).", optional: true)],
        options: [
            Option(name: "--lines", value: nil, help: "Score each input line on its own, one JSON object per line."),
            json,
        ]
    )

    static let report = CommandSpec(
        name: "report",
        abstract: "The monthly attitude trend report.",
        options: [
            Option(name: "--month", value: "yyyy-mm", help: "The month (default: this month)."),
            Option(name: "--format", value: "format", help: "text, markdown, json or html (default: text)."),
            Option(name: "--output", value: "file", help: "Write the report to this file instead of printing it."),
            Option(name: "--save", value: nil, help: "Save it in <journal>/reports/YYYY-MM.<md|txt|json|html> (Markdown unless --format says) instead of printing it."),
            Option(name: "--json", value: nil, help: "The same as --format json."),
        ]
    )

    static let edit = CommandSpec(
        name: "edit",
        abstract: "Open a day's own file in your editor.",
        discussion: """
        Opens the day's file in the editor of the config file, $VISUAL or $EDITOR (a new file from the \
        day's template when it has none, removed again if you leave it as it was), then reads it again \
        and warns about what does not read as you meant: a rating that is not 1 to 5, a date that does \
        not exist.
        """,
        arguments: [Argument(name: "date", help: "The day: YYYY-MM-DD, 'today' or 'yesterday' (default: today).", optional: true)]
    )

    static let add = CommandSpec(
        name: "add",
        abstract: "Add a note, or with --task a commitment, to today's entry.",
        discussion: """
        The words go under '## Notes' in the day's file, or with --task become a task line under \
        '## Commitments' ("Call Dana by Friday" is due on Friday).
        """,
        arguments: [Argument(name: "words", help: "The note or the commitment.", repeating: true)],
        options: [Option(name: "--task", value: nil, help: "Add the words as a commitment.")]
    )

    static let config = CommandSpec(
        name: "config",
        abstract: "Show each setting and where it came from.",
        discussion: """
        Settings come from the command line, the environment, the config file \
        ($XDG_CONFIG_HOME/reflect/config, else ~/.config/reflect/config: one 'key = value' a line, keys \
        journal, layout, editor and week-start) or the default.
        """
    )

    static let numbers = CommandSpec(
        name: "numbers",
        abstract: "Your numbers this week and this month, against their targets.",
        discussion: """
        Numbers are defined in <journal>/.reflect/numbers.md, one a line: '- calls: 50 per week' (a count, \
        summed; per day, per week or per month) or '- pipeline: 500000 level' (the latest value stands); \
        the target is optional. Targets are spread over working days, Monday to Friday.
        """,
        options: [json]
    )

    static let log = CommandSpec(
        name: "log",
        abstract: "Record numbers in the day's front matter.",
        discussion: "Writes 'calls: 12' into the front matter of today's entry (or --date's), changing nothing else in it.",
        arguments: [Argument(name: "name=value", help: "A number of numbers.md and its value, like calls=12.", repeating: true)]
    )

    static let accounts = CommandSpec(
        name: "accounts",
        abstract: "The accounts on your mind: mentions, score and the commitments naming each.",
        discussion: """
        Accounts are those <journal>/.reflect/accounts.md lists ('- Acme (Acme Corp, ACME)'), or without it \
        the proper names that recur in at least three of the period's entries. Default: this month so far.
        """,
        options: [
            Option(name: "--month", value: "yyyy-mm", help: "This month."),
            Option(name: "--from", value: "date", help: "From this day."),
            Option(name: "--to", value: "date", help: "To this day."),
            json,
        ]
    )

    static let brief = CommandSpec(
        name: "brief",
        abstract: "The manager-safe brief for your one-to-one (the last 7 days by default).",
        discussion: """
        Your numbers against their targets, the commitments made, met and overdue, the accounts with \
        open commitments, your coaching answers in full, and your attitude in one line. Nothing else you \
        wrote is in it.
        """,
        options: [
            Option(name: "--from", value: "date", help: "From this day (default: 6 days before --to)."),
            Option(name: "--to", value: "date", help: "To this day (default: today)."),
            Option(name: "--month", value: "yyyy-mm", help: "This month instead (up to today)."),
            Option(name: "--format", value: "format", help: "text, markdown, json or html (default: text)."),
            Option(name: "--output", value: "file", help: "Write the brief to this file instead of printing it."),
            Option(name: "--no-attitude", value: nil, help: "Leave the attitude line out."),
        ]
    )

    static let help = CommandSpec(
        name: "help",
        abstract: "Show help for a command.",
        arguments: [Argument(name: "command", help: "The command.", optional: true)]
    )

    /// Every command, in the order help lists them.
    static let all: [CommandSpec] = [
        today, prompt, prompts, list, show, search, tags, onThisDay, commitments, done, cancel, reopen, due, analyze, report,
        export, edit, add, config, numbers, log, accounts, brief, help,
    ]

    static func named(_ name: String) -> CommandSpec? { all.first { $0.name == name } }
}
