/// Storage a declaration shares with the parser: a command is created with its declarations
/// empty, the parser finds them by reflection and fills them in, and the command reads them.
final class Slot<Value> {
    var value: Value

    init(_ value: Value) { self.value = value }
}

/// What every property wrapper of the kit is to the parser: what it declares, and how it takes
/// the words given for it.
protocol Declaration {
    /// What it declares: one definition, or one for each flag of a group.
    var definitions: [ArgumentDefinition] { get }

    /// Takes the value given for the option or flag `definition` (`nil` for a flag).
    func give(_ definition: ArgumentDefinition, value: String?) throws(InvalidValue)

    /// Takes the positional words left for it, and returns how many it took.
    func take(_ words: ArraySlice<String>) throws(InvalidValue) -> Int

    /// Checks a group of declarations after parsing.
    func validate() throws(ValidationError)
}

extension Declaration {
    func give(_ definition: ArgumentDefinition, value: String?) throws(InvalidValue) {}
    func take(_ words: ArraySlice<String>) throws(InvalidValue) -> Int { 0 }
    func validate() throws(ValidationError) {}
}
