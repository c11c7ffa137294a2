import CommandKit

/// `reflect manual`: the manual page `reflect.1` in mdoc, from the same declarations that parse
/// the command line.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "manual",
        abstract: "Print the manual page (reflect.1, mdoc).",
        discussion: "Save it as ~/.local/share/man/man1/reflect.1 and read it with 'man reflect', or read it now: reflect manual | man -l -"
    )

    func run(_ context: Context) throws {
        Console.write(Reflect.manualPage)
    }
}

extension Reflect {
    /// The manual page: the commands and options, then the files, the environment and the exit codes.
    static var manualPage: String {
        tool.manualPage(date: "November 30, 2026", sections: [
            ManualSection(title: "FILES", items: [
                ("$XDG_DATA_HOME/reflect/journal", "The journal folder when neither --journal, $REFLECT_JOURNAL nor the config file names one (~/.local/share/reflect/journal without $XDG_DATA_HOME)."),
                ("DIR/YYYY/MM/YYYY-MM-DD.md", "One Markdown file a day (layout nested); DIR/YYYY-MM-DD.md with layout flat."),
                ("$XDG_CONFIG_HOME/reflect/config", "The optional config file (~/.config/reflect/config): one 'key = value' a line; keys journal, layout, editor, week-start."),
                ("DIR/.reflect/prompts.md", "Your own prompts, added to the bundled ones."),
                ("DIR/.reflect/themes.md", "Your own theme word lists."),
                ("DIR/.reflect/numbers.md", "Your numbers and their targets."),
                ("DIR/.reflect/accounts.md", "Your accounts and their aliases."),
                ("DIR/reports/YYYY-MM.md", "A report saved with report --save."),
            ]),
            ManualSection(title: "ENVIRONMENT", items: [
                ("REFLECT_JOURNAL", "The journal folder."),
                ("REFLECT_RESOURCES", "A folder with prompts/ and words/ read instead of the compiled-in prompts and word lists."),
                ("VISUAL, EDITOR", "The editor for today --editor and edit."),
                ("PAGER", "The pager for long output on a terminal (default: less -FRX)."),
                ("NO_COLOR", "No colour when set and not empty; TERM=dumb too."),
                ("TZ", "The time zone that decides what day today is."),
            ]),
            ManualSection(title: "EXIT STATUS", items: [
                ("0", "Done."),
                ("64", "Usage: an unknown command or option, or a bad value."),
                ("65", "Data: a fragment that matches several commitments, or a file that cannot be parsed."),
                ("66", "Not found: no entry for that date, no such commitment."),
                ("73", "The journal cannot be created or written."),
                ("74", "Another input or output failure."),
                ("78", "Configuration: a bad line in the config file or numbers.md."),
            ]),
        ])
    }
}
