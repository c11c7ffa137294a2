/// The positional words left, `reflect search acme renewal`: one or more, or with `optional`
/// none or more.
@propertyWrapper
public struct Arguments<Value: ArgumentValue> {
    let definition: ArgumentDefinition
    let slot = Slot<[Value]>([])

    /// Declares the repeating positional words shown as `<name> ...`.
    public init(name: String, optional: Bool = false, help: String, completion: Completion? = nil) {
        definition = ArgumentDefinition(name: name, kind: .positional(optional: optional, repeating: true), help: help,
                                        completion: completion ?? Value.completion)
    }

    /// The words given, in order.
    public var wrappedValue: [Value] { slot.value }
}

extension Arguments: Declaration {
    var definitions: [ArgumentDefinition] { [definition] }

    func take(_ words: ArraySlice<String>) throws(InvalidValue) -> Int {
        var values: [Value] = []
        for word in words { values.append(try Value(argument: word)) }
        slot.value = values
        return words.count
    }
}
