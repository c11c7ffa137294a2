import Testing
@testable import Journal

/// Reads `line` as written on Tuesday 24 November 2026.
private func readTask(_ line: String) -> TaskLine? {
    TaskLine.read(Array(line.utf8), writtenOn: Day.iso("2026-11-24"))
}

/// `line` edited, as text.
private func editTask(_ line: String, _ edit: TaskLine.Edit) -> String? {
    TaskLine.edited(Array(line.utf8), edit).map(text)
}

/// What a line should read as; fields left out are absent.
struct ExpectedTask: Sendable, CustomStringConvertible {
    var text: String
    var due: String? = nil
    var done: String? = nil
    var cancelled: String? = nil
    var scheduled: String? = nil
    var start: String? = nil
    var created: String? = nil
    var priority: Journal.EntryTask.Priority? = nil
    var recurrence: String? = nil
    var onCompletion: String? = nil
    var id: String? = nil
    var dependsOn: [String] = []
    var blockLink: String? = nil
    var invalid: [String] = []

    var description: String { text }

    func check(_ task: TaskLine, line: String) {
        #expect(task.text == text, "\(line)")
        #expect(task.due == due.map(Day.iso), "\(line)")
        #expect(task.done == done.map(Day.iso), "\(line)")
        #expect(task.cancelled == cancelled.map(Day.iso), "\(line)")
        #expect(task.scheduled == scheduled.map(Day.iso), "\(line)")
        #expect(task.start == start.map(Day.iso), "\(line)")
        #expect(task.created == created.map(Day.iso), "\(line)")
        #expect(task.priority == priority, "\(line)")
        #expect(task.recurrence == recurrence, "\(line)")
        #expect(task.onCompletion == onCompletion, "\(line)")
        #expect(task.id == id, "\(line)")
        #expect(task.dependsOn == dependsOn, "\(line)")
        #expect(task.blockLink == blockLink, "\(line)")
        #expect(task.invalidDates.map(\.written) == invalid, "\(line)")
    }
}

@Suite("Task lines: what is a task and its status, as Obsidian Tasks reads them")
struct TaskLineStatusTests {
    @Test("The checkbox's character is the status: Tasks' four defaults, X as done, anything else open", arguments: [
        ("- [ ] Call Dana", Journal.EntryTask.State.open, " " as Character),
        ("- [/] Call Dana", .open, "/"),
        ("- [x] Call Dana", .met, "x"),
        ("- [X] Call Dana", .met, "X"),
        ("- [-] Call Dana", .cancelled, "-"),
        ("- [>] Call Dana", .open, ">"),
        ("- [!] Call Dana", .open, "!"),
        ("- [?] Call Dana", .open, "?"),
        ("- [P] Call Dana", .open, "P"),
        ("- [🔥] Call Dana", .open, "🔥"),
        ("- [é] Call Dana", .open, "é"),
    ])
    func status(line: String, state: Journal.EntryTask.State, symbol: Character) throws {
        let task = try #require(readTask(line))
        #expect(task.state == state)
        #expect(task.symbol == symbol)
        #expect(task.text == "Call Dana")
    }

    @Test("Bullets, numbered lists, block quotes and callouts, at any indentation, hold tasks", arguments: [
        "- [ ] Call Dana", "* [ ] Call Dana", "+ [ ] Call Dana", "1. [ ] Call Dana", "12. [ ] Call Dana",
        "3) [ ] Call Dana", "    - [ ] Call Dana", "\t\t* [ ] Call Dana", "> - [ ] Call Dana", "> > - [ ] Call Dana",
        ">- [ ] Call Dana", ">> 1. [ ] Call Dana", "  > * [ ] Call Dana", "> \t- [ ] Call Dana", "-   [ ] Call Dana",
        "- [ ]   Call Dana",
    ])
    func prefixes(line: String) throws {
        let task = try #require(readTask(line))
        #expect(task.state == .open)
        #expect(task.text == "Call Dana")
    }

