/// A type whose values can be given on the command line: `--month 2026-11`, `--format json`.
///
/// Conforming types parse one word and say what is wrong with a word they refuse, so that every
/// option of that type reports a bad value the same way: `--month '2026-13' is not a month: …`.
public protocol ArgumentValue {
    /// Parses one command-line word.
    ///
    /// - Throws: `InvalidValue` saying why the word is not a value of this type.
    init(argument: String) throws(InvalidValue)

    /// What a shell completes for a value of this type; `.none` unless the type says.
    static var completion: Completion { get }
}

extension ArgumentValue {
    /// Nothing to complete by default.
    public static var completion: Completion { .none }
}

/// Why a command-line word is not a value of a type, as the user will read it after the option's
/// name: `--month '2026-13'` followed by the reason.
public struct InvalidValue: Error, Sendable {
    /// The reason, read after the option and the quoted word: "is not a month: use YYYY-MM".
    public let reason: String
    /// Whether the word itself is quoted after the option: not when the word is empty
    /// (`--output needs a file name`).
    public let quotesValue: Bool

    /// A reason read after the option and the quoted word.
    public init(_ reason: String) {
        self.reason = reason
        quotesValue = true
    }

    /// A reason read right after the option's name, for a word too empty to quote.
    public init(unquoted reason: String) {
        self.reason = reason
        quotesValue = false
    }

    /// The whole message: `--month '2026-13' is not a month: …`.
    func message(label: String, value: String) -> String {
        quotesValue ? "\(label) '\(value)' \(reason)" : "\(label) \(reason)"
    }
}

extension String: ArgumentValue {
    /// Any word is a string.
    public init(argument: String) throws(InvalidValue) { self = argument }
}

/// The cases of a `CaseIterable` string enumeration are its values; a shell completes them.
extension ArgumentValue where Self: CaseIterable & RawRepresentable, RawValue == String {
    /// Every case, for completions and for the error message.
    public static var completion: Completion { .values(allCases.map(\.rawValue)) }

    /// "use text, markdown, json or html".
    public static var choices: String {
        let names = allCases.map(\.rawValue)
        guard names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

extension Int: ArgumentValue {
    /// A whole number in decimal digits, with an optional sign.
    public init(argument: String) throws(InvalidValue) {
        guard let value = Int(argument) else { throw InvalidValue("is not a whole number") }
        self = value
    }
}

extension UInt64: ArgumentValue {
    /// A whole number from 0 to 18446744073709551615.
    public init(argument: String) throws(InvalidValue) {
        guard let value = UInt64(argument) else { throw InvalidValue("is not a whole number from 0 to \(UInt64.max)") }
        self = value
    }
}

extension Double: ArgumentValue {
    /// A decimal number, `0.25`.
    public init(argument: String) throws(InvalidValue) {
        guard let value = Double(argument), value.isFinite else { throw InvalidValue("is not a number") }
        self = value
    }
}
