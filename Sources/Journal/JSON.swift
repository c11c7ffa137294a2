/// A JSON value with object keys in the order they were given, so output is stable and diffable.
public enum JSON: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
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
        var output: [UInt8] = []
        write(to: &output, pretty: pretty)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the UTF-8 text of this value to `output`: the fast path for many values in a row.
    public func write(to output: inout [UInt8], pretty: Bool) {
        write(to: &output, pretty: pretty, indent: 0)
    }

    private func write(to output: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: output += "null".utf8
        case let .bool(value): output += (value ? "true" : "false").utf8
        case let .int(value): JSON.digits(value, into: &output)
        case let .double(value): JSON.number(value, into: &output)
        case let .string(value): JSON.quote(value, into: &output)
        case let .array(values):
            guard !values.isEmpty else { output += "[]".utf8; return }
            output.append(UInt8(ascii: "["))
            // Read in place through the buffer: iterating the array copied (retained and
            // released) every value.
            values.withUnsafeBufferPointer { values in
                for index in values.indices {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    if pretty { JSON.newline(indent + 2, into: &output) }
                    values[index].write(to: &output, pretty: pretty, indent: indent + 2)
                }
            }
            if pretty { JSON.newline(indent, into: &output) }
            output.append(UInt8(ascii: "]"))
        case let .object(pairs):
            guard !pairs.isEmpty else { output += "{}".utf8; return }
            output.append(UInt8(ascii: "{"))
            pairs.withUnsafeBufferPointer { pairs in
                for index in pairs.indices {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    if pretty { JSON.newline(indent + 2, into: &output) }
                    JSON.quote(pairs[index].0, into: &output)
                    output.append(UInt8(ascii: ":"))
                    if pretty { output.append(UInt8(ascii: " ")) }
                    pairs[index].1.write(to: &output, pretty: pretty, indent: indent + 2)
                }
            }
            if pretty { JSON.newline(indent, into: &output) }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ indent: Int, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    /// `value` in decimal, written without an intermediate string.
    private static func digits(_ value: Int, into output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = output.count
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        output[start...].reverse()
    }

    /// A finite number rounded to three decimals, without a trailing `.0` on whole numbers.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    /// `number(value)`, written without an intermediate string for a fraction under a billion
    /// (every score): such a number is a whole count of thousandths, and no decimal shorter than
    /// those thousandths is as close to it, so they are the shortest form `String` would give.
    private static func number(_ value: Double, into output: inout [UInt8]) {
        let thousandths = (value * 1000).rounded()
        let rounded = thousandths / 1000
        guard value.isFinite, rounded != rounded.rounded(), abs(thousandths) < 1e12 else {
            output += number(value).utf8
            return
        }
        var magnitude = Int(thousandths)
        if magnitude < 0 {
            output.append(UInt8(ascii: "-"))
            magnitude = -magnitude
        }
        digits(magnitude / 1000, into: &output)
        output.append(UInt8(ascii: "."))
        // Not whole, so the fraction is not 0: its trailing zeros are dropped.
        var fraction = magnitude % 1000
        var places = 3
        while fraction % 10 == 0 {
            fraction /= 10
            places -= 1
        }
        var divisor = places == 3 ? 100 : places == 2 ? 10 : 1
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped — with the
    /// other characters a terminal could act on (`UTF8Scalar.controlLength`) as `\uXXXX`, so the
    /// output is terminal-safe and the values unchanged — runs of other bytes copied whole.
    private static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Printable ASCII other than `"` and `\`, most of any text, is copied as it is.
                if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                    index += 1
                    continue
                }
                let control = UTF8Scalar.mayStartControl(byte) ? UTF8Scalar.controlLength(bytes, at: index) : 0
                guard control > 0 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\n")
                        || byte == UInt8(ascii: "\t") else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): output += #"\""#.utf8
                case UInt8(ascii: "\\"): output += #"\\"#.utf8
                case UInt8(ascii: "\n"): output += #"\n"#.utf8
                case UInt8(ascii: "\r"): output += #"\r"#.utf8
                case UInt8(ascii: "\t"): output += #"\t"#.utf8
                default:
                    let value = UTF8Scalar.decode(bytes, at: index).0?.value ?? UInt32(byte)
                    output += #"\u"#.utf8
                    for shift: UInt32 in [12, 8, 4, 0] {
                        let digit = UInt8(truncatingIfNeeded: (value >> shift) & 0xF)
                        output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
                    }
                }
                index += max(control, 1)
                start = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    public static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.rendered(pretty: false) == rhs.rendered(pretty: false) }
}
