import Testing
@testable import Journal

@Suite("Your numbers")
struct NumbersTests {
    @Test("numbers.md reads counts with their period and levels, targets optional, skipping blank and # lines")
    func parsesDefinitions() throws {
        let text = """
            # My numbers

            - calls: 50 per week
            * meetings: 2 per day
            - demos: 4.5 per month
            - proposals: per month
            - pipeline: 500000 level
            - quota-attainment: level
            """
        let definitions = try NumberDefinition.parse(text, path: "/j/.reflect/numbers.md")
        #expect(definitions == [
            NumberDefinition(name: "calls", kind: .count, period: .week, target: 50),
            NumberDefinition(name: "meetings", kind: .count, period: .day, target: 2),
            NumberDefinition(name: "demos", kind: .count, period: .month, target: 4.5),
            NumberDefinition(name: "proposals", kind: .count, period: .month, target: nil),
            NumberDefinition(name: "pipeline", kind: .level, period: nil, target: 500_000),
            NumberDefinition(name: "quota-attainment", kind: .level, period: nil, target: nil),
        ])
    }

    @Test("A bad numbers.md line is an error naming the file, the line and what to write", arguments: [
        ("calls: 50 per week", "line 2: 'calls: 50 per week' is not a number: write '- NAME: [TARGET] per day|per week|per month' or '- NAME: [TARGET] level'"),
        ("- calls 50 per week", "line 2: 'calls 50 per week' has no ':' after the name: write '- NAME: [TARGET] per day|per week|per month' or '- NAME: [TARGET] level'"),
        ("- Calls: 50 per week", "line 2: 'Calls' is not a name: use lowercase words joined by hyphens, like 'calls' or 'discovery-meetings'"),
        ("- cold calls: 50 per week", "line 2: 'cold calls' is not a name: use lowercase words joined by hyphens, like 'calls' or 'discovery-meetings'"),
        ("- calls--made: 5 per day", "line 2: 'calls--made' is not a name: use lowercase words joined by hyphens, like 'calls' or 'discovery-meetings'"),
        ("- attitude: 5 level", "line 2: 'attitude' is a front matter key reflect uses itself; choose another name"),
        ("- meetings: 5 per day", "line 2: 'meetings' is defined twice"),
        ("- calls: -5 per week", "line 2: '-5 per week' is not 'per day', 'per week', 'per month' or 'level'"),
        ("- calls: 5.5.5 per week", "line 2: '5.5.5' is not a target: use a number of 0 or more, like 50 or 87.5"),
        ("- calls: 50", "line 2: 'calls' says neither 'per day', 'per week', 'per month' nor 'level'"),
        ("- calls: 50 per quarter", "line 2: 'per quarter' is not 'per day', 'per week', 'per month' or 'level'"),
    ])
    func reportsBadLines(line: String, message: String) {
        #expect(throws: NumbersFileError.self) { try NumberDefinition.parse("- meetings: 2 per day\n" + line, path: "/j/numbers.md") }
        do {
            _ = try NumberDefinition.parse("- meetings: 2 per day\n" + line, path: "/j/numbers.md")
        } catch {
            #expect(error.description == "/j/numbers.md " + message)
            #expect(error.line == 2)
        }
    }

    @Test("Values are non-negative numbers as written by hand", arguments: [
        ("12", 12.0), ("420000", 420_000), ("87.5", 87.5), (" 3 ", 3), ("0", 0), ("007", 7),
        ("420,000", 420_000), ("1,000", 1_000), ("12,345,678.5", 12_345_678.5),
    ])
    func readsValues(text: String, value: Double) {
        #expect(NumberDefinition.parseValue(text) == value)
    }

    @Test("Values are recorded as plain digits and read with their thousands grouped from five digits", arguments: [
        (420_000.0, "420000", "420,000"), (1_200, "1200", "1200"), (12_345, "12345", "12,345"), (87.5, "87.5", "87.5"),
        (1_234_567.25, "1234567.25", "1,234,567.25"), (0.95, "0.95", "0.95"),
    ])
    func formatsValues(value: Double, recorded: String, shown: String) {
        #expect(NumberDefinition.format(value) == recorded)
        #expect(NumberDefinition.display(value) == shown)
    }

    @Test("Anything else is not a value", arguments: ["", "-1", "+2", "1e3", "1,5", "1,0000", "1234,567", ",100", "1,000,00", "1,00.5", "1,000.", "3.", ".5", "1.2.3", "twelve", "12 calls", "0x10"])
    func rejectsValues(text: String) {
        #expect(NumberDefinition.parseValue(text) == nil)
    }

    @Test("A day's value is its front matter key, the last of repeated keys; a value that is not a number is named")
    func readsEntryValues() throws {
        let entry = try parse("---\ndate: 2026-11-24\ncalls: 12\ncalls: 14\nmeetings: lots\n---\n\nText.\n")
        let calls = NumberDefinition(name: "calls", kind: .count, period: .week, target: 50)
        let meetings = NumberDefinition(name: "meetings", kind: .count, period: .day, target: 2)
        let demos = NumberDefinition(name: "demos", kind: .count, period: .day, target: nil)
        #expect(calls.value(in: entry) == 14)
        #expect(calls.invalidValue(in: entry) == nil)
        #expect(meetings.value(in: entry) == nil)
        #expect(meetings.invalidValue(in: entry) == "lots")
        #expect(demos.value(in: entry) == nil)
        #expect(demos.invalidValue(in: entry) == nil)
    }

    @Test("Working days are Monday to Friday", arguments: [
        ("2026-11-01", "2026-11-30", 21), ("2026-11-02", "2026-11-08", 5), ("2026-11-07", "2026-11-08", 0),
        ("2026-11-30", "2026-11-30", 1), ("2026-11-28", "2026-12-04", 5), ("2026-01-01", "2026-12-31", 261),
    ])
    func countsWorkingDays(from: String, to: String, days: Int) {
        #expect(NumberDefinition.workingDays(in: Day.iso(from)...Day.iso(to)) == days)
    }

    @Test("A target is spread over the working days of the period it is asked for")
    func spreadsTargets() {
        let november = Day.iso("2026-11-01")...Day.iso("2026-11-30")
        let week = Day.iso("2026-11-09")...Day.iso("2026-11-15")
        #expect(NumberDefinition(name: "calls", kind: .count, period: .week, target: 50).target(over: november) == 210)
        #expect(NumberDefinition(name: "calls", kind: .count, period: .week, target: 50).target(over: week) == 50)
        #expect(NumberDefinition(name: "meetings", kind: .count, period: .day, target: 2).target(over: november) == 42)
        #expect(NumberDefinition(name: "demos", kind: .count, period: .month, target: 4).target(over: november) == 4)
        #expect(NumberDefinition(name: "demos", kind: .count, period: .month, target: 21).target(over: week) == 5)
        // 30 November to 4 December: one working day of November's 21, four of December's 23.
        let across = NumberDefinition(name: "demos", kind: .count, period: .month, target: 21).target(over: Day.iso("2026-11-30")...Day.iso("2026-12-04"))
        #expect(abs(across! - (1 + 21.0 * 4 / 23)) < 1e-9)
        #expect(NumberDefinition(name: "pipeline", kind: .level, period: nil, target: 500_000).target(over: week) == 500_000)
        #expect(NumberDefinition(name: "calls", kind: .count, period: .week, target: nil).target(over: week) == nil)
    }

    @Test("Values print as a person writes them", arguments: [(12.0, "12"), (420_000, "420000"), (87.5, "87.5"), (0.952381, "0.95"), (0.05, "0.05"), (2.999, "3")])
    func formatsValues(value: Double, text: String) {
        #expect(NumberDefinition.format(value) == text)
    }
}

@Suite("Numbers read from an answer")
struct MentionedNumbersTests {
    @Test("A number right before the name is the value the answer states", arguments: [
        ("calls", "Made 20 calls, booked 3 meetings.", 20.0),
        ("meetings", "Made 20 calls, booked 3 meetings.", 3),
        ("meetings", "Only one meeting today.", 1),
        ("demos", "Two demos, both good.", 2),
        ("discovery-meetings", "Ran 4 discovery meetings.", 4),
        ("calls", "No calls at all.", 0),
    ])
    func reads(name: String, text: String, value: Double) {
        #expect(NumberDefinition(name: name, kind: .count, period: .day, target: nil).valueMentioned(in: text) == value)
    }

    @Test("No number, or two different ones, is no value", arguments: [
        ("calls", "Calls went well."), ("calls", "Made 20 calls, then 5 calls more."), ("meetings", "Made 20 calls."),
        ("calls", "20 emails and calls."),
    ])
    func readsNothing(name: String, text: String) {
        #expect(NumberDefinition(name: name, kind: .count, period: .day, target: nil).valueMentioned(in: text) == nil)
    }
}
