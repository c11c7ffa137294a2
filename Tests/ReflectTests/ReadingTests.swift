import Foundation
import Testing

/// A small journal written as a user would, by hand, for the reading commands.
private func handWrittenJournal() throws -> TemporaryFolder {
    let journal = TemporaryFolder()
    try journal.write("2026/11/2026-11-20.md", """
        ---
        date: 2026-11-20
        attitude: 3
        tags: [acme]
        ---

        # Friday, 20 November 2026

        ## What do you want from your manager this week?

        Ask Priya to join the Globex call. The pipeline review felt stuck.

        - [ ] Send Globex the pricing sheet 📅 2026-11-23
        - [x] Update the Acme notes in the CRM ✅ 2026-11-20
        - [ ] Call Dana about the renewal

        """)
    try journal.write("2026/11/2026-11-24.md", """
        # Tuesday

        Acme renewal moving again. #deals
        - [ ] Book the Initech demo 📅 2026-12-02
        """)
    try journal.write("2025/11/2025-11-24.md", "Last year: first Acme meeting.\n")
    try journal.write("notes/2024-11-24.md", "Two years ago, in an Obsidian folder.\n")
    try journal.write(".trash/2023-11-24.md", "Deleted, in a dot folder.\n")
    return journal
}

@Suite("Reading the journal back")
struct ReadingTests {
    @Test("list prints one line per entry, oldest first, with words and attitude")
    func list() throws {
        let journal = try handWrittenJournal()
        let result = try Binary.run(["--journal", journal.path, "list"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            2024-11-24      7 words  attitude -  Two years ago, in an Obsidian folder.
            2025-11-24      5 words  attitude -  Last year: first Acme meeting.
            2026-11-20     29 words  attitude 3  Ask Priya to join the Globex call. The…
            2026-11-24      9 words  attitude -  Acme renewal moving again. #deals

            """)
        let month = try Binary.run(["list", "--month", "2026-11", "--json", "--journal", journal.path])
        let json = try #require(try jsonObject(month.stdout) as? [[String: Any]])
        #expect(json.map { $0["date"] as? String } == ["2026-11-20", "2026-11-24"])
        #expect(json[0]["path"] as? String == journal("2026/11/2026-11-20.md"))
        #expect(json[0]["words"] as? Int == 29)
        #expect(json[0]["attitude"] as? Int == 3)
        #expect(json[1]["attitude"] is NSNull)
        let range = try Binary.run(["--journal", journal.path, "list", "--from", "2025-01-01", "--to", "2026-11-21", "--json"])
        #expect((try jsonObject(range.stdout) as? [[String: Any]])?.map { $0["date"] as? String } == ["2025-11-24", "2026-11-20"])
    }

    @Test("show prints the entry without its front matter; --json gives its fields")
    func show() throws {
        let journal = try handWrittenJournal()
        let text = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "show", "2026-11-20"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix(journal("2026/11/2026-11-20.md") + "\n\n# Friday, 20 November 2026\n"))
        #expect(!text.stdout.contains("attitude: 3"))
        let json = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "show", "2026-11-20", "--json"]).stdout) as? [String: Any])
        #expect(json["date"] as? String == "2026-11-20")
        #expect(json["attitude"] as? Int == 3)
        #expect(json["tags"] as? [String] == ["acme"])
        #expect((json["text"] as? String)?.hasPrefix("# Friday, 20 November 2026\n") == true)
        let commitments = try #require(json["commitments"] as? [[String: Any]])
        #expect(commitments.map { $0["id"] as? String } == ["2026-11-20#1", "2026-11-20#2", "2026-11-20#3"])
        #expect(commitments.map { $0["status"] as? String } == ["overdue", "met", "open"])
        let today = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "show", "--json"])
        #expect((try jsonObject(today.stdout) as? [String: Any])?["tags"] as? [String] == ["deals"])
    }

    @Test("show of a day without an entry exits 66")
    func showMissing() throws {
        let journal = try handWrittenJournal()
        let result = try Binary.run(["--journal", journal.path, "show", "2026-11-25"])
        #expect(result.status == 66)
        #expect(result.stderr == "Error: no entry for 2026-11-25\n")
        #expect(result.stdout.isEmpty)
    }

    @Test("search finds entries holding every word, ignoring case, with the matching lines")
    func search() throws {
        let journal = try handWrittenJournal()
        let result = try Binary.run(["--journal", journal.path, "search", "ACME", "renewal"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            2026-11-20  \(journal("2026/11/2026-11-20.md"))
              - [x] Update the Acme notes in the CRM ✅ 2026-11-20
              - [ ] Call Dana about the renewal
            2026-11-24  \(journal("2026/11/2026-11-24.md"))
              Acme renewal moving again. #deals
            2 entries

            """)
        let json = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "search", "acme", "--from", "2025-01-01", "--to", "2025-12-31", "--json"]).stdout) as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json[0]["date"] as? String == "2025-11-24")
        #expect(json[0]["lines"] as? [String] == ["Last year: first Acme meeting."])
        let none = try Binary.run(["--journal", journal.path, "search", "zebra"])
        #expect(none.stdout == "No entries contain 'zebra'.\n")
        #expect(none.status == 0)
    }

    @Test("on-this-day shows earlier years, newest first, and skips dot folders")
    func onThisDay() throws {
        let journal = try handWrittenJournal()
        let json = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "on-this-day", "--json"]).stdout) as? [[String: Any]])
        #expect(json.map { $0["date"] as? String } == ["2025-11-24", "2024-11-24"])
        let text = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "on-this-day"])
        #expect(text.stdout.hasPrefix("1 year ago · Monday, 24 November 2025\n"))
        #expect(text.stdout.contains("2 years ago · Sunday, 24 November 2024\n"))
    }

    @Test("on 29 February, common years show 28 February")
    func leapDay() throws {
        let journal = TemporaryFolder()
        try journal.write("2027/02/2027-02-28.md", "Common year.\n")
        try journal.write("2024/02/2024-02-29.md", "Leap year.\n")
        try journal.write("2024/02/2024-02-28.md", "Not this one.\n")
        let json = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "--date", "2028-02-29", "on-this-day", "--json"]).stdout) as? [[String: Any]])
        #expect(json.map { $0["date"] as? String } == ["2027-02-28", "2024-02-29"])
    }

    @Test("commitments lists open and overdue ones by default, and each filter on its own")
    func commitments() throws {
        let journal = try handWrittenJournal()
        let base = ["--journal", journal.path, "--date", "2026-11-24", "commitments"]
        let text = try Binary.run(base)
        #expect(text.stdout == """
              2026-11-20#1   overdue   due 2026-11-23   made 4 days ago   Send Globex the pricing sheet
              2026-11-20#3   open      no due date      made 4 days ago   Call Dana about the renewal
              2026-11-24#1   open      due 2026-12-02   made today        Book the Initech demo
            3 commitments, 1 overdue

            """)
        func ids(_ filter: String) throws -> [String?] {
            let json = try #require(try jsonObject(try Binary.run(base + [filter, "--json"]).stdout) as? [[String: Any]])
            return json.map { $0["id"] as? String }
        }
        #expect(try ids("--open") == ["2026-11-20#3", "2026-11-24#1"])
        #expect(try ids("--overdue") == ["2026-11-20#1"])
        #expect(try ids("--met") == ["2026-11-20#2"])
        #expect(try ids("--all") == ["2026-11-20#1", "2026-11-20#2", "2026-11-20#3", "2026-11-24#1"])
        let json = try #require(try jsonObject(try Binary.run(base + ["--met", "--json"]).stdout) as? [[String: Any]])
        #expect(json[0]["text"] as? String == "Update the Acme notes in the CRM")
        #expect(json[0]["madeOn"] as? String == "2026-11-20")
        #expect(json[0]["doneOn"] as? String == "2026-11-20")
        #expect(json[0]["due"] is NSNull)
        let both = try Binary.run(base + ["--open", "--met"])
        #expect(both.status == 64)
    }

    @Test("done ticks that one line and changes no other byte")
    func done() throws {
        let journal = try handWrittenJournal()
        let before = try journal.read("2026/11/2026-11-20.md")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-25", "done", "globex"])
        #expect(result.status == 0)
        #expect(result.stdout == "Met 2026-11-20#1: Send Globex the pricing sheet\n")
        let after = try journal.read("2026/11/2026-11-20.md")
        #expect(after == before.replacingOccurrences(
            of: "- [ ] Send Globex the pricing sheet 📅 2026-11-23\n",
            with: "- [x] Send Globex the pricing sheet 📅 2026-11-23 ✅ 2026-11-25\n"))
        #expect(journal.mode("2026/11/2026-11-20.md") == 0o600)

        let byID = try Binary.run(["--journal", journal.path, "--date", "2026-11-25", "done", "2026-11-24#1"])
        #expect(byID.status == 0)
        #expect(try journal.read("2026/11/2026-11-24.md").hasSuffix("- [x] Book the Initech demo 📅 2026-12-02 ✅ 2026-11-25"))
    }

    @Test("done with a fragment matching several commitments changes nothing and lists them")
    func doneAmbiguous() throws {
        let journal = try handWrittenJournal()
        let before = try journal.bytes("2026/11/2026-11-20.md")
        let result = try Binary.run(["--journal", journal.path, "done", "the"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("'the' matches 3 open commitments"))
        #expect(result.stderr.contains("  2026-11-20#1  Send Globex the pricing sheet\n"))
        #expect(try journal.bytes("2026/11/2026-11-20.md") == before)
        let missing = try Binary.run(["--journal", journal.path, "done", "zebra"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "Error: no open commitment matches 'zebra'\n")
        let noID = try Binary.run(["--journal", journal.path, "done", "2026-11-20#9"])
        #expect(noID.status == 66)
    }

    @Test("a garbage or non-UTF-8 file is named in a warning, skipped and left untouched")
    func unreadableFiles() throws {
        let journal = try handWrittenJournal()
        let latin1: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" notes\n".utf8)
        let garbage: [UInt8] = [0x00, 0xFF, 0x13, 0x37, 0x00, 0x42]
        try journal.write("2026/11/2026-11-21.md", bytes: latin1)
        try journal.write("2026/11/2026-11-22.md", bytes: garbage)
        let result = try Binary.run(["--journal", journal.path, "list", "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: skipping \(journal("2026/11/2026-11-21.md")): it is not UTF-8 text\n"))
        #expect(result.stderr.contains(journal("2026/11/2026-11-22.md")))
        #expect((try jsonObject(result.stdout) as? [Any])?.count == 4)
        let commitments = try Binary.run(["--journal", journal.path, "commitments"])
        #expect(commitments.status == 0)
        #expect(commitments.stderr.contains(journal("2026/11/2026-11-21.md")))
        let recoveries = TemporaryFolder()
        let append = try Binary.run(["--journal", journal.path, "--date", "2026-11-21", "today"], input: "More notes.\n",
                                    environment: ["TMPDIR": recoveries.path])
        #expect(append.status == 65)
        #expect(append.stderr.contains("what you wrote is kept in \(recoveries.path)/reflect-recovery-2026-11-21-"))
        #expect(try recoveries.read(try #require(try FileManager.default.contentsOfDirectory(atPath: recoveries.path).first)).contains("More notes."))
        #expect(try journal.bytes("2026/11/2026-11-21.md") == latin1)
        #expect(try journal.bytes("2026/11/2026-11-22.md") == garbage)
    }
}