    @Test("Lines that are not quite task lines are not tasks", arguments: [
        "- [] Call Dana", "-[ ] Call Dana", "- [ ]Call Dana", "- [ x] Call Dana", "- [xx] Call Dana", "[ ] Call Dana",
        "- Call Dana", "- [ ", "1 [ ] Call Dana", "a. [ ] Call Dana", "1234567890. [ ] Call Dana", "> [!todo] Call Dana",
        "Call Dana - [ ] later", "", ">", "- [", "#- [ ] Call Dana",
    ])
    func notTasks(line: String) {
        #expect(readTask(line) == nil)
    }

    @Test("An empty task has an empty text")
    func empty() throws {
        #expect(try #require(readTask("- [ ]")).text == "")
        #expect(try #require(readTask("- [x] ")).text == "")
    }
}

@Suite("Task lines: fields, as the Tasks emoji format documents them")
struct TaskLineFieldTests {
    @Test("Each field is read from the end of the line and taken out of the text", arguments: [
        // The documented samples of each field.
        ("- [ ] #task Has a created date ➕ 2023-04-13", ExpectedTask(text: "#task Has a created date", created: "2023-04-13")),
        ("- [ ] #task Has a scheduled date ⏳ 2023-04-14", ExpectedTask(text: "#task Has a scheduled date", scheduled: "2023-04-14")),
        ("- [ ] #task Has a start date 🛫 2023-04-15", ExpectedTask(text: "#task Has a start date", start: "2023-04-15")),
        ("- [ ] #task Has a due date 📅 2023-04-16", ExpectedTask(text: "#task Has a due date", due: "2023-04-16")),
        ("- [x] #task Has a done date ✅ 2023-04-17", ExpectedTask(text: "#task Has a done date", done: "2023-04-17")),
        ("- [-] #task Has a cancelled date ❌ 2023-04-18", ExpectedTask(text: "#task Has a cancelled date", cancelled: "2023-04-18")),
        ("- [ ] #task Lowest priority ⏬", ExpectedTask(text: "#task Lowest priority", priority: .lowest)),
        ("- [ ] #task Low priority 🔽", ExpectedTask(text: "#task Low priority", priority: .low)),
        ("- [ ] #task Normal priority", ExpectedTask(text: "#task Normal priority")),
        ("- [ ] #task Medium priority 🔼", ExpectedTask(text: "#task Medium priority", priority: .medium)),
        ("- [ ] #task High priority ⏫", ExpectedTask(text: "#task High priority", priority: .high)),
        ("- [ ] #task Highest priority 🔺", ExpectedTask(text: "#task Highest priority", priority: .highest)),
        ("- [ ] #task Is a recurring task 🔁 every day when done", ExpectedTask(text: "#task Is a recurring task", recurrence: "every day when done")),
        ("- [ ] #task do this first 🆔 dcf64c", ExpectedTask(text: "#task do this first", id: "dcf64c")),
        ("- [ ] #task do this after first and some other task ⛔️ dcf64c,0h17ye",
         ExpectedTask(text: "#task do this after first and some other task", dependsOn: ["dcf64c", "0h17ye"])),
        ("- [ ] Clean up the pipeline 🏁 delete 📅 2026-12-01", ExpectedTask(text: "Clean up the pipeline", due: "2026-12-01", onCompletion: "delete")),
        // Every field at once, in Tasks' own order and in another.
        ("- [ ] Prep the QBR deck ➕ 2026-11-20 🛫 2026-11-23 ⏳ 2026-11-25 📅 2026-11-27 🔼 🔁 every week 🆔 qbr1 ⛔ crm2, legal-3 🏁 keep",
         ExpectedTask(text: "Prep the QBR deck", due: "2026-11-27", scheduled: "2026-11-25", start: "2026-11-23", created: "2026-11-20",
                      priority: .medium, recurrence: "every week", onCompletion: "keep", id: "qbr1", dependsOn: ["crm2", "legal-3"])),
        ("- [ ] Cook dinner ⏫ ⏳ 2021-11-23 📅 2021-11-25 🛫 2021-11-20",
         ExpectedTask(text: "Cook dinner", due: "2021-11-25", scheduled: "2021-11-23", start: "2021-11-20", priority: .high)),
        // Other emoji Tasks reads, the variation selector, and no space around the emoji.
        ("- [ ] Send the quote 📆 2026-12-02", ExpectedTask(text: "Send the quote", due: "2026-12-02")),
        ("- [ ] Send the quote 🗓 2026-12-03", ExpectedTask(text: "Send the quote", due: "2026-12-03")),
        ("- [ ] Send the quote 🗓️ 2026-12-03", ExpectedTask(text: "Send the quote", due: "2026-12-03")),
        ("- [ ] Send the quote ⌛ 2026-12-04", ExpectedTask(text: "Send the quote", scheduled: "2026-12-04")),
        ("- [ ] Send the quote ⏫️", ExpectedTask(text: "Send the quote", priority: .high)),
        ("- [ ] Send the quote 📅️2026-12-05", ExpectedTask(text: "Send the quote", due: "2026-12-05")),
        ("- [ ] Send the quote📅 2026-12-05", ExpectedTask(text: "Send the quote", due: "2026-12-05")),
        ("- [ ] Send the quote 📅    2026-12-05", ExpectedTask(text: "Send the quote", due: "2026-12-05")),
        ("- [ ] Send the quote ✅️ 2026-12-06", ExpectedTask(text: "Send the quote", done: "2026-12-06")),
        // Tags may stand among and after fields and stay in the text; the block link is kept aside.
        ("- [ ] Call Acme #sales 📅 2026-12-01 #q4", ExpectedTask(text: "Call Acme #sales #q4", due: "2026-12-01")),
        ("- [ ] Call Acme 📅 2026-12-01 #q4 ⏫ #deal/acme", ExpectedTask(text: "Call Acme #q4 #deal/acme", due: "2026-12-01", priority: .high)),
        ("- [ ] Call Acme 📅 2026-12-01 ^abc-123", ExpectedTask(text: "Call Acme", due: "2026-12-01", blockLink: "^abc-123")),
        ("- [ ] Call Acme #q4 ^abc123", ExpectedTask(text: "Call Acme #q4", blockLink: "^abc123")),
        ("- [ ] Call Acme ^abc #q4", ExpectedTask(text: "Call Acme ^abc #q4")),
        ("- [ ] Call Acme^abc", ExpectedTask(text: "Call Acme^abc")),
        ("- [ ] Call Acme see issue#12", ExpectedTask(text: "Call Acme see issue#12")),
        // A field-looking emoji followed by more words is text.
        ("- [ ] Call Acme 📅 2026-12-01 about pricing", ExpectedTask(text: "Call Acme 📅 2026-12-01 about pricing")),
        ("- [ ] Ask ⏫ twice then stop", ExpectedTask(text: "Ask ⏫ twice then stop")),
        ("- [ ] Renew ✅ 2026-11-01 contracts 📅 2026-12-01", ExpectedTask(text: "Renew ✅ 2026-11-01 contracts", due: "2026-12-01")),
        // The recurrence rule runs to the next field, or swallows words as Tasks does.
        ("- [ ] Log calls 🔁 every weekday 📅 2026-11-25", ExpectedTask(text: "Log calls", due: "2026-11-25", recurrence: "every weekday")),
        ("- [ ] Log calls 🔁 every week on Monday, Friday", ExpectedTask(text: "Log calls", recurrence: "every week on Monday, Friday")),
        ("- [ ] Log 🔁 calls in the CRM", ExpectedTask(text: "Log", recurrence: "calls in the CRM")),
        // An impossible date is a field with no date: out of the text, and reported.
        ("- [ ] Call Acme 📅 2026-02-30", ExpectedTask(text: "Call Acme", invalid: ["📅 2026-02-30"])),
        ("- [ ] Call Acme 📅 2024-02-31 ⏳ 2024-02-29", ExpectedTask(text: "Call Acme", scheduled: "2024-02-29", invalid: ["📅 2024-02-31"])),
        ("- [x] Call Acme ✅ 2026-13-01", ExpectedTask(text: "Call Acme", invalid: ["✅ 2026-13-01"])),
        // reflect's own due forms with an impossible date stay in the text, and are named.
        ("- [ ] Call Acme due: 2026-13-01", ExpectedTask(text: "Call Acme due: 2026-13-01", invalid: ["due: 2026-13-01"])),
        ("- [ ] Call Acme [due:: 2026-02-30]", ExpectedTask(text: "Call Acme [due:: 2026-02-30]", invalid: ["[due:: 2026-02-30]"])),
        ("- [ ] Call Acme due: soon", ExpectedTask(text: "Call Acme due: soon")),
        // Of a field written twice, Tasks keeps the leftmost.
        ("- [ ] Call Acme 📅 2026-12-01 📅 2026-12-05", ExpectedTask(text: "Call Acme", due: "2026-12-01")),
        // reflect's own due forms, read when there is no due field.
        ("- [ ] Call Acme due: 2026-12-01", ExpectedTask(text: "Call Acme", due: "2026-12-01")),
        ("- [ ] Call Acme [due:: 2026-12-01] today", ExpectedTask(text: "Call Acme today", due: "2026-12-01")),
        ("- [ ] Call Acme [due:: 2026-12-01] ⏫", ExpectedTask(text: "Call Acme", due: "2026-12-01", priority: .high)),
        ("- [ ] Call Acme by Friday ⏫", ExpectedTask(text: "Call Acme by Friday", due: "2026-11-27", priority: .high)),
        ("- [ ] Call Acme by Friday 📅 2026-12-09", ExpectedTask(text: "Call Acme by Friday", due: "2026-12-09")),
        ("- [ ] Call Acme due: 2026-12-01 📅 2026-12-09", ExpectedTask(text: "Call Acme due: 2026-12-01", due: "2026-12-09")),
        // Spaces Tasks trims.
        ("- [ ] Call Acme\u{00A0}📅 2026-12-01\u{00A0}", ExpectedTask(text: "Call Acme", due: "2026-12-01")),
    ] as [(String, ExpectedTask)])
    func fields(line: String, expected: ExpectedTask) throws {
        expected.check(try #require(readTask(line)), line: line)
    }

    @Test("Where each field stands is kept, so an edit can change just its bytes")
    func spans() throws {
        let line = "- [ ] Call Acme 📅 2026-12-01 ⏫ ^abc"
        let bytes = Array(line.utf8)
        let task = try #require(TaskLine.read(bytes, writtenOn: nil))
        let due = try #require(task.span(.due))
        #expect(text(Array(bytes[due.range])) == "📅 2026-12-01")
        #expect(text(Array(bytes[due.value])) == "2026-12-01")
        #expect(text(Array(bytes[task.symbolRange])) == " ")
        #expect(text(Array(bytes[try #require(task.blockLinkRange)])) == "^abc")
        #expect(text(Array(bytes[..<task.insertionPoint])) == "- [ ] Call Acme 📅 2026-12-01 ⏫")
    }
}

@Suite("Task lines: edits put fields where Tasks reads them")
struct TaskLineEditTests {
    static let day = Day.iso("2026-11-25")

