import Foundation
import Testing

/// The hand-written month in `Fixtures/numbers-month`, copied into a fresh folder.
///
/// `numbers.md` defines calls (50 per week), meetings (2 per day), demos (4 per month), proposals
/// (per month, no target) and pipeline (500000, a level); `accounts.md` lists Acme (Acme Corp,
/// ACME), Globex, Initech (Initrode) and Umbrella. November 2026 has 21 working days (Monday to
/// Friday); its weeks start 1 (a Sunday: no working day), 2, 9, 16, 23 and 30 November.
///
/// What it was built for, counted by hand (as of 30 November):
/// - calls 12 + 8 + 10 + 6 + 11 + 9 + 3 (Saturday 14) + 10 + 4 + 12 = 85 on 10 days (17 Nov says
///   `calls: lots`: a warning, not counted); target 50 × 21 / 5 = 210; October 20 + 15 = 35; by
///   week –, 30, 29, –, 14, 12 against 0, 50, 50, 50, 50, 10. The day's share is 10: at or above on
///   2, 5, 10 and 23 Nov (ratings 4, 5, 4, 4: 4.25), below on 3, 9, 13 and 27 Nov (2, 2, 3, 2:
///   2.25); Saturday 14 and unrated 30 Nov left out.
/// - meetings 2 + 1 + 3 + 2 + 2 + 1 + 2 + 0 = 13 on 8 days; target 42; October 3; at or above 2 a
///   day on 2, 5, 10, 13, 23 Nov (4, 5, 4, 3, 4: 4.0), below on 3, 17, 27 Nov (2, 3, 2: 2.333).
/// - demos 1 + 2 + 1 = 4 of 4 (100%), all three days at or above the share 4/21.
/// - proposals 1 + 2 = 3, no target; pipeline latest 410000 (30 Nov) of 500000 (82%), October 300000.
/// - accounts (accounts.md): Acme 10 mentions in 7 entries, last 30 Nov ("Acme Corp", "ACME" and
///   "Acme's" count), commitments made 4 (2#1 overdue, 3#1 overdue, 13#1 met late, 27#1
///   cancelled); Globex 5 in 3, last 23 Nov, made 2 (met on time, open); Initech 5 in 4 ("Initrode"
///   counts), last 23 Nov, made 1 (met on time); Umbrella is never named, so not listed.
/// - accounts found without accounts.md: Acme (written mid-sentence in 3 entries: 2, 13, 27 Nov)
///   with 8 mentions of "Acme" in 6 entries; Globex (2, 10, 23 Nov). Initech is mid-sentence in
///   only 2 entries (it opens the sentence on 17 Nov), Priya in 2, "ACME" and "CRM" are capitals.
/// - the November brief: commitments made 7, met 3 (2 on time), open 1, overdue 2 (2#1 due 6 Nov,
///   28 days; 3#1 undated, 27 days); Acme has 2 overdue, Globex 1 open; coaching answers on 13 and
///   27 Nov; ratings 34 / 10 = 3.4 against October's 3.0 (26 and 27 Oct).
func numbersJournal() throws -> TemporaryFolder {
    let journal = TemporaryFolder()
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/numbers-month")
    let files = FileManager.default.enumerator(atPath: fixture.path)!
    while let relative = files.nextObject() as? String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: fixture.appendingPathComponent(relative).path, isDirectory: &isFolder),
              !isFolder.boolValue else { continue }
        try journal.write(relative, bytes: Array(try Data(contentsOf: fixture.appendingPathComponent(relative))))
    }
    return journal
}

/// `reflect --journal DIR --date DATE` and `arguments`.
func reflect(_ journal: TemporaryFolder, date: String, _ arguments: [String], input: String? = nil) throws -> RunResult {
    try Binary.run(["--journal", journal.path, "--date", date] + arguments, input: input)
}

