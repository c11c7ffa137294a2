/// One declared option, flag or positional argument, as parsing, help, completions and the
/// manual page see it.
public struct ArgumentDefinition: Sendable {
    /// What kind of word or words it takes.
    public enum Kind: Sendable, Equatable {
        /// `--month <yyyy-mm>`: a name and a value.
        case option(valueName: String)
        /// `--json`: a name alone.
        case flag
        /// `<date>`: a positional word; `repeating` takes the rest.
        case positional(optional: Bool, repeating: Bool)
    }

    /// `--count`, or for a positional argument its name (`date`).
    public let name: String
    /// A one-letter alternative, `-n`.
    public let short: String?
    /// What kind it is.
    public let kind: Kind
    /// One line of help.
    public let help: String
    /// What a shell completes for its value.
    public let completion: Completion
    /// The flags of one group, of which at most one may be given, share a group name.
    public let exclusiveGroup: String?
    /// Whether the tool's usage line shows it (a global option): help always lists it.
    public let inToolUsage: Bool
    /// Whether an option must be given (one declared with a type that is not optional).
    public let isRequired: Bool

    init(name: String, short: String? = nil, kind: Kind, help: String, completion: Completion = .none,
         exclusiveGroup: String? = nil, inToolUsage: Bool = true, isRequired: Bool = false) {
        self.name = name
        self.short = short
        self.kind = kind
        self.help = help
        self.completion = completion
        self.exclusiveGroup = exclusiveGroup
        self.inToolUsage = inToolUsage
        self.isRequired = isRequired
    }

    /// Whether it is positional.
    public var isPositional: Bool {
        if case .positional = kind { return true }
        return false
    }

    /// The value's name for an option: `yyyy-mm`; `nil` for flags and positional arguments.
    public var valueName: String? {
        if case let .option(valueName) = kind { return valueName }
        return nil
    }

    /// Whether `word` names it (`--count` or `-n`).
    func isNamed(_ word: String) -> Bool { !isPositional && (word == name || word == short) }

    /// The help label: `-n, --count <n>`, `--json`, `<date>`.
    public var label: String {
        if case .positional = kind { return "<\(name)>" }
        return (short.map { "\($0), " } ?? "") + name + (valueName.map { " <\($0)>" } ?? "")
    }

    /// The usage word: `[-n <n>]`, `<text> ...`, `[<date>]`.
    public var usage: String {
        switch kind {
        case let .positional(optional, repeating):
            let text = "<\(name)>" + (repeating ? " ..." : "")
            return optional ? "[\(text)]" : text
        case let .option(valueName):
            let text = "\(short ?? name) <\(valueName)>"
            return isRequired ? text : "[\(text)]"
        case .flag: return "[\(short ?? name)]"
        }
    }
}
