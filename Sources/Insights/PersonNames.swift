import Prompts

/// What tells a person's name from a customer's in a journal, for finding accounts without
/// `accounts.md`: common given names, and the words that stand before or after a person's name
/// (`told Dana`, `Priya said`, `Yuki and I`).
///
/// Read from the bundled `names/people.md`, in the word-list format (`## given names`,
/// `## before a name`, `## after a name`, `## not accounts`); all of it is compared case-insensitively.
public struct PersonNames: Sendable {
    /// Given names, folded (`priya`, `ji-woo`, `joão`).
    public let givenNames: Set<String>
    /// Phrases that put a person's name after them, as folded words (`["told"]`).
    public let before: [[String]]
    /// Phrases that follow a person's name, as folded words (`["said"]`, `["and", "i"]`).
    public let after: [[String]]
    /// Names that recur but are never a customer's: teams, roles, tools, shorthand (`sales`, `linkedin`).
    public let notAccounts: Set<String>

    /// The lists in `text`, a `names/people.md`.
    public init(parsing text: String) {
        let sections = WordList(parsing: text, source: "names/people.md").sections
        func items(_ name: String) -> [String] { sections.filter { $0.name == name }.flatMap(\.items).map(\.key) }
        givenNames = Set(items("given names"))
        before = items("before a name").map { $0.split(separator: " ").map(String.init) }
        after = items("after a name").map { $0.split(separator: " ").map(String.init) }
        notAccounts = Set(items("not accounts"))
    }

    /// The bundled lists.
    public static let bundled = PersonNames(parsing: Resources.text("names/people.md") ?? "")

    /// Whether `name` (one word, as written) is a given name.
    public func isGivenName(_ name: String) -> Bool {
        givenNames.contains(Tokenizer.words(in: name).joined(separator: " "))
    }

    /// Whether `name` (one word, as written) names a team, a role, a tool or sales shorthand, never a customer.
    public func isNeverAnAccount(_ name: String) -> Bool {
        notAccounts.contains(Tokenizer.words(in: name).joined(separator: " "))
    }
}
