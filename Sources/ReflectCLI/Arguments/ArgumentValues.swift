import CommandKit
import Journal

// The journal's own types read from the command line. `Journal` knows nothing of command lines,
// so the conformances live here, in the executable that parses them.

extension Month: ArgumentValue {
    /// `YYYY-MM`, with a month from 01 to 12.
    public init(argument: String) throws(InvalidValue) {
        guard let month = Month(iso: argument) else { throw InvalidValue("is not a month: use YYYY-MM, with a month from 01 to 12") }
        self = month
    }
}

extension Prompt.Area: ArgumentValue {
    /// One of the areas' names.
    public init(argument: String) throws(InvalidValue) {
        guard let area = Prompt.Area(rawValue: argument) else {
            throw InvalidValue("is not an area: use one of " + Prompt.Area.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self = area
    }
}

/// An attitude self-rating, 1 (low) to 5 (high).
struct Rating: ArgumentValue {
    let value: Int

    init(argument: String) throws(InvalidValue) {
        guard let value = Int(argument), (1...5).contains(value) else {
            throw InvalidValue("is not a rating: use a whole number from 1 (low) to 5 (high)")
        }
        self.value = value
    }

    static var completion: Completion { .values(["1", "2", "3", "4", "5"]) }
}

/// A number of entries, a whole number from 1.
struct EntryCount: ArgumentValue {
    let value: Int

    init(argument: String) throws(InvalidValue) {
        guard let value = Int(argument), value > 0 else { throw InvalidValue("is not a number of entries: use a whole number from 1") }
        self.value = value
    }
}

/// A file to write, or `-` for standard output.
struct OutputPath: ArgumentValue {
    /// The file; `nil` for standard output.
    let path: String?

    init(argument: String) throws(InvalidValue) {
        guard !argument.isEmpty else { throw InvalidValue(unquoted: "needs a file name") }
        // `--output -` is standard output, as for most tools.
        path = argument == "-" ? nil : argument
    }

    static var completion: Completion { .file }
}

/// A tag, without its leading `#`, lower-cased.
struct TagName: ArgumentValue {
    let name: String

    init(argument: String) throws(InvalidValue) {
        name = TagsCommand.normalized(argument)
        guard !name.isEmpty else { throw InvalidValue(unquoted: "needs a tag name") }
    }

    static var completion: Completion { .shellCommand("reflect tags --no-color --no-pager 2>/dev/null | awk '/^#/ {print substr($1, 2)}'") }
}

/// The formats the report and the brief render to.
enum ReportFormat: String, CaseIterable, ArgumentValue {
    case text, markdown, json, html

    init(argument: String) throws(InvalidValue) {
        guard let format = ReportFormat(rawValue: argument) else { throw InvalidValue("is not a format: use \(Self.choices)") }
        self = format
    }

    /// The extension of a saved report: `txt`, `md`, `json`, `html`.
    var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .json: "json"
        case .html: "html"
        }
    }
}

/// The formats entries export to.
enum ExportFormat: String, CaseIterable, ArgumentValue {
    case json, markdown

    init(argument: String) throws(InvalidValue) {
        guard let format = ExportFormat(rawValue: argument) else { throw InvalidValue("is not an export format: use json or markdown") }
        self = format
    }
}

/// A commitment's id or a fragment of its text; completed with the ids of the journal's commitments.
enum CommitmentQuery {
    /// The ids `reflect commitments --all` lists, for a completing shell.
    static let completion = Completion.shellCommand("reflect commitments --all --no-color --no-pager 2>/dev/null | awk '$1 ~ /#/ {print $1}'")
}
