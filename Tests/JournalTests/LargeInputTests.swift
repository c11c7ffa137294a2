import Testing
@testable import Journal

/// Inputs that once made the parser or writer superlinear, or that stand at the limits a journal
/// file may reach. They assert what is read; linear code reads each in well under a second.
@Suite("Large inputs read in one pass")
struct LargeInputTests {
    @Test("A line of 100,000 inline tags gives 100,000 tags, each once, first use first")
    func manyTags() throws {
        let line = (0..<100_000).map { "#t\($0)" }.joined(separator: " ") + " #t5 #T7\n"
        let entry = try parse("---\ntags: [t1, extra, T1]\n---\n" + line)
        #expect(entry.tags.count == 100_001)
        #expect(entry.tags.prefix(3) == ["t1", "extra", "t0"])
        #expect(entry.tags.last == "t99999")
    }

    @Test("A 10 MB file of one line is read whole: words counted, a preview cut")
    func oneLongLine() throws {
        let text = String(repeating: "word ", count: 2_000_000) + "\n"
        let entry = try parse(text)
        #expect(entry.bytes.count == 10_000_001)
        #expect(entry.words == 2_000_000)
        #expect(entry.preview() == "word word word word word word word word…")
        #expect(entry.sections.first?.body.count == 9_999_999)
    }

    @Test("100,000 task lines are 100,000 commitments, numbered in order")
    func manyTasks() throws {
        let text = (1...100_000).map { "- [ ] Call account \($0) 📅 2026-12-01\n" }.joined()
        let entry = try parse(text)
        #expect(entry.tasks.count == 100_000)
        #expect(entry.tasks.last?.number == 100_000)
        #expect(entry.tasks.last?.text == "Call account 100000")
        #expect(entry.tasks.allSatisfy { $0.due == Day.iso("2026-12-01") })
        let ticked = try #require(EntryWriter.setTask(100_000, to: .met, on: Day.iso("2026-11-24"), in: entry.bytes))
        #expect(ticked.count == entry.bytes.count + " ✅ 2026-11-24".utf8.count)
    }

    @Test("10,000 front matter keys are read in order and a rating is set on one line")
    func manyKeys() throws {
        let keys = (0..<10_000).map { "key\($0): value \($0)\n" }.joined()
        let entry = try parse("---\n" + keys + "attitude: 2\n---\nBody.\n")
        #expect(entry.frontMatter.count == 10_001)
        #expect(entry.frontMatter[9_999].value == "value 9999")
        #expect(entry.attitude == 2)
        let updated = EntryWriter.append(to: entry.bytes, day: entry.day, attitude: 5, answers: [], commitments: ["Call Bob"])
        #expect(try parse(text(updated)).attitude == 5)
        #expect(text(updated).hasPrefix("---\n" + keys + "attitude: 5\n"))
    }

    @Test("A task typed with a long run of separators before its due phrase is written once, tidied")
    func longSeparators() {
        let line = EntryWriter.taskLine(String(repeating: ",", count: 200_000) + " Call Bob by Friday", writtenOn: Day.iso("2026-11-24"))
        #expect(line == "- [ ] Call Bob 📅 2026-11-27")
    }
}

@Suite("Code blocks left open")
struct OpenCodeFenceTests {
    @Test("The open fence is found the way the parser reads it", arguments: [
        ("text\n```\ncode\n", "```"), ("```\ncode\n```\n", nil), ("~~~~ sh\nx", "~~~~"), ("````\n```\n", nil),
        ("---\nk: ```\n---\nbody\n", nil), ("no fences\n", nil), ("```\n", "```"),
    ] as [(String, String?)])
    func openFence(text: String, expected: String?) {
        #expect(EntryParser.openCodeFence(bytes(text)).map { String(decoding: $0, as: UTF8.self) } == expected)
    }

    @Test("Appending to a file that ends inside a code block closes it first, so the new task is a commitment")
    func appendCloses() throws {
        let original = "Log:\n```\nerror here\n- [ ] inside the block"
        let updated = EntryWriter.append(to: bytes(original), day: Day.iso("2026-11-24"), attitude: nil,
                                         answers: [.init(prompt: stalledDeal, text: "Answer.")], commitments: ["Call Bob by Friday"])
        #expect(text(updated).hasSuffix(original + "\n```\n\n## \(stalledDeal.text)\n\nAnswer.\n\n## Commitments\n\n- [ ] Call Bob 📅 2026-11-27\n"))
        let entry = try parse(text(updated))
        #expect(entry.tasks.map(\.text) == ["Call Bob"])
        #expect(entry.answer(to: stalledDeal.text) == "Answer.")
    }
}

