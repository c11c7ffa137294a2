import Testing
@testable import Journal

@Suite("JSON")
struct JSONTests {
    static let value: JSON = .object([
        ("zebra", 1),
        ("apple", "x"),
        ("list", [1, .null, true]),
        ("empty", []),
        ("none", .object([])),
        ("nested", .object([("b", false), ("a", .double(0.5))])),
    ])

    @Test("Compact output keeps the keys in the order given, with no spaces")
    func compact() {
        #expect(Self.value.rendered(pretty: false)
            == #"{"zebra":1,"apple":"x","list":[1,null,true],"empty":[],"none":{},"nested":{"b":false,"a":0.5}}"#)
    }

    @Test("Pretty output indents by two spaces and writes empty containers on one line")
    func pretty() {
        #expect(Self.value.rendered() == """
            {
              "zebra": 1,
              "apple": "x",
              "list": [
                1,
                null,
                true
              ],
              "empty": [],
              "none": {},
              "nested": {
                "b": false,
                "a": 0.5
              }
            }
            """)
    }

    @Test("Strings escape quotes, backslashes and control characters and keep other text as it is", arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("back\\slash", #""back\\slash""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("bell\u{07}", #""bell\u0007""#),
        ("unit\u{1F}", #""unit\u001f""#),
        ("nul\u{0}", #""nul\u0000""#),
        ("don’t 📅 é / <b>", #""don’t 📅 é / <b>""#),
        ("crlf\r\n", #""crlf\r\n""#),
    ])
    func escaping(input: String, expected: String) {
        #expect(JSON.string(input).rendered() == expected)
        #expect(JSON.object([(input, 1)]).rendered(pretty: false) == "{" + expected + ":1}")
    }

    @Test("Numbers are rounded to three decimals without a trailing .0", arguments: [
        (0.12345, "0.123"), (2.0, "2"), (-0.5, "-0.5"), (1.0 / 3.0, "0.333"), (2.9996, "3"),
        (-0.0004, "0"), (0.1 + 0.2, "0.3"), (12.3456, "12.346"), (-2.25, "-2.25"), (100, "100"), (0.001, "0.001"), (0.0004, "0"), (1_234_567.891, "1234567.891"),
        (Double.nan, "null"), (Double.infinity, "null"), (-Double.infinity, "null"),
    ])
    func doubles(value: Double, expected: String) {
        #expect(JSON.double(value).rendered() == expected)
    }

    @Test("Integers, booleans and null are written as JSON literals")
    func literals() {
        #expect(JSON.int(-42).rendered() == "-42")
        #expect(JSON.int(0).rendered() == "0")
        #expect(JSON.int(7).rendered() == "7")
        #expect(JSON.int(Int.max).rendered() == "9223372036854775807")
        #expect(JSON.int(Int.min).rendered() == "-9223372036854775808")
        #expect(JSON.array([1, -20, 300]).rendered(pretty: false) == "[1,-20,300]")
        #expect(JSON.bool(true).rendered() == "true")
        #expect(JSON.null.rendered() == "null")
        #expect(JSON.array([]).rendered() == "[]")
    }

    @Test("Optionals become their value or null")
    func optionals() {
        #expect(JSON.optional(Day.iso("2026-11-24")).rendered() == #""2026-11-24""#)
        #expect(JSON.optional(nil as Day?).rendered() == "null")
        #expect(JSON.optional(3 as Int?).rendered() == "3")
        #expect(JSON.optional(nil as Int?).rendered() == "null")
        #expect(JSON.optional(0.25 as Double?).rendered() == "0.25")
        #expect(JSON.optional(nil as Double?).rendered() == "null")
    }

    @Test("Values are equal when they render the same, so key order matters")
    func equality() {
        #expect(JSON.object([("a", 1), ("b", 2)]) == JSON.object([("a", 1), ("b", 2)]))
        #expect(JSON.object([("a", 1), ("b", 2)]) != JSON.object([("b", 2), ("a", 1)]))
    }
}