    @Test("Meeting a task ticks it and adds the done date after its fields, before trailing tags and the block link", arguments: [
        ("- [ ] Call Dana", "- [x] Call Dana ✅ 2026-11-25"),
        ("- [ ] Call Dana 📅 2026-11-27", "- [x] Call Dana 📅 2026-11-27 ✅ 2026-11-25"),
        ("- [ ] Call Dana 📅 2026-11-27 ^abc123", "- [x] Call Dana 📅 2026-11-27 ✅ 2026-11-25 ^abc123"),
        ("- [ ] Call Dana ^abc123", "- [x] Call Dana ✅ 2026-11-25 ^abc123"),
        ("- [ ] Call Dana #sales", "- [x] Call Dana ✅ 2026-11-25 #sales"),
        ("- [ ] #call #dana", "- [x] #call #dana ✅ 2026-11-25"),
        ("- [ ] Call Dana #sales 📅 2026-11-27 #q4 ^x", "- [x] Call Dana #sales 📅 2026-11-27 ✅ 2026-11-25 #q4 ^x"),
        ("- [ ] Call Dana ✅ 2026-11-01 ^abc123", "- [x] Call Dana ✅ 2026-11-25 ^abc123"),
        ("- [ ] Call Dana ❌ 2026-11-20 📅 2026-11-27", "- [x] Call Dana 📅 2026-11-27 ✅ 2026-11-25"),
        ("- [/] Call Dana", "- [x] Call Dana ✅ 2026-11-25"),
        ("- [?] Call Dana", "- [x] Call Dana ✅ 2026-11-25"),
        ("- [🔥] Call Dana", "- [x] Call Dana ✅ 2026-11-25"),
        ("> > 1. [ ] Call Dana", "> > 1. [x] Call Dana ✅ 2026-11-25"),
        ("- [ ] Call Dana 📅 2026-11-27 about pricing", "- [x] Call Dana 📅 2026-11-27 about pricing ✅ 2026-11-25"),
        ("- [ ] Call Dana 📅 2026-11-27   ", "- [x] Call Dana 📅 2026-11-27 ✅ 2026-11-25   "),
        ("- [ ]", "- [x] ✅ 2026-11-25"),
    ])
    func meet(line: String, expected: String) {
        #expect(editTask(line, .meet(on: Self.day)) == expected)
    }

