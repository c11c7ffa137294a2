/// A choice made with one flag out of several, `--open`, `--met` or `--all`: each case is a flag
/// named after its raw value.
public protocol EnumerableFlag: CaseIterable, RawRepresentable where RawValue == String {
    /// One line of help for the case's flag.
    static func help(for value: Self) -> String
}

/// At most one of a group of flags, `[--open|--overdue|--met|--all]`: the case given, or `nil`.
@propertyWrapper
public struct ExclusiveFlags<Value: EnumerableFlag> {
    let slot = Slot<Value?>(nil)

    /// Declares a flag for each case of `Value`.
    public init() {}

    /// The case whose flag was given, or `nil`.
    public var wrappedValue: Value? { slot.value }
}

extension ExclusiveFlags: Declaration {
    var definitions: [ArgumentDefinition] {
        let group = String(describing: Value.self)
        return Value.allCases.map {
            ArgumentDefinition(name: "--" + $0.rawValue, kind: .flag, help: Value.help(for: $0), exclusiveGroup: group)
        }
    }

    func give(_ definition: ArgumentDefinition, value: String?) throws(InvalidValue) {
        slot.value = Value(rawValue: String(definition.name.dropFirst(2)))
    }
}
