import Testing
@testable import Journal

@Suite("Recurrence rules")
struct RecurrenceTests {
    @Test("A rule gives the first day after a day, as Obsidian Tasks computes it", arguments: [
        ("every day", "2026-11-24", "2026-11-25"),
        ("every 3 days", "2026-11-30", "2026-12-03"),
        ("every week", "2026-11-24", "2026-12-01"),
        ("Every 2 Weeks", "2021-10-30", "2021-11-13"),
        ("every month", "2021-10-31", "2021-11-30"),
        ("every month", "2022-01-31", "2022-02-28"),
        ("every 3 months", "2022-01-31", "2022-04-30"),
        ("every 2 months", "2026-11-15", "2027-01-15"),
        ("every year", "2024-02-29", "2025-02-28"),
        ("every 2 years", "2026-03-01", "2028-03-01"),
        ("every weekday", "2026-11-27", "2026-11-30"),
        ("every weekday", "2026-11-24", "2026-11-25"),
        ("every Sunday", "2021-04-25", "2021-05-02"),
        ("every week on Sunday", "2021-04-24", "2021-04-25"),
        ("every week on Tuesday, Friday", "2026-11-24", "2026-11-27"),
        ("every week on Tuesday and Friday", "2026-11-27", "2026-12-01"),
        ("every mon, thu", "2026-11-26", "2026-11-30"),
        ("every month on the 1st", "2026-11-24", "2026-12-01"),
        ("every month on the 15th", "2026-11-10", "2026-11-15"),
        ("every month on the 31st", "2022-01-31", "2022-03-31"),
        ("every month on the last", "2022-01-31", "2022-02-28"),
        ("every month on the last", "2024-01-31", "2024-02-29"),
        ("every 2 months on the 1st", "2026-11-24", "2027-01-01"),
        ("every week when done", "2022-02-13", "2022-02-20"),
    ])
    func next(rule: String, from: String, expected: String) throws {
        let recurrence = try #require(Recurrence(rule))
        #expect(recurrence.next(after: Day.iso(from)) == Day.iso(expected))
    }

    @Test("'when done' counts from the day the task was done")
    func whenDone() throws {
        #expect(try #require(Recurrence("every 10 days when done")).whenDone)
        #expect(try #require(Recurrence("every 10 days")).whenDone == false)
        #expect(try #require(Recurrence("every 10 days when done")).step == .days(10))
    }

    @Test("Rules reflect does not follow, and text that is no rule, give no recurrence", arguments: [
        "", "every", "daily", "every 0 days", "every 2", "every fortnight", "every 3 weeks on Friday",
        "every month on the last Friday", "every January on the 15th", "every month on the 32nd",
        "every day until 2026-12-31", "calls in the CRM", "every weekday when",
    ])
    func notFollowed(rule: String) {
        #expect(Recurrence(rule) == nil)
    }
}

