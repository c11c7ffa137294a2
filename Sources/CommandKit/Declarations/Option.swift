/// An option with a value, `--month 2026-11` or `--month=2026-11`: `nil` when not given; the last
/// one given wins.
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
                                        completion: completion ?? Value.completion)
    }

    /// The value given, or `nil`.
    public var wrappedValue: Value? { slot.value }
}

extension Option: Declaration {
    var definitions: [ArgumentDefinition] { [definition] }

    func give(_ definition: ArgumentDefinition, value: String?) throws(InvalidValue) {
        slot.value = try Value(argument: value ?? "")
    }
}
