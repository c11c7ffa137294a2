import Foundation
import Testing

@Suite("Errors and small things a new user meets")
struct FirstWeekErrorsTests {
    @Test("--journal naming a regular file or a missing folder is an error for reading commands, not 'No entries'", arguments: [
        ["list"], ["search", "acme"], ["tags"], ["export"], ["report"], ["commitments"], ["on-this-day"], ["show", "2026-11-24"],
    ])
    func journalMustBeAFolder(command: [String]) throws {
        let folder = TemporaryFolder()
        try folder.write("notes.md", "Not a journal.\n")
        let file = try Binary.run(["--journal", folder("notes.md"), "--date", "2026-11-24"] + command)
        #expect(file.status == 66)
        #expect(file.stdout.isEmpty)
        #expect(file.stderr == "Error: \(folder("notes.md")) is a regular file, not a journal folder\n")
        let missing = try Binary.run(["--journal", folder("jounral"), "--date", "2026-11-24"] + command)
        #expect(missing.status == 66)
        #expect(missing.stderr == "Error: the journal folder \(folder("jounral")) does not exist\n")
    }

    @Test("the default journal folder of a new user simply has no entries yet")
    func newUser() throws {
        let home = TemporaryFolder()
        let result = try Binary.run(["list"], environment: ["HOME": home.path])
        #expect(result.status == 0)
        #expect(result.stdout == "No entries in \(home.path)/.local/share/reflect/journal.\n")
    }

    @Test("a quoted '~/j' is the home folder's j, not a folder named ~")
    func tildeInJournal() throws {
        let home = TemporaryFolder()
        let work = TemporaryFolder()
        let result = try Binary.run(["--journal", "~/j", "--date", "2026-11-24"], input: "Booked two demos.\n",
                                    environment: ["HOME": home.path], directory: work.path)
        #expect(result.status == 0)
        #expect(result.stdout == "Saved \(home.path)/j/2026/11/2026-11-24.md\n" || result.stdout.hasPrefix("Saved \(home.path)/j/2026/11/2026-11-24.md\n"))
        #expect(FileManager.default.fileExists(atPath: home("j/2026/11/2026-11-24.md")))
        #expect(!FileManager.default.fileExists(atPath: work("~")))
    }