@Suite("Entry writer: recurring tasks")
struct RecurringTaskTests {
    /// `lines` met on `day`, as the file's text.
    private func met(_ lines: String, line: Int = 0, on day: String) throws -> String {
        text(try #require(EntryWriter.editTask(atLine: line, .meet(on: Day.iso(day)), in: bytes(lines))))
    }

    @Test("Meeting a recurring task writes its next occurrence above it, as the Tasks documentation shows", arguments: [
        ("- [ ] take out the trash 🔁 every Sunday 📅 2021-04-25\n", "2021-04-24",
         "- [ ] take out the trash 🔁 every Sunday 📅 2021-05-02\n- [x] take out the trash 🔁 every Sunday 📅 2021-04-25 ✅ 2021-04-24\n"),
        ("- [ ] sweep the floors 🔁 every week ⏳ 2021-02-06\n", "2022-02-13",
         "- [ ] sweep the floors 🔁 every week ⏳ 2021-02-13\n- [x] sweep the floors 🔁 every week ⏳ 2021-02-06 ✅ 2022-02-13\n"),
        ("- [ ] sweep the floors 🔁 every week when done ⏳ 2021-02-06\n", "2022-02-13",
         "- [ ] sweep the floors 🔁 every week when done ⏳ 2022-02-20\n- [x] sweep the floors 🔁 every week when done ⏳ 2021-02-06 ✅ 2022-02-13\n"),
        ("-   [ ] Mow the lawn 🔁 every 2 weeks ⏳ 2021-10-28 📅 2021-10-30\n", "2021-10-30",
         "-   [ ] Mow the lawn 🔁 every 2 weeks ⏳ 2021-11-11 📅 2021-11-13\n-   [x] Mow the lawn 🔁 every 2 weeks ⏳ 2021-10-28 📅 2021-10-30 ✅ 2021-10-30\n"),
        ("- [ ] do stuff 🔁 every month 📅 2021-10-31\n", "2021-10-31",
         "- [ ] do stuff 🔁 every month 📅 2021-11-30\n- [x] do stuff 🔁 every month 📅 2021-10-31 ✅ 2021-10-31\n"),
        ("- [ ] do stuff 🔁 every month on the 31st 📅 2022-01-31\n", "2022-01-31",
         "- [ ] do stuff 🔁 every month on the 31st 📅 2022-03-31\n- [x] do stuff 🔁 every month on the 31st 📅 2022-01-31 ✅ 2022-01-31\n"),
        ("- [ ] Do stuff 🔁 every day\n", "2023-02-11",
         "- [ ] Do stuff 🔁 every day\n- [x] Do stuff 🔁 every day ✅ 2023-02-11\n"),
    ])
    func documentedExamples(file: String, day: String, expected: String) throws {
        #expect(try met(file, on: day) == expected)
    }

    @Test("The next occurrence drops the done and cancelled dates, id, depends-on and block link, and is created on the day")
    func nextOccurrenceFields() throws {
        let file = "> 1. [/] Log the week's calls 🔼 🔁 every week ➕ 2026-11-01 🛫 2026-11-25 📅 2026-11-27 ❌ 2026-11-02 🆔 calls ⛔ crm #admin ^calls\n"
        #expect(try met(file, on: "2026-11-27") == """
            > 1. [ ] Log the week's calls 🔼 🔁 every week ➕ 2026-11-27 🛫 2026-12-02 📅 2026-12-04 #admin
            > 1. [x] Log the week's calls 🔼 🔁 every week ➕ 2026-11-01 🛫 2026-11-25 📅 2026-11-27 🆔 calls ⛔ crm ✅ 2026-11-27 #admin ^calls

            """)
    }

    @Test("No next occurrence when the rule is not one reflect follows or the date it counts from does not exist", arguments: [
        ("- [ ] Review 🔁 every month on the last Friday 📅 2026-11-27\n",
         "- [x] Review 🔁 every month on the last Friday 📅 2026-11-27 ✅ 2026-11-27\n"),
        ("- [ ] Do stuff 🔁 every year 🛫 2024-02-27 ⏳ 2024-02-28 📅 2024-02-30\n",
         "- [x] Do stuff 🔁 every year 🛫 2024-02-27 ⏳ 2024-02-28 📅 2024-02-30 ✅ 2026-11-27\n"),
        ("- [ ] Say 🔁 every week in the standup\n", "- [ ] Say 🔁 every week in the standup ✅ 2026-11-27\n".replacingOccurrences(of: "[ ]", with: "[x]")),
    ])
    func notFollowed(file: String, expected: String) throws {
        #expect(try met(file, on: "2026-11-27") == expected)
        #expect(EntryWriter.nextOccurrence(ofTaskAtLine: 0, metOn: Day.iso("2026-11-27"), in: bytes(file)) == nil)
    }

    @Test("In a CRLF file the next occurrence ends with CRLF, and no other byte changes, not UTF-8 ones either")
    func crlfAndOtherBytes() throws {
        let before: [UInt8] = bytes("Caf") + [0xE9] + bytes("\r\n- [ ] Water the plants 🔁 every 3 days 📅 2026-11-24\r\n") + [0xFF]
        let output = try #require(EntryWriter.editTask(atLine: 1, .meet(on: Day.iso("2026-11-25")), in: before))
        #expect(output == bytes("Caf") + [0xE9] + bytes("\r\n- [ ] Water the plants 🔁 every 3 days 📅 2026-11-27\r\n"
            + "- [x] Water the plants 🔁 every 3 days 📅 2026-11-24 ✅ 2026-11-25\r\n") + [0xFF])
    }

    @Test("A last line without a line break gets its next occurrence on a line of the file's own ending")
    func lastLine() throws {
        #expect(try met("# Chores\r\n- [ ] Water 🔁 every day 📅 2026-11-24", line: 1, on: "2026-11-24")
            == "# Chores\r\n- [ ] Water 🔁 every day 📅 2026-11-25\r\n- [x] Water 🔁 every day 📅 2026-11-24 ✅ 2026-11-24")
    }
}

@Suite("Entry writer: an edit changes no other byte")
struct TaskEditBytesTests {
    /// A hand-edited file: front matter, CRLF and LF lines, a byte that is not UTF-8, trailing
    /// spaces, a code block, and task lines of every shape.
    static let file: [UInt8] = bytes("---\r\ndate: 2026-11-24\r\n---\r\n# Tuesday \r\n\r\nCaf") + [0xE9, 0xFF]
        + bytes(" au lait.\n- [ ] Send Acme the proposal 📅 2026-11-27 ^acme\r\n```\n- [ ] not a task\n```\n"
            + "> - [x] Update the CRM ✅ 2026-11-24 #crm\n\t1) [/] Call Dana 🔼 \n- [-] Old idea ❌ 2026-11-20\n- [ ] Last one")

    @Test("Each edit of each task line changes that line only", arguments: [
        TaskLine.Edit.meet(on: Day.iso("2026-11-25")), .cancel(on: Day.iso("2026-11-25")), .reopen, .due(Day.iso("2026-12-01")),
    ])
    func onlyThatLine(edit: TaskLine.Edit) throws {
        let lines = EntryParser.lineRanges(Self.file)
        var edited = 0
        for (index, range) in lines.enumerated() {
            guard let output = EntryWriter.editTask(atLine: index, edit, in: Self.file) else { continue }
            edited += 1
            let changed = try #require(TaskLine.edited(Array(Self.file[range]), edit))
            #expect(output == Array(Self.file[..<range.lowerBound]) + changed + Array(Self.file[range.upperBound...]))
            #expect(Array(output.suffix(Self.file.count - range.upperBound)) == Array(Self.file[range.upperBound...]))
        }
        #expect(edited >= 2)
    }

    @Test("The parser reads an edited file's tasks with only the edited one changed")
    func parsedAfterEdit() throws {
        let file = bytes("# Tuesday\n- [ ] Send Acme the proposal 📅 2026-11-27 ^acme\n> - [x] Update the CRM ✅ 2026-11-24 #crm\n")
        let before = try EntryParser.parse(file, day: Day.iso("2026-11-24"), path: "p").tasks
        let output = try #require(EntryWriter.editTask(atLine: 1, .meet(on: Day.iso("2026-11-25")), in: file))
        #expect(text(output) == "# Tuesday\n- [x] Send Acme the proposal 📅 2026-11-27 ✅ 2026-11-25 ^acme\n> - [x] Update the CRM ✅ 2026-11-24 #crm\n")
        let after = try EntryParser.parse(output, day: Day.iso("2026-11-24"), path: "p").tasks
        #expect(after[1] == before[1])
        #expect(after[0].done == Day.iso("2026-11-25"))
        #expect(after[0].blockLink == "^acme")
        #expect(after[0].text == before[0].text)
    }
}
