import Testing
@testable import Journal

@Suite("Entry writer: new entries and task lines")
struct NewEntryTests {
    static let tuesday = Day.iso("2026-11-24")
    static let answer = "The Acme renewal is stuck on legal. I keep waiting for them instead of asking."

    @Test("A new entry has the exact shape of the SPEC example")
    func specShape() {
        let written = EntryWriter.newEntry(
            day: Self.tuesday, attitude: 4,
            answers: [EntryWriter.Answer(prompt: stalledDeal, text: Self.answer)],
            commitments: ["Send Acme the revised proposal by Friday"]
        )
        let expected = """
            ---
            date: 2026-11-24
            attitude: 4
            prompts: [pipeline.stalled-deal]
            ---

            # Tuesday, 24 November 2026

            ## Which deal in your pipeline has not moved in two weeks, and what will you do about it?

            The Acme renewal is stuck on legal. I keep waiting for them instead of asking.

            ## Commitments

            - [ ] Send Acme the revised proposal 📅 2026-11-27

            """
        #expect(text(written) == expected)
        #expect(written == bytes(expected))
    }

    @Test("Without a rating, answers or commitments only the header is written")
    func minimal() {
        let written = EntryWriter.newEntry(day: Self.tuesday, attitude: nil, answers: [], commitments: [])
        #expect(text(written) == "---\ndate: 2026-11-24\nprompts: []\n---\n\n# Tuesday, 24 November 2026\n")
    }

