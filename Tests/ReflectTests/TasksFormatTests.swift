import Foundation
import Testing

/// A journal written in Obsidian with the Tasks plugin: every status, fields in any order, tasks in
/// a callout and a numbered list, a recurring task and an impossible date.
private func tasksJournal() throws -> TemporaryFolder {
    let journal = TemporaryFolder()
    try journal.write("2026/11/2026-11-20.md", """
        # Friday

        ## Commitments

        - [ ] Send Globex the pricing sheet ⏫ 📅 2026-11-23 ⏳ 2026-11-22 🛫 2026-11-21 #globex ^pricing
        - [/] Log this week's calls 🔁 every week on Friday 📅 2026-11-27
        > [!todo] From the pipeline review
        > - [?] Ask marketing for Q1 leads 🔽
        1. [x] Update the Acme notes in the CRM ✅ 2026-11-20
        2. [-] Chase the Initech intro ❌ 2026-11-21
        - [ ] Call Dana 📅 2026-02-30

        """)
    return journal
}

@Suite("Commitments read and edited in the Obsidian Tasks format")
struct TasksFormatTests {
    static let base = ["--date", "2026-11-24"]

    @Test("commitments --json gives each Tasks field, in-progress and unknown statuses as open, and the text without fields")
    func json() throws {
        let journal = try tasksJournal()
        let result = try Binary.run(["--journal", journal.path] + Self.base + ["commitments", "--all", "--json"])
        #expect(result.status == 0)
        let json = try #require(try jsonObject(result.stdout) as? [[String: Any]])
        #expect(json.map { $0["id"] as? String } == (1...6).map { "2026-11-20#\($0)" })
        #expect(json.map { $0["status"] as? String } == ["overdue", "open", "open", "met", "cancelled", "open"])
        #expect(json.map { $0["text"] as? String } == [
            "Send Globex the pricing sheet #globex", "Log this week's calls", "Ask marketing for Q1 leads",
            "Update the Acme notes in the CRM", "Chase the Initech intro", "Call Dana",
        ])
        #expect(Set(json[0].keys) == ["id", "text", "status", "madeOn", "due", "doneOn", "cancelledOn", "scheduled", "start", "priority", "recurrence"])
        #expect(json[0]["due"] as? String == "2026-11-23")
        #expect(json[0]["scheduled"] as? String == "2026-11-22")
        #expect(json[0]["start"] as? String == "2026-11-21")
        #expect(json[0]["priority"] as? String == "high")
        #expect(json[0]["recurrence"] is NSNull)
        #expect(json[1]["recurrence"] as? String == "every week on Friday")
        #expect(json[2]["priority"] as? String == "low")
        #expect(json[3]["doneOn"] as? String == "2026-11-20")
        #expect(json[4]["cancelledOn"] as? String == "2026-11-21")
        #expect(json[4]["doneOn"] is NSNull)
        #expect(json[5]["due"] is NSNull)
    }

    @Test("An impossible date is named in a warning on stderr, and the commitment has no such date")
    func invalidDateWarning() throws {
        let journal = try tasksJournal()
        let result = try Binary.run(["--journal", journal.path] + Self.base + ["commitments"])
        #expect(result.status == 0)
        #expect(result.stderr == "warning: \(journal.path)/2026/11/2026-11-20.md line 11: '📅 2026-02-30' is not a date, "
            + "so 2026-11-20#6 has no due date\n")
        #expect(result.stdout.contains("  2026-11-20#6   open      no due date      made 4 days ago   Call Dana\n"))
    }

    @Test("done puts the done date before the trailing tag and block link, and changes no other byte")
    func doneBeforeBlockLink() throws {
        let journal = try tasksJournal()
        let before = try journal.read("2026/11/2026-11-20.md")
        let result = try Binary.run(["--journal", journal.path] + Self.base + ["done", "globex"])
        #expect(result.status == 0)
        #expect(result.stdout == "Met 2026-11-20#1: Send Globex the pricing sheet #globex\n")
        #expect(try journal.read("2026/11/2026-11-20.md") == before.replacingOccurrences(
            of: "- [ ] Send Globex the pricing sheet ⏫ 📅 2026-11-23 ⏳ 2026-11-22 🛫 2026-11-21 #globex ^pricing",
            with: "- [x] Send Globex the pricing sheet ⏫ 📅 2026-11-23 ⏳ 2026-11-22 🛫 2026-11-21 ✅ 2026-11-24 #globex ^pricing"))
        let again = try Binary.run(["--journal", journal.path] + Self.base + ["done", "2026-11-20#1"])
        #expect(again.stdout == "2026-11-20#1 is already met: Send Globex the pricing sheet #globex\n")
    }

    @Test("done on a recurring task writes its next occurrence above it and says where both are")
    func doneRecurring() throws {
        let journal = try tasksJournal()
        let before = try journal.read("2026/11/2026-11-20.md")
        let result = try Binary.run(["--journal", journal.path] + Self.base + ["done", "calls"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Met 2026-11-20#2: Log this week's calls
            Next: 2026-11-20#2, due 2026-12-04 (the met one is now 2026-11-20#3)

            """)
        #expect(try journal.read("2026/11/2026-11-20.md") == before.replacingOccurrences(
            of: "- [/] Log this week's calls 🔁 every week on Friday 📅 2026-11-27\n",
            with: "- [ ] Log this week's calls 🔁 every week on Friday 📅 2026-12-04\n"
                + "- [x] Log this week's calls 🔁 every week on Friday 📅 2026-11-27 ✅ 2026-11-24\n"))
    }

    @Test("cancel marks [-] with the cancelled date; reopen gives the line back as it was")
    func cancelAndReopen() throws {
        let journal = try tasksJournal()
        let before = try journal.read("2026/11/2026-11-20.md")
        let cancelled = try Binary.run(["--journal", journal.path] + Self.base + ["cancel", "marketing"])
        #expect(cancelled.status == 0)
        #expect(cancelled.stdout == "Cancelled 2026-11-20#3: Ask marketing for Q1 leads\n")
        #expect(try journal.read("2026/11/2026-11-20.md") == before.replacingOccurrences(
            of: "> - [?] Ask marketing for Q1 leads 🔽", with: "> - [-] Ask marketing for Q1 leads 🔽 ❌ 2026-11-24"))

        let reopened = try Binary.run(["--journal", journal.path] + Self.base + ["reopen", "2026-11-20#3"])
        #expect(reopened.status == 0)
        #expect(reopened.stdout == "Reopened 2026-11-20#3: Ask marketing for Q1 leads\n")
        #expect(try journal.read("2026/11/2026-11-20.md") == before.replacingOccurrences(
            of: "> - [?] Ask marketing", with: "> - [ ] Ask marketing"))

        let acme = try Binary.run(["--journal", journal.path] + Self.base + ["reopen", "acme"])
        #expect(acme.stdout == "Reopened 2026-11-20#4: Update the Acme notes in the CRM\n")
        #expect(try journal.read("2026/11/2026-11-20.md").contains("\n1. [ ] Update the Acme notes in the CRM\n"))
        let open = try Binary.run(["--journal", journal.path] + Self.base + ["reopen", "2026-11-20#4"])
        #expect(open.stdout == "2026-11-20#4 is already open: Update the Acme notes in the CRM\n")
    }

    @Test("reopen and cancel match text as done does: one candidate, else nothing changes")
    func matching() throws {
        let journal = try tasksJournal()
        let before = try journal.bytes("2026/11/2026-11-20.md")
        let none = try Binary.run(["--journal", journal.path] + Self.base + ["reopen", "globex"])
        #expect(none.status == 66)
        #expect(none.stderr == "Error: no met or cancelled commitment matches 'globex'\n")
        let several = try Binary.run(["--journal", journal.path] + Self.base + ["cancel", "CA"])
        #expect(several.status == 65)
        #expect(several.stderr.hasPrefix("Error: 'CA' matches 2 open commitments; name one by its id:\n"))
        #expect(several.stderr.contains("  2026-11-20#2  Log this week's calls\n"))
        let missing = try Binary.run(["--journal", journal.path] + Self.base + ["cancel"])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Error: missing '<id-or-text>'\nUsage: reflect cancel [--before <date>] [--yes] [<id-or-text> ...]\n"))
        #expect(try journal.bytes("2026/11/2026-11-20.md") == before)
    }

    @Test("due changes the due date where it is written, or adds 📅 where Tasks reads it", arguments: [
        (["dana", "2026-12-01"], "- [ ] Call Dana 📅 2026-12-01", "2026-11-20#6 is due 2026-12-01: Call Dana\n"),
        (["send", "globex", "next", "friday"],
         "- [ ] Send Globex the pricing sheet ⏫ 📅 2026-12-04 ⏳ 2026-11-22 🛫 2026-11-21 #globex ^pricing",
         "2026-11-20#1 is due 2026-12-04: Send Globex the pricing sheet #globex\n"),
        (["2026-11-20#3", "end", "of", "month"], "> - [?] Ask marketing for Q1 leads 🔽 📅 2026-11-30",
         "2026-11-20#3 is due 2026-11-30: Ask marketing for Q1 leads\n"),
    ])
    func due(arguments: [String], line: String, output: String) throws {
        let journal = try tasksJournal()
        let result = try Binary.run(["--journal", journal.path] + Self.base + ["due"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == output)
        #expect(try journal.read("2026/11/2026-11-20.md").contains("\n" + line + "\n"))
    }

    @Test("due with a date that does not exist is a usage error and changes nothing")
    func dueBadDate() throws {
        let journal = try tasksJournal()
        let before = try journal.bytes("2026/11/2026-11-20.md")
        let result = try Binary.run(["--journal", journal.path] + Self.base + ["due", "dana", "2026-02-30"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: '2026-02-30' is not a date: use YYYY-MM-DD"))
        #expect(result.stderr.contains("\nUsage: reflect due <id-or-text> <date> ...\n"))
        #expect(try Binary.run(["--journal", journal.path] + Self.base + ["due", "dana"]).status == 64)
        #expect(try journal.bytes("2026/11/2026-11-20.md") == before)
    }

    @Test("cancel --before cancels every open commitment made before the day, without asking when input is not a terminal")
    func cancelBefore() throws {
        let journal = try tasksJournal()
        try journal.write("2026/11/2026-11-23.md", "- [ ] Book the Initech demo\n")
        let result = try Binary.run(["--journal", journal.path] + Self.base + ["cancel", "--before", "2026-11-21"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Cancelled 4 open commitments made before 2026-11-21:
              2026-11-20#1  Send Globex the pricing sheet #globex
              2026-11-20#2  Log this week's calls
              2026-11-20#3  Ask marketing for Q1 leads
              2026-11-20#6  Call Dana

            """)
        let file = try journal.read("2026/11/2026-11-20.md")
        #expect(file.contains("- [-] Log this week's calls 🔁 every week on Friday 📅 2026-11-27 ❌ 2026-11-24\n"))
        #expect(file.contains("- [-] Call Dana 📅 2026-02-30 ❌ 2026-11-24\n"))
        #expect(file.contains("1. [x] Update the Acme notes in the CRM ✅ 2026-11-20\n"))
        #expect(try journal.read("2026/11/2026-11-23.md") == "- [ ] Book the Initech demo\n")
        let none = try Binary.run(["--journal", journal.path] + Self.base + ["cancel", "--before", "2026-11-21"])
        #expect(none.stdout == "No open commitments made before 2026-11-21.\n")
        let both = try Binary.run(["--journal", journal.path] + Self.base + ["cancel", "dana", "--before", "2026-11-21"])
        #expect(both.status == 64)
    }

    @Test("help lists cancel, reopen and due with their usage")
    func help() throws {
        let tool = try Binary.run(["--help"])
        for command in ["cancel", "reopen", "due"] { #expect(tool.stdout.contains("\n  \(command) ")) }
        let due = try Binary.run(["help", "due"])
        #expect(due.status == 0)
        #expect(due.stdout.hasPrefix("OVERVIEW: Set or change one commitment's due date.\n"))
        #expect(due.stdout.contains("\nUSAGE: reflect due <id-or-text> <date> ...\n"))
    }
}
