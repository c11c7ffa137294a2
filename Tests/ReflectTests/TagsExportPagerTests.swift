import Foundation
import Testing

/// A journal with tags in front matter (a list and a block list), inline, nested, and none.
private func taggedJournal() throws -> TemporaryFolder {
    let journal = TemporaryFolder()
    try journal.write("2026/11/2026-11-20.md", """
        ---
        date: 2026-11-20
        attitude: 3
        tags: [acme, Renewals]
        ---

        # Friday, 20 November 2026

        ## Which customer or colleague are you grateful for this week, and why?

        Priya knows the Acme CFO.
        - [ ] Send Acme the pricing sheet 📅 2026-11-23

        """)
    try journal.write("2026/11/2026-11-23.md", """
        ---
        tags:
          - work/globex
        ---
        Globex asked for a colleague reference. #deals
        """)
    try journal.write("2026/11/2026-11-24.md", "Quiet day. #deals #acme\n")
    try journal.write("2026/11/2026-11-25.md", "No tags here, just a colleague's note.\n")
    return journal
}

@Suite("Tags, list -n, search and export")
struct TagsAndExportTests {
    @Test("tags lists every tag, front matter and inline, with how many entries carry it, most first")
    func tags() throws {
        let journal = try taggedJournal()
        let result = try Binary.run(["--journal", journal.path, "tags"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            #acme         2 entries
            #deals        2 entries
            #renewals     1 entry
            #work/globex  1 entry
            4 tags

            """)
        let json = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "tags", "--json", "--from", "2026-11-23"]).stdout) as? [[String: Any]])
        #expect(json.map { $0["tag"] as? String } == ["deals", "acme", "work/globex"])
        #expect(json.map { $0["entries"] as? Int } == [2, 1, 1])
        let none = try Binary.run(["--journal", journal.path, "tags", "--month", "2026-10"])
        #expect(none.stdout == "No tags in any entry.\n")
    }

    @Test("list --tag takes a tag with or without #, any case, and the tags nested under it")
    func listByTag() throws {
        let journal = try taggedJournal()
        let acme = try Binary.run(["--journal", journal.path, "list", "--tag", "#ACME"])
        #expect(acme.stdout.split(separator: "\n").map { String($0.prefix(10)) } == ["2026-11-20", "2026-11-24"])
        let work = try Binary.run(["--journal", journal.path, "list", "--tag", "work", "--json"])
        #expect((try jsonObject(work.stdout) as? [[String: Any]])?.map { $0["date"] as? String } == ["2026-11-23"])
        let none = try Binary.run(["--journal", journal.path, "list", "--tag", "golf"])
        #expect(none.status == 0)
        #expect(none.stdout == "No entries tagged #golf in \(journal.path).\n")
    }

    @Test("list -n N gives the N most recent entries, oldest first, after any filter", arguments: [
        (["-n", "2"], ["2026-11-24", "2026-11-25"]),
        (["--count=1"], ["2026-11-25"]),
        (["-n", "9"], ["2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25"]),
        (["-n", "1", "--tag", "acme"], ["2026-11-24"]),
        (["-n", "1", "--to", "2026-11-23"], ["2026-11-23"]),
    ])
    func listMostRecent(options: [String], dates: [String]) throws {
        let journal = try taggedJournal()
        let result = try Binary.run(["--journal", journal.path, "list", "--json"] + options)
        #expect(result.status == 0)
        #expect((try jsonObject(result.stdout) as? [[String: Any]])?.map { $0["date"] as? String } == dates)
    }

    @Test("-n needs a whole number from 1", arguments: ["0", "-2", "two"])
    func badCount(value: String) throws {
        let journal = try taggedJournal()
        let result = try Binary.run(["--journal", journal.path, "list", "-n", value])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: -n '\(value)' is not a number of entries: use a whole number from 1\nUsage: reflect list "))
    }

    @Test("search leaves out the question headings and the day's title unless --headings")
    func searchSkipsHeadings() throws {
        let journal = try taggedJournal()
        let words = try Binary.run(["--journal", journal.path, "search", "colleague"])
        #expect(words.stdout == """
            2026-11-23  \(journal("2026/11/2026-11-23.md"))
              Globex asked for a colleague reference. #deals
            2026-11-25  \(journal("2026/11/2026-11-25.md"))
              No tags here, just a colleague's note.
            2 entries

            """)
        let headings = try Binary.run(["--journal", journal.path, "search", "colleague", "--headings", "--json"])
        let json = try #require(try jsonObject(headings.stdout) as? [[String: Any]])
        #expect(json.map { $0["date"] as? String } == ["2026-11-20", "2026-11-23", "2026-11-25"])
        #expect(json[0]["lines"] as? [String] == ["## Which customer or colleague are you grateful for this week, and why?"])
        let title = try Binary.run(["--journal", journal.path, "search", "friday"])
        #expect(title.stdout == "No entries contain 'friday'.\n")
    }

    @Test("search finds an entry by its front-matter tag, with or without #")
    func searchByTag() throws {
        let journal = try taggedJournal()
        for word in ["renewals", "#renewals", "RENEWALS"] {
            let result = try Binary.run(["--journal", journal.path, "search", word])
            #expect(result.stdout == """
                2026-11-20  \(journal("2026/11/2026-11-20.md"))
                  tags: #acme #renewals
                1 entry

                """, "\(word)")
        }
        let both = try Binary.run(["--journal", journal.path, "search", "acme", "priya", "--json"])
        let json = try #require(try jsonObject(both.stdout) as? [[String: Any]])
        #expect(json.map { $0["date"] as? String } == ["2026-11-20"])
        #expect(json[0]["lines"] as? [String] == ["Priya knows the Acme CFO.", "- [ ] Send Acme the pricing sheet 📅 2026-11-23"])
    }

    @Test("export --format json holds each entry's date, path, attitude, tags, sections, text and commitments")
    func exportJSON() throws {
        let journal = try taggedJournal()
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "export", "--to", "2026-11-23"])
        #expect(result.status == 0)
        let json = try #require(try jsonObject(result.stdout) as? [[String: Any]])
        #expect(json.map { $0["date"] as? String } == ["2026-11-20", "2026-11-23"])
        let first = json[0]
        #expect(first["path"] as? String == journal("2026/11/2026-11-20.md"))
        #expect(first["attitude"] as? Int == 3)
        #expect(first["tags"] as? [String] == ["acme", "renewals"])
        #expect(first["sections"] as? [[String: String]] == [[
            "heading": "Which customer or colleague are you grateful for this week, and why?",
            "text": "Priya knows the Acme CFO.\n- [ ] Send Acme the pricing sheet 📅 2026-11-23",
        ]])
        #expect((first["text"] as? String)?.hasPrefix("# Friday, 20 November 2026\n\n## Which customer") == true)
        let commitments = try #require(first["commitments"] as? [[String: Any]])
        #expect(commitments.map { $0["id"] as? String } == ["2026-11-20#1"])
        #expect(commitments.map { $0["status"] as? String } == ["overdue"])
        #expect(json[1]["attitude"] is NSNull)
        #expect(json[1]["tags"] as? [String] == ["work/globex", "deals"])
        // Text before any heading is a section with an empty heading: nothing written is left out.
        #expect(json[1]["sections"] as? [[String: String]] == [["heading": "", "text": "Globex asked for a colleague reference. #deals"]])
    }

    @Test("export --format markdown is one document, each entry under its date with its headings one level down")
    func exportMarkdown() throws {
        let journal = try taggedJournal()
        let result = try Binary.run(["--journal", journal.path, "export", "--format", "markdown", "--from", "2026-11-20", "--to", "2026-11-23"])
        #expect(result.stdout == """
            # Journal, 2026-11-20 to 2026-11-23

            ## Friday, 20 November 2026

            Attitude 3 of 5 · #acme #renewals

            ### Which customer or colleague are you grateful for this week, and why?

            Priya knows the Acme CFO.
            - [ ] Send Acme the pricing sheet 📅 2026-11-23

            ## Monday, 23 November 2026

            #work/globex #deals

            Globex asked for a colleague reference. #deals

            """)
    }

    @Test("export --output writes a private file through the store, and never through a link")
    func exportToFile() throws {
        let journal = try taggedJournal()
        let out = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "export", "--output", out("all.json")], umask: "000")
        #expect(result.status == 0)
        #expect(result.stdout == "Saved 4 entries to \(out("all.json"))\n")
        #expect(out.mode("all.json") == 0o600)
        #expect((try jsonObject(try out.read("all.json")) as? [Any])?.count == 4)
        try FileManager.default.createSymbolicLink(atPath: out("link.md"), withDestinationPath: out("target.md"))
        let link = try Binary.run(["--journal", journal.path, "export", "--format", "markdown", "--output", out("link.md")])
        #expect(link.status == 73)
        #expect(!FileManager.default.fileExists(atPath: out("target.md")))
        let format = try Binary.run(["--journal", journal.path, "export", "--format", "html"])
        #expect(format.status == 64)
        #expect(format.stderr.hasPrefix("Error: --format 'html' is not an export format: use json or markdown\n"))
    }
}

@Suite("Paging long output")
struct PagerTests {
    /// A journal with `count` one-line entries from 1 November 2026.
    static func journal(entries count: Int) throws -> TemporaryFolder {
        let journal = TemporaryFolder()
        for day in 1...count {
            let date = "2026-11-" + (day < 10 ? "0\(day)" : "\(day)")
            try journal.write("2026/11/\(date).md", "Entry \(day).\n")
        }
        return journal
    }

    /// `sed` stands in for the pager: what it prints is marked, so paged output can be told apart.
    static let pager = ["PAGER": "sed s/^/paged:/", "PATH": "/usr/bin:/bin", "LINES": "10"]

    @Test("on a terminal, output taller than the screen goes through $PAGER")
    func pagesOnATerminal() throws {
        let journal = try Self.journal(entries: 12)
        let session = try TerminalSession(["--journal", journal.path, "list"], environment: Self.pager)
        try session.expect("paged:2026-11-01      2 words  attitude -  Entry 1.")
        try session.expect("paged:2026-11-12      2 words  attitude -  Entry 12.")
        #expect(session.waitForExit() == 0)
    }

    @Test("--no-pager, short output, an empty PAGER and a pipe are never paged")
    func doesNotPage() throws {
        let journal = try Self.journal(entries: 12)
        let unpaged = try TerminalSession(["--journal", journal.path, "list", "--no-pager"], environment: Self.pager)
        try unpaged.expect("2026-11-12      2 words  attitude -  Entry 12.")
        #expect(unpaged.waitForExit() == 0)
        #expect(!unpaged.screen.contains("paged:"))

        let short = try TerminalSession(["--journal", journal.path, "list", "-n", "3"], environment: Self.pager)
        try short.expect("Entry 12.")
        #expect(short.waitForExit() == 0)
        #expect(!short.screen.contains("paged:"))

        let empty = try TerminalSession(["--journal", journal.path, "list"], environment: Self.pager.merging(["PAGER": ""]) { $1 })
        try empty.expect("Entry 12.")
        #expect(empty.waitForExit() == 0)
        #expect(!empty.screen.contains("paged:"))

        let piped = try Binary.run(["--journal", journal.path, "list"], environment: Self.pager)
        #expect(piped.stdout.hasPrefix("2026-11-01      2 words"))
        #expect(!piped.stdout.contains("paged:"))
    }

    @Test("a pager that cannot be started does not lose the output")
    func missingPager() throws {
        let journal = try Self.journal(entries: 12)
        let session = try TerminalSession(["--journal", journal.path, "list"],
                                          environment: Self.pager.merging(["PAGER": "no-such-pager-here"]) { $1 })
        try session.expect("2026-11-12      2 words  attitude -  Entry 12.")
        #expect(session.waitForExit() == 0)
    }
}
