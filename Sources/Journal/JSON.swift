/// A JSON value with object keys in the order they were given, so output is stable and diffable.
public indirect enum JSON: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByBooleanLiteral
{
    case null
    case bool(Bool)
    case int(Int)
    /// A number, written rounded to three decimals.
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// `value` as a string, or `null`.
    public static func optional(_ value: (some CustomStringConvertible)?) -> JSON {
        value.map { .string($0.description) } ?? .null
    }

    /// `value` as a number, or `null`.
    public static func optional(_ value: Int?) -> JSON { value.map { .int($0) } ?? .null }

    /// `value` as a number, or `null`.
    public static func optional(_ value: Double?) -> JSON { value.map { .double($0) } ?? .null }

    /// The text of this value: on one line, or indented by two spaces when `pretty`.
    public func rendered(pretty: Bool = true) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .int(value): output += String(value)
        case let .double(value): output += JSON.number(value)
        case let .string(value): JSON.quote(value, into: &output)
        case let .array(values):
            guard !values.isEmpty else { output.append("[]"); return }
            output.append("[")
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(",") }
                if pretty { JSON.newline(indent + 2, into: &output) }
                value.write(to: &output, pretty: pretty, indent: indent + 2)
            }
            if pretty { JSON.newline(indent, into: &output) }
            output.append("]")
        case let .object(pairs):
            guard !pairs.isEmpty else { output.append("{}"); return }
            output.append("{")
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { output.append(",") }
                if pretty { JSON.newline(indent + 2, into: &output) }
                JSON.quote(key, into: &output)
                output.append(pretty ? ": " : ":")
                value.write(to: &output, pretty: pretty, indent: indent + 2)
            }
            if pretty { JSON.newline(indent, into: &output) }
            output.append("}")
        }
    }

    private static func newline(_ indent: Int, into output: inout String) {
        output.append("\n")
        for _ in 0..<indent { output.append(" ") }
    }

    /// A finite number rounded to three decimals, without a trailing `.0` on whole numbers.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    private static func quote(_ text: String, into output: inout String) {
        output.append("\"")
        defer { output.append("\"") }
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    public static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.rendered(pretty: false) == rhs.rendered(pretty: false) }
}