    @Test("Cancelling a task marks it [-] with the cancelled date where Tasks reads it", arguments: [
        ("- [ ] Call Dana", "- [-] Call Dana ❌ 2026-11-25"),
        ("- [ ] Call Dana 📅 2026-11-27 #q4 ^abc", "- [-] Call Dana 📅 2026-11-27 ❌ 2026-11-25 #q4 ^abc"),
        ("- [/] Call Dana ❌ 2026-11-01", "- [-] Call Dana ❌ 2026-11-25"),
    ])
    func cancel(line: String, expected: String) {
        #expect(editTask(line, .cancel(on: Self.day)) == expected)
    }

    @Test("Reopening a task unticks it and takes its done and cancelled dates out", arguments: [
        ("- [x] Call Dana 📅 2026-11-27 ✅ 2026-11-25 ^abc", "- [ ] Call Dana 📅 2026-11-27 ^abc"),
        ("- [X] Call Dana ✅ 2026-11-25", "- [ ] Call Dana"),
        ("- [-] Call Dana ❌ 2026-11-25 #q4", "- [ ] Call Dana #q4"),
        ("- [x] Call Dana ✅ 2026-11-25 📅 2026-11-27", "- [ ] Call Dana 📅 2026-11-27"),
        ("- [x] Call Dana", "- [ ] Call Dana"),
        ("- [x] ✅ 2026-11-25", "- [ ]"),
    ])
    func reopen(line: String, expected: String) {
        #expect(editTask(line, .reopen) == expected)
    }