@Suite("Your numbers in the report, reflect numbers and reflect log")
struct NumbersTests {
    @Test("The JSON report gives each number's value, target, previous month, weeks and rating split, as counted by hand")
    func reportNumbers() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-12-05", ["report", "--month", "2026-11", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr == "warning: \(journal.path)/2026/11/2026-11-17.md: 'calls: lots' is not a number of 0 or more, so it is not counted\n")
        let json = try #require(try jsonObject(result.stdout) as? [String: Any])
        let numbers = try #require(json["numbers"] as? [[String: Any]])
        #expect(numbers.map { $0["name"] as? String } == ["calls", "meetings", "demos", "proposals", "pipeline"])
        #expect(numbers.map { $0["kind"] as? String } == ["count", "count", "count", "count", "level"])
        #expect(numbers.map { $0["period"] as? String } == ["week", "day", "month", "month", nil])
        #expect(numbers.map { $0["value"] as? Double } == [85, 13, 4, 3, 410_000])
        #expect(numbers.map { $0["target"] as? Double } == [210, 42, 4, nil, 500_000])
        #expect(numbers.map { $0["previous"] as? Double } == [35, 3, nil, nil, 300_000])
        #expect(numbers.map { $0["attainment"] as? Double } == [0.405, 0.31, 1, nil, 0.82])
        #expect(numbers.map { $0["days"] as? Int } == [10, 8, 3, 2, 4])

        let calls = try #require(numbers[0]["byWeek"] as? [[String: Any]])
        #expect(calls.map { $0["week"] as? String } == ["2026-11-01", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"])
        #expect(calls.map { $0["value"] as? Double } == [nil, 30, 29, nil, 14, 12])
        #expect(calls.map { $0["target"] as? Double } == [0, 50, 50, 50, 50, 10])
        let pipeline = try #require(numbers[4]["byWeek"] as? [[String: Any]])
        #expect(pipeline.map { $0["value"] as? Double } == [nil, 380_000, 420_000, 450_000, nil, 410_000])