@Suite("A byte order mark before the first line")
struct ByteOrderMarkTests {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test("The first line is read as an editor shows it, by the parser and the writer alike")
    func firstLine() throws {
        let original = bom + bytes("- [ ] Call Bob\n- [ ] Call Ann\n")
        let entry = try EntryParser.parse(original, day: Day.iso("2026-11-24"), path: "/j/e.md")
        #expect(entry.tasks.map(\.text) == ["Call Bob", "Call Ann"])
        let ticked = try #require(EntryWriter.setTask(1, to: .met, on: Day.iso("2026-11-24"), in: original))
        #expect(ticked == bom + bytes("- [x] Call Bob ✅ 2026-11-24\n- [ ] Call Ann\n"))
    }

    @Test("Found by fuzzing: a fence on the first line after the mark is closed before an append, keeping every commitment")
    func fenceAfterMark() throws {
        let original = bom + bytes("```\nd e:x\n...\n`e")
        let updated = EntryWriter.append(to: original, day: Day.iso("2026-11-24"), attitude: 3, answers: [], commitments: ["Call Bob"])
        #expect(Array(updated.prefix(3)) == bom)
        let entry = try EntryParser.parse(updated, day: Day.iso("2026-11-24"), path: "/j/e.md")
        #expect(entry.tasks.map(\.text) == ["Call Bob"])
        #expect(entry.attitude == 3)
    }
}

@Suite("Front matter read the same way by the parser and the writer")
struct FrontMatterAgreementTests {
    @Test("Found by fuzzing: a line the parser does not read as a key is never edited as one")
    func strayCarriageReturn() throws {
        let original = bytes("---\r\nprompts:\n\r  - a.b\n\rattitude: 3\r\n---\r\nText\r\n")
        let updated = EntryWriter.append(to: original, day: Day.iso("2026-11-24"), attitude: 3, answers: [], commitments: ["Call Bob"])
        #expect(text(updated).hasPrefix("---\r\nprompts:\n\r  - a.b\n\rattitude: 3\r\nattitude: 3\r\n---\r\nText\r\n"))
        let entry = try EntryParser.parse(updated, day: Day.iso("2026-11-24"), path: "/j/e.md")
        #expect(entry.attitude == 3)
        #expect(entry.tasks.map(\.text) == ["Call Bob"])
    }
}

@Suite("A carriage return at the end of a file")
struct TrailingCarriageReturnTests {
    @Test("Found by fuzzing: a last line ending in \\r reads the same before and after an append")
    func lastLine() throws {
        let original = bytes("---\ndate: 2026-11-24\nText\n- [ ] Call Bob\n---\r")
        let before = try EntryParser.parse(original, day: Day.iso("2026-11-24"), path: "/j/e.md")
        #expect(before.frontMatter.map(\.key) == ["date"])
        #expect(before.tasks.isEmpty)
        let updated = EntryWriter.append(to: original, day: Day.iso("2026-11-24"), attitude: 3, answers: [], commitments: ["Call Ann"])
        #expect(text(updated) == "---\ndate: 2026-11-24\nText\n- [ ] Call Bob\nattitude: 3\n---\r\n\n## Commitments\n\n- [ ] Call Ann\n")
        let after = try EntryParser.parse(updated, day: Day.iso("2026-11-24"), path: "/j/e.md")
        #expect(after.tasks.map(\.text) == ["Call Ann"])
        #expect(after.attitude == 3)
    }

    @Test("A task on a last line ending in \\r is ticked before the \\r")
    func tickLastLine() throws {
        let ticked = try #require(EntryWriter.setTask(1, to: .met, on: Day.iso("2026-11-24"), in: bytes("- [ ] Call Bob\r")))
        #expect(text(ticked) == "- [x] Call Bob ✅ 2026-11-24\r")
    }
}

@Suite("Terminal-safe JSON and due dates at the ends of the calendar")
struct EdgeTextTests {
    @Test("JSON escapes C1 controls, DEL and bidirectional controls as \\uXXXX, keeping other text")
    func jsonEscapes() {
        let value = JSON.string("a\u{9B}b\u{7F}c\u{202E}d\u{2066}e\u{200F}f’g📅")
        #expect(value.rendered(pretty: false) == #""a\u009bb\u007fc\u202ed\u2066e\u200ff’g📅""#)
    }

    @Test("A due phrase that would fall after 9999-12-31 names no day", arguments: [
        "Call Bob by tomorrow", "Call Bob by Friday", "Call Bob by next Monday", "Call Bob by Jan 3",
    ])
    func noDayAfterTheLast(text: String) {
        #expect(NaturalDueDate.find(in: text, writtenOn: Day.last) == nil)
        #expect(EntryWriter.taskLine(text, writtenOn: Day.last) == "- [ ] " + text)
    }

    @Test("'by today' on the last day is still that day")
    func lastDayItself() {
        #expect(NaturalDueDate.find(in: "Call Bob by today", writtenOn: Day.last)?.due == Day.last)
        #expect(NaturalDueDate.find(in: "Call Bob by end of month", writtenOn: Day.last)?.due == Day.last)
    }
}
