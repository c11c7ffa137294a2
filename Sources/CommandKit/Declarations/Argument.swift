/// One positional word, `reflect show 2026-11-24`. Declared with an optional type it may be left
/// out; otherwise it must be given.
///
/// ```swift
/// @Argument(name: "date", help: "The entry's day.")
/// var date: DateArgument?
/// ```
@propertyWrapper
public struct Argument<Value: ArgumentValue> {
    let definition: ArgumentDefinition
    let slot = Slot<Value?>(nil)

    /// Declares the positional word shown as `<name>`.
    public init(name: String, help: String, completion: Completion? = nil) {
        definition = ArgumentDefinition(name: name, kind: .positional(optional: Value.self is any OptionalValue.Type, repeating: false),
                                        help: help, completion: completion ?? Value.completion)
    }

    /// The word given (or `nil` for an optional argument left out).
    public var wrappedValue: Value {
        if let value = slot.value { return value }
        if let absent = (Value.self as? any OptionalValue.Type)?.absent as? Value { return absent }
        preconditionFailure("\(definition.label) was read before the command line was parsed")
    }
}

extension Argument: Declaration {
    var definitions: [ArgumentDefinition] { [definition] }

    func take(_ words: ArraySlice<String>) throws(InvalidValue) -> Int {
        guard let word = words.first else { return 0 }
        slot.value = try Value(argument: word)
        return 1
    }
}

/// `Optional` marks a positional argument that may be left out.
protocol OptionalValue {
    static var absent: Self { get }
}

extension Optional: OptionalValue {
    static var absent: Self { nil }
}

extension Optional: ArgumentValue where Wrapped: ArgumentValue {
    /// A word given is the wrapped type's value.
    public init(argument: String) throws(InvalidValue) { self = .some(try Wrapped(argument: argument)) }

    /// What the wrapped type completes.
    public static var completion: Completion { Wrapped.completion }
}