    @Test("report --json is --format json; --json with another --format is a usage error")
    func reportJSON() throws {
        let journal = TemporaryFolder()
        let json = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "report", "--json"])
        #expect(json.status == 0)
        #expect((try jsonObject(json.stdout) as? [String: Any])?["month"] as? String == "2026-11")
        let clash = try Binary.run(["--journal", journal.path, "report", "--json", "--format", "html"])
        #expect(clash.status == 64)
        #expect(clash.stderr.hasPrefix("Error: --json asks for JSON and --format for 'html': give one of them\nUsage: reflect report "))
    }

    @Test("report --save keeps the format asked for", arguments: [("html", "2026-11.html", "<!DOCTYPE html>"), ("text", "2026-11.txt", "November 2026 · monthly attitude report\n"), ("markdown", "2026-11.md", "# November 2026")])
    func saveFormat(format: String, name: String, start: String) throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", "---\nattitude: 4\n---\nBooked two demos.\n")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "report", "--save", "--format", format])
        #expect(result.status == 0)
        #expect(result.stdout == "Saved \(journal("reports/" + name))\n")
        #expect(try journal.read("reports/" + name).hasPrefix(start))
    }

    @Test("an unknown option before the command is named as an unknown option")
    func unknownOptionFirst() throws {
        let result = try Binary.run(["--foo", "bar", "list"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: unknown option '--foo'\nUsage: reflect [--journal <dir>]"))
        let short = try Binary.run(["-x", "list"])
        #expect(short.stderr.hasPrefix("Error: unknown option '-x'\n"))
        // A command's own option before its name still works, and so does a short one.
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", "One.\n")
        let known = try Binary.run(["--journal", journal.path, "-n", "1", "list", "--json"])
        #expect(known.status == 0)
    }

    @Test("today and yesterday are read in any case", arguments: ["Today", "TODAY", "Yesterday", "YESTERDAY"])
    func relativeDaysAnyCase(word: String) throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", "Tuesday.\n")
        try journal.write("2026/11/2026-11-25.md", "Wednesday.\n")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-25", "show", word, "--json"])
        #expect(result.status == 0)
        let expected = word.lowercased() == "today" ? "2026-11-25" : "2026-11-24"
        #expect((try jsonObject(result.stdout) as? [String: Any])?["date"] as? String == expected)
        let asDate = try Binary.run(["--journal", journal.path, "--date", word, "prompt", "--json"])
        #expect(asDate.status == 0)
    }

    @Test("'by EOD tomorrow' is due tomorrow")
    func eodTomorrow() throws {
        let journal = TemporaryFolder()
        try Binary.run(["--journal", journal.path, "--date", "2026-11-24"], input: "- [ ] Send Acme the deck by EOD tomorrow\n")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "commitments", "--json"])
        #expect((try jsonObject(result.stdout) as? [[String: Any]])?.first?["due"] as? String == "2026-11-25")
    }

    @Test("impossible due dates in every form are warned about with file and line")
    func impossibleDueDates() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-20.md", """
            # Notes
            - [ ] Send A 📅 2026-11-31
            - [ ] Send B due: 2026-13-01
            - [ ] Send C [due:: 2026-02-30]

            """)
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-22", "commitments"])
        #expect(result.status == 0)
        let path = journal("2026/11/2026-11-20.md")
        #expect(result.stderr == """
            warning: \(path) line 2: '📅 2026-11-31' is not a date, so 2026-11-20#1 has no due date
            warning: \(path) line 3: 'due: 2026-13-01' is not a date, so 2026-11-20#2 has no due date
            warning: \(path) line 4: '[due:: 2026-02-30]' is not a date, so 2026-11-20#3 has no due date

            """)
    }

    @Test("malformed lines in .reflect/themes.md and prompts.md are warned about with file and line")
    func settingsWarnings() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", "One call.\n")
        try journal.write(".reflect/themes.md", "# My themes\n\n## pipeline (replace)\n\n##travel\n- flight\n-hotel\n")
        try journal.write(".reflect/prompts.md", "# Mine\n\n- activity.calls How many calls?\n-activity.demos: How many demos?\n")
        let report = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "report", "--json"])
        #expect(report.status == 0)
        let themes = journal(".reflect/themes.md")
        let prompts = journal(".reflect/prompts.md")
        #expect(report.stderr == """
            warning: \(prompts) line 3: 'activity.calls How many calls?' has no ':' between the prompt id and its text
            warning: \(prompts) line 4: a prompt is written '- area.slug: Question text?'
            warning: \(themes):5: a list starts with `## name` (two `#` and a space): `##travel`
            warning: \(themes):7: an item starts with `- ` (a dash and a space): `-hotel`
            warning: \(themes):3: `## pipeline (replace)` has no items, so it is ignored; list the words that replace `pipeline` under it

            """)
        let json = try #require(try jsonObject(report.stdout) as? [String: Any])
        #expect((json["themes"] as? [[String: Any]])?.contains { $0["name"] as? String == "pipeline" } == true)
    }

    @Test("TERM=dumb gets no colour, on a terminal that otherwise would", arguments: [("xterm-256color", true), ("dumb", false)])
    func dumbTerminal(term: String, colour: Bool) throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", "One.\n")
        let session = try TerminalSession(["--journal", journal.path, "list", "--no-pager"], environment: ["NO_COLOR": "", "TERM": term])
        try session.expect("One.")
        #expect(session.waitForExit() == 0)
        #expect(session.screen.contains("\u{1B}[") == colour)
    }

    @Test("on a narrow terminal the day's questions wrap between words")
    func narrowTerminal() throws {
        let journal = TemporaryFolder()
        let session = try TerminalSession(["--journal", journal.path, "--date", "2026-11-30", "prompt"], environment: ["COLUMNS": "40"])
        try session.expect("Source:")
        #expect(session.waitForExit() == 0)
        let lines = session.screen.split(separator: "\n").map(String.init)
        #expect(lines.contains("  4. What do you really want your sales"))
        #expect(lines.contains("     manager to help you with? Where"))
        for line in lines where line.hasPrefix("  ") { #expect(line.count <= 40, "\(line)") }
    }

    @Test("on a narrow terminal list cuts the first words after a whole word instead of wrapping")
    func narrowList() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-20.md", "---\nattitude: 3\n---\nAsk Priya to join the Globex call.\n")
        let session = try TerminalSession(["--journal", journal.path, "list"], environment: ["COLUMNS": "50"])
        try session.expect("2026-11-20      7 words  attitude 3  Ask Priya to…\r\n")
        #expect(session.waitForExit() == 0)
        let piped = try Binary.run(["--journal", journal.path, "list"], environment: ["COLUMNS": "50"])
        #expect(piped.stdout == "2026-11-20      7 words  attitude 3  Ask Priya to join the Globex call.\n")
    }

    @Test("analyze waiting on a terminal says what it waits for, on standard error")
    func analyzeHint() throws {
        let journal = TemporaryFolder()
        let session = try TerminalSession(["--journal", journal.path, "analyze", "--json"])
        try session.expect("Type or paste the text to analyze, then press Ctrl-D on a line of its own (or give a file: reflect analyze FILE).")
        session.type("Ghosted again.")
        session.type("\u{04}")
        try session.expect("\"words\": 2")
        #expect(session.waitForExit() == 0)
        let piped = try Binary.run(["analyze", "--json"], input: "Ghosted again.\n")
        #expect(piped.stderr.isEmpty)
    }
}
