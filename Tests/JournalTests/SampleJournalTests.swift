@testable import Journal
import Testing

/// The shapes `reflect-sample` writes, read back through `Journal`: entries composed with
/// `EntryWriter` and ticked later, and the hand-edited files of `--oddities`.
@Suite("Sample journal shapes")
struct SampleJournalTests {
    static let day = Day(iso: "2026-11-24")!
    static let prompt = Prompt(id: "pipeline.stalled-deal",
                               text: "Which deal in your pipeline has not moved in two weeks, and what will you do about it?")!

    /// An entry as the sample writes it, with one met and one open commitment.
    static let written = """
        ---
        date: 2026-11-24
        attitude: 4
        prompts: [pipeline.stalled-deal]
        ---

        # Tuesday, 24 November 2026

        ## Which deal in your pipeline has not moved in two weeks, and what will you do about it?

        The Acme renewal is stuck on legal.

        ## Commitments

        - [x] Send Acme the revised proposal 📅 2026-11-27 ✅ 2026-11-26
        - [ ] Call Dana about pricing

        """

    static func parse(_ text: String) throws -> Entry {
        try EntryParser.parse(Array(text.utf8), day: day, path: "2026-11-24.md")
    }

    @Test("Commitments in words get due dates, and ticking one by number sets its state and done day")
    func commitmentsInWords() throws {
        var bytes = EntryWriter.newEntry(
            day: Self.day, attitude: 4,
            answers: [EntryWriter.Answer(prompt: Self.prompt, text: "The Acme renewal is stuck on legal. #acme")],
            commitments: ["Send Acme the revised proposal by Friday", "Call Dana about pricing by Dec 1",
                          "Log last week's meetings in the CRM"]
        )
        bytes = try #require(EntryWriter.setTask(1, to: .met, on: Day(iso: "2026-11-26")!, in: bytes))
        bytes = try #require(EntryWriter.setTask(2, to: .cancelled, on: Self.day, in: bytes))
        #expect(EntryWriter.setTask(1, to: .met, on: Self.day, in: bytes) == nil)

        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("""
            ## Commitments

            - [x] Send Acme the revised proposal 📅 2026-11-27 ✅ 2026-11-26
            - [-] Call Dana about pricing 📅 2026-12-01 ❌ 2026-11-24
            - [ ] Log last week's meetings in the CRM

            """))
        let entry = try Self.parse(text)
        #expect(entry.attitude == 4)
        #expect(entry.tags == ["acme"])
        #expect(entry.tasks.map(\.state) == [.met, .cancelled, .open])
        #expect(entry.tasks.map(\.due) == [Day(iso: "2026-11-27"), Day(iso: "2026-12-01"), nil])
        #expect(entry.tasks.map(\.done) == [Day(iso: "2026-11-26"), nil, nil])
        #expect(entry.tasks.map(\.cancelled) == [nil, Day(iso: "2026-11-24"), nil])
    }

    @Test("A file without front matter still has its answer and tasks")
    func noFrontMatter() throws {
        let text = String(Self.written.split(separator: "\n", maxSplits: 6, omittingEmptySubsequences: false)[6])
        #expect(text.hasPrefix("# Tuesday"))
        let entry = try Self.parse(text)
        #expect(entry.attitude == nil)
        #expect(entry.frontMatter.isEmpty)
        #expect(entry.answer(to: Self.prompt.text) == "The Acme renewal is stuck on legal.")
        #expect(entry.tasks.map(\.state) == [.met, .open])
    }

    @Test("CRLF line endings read exactly like line feeds")
    func crlfLineEndings() throws {
        let plain = try Self.parse(Self.written)
        let crlf = try Self.parse(Self.written.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"))
        #expect(crlf.attitude == 4)
        #expect(crlf.answer(to: Self.prompt.text) == "The Acme renewal is stuck on legal.")
        #expect(crlf.tasks == plain.tasks)
        #expect(crlf.words == plain.words)
    }

    @Test("An unknown front matter key is kept and block-list tags are read")
    func unknownKeyAndBlockListTags() throws {
        let text = Self.written.replacingFirst("prompts: [pipeline.stalled-deal]\n",
                                               with: "prompts: [pipeline.stalled-deal]\nmood: tired\ntags:\n  - follow-up\n  - q4\n")
        let entry = try Self.parse(text)
        #expect(entry.frontMatter.contains { $0.key == "mood" && $0.value == "tired" })
        #expect(entry.tags == ["follow-up", "q4"])
        #expect(entry.attitude == 4)
    }

    @Test("Star bullets, an upper-case X and a Dataview due date are commitments")
    func starBulletsAndDataviewDue() throws {
        let text = Self.written
            .replacingFirst("- [x] Send", with: "* [X] Send")
            .replacingFirst("- [ ] Call Dana about pricing", with: "* [ ] Call Dana about pricing [due:: 2026-11-30]")
        let entry = try Self.parse(text)
        #expect(entry.tasks.map(\.state) == [.met, .open])
        #expect(entry.tasks.map(\.due) == [Day(iso: "2026-11-27"), Day(iso: "2026-11-30")])
        #expect(entry.tasks[1].text == "Call Dana about pricing")
    }

    @Test("Free text before the title counts as writing and the answer is still found")
    func textBeforeTitle() throws {
        let text = Self.written.replacingFirst("---\n\n# Tuesday", with: "---\nQuick notes before the morning calls.\n\n# Tuesday")
        let entry = try Self.parse(text)
        #expect(entry.answer(to: Self.prompt.text) == "The Acme renewal is stuck on legal.")
        #expect(entry.words == (try Self.parse(Self.written)).words + 6)
        #expect(entry.preview(words: 3) == "Quick notes before…")
    }
}

private extension String {
    /// The text with the first occurrence of `target` replaced (unchanged when there is none,
    /// which the expectations then catch).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
