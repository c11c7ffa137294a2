/// Options declared once in their own `ParsableArguments` type and taken by several commands,
/// `@OptionGroup var period: PeriodOptions`; its `validate()` runs before the command's.
@propertyWrapper
public struct OptionGroup<Value: ParsableArguments> {
    let value = Value()

    /// Declares every option of `Value`.
    public init() {}

    /// The group's options, parsed.
    public var wrappedValue: Value { value }
}

extension OptionGroup: Declaration {
    var definitions: [ArgumentDefinition] { Value.declarations(of: value).flatMap(\.definitions) }

    func give(_ definition: ArgumentDefinition, value given: String?) throws(InvalidValue) {
        for declaration in Value.declarations(of: value) where declaration.definitions.contains(where: { $0.name == definition.name }) {
            try declaration.give(definition, value: given)
        }
    }

    func take(_ words: ArraySlice<String>) throws(InvalidValue) -> Int {
        var taken = 0
        for declaration in Value.declarations(of: value) { taken += try declaration.take(words.dropFirst(taken)) }
        return taken
    }

    func validate() throws(ValidationError) { try value.validate() }
}
