import CommandKit

/// The options every command takes, before or after its name.
struct GlobalOptions: ParsableArguments {
    @Option(name: "--journal", value: "dir", help: "The journal folder (default: $REFLECT_JOURNAL, else the config file's journal, else $XDG_DATA_HOME/reflect/journal, else ~/.local/share/reflect/journal).", completion: .directory)
    var journal: String?

    @Option(name: "--date", value: "date", help: "Act as if today were this day: YYYY-MM-DD, 'today' or 'yesterday'.")
    var date: DateArgument?

    @Flag(name: "--no-color", help: "Do not colour the output (also: NO_COLOR, TERM=dumb).")
    var noColor: Bool

    @Flag(name: "--no-pager", help: "Do not send long output on a terminal through $PAGER (default: less -FRX).", inToolUsage: false)
    var noPager: Bool
}