        func split(_ number: [String: Any]) -> [Double?]? {
            guard let rating = number["rating"] as? [String: Any], let above = rating["atOrAbove"] as? [String: Any],
                  let below = rating["below"] as? [String: Any] else { return nil }
            return [(above["days"] as? Double), above["mean"] as? Double, below["days"] as? Double, below["mean"] as? Double]
        }
        #expect(split(numbers[0]) == [4, 4.25, 4, 2.25])
        #expect(split(numbers[1]) == [5, 4, 3, 2.333])
        #expect(split(numbers[2]) == [3, 3.333, 0, nil])
        #expect(numbers[3]["rating"] is NSNull)
        #expect(numbers[4]["rating"] is NSNull)
    }

    @Test("The text report shows the numbers against targets and October, by week, and the rating split")
    func reportNumbersText() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-12-05", ["report", "--month", "2026-11"])
        #expect(result.status == 0)
        let section = result.stdout.components(separatedBy: "YOUR NUMBERS\n")[1].components(separatedBy: "\nATTITUDE\n")[0]
        #expect(section == """
                                Target  November   Target  Attained  October
              calls        50 per week        85      210       40%       35
              meetings       2 per day        13       42       31%        3
              demos        4 per month         4        4      100%        –
              proposals      per month         3        –         –        –
              pipeline   500,000 level   410,000  500,000       82%  300,000

              By week    calls  meetings   demos  proposals         pipeline
              1 Nov        –/0       –/0     –/0          –        –/500,000
              2–8 Nov    30/50      6/10  1/0.95          –  380,000/500,000
              9–15 Nov   29/50      4/10  2/0.95          1  420,000/500,000
              16–22 Nov   –/50      1/10  –/0.95          –  450,000/500,000
              23–29 Nov  14/50      2/10  1/0.95          2        –/500,000
              30 Nov     12/10       –/2  –/0.19          –  410,000/500,000

              calls: self-rating on days at or above the day's share of the target 4.3 (4
                days), below it 2.3 (4 days).
              meetings: self-rating on days at or above the day's share of the target 4.0 (5
                days), below it 2.3 (3 days).
              demos: self-rating on days at or above the day's share of the target 3.3 (3
                days), below it – (0 days).

            """)
    }

    @Test("A report without numbers.md or accounts has neither section, and its JSON has empty lists")
    func reportWithoutNumbers() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-02.md", "---\nattitude: 3\n---\n\n## Notes\n\nA quiet day.\n")
        let result = try reflect(journal, date: "2026-12-05", ["report", "--month", "2026-11"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("YOUR NUMBERS"))
        #expect(!result.stdout.contains("ACCOUNTS ON YOUR MIND"))
        let json = try #require(try jsonObject(try reflect(journal, date: "2026-12-05", ["report", "--month", "2026-11", "--format", "json"]).stdout) as? [String: Any])
        #expect((json["numbers"] as? [Any])?.isEmpty == true)
        #expect((json["accounts"] as? [Any])?.isEmpty == true)
    }

    @Test("The HTML report charts each number by week against its target line, and has no script")
    func reportNumbersHTML() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-12-05", ["report", "--month", "2026-11", "--format", "html"])
        #expect(result.status == 0)
        for index in 0..<5 { #expect(result.stdout.contains("<svg viewBox=\"0 0 720 220\" role=\"img\" aria-labelledby=\"chart-number-\(index)-title")) }
        #expect(result.stdout.contains("<title id=\"chart-number-0-title\">calls by week</title>"))
        #expect(result.stdout.contains("<desc id=\"chart-number-0-desc\">calls by week (each labelled by its days in the month), against the week&#39;s target. Month: 85 of a target of 210 (40%); October: 35.</desc>"))
        // A target line a week for the four numbers with a target, 1 November (a Sunday, no
        // working day) too, as its row gives it: 0 for the counts, on the baseline.
        #expect(result.stdout.components(separatedBy: "class=\"line-target\"").count - 1 == 4 * 6)
        #expect(result.stdout.contains("<h2 id=\"accounts\">Accounts on your mind</h2>"))
        #expect(result.stdout.contains("<tspan class=\"wide\">2–8 Nov</tspan><tspan class=\"narrow\">2–8</tspan>"))
        #expect(!result.stdout.contains("<script"))
    }

    @Test("The first week of one Sunday is drawn as its row reads: no value, and its prorated target of 0 on the baseline")
    func reportNumbersStubWeek() throws {
        let journal = try numbersJournal()
        let html = try reflect(journal, date: "2026-12-05", ["report", "--month", "2026-11", "--format", "html"]).stdout
        let text = try reflect(journal, date: "2026-12-05", ["report", "--month", "2026-11"]).stdout
        #expect(text.contains("  1 Nov        –/0       –/0     –/0          –        –/500,000\n"))
        // calls: the week's slot, its `–` and its target line at y 184, the chart's baseline (the 0 grid line).
        #expect(html.contains("<line class=\"grid\" x1=\"64\" y1=\"184\" x2=\"704\" y2=\"184\"/>"))
        #expect(html.contains("<text class=\"tick\" x=\"117.3\" y=\"206\" text-anchor=\"middle\"><tspan class=\"wide\">1 Nov</tspan>"
            + "<tspan class=\"narrow\">1</tspan></text><text x=\"117.3\" y=\"178\" text-anchor=\"middle\"><title>1 Nov: – of 0</title>–</text>"
            + "<line class=\"line-target\" x1=\"69.3\" y1=\"184\" x2=\"165.3\" y2=\"184\"><title>1 Nov: target 0</title></line>"))
        // A week with a value and a target keeps its bar and line.
        #expect(html.contains("<rect class=\"bar-met\" x=\"197.3\" y=\"88\" width=\"53.3\" height=\"96\"><title>2–8 Nov: 30 of 50</title></rect>"))
        #expect(html.contains("<line class=\"line-target\" x1=\"176\" y1=\"24\" x2=\"272\" y2=\"24\"><title>2–8 Nov: target 50</title></line>"))
        // The same week in the JSON: no value, target 0.
        let json = try #require(try jsonObject(try reflect(journal, date: "2026-12-05", ["report", "--month", "2026-11", "--format", "json"]).stdout) as? [String: Any])
        let calls = try #require((json["numbers"] as? [[String: Any]])?.first)
        let first = try #require((calls["byWeek"] as? [[String: Any]])?.first)
        #expect(first["week"] as? String == "2026-11-01")
        #expect(first["value"] is NSNull)
        #expect(first["target"] as? Double == 0)
    }

    @Test("reflect numbers prints this week's and this month's values against their targets")
    func numbersCommand() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-11-13", ["numbers"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Your numbers · Friday, 13 November 2026
            This week: 9–15 Nov · this month: November 2026

              Number     Target            Week   Target     %    Month   Target    %
              calls      50 per week         26       50   52%       56      210  27%
              meetings   2 per day            4       10   40%       10       42  24%
              demos      4 per month          2     0.95  210%        3        4  75%
              proposals  per month            1        –     –        1        –    –
              pipeline   500,000 level  420,000  500,000   84%  420,000  500,000  84%

            """)
        let json = try #require(try jsonObject(try reflect(journal, date: "2026-11-13", ["numbers", "--json"]).stdout) as? [String: Any])
        #expect(json["date"] as? String == "2026-11-13")
        #expect((json["week"] as? [String: String]) == ["from": "2026-11-09", "to": "2026-11-15"])
        let calls = try #require((json["numbers"] as? [[String: Any]])?.first)
        #expect((calls["week"] as? [String: Any])?["value"] as? Double == 26)
        #expect((calls["month"] as? [String: Any])?["target"] as? Double == 210)
    }

    @Test("At the ends of the calendar the week stops at its last and first day", arguments: [
        ("9999-12-31", "This week: 27–31 Dec · this month: December 9999"), ("0001-01-01", "This week: 1–7 Jan · this month: January 1"),
    ])
    func calendarEnds(date: String, line: String) throws {
        let journal = TemporaryFolder()
        try journal.write(".reflect/numbers.md", "- calls: 5 per month\n")
        #expect(try reflect(journal, date: date, ["log", "calls=3"]).status == 0)
        let result = try reflect(journal, date: date, ["numbers"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").dropFirst().first.map(String.init) == line)
        #expect(try reflect(journal, date: date, ["brief"]).status == 0)
    }

    @Test("reflect export gives each entry's numbers")
    func exportNumbers() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-12-05", ["export", "--from", "2026-11-02", "--to", "2026-11-03"])
        #expect(result.status == 0)
        let entries = try #require(try jsonObject(result.stdout) as? [[String: Any]])
        #expect(entries.map { $0["numbers"] as? [String: Double] } == [["calls": 12, "meetings": 2], ["calls": 8, "meetings": 1, "pipeline": 380_000]])
    }

    @Test("reflect numbers without numbers.md says how to define them")
    func numbersUndefined() throws {
        let journal = TemporaryFolder()
        let result = try reflect(journal, date: "2026-11-13", ["numbers"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("No numbers are defined yet. Define them in \(journal.path)/.reflect/numbers.md, one a line:\n  - calls: 50 per week\n"))
    }

    @Test("reflect log writes the numbers into the day's front matter, changing only those lines")
    func logEditsFrontMatter() throws {
        let journal = try numbersJournal()
        let original = try journal.read("2026/11/2026-11-17.md")
        let result = try reflect(journal, date: "2026-11-17", ["log", "calls=7", "demos=1"])
        #expect(result.status == 0)
        #expect(result.stdout == "Logged calls 7, demos 1 for 2026-11-17 in \(journal.path)/2026/11/2026-11-17.md\n")
        #expect(try journal.read("2026/11/2026-11-17.md") == original
            .replacingOccurrences(of: "calls: lots\n", with: "calls: 7\n")
            .replacingOccurrences(of: "pipeline: 450000\n---", with: "pipeline: 450000\ndemos: 1\n---"))
        #expect(journal.mode("2026/11/2026-11-17.md") == 0o600)
    }

    @Test("reflect log on a day without an entry starts its file with the numbers, recorded as plain digits")
    func logNewDay() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-11-18", ["log", "pipeline=455,000.5"])
        #expect(result.status == 0)
        #expect(result.stdout == "Logged pipeline 455000.5 for 2026-11-18 in \(journal.path)/2026/11/2026-11-18.md\n")
        #expect(try journal.read("2026/11/2026-11-18.md") == """
            ---
            date: 2026-11-18
            prompts: []
            pipeline: 455000.5
            ---

            # Wednesday, 18 November 2026

            """)
    }

    @Test("reflect log refuses what is not one of your numbers with a value, and writes nothing", arguments: [
        (["log", "emails=3"], "Error: 'emails' is not one of your numbers; numbers.md defines calls, meetings, demos, proposals, pipeline"),
        (["log", "calls=many"], "Error: calls 'many' is not a number of 0 or more, like 12, 87.5 or 420,000"),
        (["log", "calls=1,5"], "Error: calls '1,5' is not a number of 0 or more, like 12, 87.5 or 420,000"),
        (["log", "calls"], "Error: 'calls' is not NAME=VALUE, like calls=12"),
        (["log", "calls=1", "calls=2"], "Error: 'calls' is given twice"),
        (["log"], "Error: missing '<name=value>'"),
    ])
    func logRefuses(arguments: [String], message: String) throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-11-18", arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(message + "\nUsage: reflect log <name=value> ...\n"))
        #expect(result.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: journal("2026/11/2026-11-18.md")))
    }

    @Test("reflect log leaves a day file that is not UTF-8 text as it is, with exit 65")
    func logRefusesUnreadable() throws {
        let journal = try numbersJournal()
        let bytes: [UInt8] = Array("---\ncalls: 3\n---\n\nCaf".utf8) + [0xE9, 0x0A]
        try journal.write("2026/11/2026-11-18.md", bytes: bytes)
        let result = try reflect(journal, date: "2026-11-18", ["log", "calls=4"])
        #expect(result.status == 65)
        #expect(result.stderr == "Error: cannot read \(journal.path)/2026/11/2026-11-18.md: it is not UTF-8 text\n")
        #expect(try journal.bytes("2026/11/2026-11-18.md") == bytes)
    }

    @Test("reflect log without numbers.md says to define them first")
    func logUndefined() throws {
        let journal = TemporaryFolder()
        let result = try reflect(journal, date: "2026-11-18", ["log", "calls=3"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: no numbers are defined: define them in \(journal.path)/.reflect/numbers.md first, one a line, like '- calls: 50 per week'\n"))
    }

    @Test("A bad numbers.md line stops every command that reads it with exit 78, naming file and line", arguments: [
        ["numbers"], ["log", "calls=1"], ["report"], ["brief"],
    ])
    func badNumbersFile(arguments: [String]) throws {
        let journal = try numbersJournal()
        try journal.write(".reflect/numbers.md", "# Numbers\n- calls: 50 per week\n- meetings: 2 a day\n")
        let result = try reflect(journal, date: "2026-11-18", arguments)
        #expect(result.status == 78)
        #expect(result.stderr == "Error: \(journal.path)/.reflect/numbers.md line 3: 'a day' is not 'per day', 'per week', 'per month' or 'level'\n")
        #expect(result.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: journal("2026/11/2026-11-18.md")))
    }
}
