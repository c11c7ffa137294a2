/// A type whose stored properties declare what a command line may hold: `@Option`, `@Flag`,
/// `@ExclusiveFlags`, `@Argument` and `@Arguments`.
///
/// The declarations are found by reflection on a fresh value, in the order they are written, so
/// one declaration is at once the parser, the help line, the completion and the manual's entry.
public protocol ParsableArguments: SendableMetatype {
    /// A value with every declaration empty, for the parser to fill in.
    init()

    /// Checks what the declared types alone cannot, after parsing: options that exclude each other.
    ///
    /// - Throws: `ValidationError`, reported as a usage error of the command.
    func validate() throws(ValidationError)
}

extension ParsableArguments {
    /// Nothing more to check.
    public func validate() throws(ValidationError) {}

    /// Every option, flag and positional argument the type declares, in the order written.
    public static var definitions: [ArgumentDefinition] { declarations(of: Self()).flatMap(\.definitions) }

    /// The options and flags only.
    public static var optionDefinitions: [ArgumentDefinition] { definitions.filter { !$0.isPositional } }

    /// The positional arguments only.
    public static var positionalDefinitions: [ArgumentDefinition] { definitions.filter(\.isPositional) }

    static func declarations(of value: Self) -> [any Declaration] { CommandKit.declarations(of: value) }
}

/// The kit's property wrappers among the stored properties of `value`, in the order written.
func declarations(of value: Any) -> [any Declaration] {
    Mirror(reflecting: value).children.compactMap { $0.value as? any Declaration }
}

/// A problem `validate()` finds, reported as `Error: <message>` with the command's usage line.
public struct ValidationError: Error, Sendable {
    /// What is wrong, for the user.
    public let message: String

    /// A problem described by `message`.
    public init(_ message: String) { self.message = message }
}