    @Test("Several answers list every prompt id and follow each other in order")
    func severalAnswers() {
        let written = EntryWriter.newEntry(
            day: Self.tuesday, attitude: 2,
            answers: [
                EntryWriter.Answer(prompt: stalledDeal, text: "  Stuck.  \n\n"),
                EntryWriter.Answer(prompt: sameDay, text: "A week, usually."),
            ],
            commitments: []
        )
        #expect(text(written) == """
            ---
            date: 2026-11-24
            attitude: 2
            prompts: [pipeline.stalled-deal, data.same-day]
            ---

            # Tuesday, 24 November 2026

            ## \(stalledDeal.text)

            Stuck.

            ## \(sameDay.text)

            A week, usually.

            """)
    }

    @Test("What the new entry says reads back through the parser")
    func roundTrip() throws {
        let written = EntryWriter.newEntry(
            day: Self.tuesday, attitude: 4,
            answers: [EntryWriter.Answer(prompt: stalledDeal, text: Self.answer)],
            commitments: ["Send Acme the revised proposal by Friday", "Call Dana"]
        )
        let entry = try EntryParser.parse(written, day: Self.tuesday, path: "p")
        #expect(entry.attitude == 4)
        #expect(entry.answer(to: stalledDeal.text) == Self.answer)
        #expect(entry.tasks.map(\.text) == ["Send Acme the revised proposal", "Call Dana"])
        #expect(entry.tasks.map(\.due) == [Day.iso("2026-11-27"), nil])
    }

    @Test("A commitment in words becomes a task line with its due date", arguments: [
        ("Send the proposal by Friday", "- [ ] Send the proposal 📅 2026-11-27"),
        ("Send Acme the revised proposal by Friday", "- [ ] Send Acme the revised proposal 📅 2026-11-27"),
        ("Call legal by tomorrow", "- [ ] Call legal 📅 2026-11-25"),
        ("Book the demo by Dec 1 with Initech", "- [ ] Book the demo with Initech 📅 2026-12-01"),
        ("  Call Dana  ", "- [ ] Call Dana"),
        ("Call Dana", "- [ ] Call Dana"),
        ("Call Dana 📅 2026-12-09", "- [ ] Call Dana 📅 2026-12-09"),
        ("Call Dana by Friday 📅 2026-12-09", "- [ ] Call Dana by Friday 📅 2026-12-09"),
        ("Call Dana [due:: 2026-12-09]", "- [ ] Call Dana [due:: 2026-12-09]"),
        ("Stand by for the call", "- [ ] Stand by for the call"),
    ])
    func taskLine(words: String, expected: String) {
        #expect(EntryWriter.taskLine(words, writtenOn: Self.tuesday) == expected)
    }

    @Test("Open task lines inside an answer get their due dates written; other lines stay")
    func tasksInAnswer() {
        let answer = "Stuck on legal.   \n- [ ] Call legal by tomorrow  \n  * [ ] Chase Globex\n- [x] Sent the deck by Friday\nDone by EOD, I hope."
        let written = EntryWriter.newEntry(
            day: Self.tuesday, attitude: nil,
            answers: [EntryWriter.Answer(prompt: stalledDeal, text: answer)], commitments: []
        )
        #expect(text(written) == """
            ---
            date: 2026-11-24
            prompts: [pipeline.stalled-deal]
            ---

            # Tuesday, 24 November 2026

            ## \(stalledDeal.text)

            Stuck on legal.
            - [ ] Call legal 📅 2026-11-25
              * [ ] Chase Globex
            - [x] Sent the deck by Friday
            Done by EOD, I hope.

            """)
    }
}

extension NewEntryTests {
    @Test("Task lines in an answer typed with CRLF line breaks get their due dates too")
    func tasksInCRLFAnswer() throws {
        let written = EntryWriter.newEntry(
            day: Self.tuesday, attitude: nil,
            answers: [EntryWriter.Answer(prompt: stalledDeal, text: "Stuck.\r\n- [ ] Call legal by tomorrow\r\n")],
            commitments: []
        )
        #expect(text(written).contains("- [ ] Call legal 📅 2026-11-25"))
        let entry = try EntryParser.parse(written, day: Self.tuesday, path: "p")
        #expect(entry.tasks.map(\.text) == ["Call legal"])
    }
}

@Suite("Entry writer: appending to a file that exists")
struct AppendTests {
    static let tuesday = Day.iso("2026-11-24")
    static let newAnswer = EntryWriter.Answer(prompt: sameDay, text: "Usually a day later.")
    static let appendedSection = "\n## \(sameDay.text)\n\nUsually a day later.\n"

    @Test("Appending to the SPEC file updates attitude and prompts in place and adds the answer at the end")
    func specFile() {
        let output = EntryWriter.append(
            to: bytes(specEntry), day: Self.tuesday, attitude: 2, answers: [Self.newAnswer], commitments: []
        )
        let expected = specEntry
            .replacingOccurrences(of: "attitude: 4\n", with: "attitude: 2\n")
            .replacingOccurrences(of: "prompts: [pipeline.stalled-deal]\n", with: "prompts: [pipeline.stalled-deal, data.same-day]\n")
            + Self.appendedSection
        #expect(text(output) == expected)
    }

    @Test("Without a new rating the attitude line is left alone")
    func keepsAttitude() {
        let output = EntryWriter.append(
            to: bytes(specEntry), day: Self.tuesday, attitude: nil, answers: [], commitments: ["Call Dana by tomorrow"]
        )
        #expect(text(output) == specEntry + "\n## Commitments\n\n- [ ] Call Dana 📅 2026-11-25\n")
    }

    @Test("A prompt already listed is not added again")
    func promptOnce() {
        let first = EntryWriter.append(
            to: bytes(specEntry), day: Self.tuesday, attitude: nil,
            answers: [EntryWriter.Answer(prompt: stalledDeal, text: "More on Acme.")], commitments: []
        )
        #expect(text(first) == specEntry + "\n## \(stalledDeal.text)\n\nMore on Acme.\n")
        let second = EntryWriter.append(to: first, day: Self.tuesday, attitude: nil, answers: [Self.newAnswer], commitments: [])
        let third = EntryWriter.append(to: second, day: Self.tuesday, attitude: nil, answers: [Self.newAnswer], commitments: [])
        #expect(text(third).components(separatedBy: "data.same-day").count == 2)
        #expect(text(third).hasPrefix("---\ndate: 2026-11-24\nattitude: 4\nprompts: [pipeline.stalled-deal, data.same-day]\n---\n"))
    }

    @Test("A file without a trailing newline gets one before the appended text; missing keys go before the closing line")
    func noTrailingNewline() {
        let original = "---\ndate: 2026-11-24\n---\nNotes without a newline"
        let output = EntryWriter.append(
            to: bytes(original), day: Self.tuesday, attitude: 3, answers: [Self.newAnswer], commitments: []
        )
        #expect(text(output) == "---\ndate: 2026-11-24\nattitude: 3\nprompts: [data.same-day]\n---\nNotes without a newline\n"
            + Self.appendedSection)
    }

    @Test("A file without front matter gets one prepended and keeps every byte after it")
    func noFrontMatter() {
        let original = "# My day\n\nFree text, written in Obsidian.\n"
        let output = EntryWriter.append(
            to: bytes(original), day: Self.tuesday, attitude: 2, answers: [Self.newAnswer], commitments: []
        )
        #expect(text(output) == "---\ndate: 2026-11-24\nattitude: 2\nprompts: [data.same-day]\n---\n\n" + original + Self.appendedSection)
    }

    @Test("Appending only commitments to a file without front matter adds no front matter")
    func commitmentsOnlyNoFrontMatter() {
        let original = "Free text."
        let output = EntryWriter.append(to: bytes(original), day: Self.tuesday, attitude: nil, answers: [], commitments: ["Call Dana"])
        #expect(text(output) == "Free text.\n\n## Commitments\n\n- [ ] Call Dana\n")
    }

    @Test("Unknown keys stay byte for byte and a block list of prompts grows by one item")
    func blockListPrompts() {
        let original = """
            ---
            date: 2026-11-24
            mood:   "steady"   
            prompts:
              - pipeline.stalled-deal
            custom: [a,b]
            ---
            Body text.

            """
        let output = EntryWriter.append(
            to: bytes(original), day: Self.tuesday, attitude: 4, answers: [Self.newAnswer], commitments: []
        )
        let expected = """
            ---
            date: 2026-11-24
            mood:   "steady"   
            prompts:
              - pipeline.stalled-deal
              - data.same-day
            custom: [a,b]
            attitude: 4
            ---
            Body text.

            """ + Self.appendedSection
        #expect(text(output) == expected)
    }

    @Test("A block list of prompts that already holds the id is left alone")
    func blockListAlreadyThere() {
        let original = "---\nprompts:\n  - data.same-day\n---\nBody.\n"
        let output = EntryWriter.append(to: bytes(original), day: Self.tuesday, attitude: nil, answers: [Self.newAnswer], commitments: [])
        #expect(text(output) == original + Self.appendedSection)
    }

    @Test("Prompt lists of other shapes get the id in their own shape", arguments: [
        ("prompts: []", "prompts: [data.same-day]"),
        ("prompts: [pipeline.stalled-deal]", "prompts: [pipeline.stalled-deal, data.same-day]"),
        ("prompts: pipeline.stalled-deal", "prompts: pipeline.stalled-deal, data.same-day"),
    ])
    func otherListShapes(line: String, expected: String) {
        let output = EntryWriter.append(
            to: bytes("---\n\(line)\n---\nBody.\n"), day: Self.tuesday, attitude: nil, answers: [Self.newAnswer], commitments: []
        )
        #expect(text(output) == "---\n\(expected)\n---\nBody.\n" + Self.appendedSection)
    }

    @Test("Appending to a CRLF file keeps every original line and its CRLF, editing lines in place")
    func crlfFile() throws {
        let original = crlf(specEntry)
        let output = EntryWriter.append(
            to: bytes(original), day: Self.tuesday, attitude: 5, answers: [Self.newAnswer], commitments: []
        )
        let editedOriginal = original
            .replacingOccurrences(of: "attitude: 4\r\n", with: "attitude: 5\r\n")
            .replacingOccurrences(of: "prompts: [pipeline.stalled-deal]\r\n", with: "prompts: [pipeline.stalled-deal, data.same-day]\r\n")
        #expect(text(output).hasPrefix(editedOriginal))
        let entry = try EntryParser.parse(output, day: Self.tuesday, path: "p")
        #expect(entry.attitude == 5)
        #expect(entry.answer(to: sameDay.text) == "Usually a day later.")
        #expect(entry.tasks.count == 2)
    }

    @Test("A line added to the front matter of a CRLF file ends in CRLF like its neighbours")
    func crlfInsertedLine() {
        let original = "---\r\ndate: 2026-11-24\r\n---\r\nBody.\r\n"
        let output = EntryWriter.append(to: bytes(original), day: Self.tuesday, attitude: 3, answers: [], commitments: [])
        #expect(text(output) == "---\r\ndate: 2026-11-24\r\nattitude: 3\r\n---\r\nBody.\r\n")
    }

    @Test("Bytes that are not UTF-8 in the body survive an append unchanged")
    func nonUTF8Body() {
        let original = bytes("---\nattitude: 1\n---\nCaf") + [0xE9] + bytes("\n")
        let output = EntryWriter.append(to: original, day: Self.tuesday, attitude: 4, answers: [], commitments: ["Call Dana"])
        #expect(output == bytes("---\nattitude: 4\n---\nCaf") + [0xE9] + bytes("\n\n## Commitments\n\n- [ ] Call Dana\n"))
    }
}

@Suite("Entry writer: ticking tasks")
struct SetTaskTests {
    static let wednesday = Day.iso("2026-11-25")

    @Test("Meeting a task changes only its checkbox byte and adds the done date to its line")
    func met() throws {
        let output = try #require(EntryWriter.setTask(1, to: .met, on: Self.wednesday, in: bytes(specEntry)))
        let expected = specEntry.replacingOccurrences(
            of: "- [ ] Send Acme the revised proposal 📅 2026-11-27\n",
            with: "- [x] Send Acme the revised proposal 📅 2026-11-27 ✅ 2026-11-25\n"
        )
        #expect(text(output) == expected)
        #expect(output == bytes(expected))
    }

    @Test("Cancelling a task changes its checkbox byte and adds the cancelled date to its line")
    func cancelled() throws {
        let output = try #require(EntryWriter.setTask(1, to: .cancelled, on: Self.wednesday, in: bytes(specEntry)))
        #expect(text(output) == specEntry.replacingOccurrences(
            of: "- [ ] Send Acme the revised proposal 📅 2026-11-27\n",
            with: "- [-] Send Acme the revised proposal 📅 2026-11-27 ❌ 2026-11-25\n"
        ))
    }

    @Test("Reopening a met task unticks it and takes its done date out, giving back the line as it was")
    func reopened() throws {
        let met = try #require(EntryWriter.setTask(1, to: .met, on: Self.wednesday, in: bytes(specEntry)))
        #expect(EntryWriter.setTask(1, to: .open, on: Self.wednesday, in: met) == bytes(specEntry))
        #expect(EntryWriter.setTask(1, to: .open, on: Self.wednesday, in: bytes(specEntry)) == nil)
    }

    @Test("There is nothing to tick for a task that is not open or does not exist", arguments: [0, 2, 3, -1, 99])
    func notOpen(number: Int) {
        #expect(EntryWriter.setTask(number, to: .met, on: Self.wednesday, in: bytes(specEntry)) == nil)
    }

    @Test("A CRLF line keeps its CRLF after the done date")
    func crlfLine() throws {
        let original = crlf(specEntry)
        let output = try #require(EntryWriter.setTask(1, to: .met, on: Self.wednesday, in: bytes(original)))
        #expect(text(output) == original.replacingOccurrences(
            of: "- [ ] Send Acme the revised proposal 📅 2026-11-27\r\n",
            with: "- [x] Send Acme the revised proposal 📅 2026-11-27 ✅ 2026-11-25\r\n"
        ))
    }

    @Test("The last line without a newline gets the done date at its end")
    func lastLineWithoutNewline() throws {
        let output = try #require(EntryWriter.setTask(2, to: .met, on: Self.wednesday, in: bytes("- [x] One\n  * [ ] Two")))
        #expect(text(output) == "- [x] One\n  * [x] Two ✅ 2026-11-25")
    }

    @Test("Tasks are counted as the parser counts them: code blocks and front matter skipped")
    func countsLikeParser() throws {
        let original = """
            ---
            todo:
              - [ ] not a task
            ---
            ```
            - [ ] example
            ```
            - [x] First
            ~~~
            - [ ] another example
            ~~~
            - [ ] Second

            """
        let parsed = try EntryParser.parse(bytes(original), day: Self.wednesday, path: "p")
        #expect(parsed.tasks.map(\.text) == ["First", "Second"])
        let output = try #require(EntryWriter.setTask(2, to: .met, on: Self.wednesday, in: bytes(original)))
        #expect(text(output) == original.replacingOccurrences(of: "- [ ] Second", with: "- [x] Second ✅ 2026-11-25"))
        #expect(EntryWriter.setTask(1, to: .met, on: Self.wednesday, in: bytes(original)) == nil)
        #expect(EntryWriter.setTask(3, to: .met, on: Self.wednesday, in: bytes(original)) == nil)
    }

    @Test("Bytes that are not UTF-8 elsewhere in the file survive a tick unchanged")
    func nonUTF8() throws {
        let original: [UInt8] = [0xFF] + bytes("\n- [ ] Call Dana\n") + [0xFE]
        let output = try #require(EntryWriter.setTask(1, to: .met, on: Self.wednesday, in: original))
        #expect(output == [0xFF] + bytes("\n- [x] Call Dana ✅ 2026-11-25\n") + [0xFE])
    }

    @Test("A ticked task reads back as met with its done date")
    func readsBack() throws {
        let output = try #require(EntryWriter.setTask(1, to: .met, on: Self.wednesday, in: bytes(specEntry)))
        let task = try #require(try EntryParser.parse(output, day: Day.iso("2026-11-24"), path: "p").tasks.first)
        #expect(task.state == .met)
        #expect(task.text == "Send Acme the revised proposal")
        #expect(task.due == Day.iso("2026-11-27"))
        #expect(task.done == Self.wednesday)
    }
}
