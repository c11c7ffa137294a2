/// A section of the manual page the tool writes itself, such as `FILES` or `EXIT STATUS`: a
/// paragraph, then a list of terms and their descriptions.
public struct ManualSection: Sendable {
    /// The heading, upper case: `FILES`.
    public let title: String
    /// A paragraph before the list, or empty.
    public let text: String
    /// Terms and what they mean: a path, a variable, an exit code.
    public let items: [(term: String, text: String)]

    /// A section titled `title`.
    public init(title: String, text: String = "", items: [(term: String, text: String)] = []) {
        self.title = title
        self.text = text
        self.items = items
    }
}
