/// An option with a value, `--month 2026-11` or `--month=2026-11`; the last one given wins.
/// Declared with an optional type it may be left out (and is `nil`); otherwise it must be given.
///
/// ```swift
/// @Option(name: "--month", value: "yyyy-mm", help: "Only entries of this month.")
/// var month: Month?
/// ```
@propertyWrapper
public struct Option<Value: ArgumentValue> {
    let definition: ArgumentDefinition
    let slot = Slot<Value?>(nil)

    /// Declares `name` (`--month`, with an optional one-letter `short`, `-n`) taking a value
    /// shown as `<value>` in help.
    public init(name: String, short: String? = nil, value: String, help: String, completion: Completion? = nil) {
        definition = ArgumentDefinition(name: name, short: short, kind: .option(valueName: value), help: help,
                                        completion: completion ?? Value.completion,
                                        isRequired: !(Value.self is any OptionalValue.Type))
    }

    /// The value given (`nil` for an optional option left out).
    public var wrappedValue: Value {
        if let value = slot.value { return value }
        if let absent = (Value.self as? any OptionalValue.Type)?.absent as? Value { return absent }
        preconditionFailure("\(definition.label) was read before the command line was parsed")
    }
}

extension Option: Declaration {
    var definitions: [ArgumentDefinition] { [definition] }

    func give(_ definition: ArgumentDefinition, value: String?) throws(InvalidValue) {
        slot.value = try Value(argument: value ?? "")
    }
}