    @Test("Re-dating replaces the due date where it is written, or adds a 📅 field", arguments: [
        ("- [ ] Call Dana 📅 2026-11-27 ⏫", "- [ ] Call Dana 📅 2026-12-01 ⏫"),
        ("- [ ] Call Dana 📆 2026-11-27", "- [ ] Call Dana 📆 2026-12-01"),
        ("- [ ] Call Dana 📅 2026-02-30", "- [ ] Call Dana 📅 2026-12-01"),
        ("- [ ] Call Dana due: 2026-11-27", "- [ ] Call Dana due: 2026-12-01"),
        ("- [ ] Call Dana [due:: 2026-11-27] ⏫", "- [ ] Call Dana [due:: 2026-12-01] ⏫"),
        ("- [ ] Call Dana by Friday", "- [ ] Call Dana by Friday 📅 2026-12-01"),
        ("- [ ] Call Dana #q4 ^abc", "- [ ] Call Dana 📅 2026-12-01 #q4 ^abc"),
        ("- [ ] Call Dana ⏳ 2026-11-26 🔁 every week", "- [ ] Call Dana ⏳ 2026-11-26 🔁 every week 📅 2026-12-01"),
        ("- [x] Call Dana ✅ 2026-11-25", "- [x] Call Dana ✅ 2026-11-25 📅 2026-12-01"),
    ])
    func due(line: String, expected: String) throws {
        #expect(editTask(line, .due(Day.iso("2026-12-01"))) == expected)
        #expect(try #require(readTask(expected)).due == Day.iso("2026-12-01"))
    }

    @Test("An edit that does not fit the task's state, or a line that is not a task, changes nothing", arguments: [
        ("- [x] Call Dana", TaskLine.Edit.meet(on: Day.iso("2026-11-25"))),
        ("- [-] Call Dana", .meet(on: Day.iso("2026-11-25"))),
        ("- [-] Call Dana", .cancel(on: Day.iso("2026-11-25"))),
        ("- [x] Call Dana", .cancel(on: Day.iso("2026-11-25"))),
        ("- [ ] Call Dana", .reopen),
        ("- [/] Call Dana", .reopen),
        ("- Call Dana", .due(Day.iso("2026-11-25"))),
    ])
    func notApplicable(line: String, edit: TaskLine.Edit) {
        #expect(editTask(line, edit) == nil)
    }

