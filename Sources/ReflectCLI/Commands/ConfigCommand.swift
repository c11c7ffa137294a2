import CommandKit
/// `reflect config`: each effective setting, and where it came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "config",
        abstract: "Show each setting and where it came from.",
        discussion: """
        Settings come from the command line, the environment, the config file \
        ($XDG_CONFIG_HOME/reflect/config, else ~/.config/reflect/config: one 'key = value' a line, keys \
        journal, layout, editor and week-start) or the default.
        """
    )

    func run(_ context: Context) throws {
        let settings = context.settings
        let rows: [(String, Settings.Setting)] = [
            ("journal", settings.journal ?? .init(value: context.store.root, source: "default")),
            ("layout", settings.layout),
            ("editor", settings.editor),
            ("week-start", settings.weekStart),
        ]
        var text = ""
        let width = max(rows.map(\.1.value.count).max() ?? 0, 1)
        for (name, setting) in rows {
            text += CommitmentFormat.pad(name, 12) + CommitmentFormat.pad(setting.value, width) + "  " + context.style.dim("(\(setting.source))") + "\n"
        }
        let config = settings.config
        if let path = config.path {
            text += "\nConfig file: \(path)" + (config.exists ? "" : " (there is none)") + "\n"
        } else {
            text += "\nConfig file: none (neither XDG_CONFIG_HOME nor HOME is set)\n"
        }
        Console.write(text)
    }
}
