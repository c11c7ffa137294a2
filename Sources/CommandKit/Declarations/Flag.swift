/// An option without a value, `--json`: `true` when given.
@propertyWrapper
public struct Flag {
    let definition: ArgumentDefinition
    let slot = Slot(false)

    /// Declares the flag `name` (`--json`, with an optional one-letter `short`, `-h`); a global
    /// flag left out of the tool's usage line has `inToolUsage` false.
    public init(name: String, short: String? = nil, help: String, inToolUsage: Bool = true) {
        definition = ArgumentDefinition(name: name, short: short, kind: .flag, help: help, inToolUsage: inToolUsage)
    }

    /// Whether it was given.
    public var wrappedValue: Bool { slot.value }
}

extension Flag: Declaration {
    var definitions: [ArgumentDefinition] { [definition] }

    func give(_ definition: ArgumentDefinition, value: String?) throws(InvalidValue) { slot.value = true }
}
