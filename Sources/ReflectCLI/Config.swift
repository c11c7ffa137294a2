import Journal

/// The user's config file, `$XDG_CONFIG_HOME/reflect/config` (else `~/.config/reflect/config`):
/// optional, one `key = value` a line, blank lines and comments (`#` at the start of a line or
/// after a space) left out; a value may be quoted. Keys:
/// `journal`, `layout`, `editor`, `week-start`. An unknown key or a bad value is an error naming
/// the file and the line (exit 78).
struct Config {
    /// A value and the line it is on.
    struct Value: Equatable {
        let text: String
        let line: Int
    }

    /// Where the file is looked for; `nil` when neither `XDG_CONFIG_HOME` nor `HOME` is set.
    let path: String?
    /// Whether there is a file there.
    let exists: Bool
    /// The values given, by key; a key given twice has its last value.
    let values: [String: Value]

    static let keys = ["journal", "layout", "editor", "week-start"]

    /// The config file's path for `environment`.
    static func path(environment: (String) -> String?) -> String? {
        if let config = environment("XDG_CONFIG_HOME"), config.hasPrefix("/") { return config + "/reflect/config" }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        return (home == "/" ? "" : home) + "/.config/reflect/config"
    }

    /// Reads the config file, if there is one.
    ///
    /// - Throws: `CommandFailure` (exit 78) when it cannot be read or holds a bad line.
    static func load(environment: (String) -> String?) throws(CommandFailure) -> Config {
        guard let path = path(environment: environment) else { return Config(path: nil, exists: false, values: [:]) }
        let bytes: [UInt8]?
        do throws(JournalError) {
            bytes = try JournalStore.readFile(path)
        } catch {
            throw CommandFailure("the config file \(error)", code: .configuration)
        }
        guard let bytes else { return Config(path: path, exists: false, values: [:]) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandFailure("the config file \(path) is not UTF-8 text", code: .configuration)
        }
        return Config(path: path, exists: true, values: try parse(text, path: path, home: environment("HOME")))
    }

    /// The values of a config file's `text`; `home` expands a leading `~/` in `journal`.
    ///
    /// - Throws: `CommandFailure` (exit 78) naming `path` and the line of the first bad line.
    static func parse(_ text: String, path: String, home: String?) throws(CommandFailure) -> [String: Value] {
        var values: [String: Value] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            func bad(_ why: String) -> CommandFailure {
                CommandFailure("\(path) line \(number): \(why)", code: .configuration)
            }
            var line = Substring(rawLine)
            if line.last == "\r" { line.removeLast() }
            let content = line.trimmed
            if content.isEmpty || content.hasPrefix("#") { continue }
            guard let equals = content.firstIndex(of: "=") else {
                throw bad("'\(content)' is not a setting: write 'key = value'; the keys are " + keyList)
            }
            let key = content[..<equals].trimmed
            var value = content[content.index(after: equals)...].trimmed
            if let quote = value.first, quote == "\"" || quote == "'" {
                guard let close = value.dropFirst().firstIndex(of: quote) else { throw bad("the value has no closing \(quote)") }
                let rest = value[value.index(after: close)...].trimmed
                guard rest.isEmpty || rest.hasPrefix("#") else { throw bad("'\(rest)' follows the quoted value") }
                value = String(value[value.index(after: value.startIndex)..<close])
            } else if let comment = value.firstRange(of: " #") ?? value.firstRange(of: "\t#") {
                value = value[..<comment.lowerBound].trimmed
            }
            guard keys.contains(key) else { throw bad("unknown key '\(key)': the keys are " + keyList) }
            guard !value.isEmpty else { throw bad("'\(key)' has no value") }
            switch key {
            case "journal":
                if value == "~" || value.hasPrefix("~/") {
                    guard let home, !home.isEmpty else { throw bad("'\(value)' starts with '~', and HOME is not set") }
                    value = home + value.dropFirst()
                }
                guard value.hasPrefix("/") else {
                    throw bad("the journal '\(value)' is not an absolute path: start it with '/' or '~/'")
                }
            case "layout":
                guard Layout(rawValue: value) != nil else { throw bad("layout '\(value)' is not 'nested' or 'flat'") }
            case "week-start":
                guard WeekStart(rawValue: value) != nil else { throw bad("week-start '\(value)' is not 'monday' or 'sunday'") }
            default:
                break
            }
            values[key] = Value(text: value, line: number)
        }
        return values
    }

    private static var keyList: String { keys.dropLast().joined(separator: ", ") + " and " + keys.last! }
}

/// The first day of a week, for the weeks of the monthly report.
enum WeekStart: String {
    case monday, sunday

    /// The weekday (1 Monday … 7 Sunday) a week starts on.
    var weekday: Int { self == .monday ? 1 : 7 }
}

/// Every effective setting, and where it came from: the command line, the environment, the config
/// file, detection or the default. `reflect config` prints them.
struct Settings {
    /// A setting's value and its source, as `reflect config` names it.
    struct Setting {
        let value: String
        let source: String
    }

    let config: Config
    let journal: Setting?
    let layout: Setting
    let editor: Setting
    let weekStart: Setting

    /// The settings for a command line, its environment and the config file. The layout of an
    /// existing journal is detected when the config file does not set it.
    init(option journalOption: String?, environment: (String) -> String?, config: Config) {
        self.config = config
        func fromFile(_ key: String) -> Setting? {
            config.values[key].map { Setting(value: $0.text, source: "config file, line \($0.line)") }
        }
        let folder = JournalStore.folderAndSource(option: journalOption, environment: environment, configured: config.values["journal"]?.text)
        journal = folder.map { folder in
            switch folder.source {
            case .option: Setting(value: folder.path, source: "--journal")
            case let .environment(name): Setting(value: folder.path, source: name == "REFLECT_JOURNAL" ? "$REFLECT_JOURNAL" : "default under $\(name)")
            case .configFile: fromFile("journal")!
            case .home: Setting(value: folder.path, source: "default")
            }
        }
        if let configured = fromFile("layout") {
            layout = configured
        } else if let folder, let detected = JournalStore.detectLayout(folder.path) {
            layout = Setting(value: detected.rawValue, source: detected == .flat
                ? "detected: day files at the folder's top level" : "detected: day files in YYYY/MM folders")
        } else {
            layout = Setting(value: Layout.nested.rawValue, source: "default")
        }
        // The tool's own setting comes before the ones every program reads, as git's core.editor does.
        if let configured = fromFile("editor") {
            editor = configured
        } else if let visual = environment("VISUAL"), !visual.isEmpty {
            editor = Setting(value: visual, source: "$VISUAL")
        } else if let name = environment("EDITOR"), !name.isEmpty {
            editor = Setting(value: name, source: "$EDITOR")
        } else {
            editor = Setting(value: "vi", source: "default")
        }
        weekStart = fromFile("week-start") ?? Setting(value: WeekStart.monday.rawValue, source: "default")
    }
}
