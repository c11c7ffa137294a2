import Foundation
import Testing

@Suite("Keeping what the user wrote")
struct SafetyTests {
    @Test("text written outside the draft's questions is saved with the focus answer, commitments too")
    func editorKeepsEverything() throws {
        let journal = TemporaryFolder()
        let tools = TemporaryFolder()
        // An editor that writes under the title and adds a section of its own, answering no question.
        try tools.write("edit.sh", """
            #!/bin/sh
            awk 'NR == 1 { print; print ""; print "Notes before any question."; next } { print }' "$1" > "$1.new"
            printf '\\n## Commitments\\n\\n- [ ] Send Acme the proposal by Friday\\n' >> "$1.new"
            mv "$1.new" "$1"
            """)
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today", "--editor", "--attitude", "3"],
                                    environment: ["EDITOR": "sh " + tools("edit.sh"), "TMPDIR": tools.path])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try journal.read("2026/11/2026-11-24.md")
        #expect(file.contains("\n\nNotes before any question.\n\n## Commitments\n\n- [ ] Send Acme the proposal 📅 2026-11-27\n"))
        let commitments = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "commitments", "--json"])
        #expect((try jsonObject(commitments.stdout) as? [[String: Any]])?.first?["text"] as? String == "Send Acme the proposal")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tools.path) == ["edit.sh"])
    }

    @Test("a day file linked to a file inside the journal stays a link, and the linked file gets the answer")
    func linkedDayFile() throws {
        let journal = TemporaryFolder()
        try journal.write("vault/Tuesday.md", "# Tuesday\n\nFrom the vault.\n- [ ] Call Bob\n")
        try FileManager.default.createDirectory(atPath: journal("2026/11"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: journal("2026/11/2026-11-24.md"), withDestinationPath: "../../vault/Tuesday.md")
        #expect(try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], input: "Appended.\n").status == 0)
        #expect(try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "done", "bob"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: journal("2026/11/2026-11-24.md")) == "../../vault/Tuesday.md")
        let linked = try journal.read("vault/Tuesday.md")
        #expect(linked.hasPrefix("---\ndate: 2026-11-24\nprompts: ["))
        #expect(linked.contains("# Tuesday\n\nFrom the vault.\n- [x] Call Bob ✅ 2026-11-24\n"))
        #expect(linked.hasSuffix("\n\nAppended.\n"))
        #expect(journal.mode("vault/Tuesday.md") == 0o600)
    }

    @Test("a code block left open in an answer is closed, so later commitments still count")
    func unclosedCodeBlock() throws {
        let journal = TemporaryFolder()
        try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], input: "Pasted:\n```\nstack trace\n")
        try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], input: "- [ ] Call Bob by Friday\n")
        let file = try journal.read("2026/11/2026-11-24.md")
        #expect(file.contains("Pasted:\n```\nstack trace\n```\n"))
        let done = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "done", "bob"])
        #expect(done.status == 0, "\(done.stderr)")
    }

    @Test("a file starting with a byte order mark keeps its own front matter, and a rating goes to the line that counts")
    func byteOrderMarkAndRepeatedKeys() throws {
        let journal = TemporaryFolder()
        let original: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\ndate: 2026-11-24\nattitude: 2\nattitude: 3\n---\n\nHand written.\n".utf8)
        try journal.write("2026/11/2026-11-24.md", bytes: original)
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today", "--attitude", "5"], input: "More.\n")
        #expect(result.status == 0)
        let file = try journal.bytes("2026/11/2026-11-24.md")
        let text = String(decoding: file.dropFirst(3), as: UTF8.self)
        #expect(Array(file.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text.hasPrefix("---\ndate: 2026-11-24\nattitude: 2\nattitude: 5\nprompts: ["))
        #expect(text.components(separatedBy: "---\n").count == 3)
        let list = try Binary.run(["--journal", journal.path, "list", "--json"])
        #expect((try jsonObject(list.stdout) as? [[String: Any]])?.first?["attitude"] as? Int == 5)
    }

    @Test("a second file for a day is named in a warning")
    func secondFileForADay() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", "Canonical.\n")
        try journal.write("archive/2026-11-24.md", "Old copy.\n")
        let result = try Binary.run(["--journal", journal.path, "list"])
        #expect(result.status == 0)
        #expect(result.stderr == "warning: ignoring \(journal("archive/2026-11-24.md")): \(journal("2026/11/2026-11-24.md")) is the file for the same day\n")
        #expect(result.stdout.contains("Canonical."))
    }

    @Test("the lock file stays usable whatever the umask")
    func lockUnderStrictUmask() throws {
        let journal = TemporaryFolder()
        try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], input: "One.\n", umask: "277")
        #expect(journal.mode(".reflect/lock") == 0o600)
        #expect(journal.mode("2026/11/2026-11-24.md") == 0o600)
        #expect(journal.mode("2026") == 0o700)
    }

    @Test("with no journal option and no HOME there is no default folder to guess")
    func noHome() throws {
        let result = try Binary.run(["list"], environment: ["HOME": ""])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: there is no journal folder: give --journal DIR, or set REFLECT_JOURNAL or HOME\n"))
    }

    @Test("the check-in cannot be answered as prose")
    func checkInIsARating() throws {
        let journal = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "today", "--prompt", "checkin.attitude"], input: "4\n")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: the check-in is a rating, not a written answer: use --attitude 1-5\n"))
    }

    @Test("piped input that is not UTF-8 saves nothing, exits 65 and keeps the bytes as they came")
    func nonTextInput() throws {
        let journal = TemporaryFolder()
        let recoveries = TemporaryFolder()
        let input: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" with Acme\n".utf8)
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], inputBytes: input,
                                    environment: ["TMPDIR": recoveries.path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("Error: the input is not UTF-8 text, so nothing was saved; what you wrote is kept in \(recoveries.path)/"))
        let files = try FileManager.default.contentsOfDirectory(atPath: recoveries.path)
        #expect(try recoveries.bytes(try #require(files.first)) == input)
        #expect(!FileManager.default.fileExists(atPath: journal("2026")))
    }

    @Test("control characters in a journal file never reach the terminal")
    func terminalControl() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", "## A question?\n\nTitle \u{1B}]0;pwned\u{07} and \u{1B}[2Jclear \u{1B}[31mred\n- [ ] Call \u{1B}[2JBob\n")
        for command in [["show", "2026-11-24"], ["list"], ["search", "title"], ["commitments"], ["report", "--month", "2026-11"]] {
            let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-25"] + command, environment: ["NO_COLOR": "1"])
            #expect(result.status == 0)
            #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(command)")
        }
        let show = try Binary.run(["--journal", journal.path, "show", "2026-11-24"])
        #expect(show.stdout.contains("Title ]0;pwned and [2Jclear [31mred\n"))
        #expect(try journal.read("2026/11/2026-11-24.md").contains("\u{1B}]0;pwned\u{07}"))
    }

    @Test("a saved Markdown report shows links and images in answers as text, and --output - prints")
    func markdownStaysText() throws {
        let journal = TemporaryFolder()
        let coaching = try #require(try jsonObject(try Binary.run(["prompts", "--area", "coaching", "--json"]).stdout) as? [[String: Any]])
        try Binary.run(["--journal", journal.path, "--date", "2026-11-27", "today", "--prompt", stringValue(coaching[0]["id"])],
                       input: "See ![x](http://evil.example/t.png) and [docs](javascript:alert(1)) *now*.\n")
        let saved = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "report", "--save"])
        #expect(saved.status == 0)
        let page = try journal.read("reports/2026-11.md")
        #expect(page.contains("See !\\[x\\](http://evil.example/t.png) and \\[docs\\](javascript:alert(1)) \\*now\\*."))
        let printed = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "report", "--format", "markdown", "--output", "-"])
        #expect(printed.stdout == page)
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
    }
}