    /// Realistic task lines, each with something that an edit could break.
    static let realistic = [
        "- [ ] Send Acme the revised proposal 📅 2026-11-27",
        "- [ ] Call Dana about the renewal",
        "  - [ ] Book the Initech demo ⏫ 📅 2026-12-02 ^initech-demo",
        "* [/] Update the Globex notes in the CRM ⏳ 2026-11-25 #crm",
        "> - [ ] Chase legal on the Acme MSA 🔺 📅 2026-11-26 #deals #acme",
        "> > 1. [ ] Prep the QBR deck ➕ 2026-11-20 🛫 2026-11-23 ⏳ 2026-11-25 📅 2026-11-27",
        "1. [ ] Log this week's calls 🔁 every week on Friday 📅 2026-11-27",
        "2) [ ] Review the pipeline 🔁 every weekday when done ⏳ 2026-11-25 ^pipeline",
        "- [?] Ask marketing for Q1 leads 🔽 #marketing",
        "- [ ] Send the pricing sheet by Friday",
        "- [ ] Follow up with Hooli due: 2026-11-30",
        "- [ ] Draft the case study [due:: 2026-12-10] 🆔 case1",
        "- [ ] Publish the case study ⛔ case1 📅 2026-12-15 🏁 delete",
        "\t- [ ] Renew ✅ 2026-11-01 contracts before they lapse",
        "- [ ] Call Acme 📅 2026-02-30 ⏬",
        "- [>] Move the Soylent call 🛫 2026-11-28 📅️ 2026-12-01 ^soylent",
        "+ [ ] Clean the CRM duplicates 🔁 every month on the 1st 📅 2026-12-01 #crm #admin",
        "- [ ] Thank Dana for the referral 🙏 #thanks",
        "- [!] Escalate the Umbrella outage ⏫️ 📅 2026-11-25 #urgent ^umbrella-1",
        "- [ ] Plan next quarter's territory 📆 2026-12-20 ⌛ 2026-12-18 🆔 terr-q1 ⛔ case1,qbr2",
    ]

    @Test("Twenty realistic lines, ticked, keep every other field and the text exactly as read before")
    func ticksKeepEveryOtherField() throws {
        #expect(Self.realistic.count == 20)
        for line in Self.realistic {
            let before = try #require(readTask(line), "\(line)")
            let after = try #require(editTask(line, .meet(on: Self.day)).flatMap(readTask), "\(line)")
            #expect(after.state == .met, "\(line)")
            #expect(after.done == Self.day, "\(line)")
            #expect(after.text == before.text, "\(line)")
            #expect(after.due == before.due, "\(line)")
            #expect(after.cancelled == before.cancelled, "\(line)")
            #expect(after.scheduled == before.scheduled, "\(line)")
            #expect(after.start == before.start, "\(line)")
            #expect(after.created == before.created, "\(line)")
            #expect(after.priority == before.priority, "\(line)")
            #expect(after.recurrence == before.recurrence, "\(line)")
            #expect(after.onCompletion == before.onCompletion, "\(line)")
            #expect(after.id == before.id, "\(line)")
            #expect(after.dependsOn == before.dependsOn, "\(line)")
            #expect(after.blockLink == before.blockLink, "\(line)")
            #expect(after.invalidDates == before.invalidDates, "\(line)")
            #expect(after.spans.filter { $0.field == .done }.count == 1, "\(line)")
            // Reopening gives the line back byte for byte.
            #expect(editTask(try #require(editTask(line, .meet(on: Self.day))), .reopen) == line.replacingFirstCheckbox(with: " "), "\(line)")
        }
    }
}

private extension String {
    /// The line with its checkbox's character replaced.
    func replacingFirstCheckbox(with symbol: Character) -> String {
        guard let box = TaskLine.checkbox(Array(utf8)) else { return self }
        var bytes = Array(utf8)
        bytes.replaceSubrange(box.symbolRange, with: Array(String(symbol).utf8))
        return text(bytes)
    }
}
