import Foundation
@testable import Journal
import Testing

@Suite("Layouts: nested and flat day files")
struct LayoutTests {
    @Test("a folder's layout is detected from where its day files are", arguments: [
        ([String](), nil),
        (["notes.md", "2026/readme.md"], nil),
        (["2026-11-20.md"], Layout.flat),
        (["2026-11-20.md", "Templates/daily.md", "2026/11/notes.md"], Layout.flat),
        (["2026/11/2026-11-20.md"], Layout.nested),
        (["2026-11-20.md", "2026/11/2026-11-21.md"], Layout.nested),
    ] as [([String], Layout?)])
    func detection(files: [String], expected: Layout?) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for file in files { try folder.file(file, "text\n") }
        #expect(JournalStore.detectLayout(folder.path) == expected)
    }

    @Test("a flat journal writes a new day at its top level, and reads it back")
    func flatWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = JournalStore(root: folder.path, layout: .flat)
        let day = Day.iso("2026-11-24")
        #expect(store.canonicalPath(for: day) == folder.path + "/2026-11-24.md")
        let path = try store.add("A note.", under: "Notes", paragraph: true, on: day)
        #expect(path == folder.path + "/2026-11-24.md")
        #expect(try folder.mode("2026-11-24.md") == 0o600)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/2026"))
        #expect(try store.entry(on: day).sections == [Entry.Section(heading: "Notes", body: "A note.")])
    }

    @Test("a flat journal's own file for a day wins over a nested one")
    func flatFileWins() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("2026-11-24.md", "Flat.\n")
        try folder.file("2026/11/2026-11-24.md", "Nested.\n")
        let flat = JournalStore(root: folder.path, layout: .flat).entryFiles()
        #expect(flat.files.map(\.path) == [folder.path + "/2026-11-24.md"])
        #expect(flat.duplicates.map(\.file.path) == [folder.path + "/2026/11/2026-11-24.md"])
        let nested = JournalStore(root: folder.path).entryFiles()
        #expect(nested.files.map(\.path) == [folder.path + "/2026/11/2026-11-24.md"])
    }
}

@Suite("Adding a line under a section")
struct AddLineTests {
    @Test("a note goes under the section that ends the file, else under a new heading", arguments: [
        ("", "## Notes\n\nNew.\n"),
        ("# Title\n", "# Title\n\n## Notes\n\nNew.\n"),
        ("## Notes\n\nOld.\n", "## Notes\n\nOld.\n\nNew.\n"),
        ("## Notes\n\nOld.\n\n", "## Notes\n\nOld.\n\nNew.\n"),
        ("## Notes\n\nOld.\n\n## Other\n\nText.", "## Notes\n\nOld.\n\n## Other\n\nText.\n\n## Notes\n\nNew.\n"),
        ("## Notes\r\n\r\nOld.\r\n", "## Notes\r\n\r\nOld.\r\n\r\nNew.\r\n"),
        ("## Notes\n\n```\ncode", "## Notes\n\n```\ncode\n```\n\n## Notes\n\nNew.\n"),
    ])
    func note(before: String, after: String) {
        #expect(text(EntryWriter.append("New.", under: "Notes", paragraph: true, to: bytes(before))) == after)
    }

    @Test("a task line joins the task lines that end the file")
    func task() {
        let file = "## Commitments\n\n- [ ] One\n"
        #expect(text(EntryWriter.append("- [ ] Two", under: "Commitments", paragraph: false, to: bytes(file))) == file + "- [ ] Two\n")
        #expect(text(EntryWriter.append("- [ ] Two", under: "Commitments", paragraph: false, to: bytes("## Commitments\n\nSome prose.\n")))
            == "## Commitments\n\nSome prose.\n\n- [ ] Two\n")
    }

    @Test("a new day's template holds the date, the title and a section for each prompt")
    func template() {
        #expect(text(EntryWriter.template(day: Day.iso("2026-11-24"), prompts: [sameDay])) == """
            ---
            date: 2026-11-24
            prompts: [data.same-day]
            ---

            # Tuesday, 24 November 2026

            ## How long after a meeting do you usually log it, and what would make it the same day?


            """)
    }
}
