import Foundation
import Testing

/// An environment whose config file is `config/reflect/config` in `folder`, and whose home is `folder`.
private func environment(_ folder: TemporaryFolder, _ extra: [String: String] = [:]) -> [String: String] {
    ["XDG_CONFIG_HOME": folder("config"), "HOME": folder.path].merging(extra) { $1 }
}

@Suite("The config file and reflect config")
struct ConfigTests {
    @Test("with no config file, every setting is a default and says so")
    func defaults() throws {
        let home = TemporaryFolder()
        let result = try Binary.run(["config"], environment: environment(home, ["VISUAL": "", "EDITOR": ""]))
        #expect(result.status == 0, "\(result.stderr)")
        let journal = home(".local/share/reflect/journal")
        let width = journal.count
        func row(_ name: String, _ value: String, _ source: String) -> String {
            name.padding(toLength: 12, withPad: " ", startingAt: 0) + value.padding(toLength: width, withPad: " ", startingAt: 0) + "  (\(source))\n"
        }
        #expect(result.stdout == row("journal", journal, "default") + row("layout", "nested", "default") + row("editor", "vi", "default")
            + row("week-start", "monday", "default") + "\nConfig file: \(home("config/reflect/config")) (there is none)\n")
    }

    @Test("the config file sets the journal (~/ expanded), layout, editor and week start, and reflect config names its lines")
    func configFile() throws {
        let home = TemporaryFolder()
        try home.write("config/reflect/config", """
            # my settings
            journal = ~/notes/daily

              layout = flat   # Obsidian's daily notes
            editor = "nano -w"  # with an option
            week-start = sunday
            """)
        let result = try Binary.run(["config"], environment: environment(home, ["EDITOR": "vim"]))
        #expect(result.status == 0, "\(result.stderr)")
        let journal = home("notes/daily")
        func row(_ name: String, _ value: String, _ source: String) -> String {
            name.padding(toLength: 12, withPad: " ", startingAt: 0) + value.padding(toLength: journal.count, withPad: " ", startingAt: 0) + "  (\(source))\n"
        }
        #expect(result.stdout == row("journal", journal, "config file, line 2") + row("layout", "flat", "config file, line 4")
            + row("editor", "nano -w", "config file, line 5") + row("week-start", "sunday", "config file, line 6")
            + "\nConfig file: \(home("config/reflect/config"))\n")

        let added = try Binary.run(["--date", "2026-11-24", "add", "Flat", "and", "configured."], environment: environment(home))
        #expect(added.stdout == "Added a note to \(journal)/2026-11-24.md\n")
        #expect(try home.read("notes/daily/2026-11-24.md").hasSuffix("\n## Notes\n\nFlat and configured.\n"))
    }

    @Test("--journal and REFLECT_JOURNAL come before the config file's journal")
    func journalPrecedence() throws {
        let home = TemporaryFolder()
        try home.write("config/reflect/config", "journal = /nonexistent/from-config\n")
        let fromEnvironment = try Binary.run(["config"], environment: environment(home, ["REFLECT_JOURNAL": home("env")]))
        #expect(fromEnvironment.stdout.hasPrefix("journal     \(home("env"))  ($REFLECT_JOURNAL)\n"))
        let fromOption = try Binary.run(["config", "--journal", home("opt")], environment: environment(home, ["REFLECT_JOURNAL": home("env")]))
        #expect(fromOption.stdout.hasPrefix("journal     \(home("opt"))  (--journal)\n"))
    }

    @Test("a bad line is an error naming the file and the line, exit 78", arguments: [
        ("colour = blue\n", "line 1: unknown key 'colour': the keys are journal, layout, editor and week-start"),
        ("# ok\nlayout = tree\n", "line 2: layout 'tree' is not 'nested' or 'flat'"),
        ("week-start = friday\n", "line 1: week-start 'friday' is not 'monday' or 'sunday'"),
        ("journal = notes\n", "line 1: the journal 'notes' is not an absolute path: start it with '/' or '~/'"),
        ("\n\njust words\n", "line 3: 'just words' is not a setting: write 'key = value'; the keys are journal, layout, editor and week-start"),
        ("editor =\n", "line 1: 'editor' has no value"),
        ("editor = 'vim\n", "line 1: the value has no closing '"),
    ])
    func badLine(text: String, message: String) throws {
        let home = TemporaryFolder()
        try home.write("config/reflect/config", text)
        let result = try Binary.run(["--journal", home("j"), "list"], environment: environment(home))
        #expect(result.status == 78)
        #expect(result.stderr == "Error: \(home("config/reflect/config")) \(message)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test("a folder that holds day files at its top level and none in YYYY/MM is detected as flat, and new days are written there")
    func detectsFlat() throws {
        let home = TemporaryFolder()
        try home.write("obsidian/2026-11-20.md", "Written in Obsidian.\n")
        let config = try Binary.run(["--journal", home("obsidian"), "config"], environment: environment(home))
        #expect(config.stdout.contains("\nlayout      flat"))
        #expect(config.stdout.contains("(detected: day files at the folder's top level)\n"))
        let saved = try Binary.run(["--journal", home("obsidian"), "--date", "2026-11-24", "today"], input: "Fine day.\n", environment: environment(home))
        #expect(saved.stdout == "Saved \(home("obsidian/2026-11-24.md"))\n")
        #expect(home.mode("obsidian/2026-11-24.md") == 0o600)
        #expect(!FileManager.default.fileExists(atPath: home("obsidian/2026")))
        // Obsidian's own file for a day is the day's file, not a duplicate to ignore.
        try home.write("obsidian/2026-11-25.md", "Obsidian made this one.\n")
        let shown = try Binary.run(["--journal", home("obsidian"), "show", "2026-11-25"], environment: environment(home))
        #expect(shown.status == 0)
        #expect(shown.stderr.isEmpty)
    }

    @Test("the config file's layout wins over detection")
    func configuredLayout() throws {
        let home = TemporaryFolder()
        try home.write("config/reflect/config", "layout = nested\n")
        try home.write("j/2026-11-20.md", "Flat file.\n")
        let config = try Binary.run(["--journal", home("j"), "config"], environment: environment(home))
        #expect(config.stdout.contains("\nlayout      nested"))
        #expect(config.stdout.contains("(config file, line 1)\n"))
    }
}

@Suite("reflect add and reflect edit")
struct QuickCommandsTests {
    @Test("add puts notes under ## Notes and --task commitments under ## Commitments, joining the section that ends the file")
    func addNotesAndTasks() throws {
        let journal = TemporaryFolder()
        let base = ["--journal", journal.path, "--date", "2026-11-24", "add"]
        #expect(try Binary.run(base + ["Called", "Acme", "twice."]).stdout == "Added a note to \(journal("2026/11/2026-11-24.md"))\n")
        try Binary.run(base + ["Globex replied."])
        #expect(try Binary.run(base + ["--task", "Send Acme the proposal by Friday"]).stdout
            == "Added a commitment to \(journal("2026/11/2026-11-24.md"))\n")
        try Binary.run(base + ["--task", "Call", "Dana"])
        try Binary.run(base + ["One more thought."])
        #expect(try journal.read("2026/11/2026-11-24.md") == """
            ---
            date: 2026-11-24
            ---

            # Tuesday, 24 November 2026

            ## Notes

            Called Acme twice.

            Globex replied.

            ## Commitments

            - [ ] Send Acme the proposal 📅 2026-11-27
            - [ ] Call Dana

            ## Notes

            One more thought.

            """)
        #expect(journal.mode("2026/11/2026-11-24.md") == 0o600)
        let commitments = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "commitments"])
        #expect(commitments.stdout.hasSuffix("2 commitments\n"))
    }

    @Test("add keeps every byte of a day written by hand")
    func addToHandWritten() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", "No front matter, no final line break")
        try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "add", "A note."])
        #expect(try journal.read("2026/11/2026-11-24.md") == "No front matter, no final line break\n\n## Notes\n\nA note.\n")
    }

    @Test("add with no words is a usage error")
    func addNothing() throws {
        let journal = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "add"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: missing '<words>'\nUsage: reflect add [--task] <words> ...\n"))
    }

    @Test("edit opens the day's own file; what the editor writes stays, and problems are reported")
    func editExisting() throws {
        let journal = TemporaryFolder()
        let tools = TemporaryFolder()
        try journal.write("2026/11/2026-11-20.md", "---\ndate: 2026-11-20\n---\n\nFirst words.\n")
        try tools.write("edit.sh", """
            printf -- '- [ ] Call Bob 📅 2026-11-31\\n' >> "$1"
            sed -i 's/^date: 2026-11-20$/date: 2026-11-20\\nattitude: 9/' "$1"
            chmod 644 "$1"
            echo "$1" > "$(dirname "$0")/opened"
            """)
        let path = journal("2026/11/2026-11-20.md")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "edit", "2026-11-20"],
                                    environment: ["EDITOR": "sh " + tools("edit.sh")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Saved \(path)\n")
        #expect(try tools.read("opened") == path + "\n")
        #expect(try journal.read("2026/11/2026-11-20.md") == "---\ndate: 2026-11-20\nattitude: 9\n---\n\nFirst words.\n- [ ] Call Bob 📅 2026-11-31\n")
        #expect(journal.mode("2026/11/2026-11-20.md") == 0o600)
        #expect(result.stderr == """
            warning: the editor left \(path) readable by others (mode 644); it is private (600) again
            warning: \(path): attitude '9' is not a rating from 1 to 5, so the day has no rating
            warning: \(path) line 7: '📅 2026-11-31' is not a date, so 2026-11-20#1 has no due date

            """)
    }

    @Test("edit on a day without a file starts from the day's template, and removes it again when left as it was")
    func editNewDay() throws {
        let journal = TemporaryFolder()
        let tools = TemporaryFolder()
        let json = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "prompt", "--json"]).stdout) as? [String: Any])
        let focus = try #require(json["focus"] as? [String: Any])
        let untouched = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "edit"], environment: ["EDITOR": "true"])
        #expect(untouched.status == 0)
        #expect(untouched.stdout == "Nothing saved: the new entry was left as it was.\n")
        #expect(!FileManager.default.fileExists(atPath: journal("2026/11/2026-11-24.md")))

        try tools.write("answer.sh", "printf 'Answered in the editor.\\n' >> \"$1\"\n")
        let edited = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "edit"], environment: ["EDITOR": "sh " + tools("answer.sh")])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(try journal.read("2026/11/2026-11-24.md") == """
            ---
            date: 2026-11-24
            prompts: [\(stringValue(focus["id"]))]
            ---

            # Tuesday, 24 November 2026

            ## \(stringValue(focus["text"]))

            Answered in the editor.

            """)
    }

    @Test("an editor that fails is an error, exit 74, and what it wrote stays")
    func editorFails() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-20.md", "Kept.\n")
        let result = try Binary.run(["--journal", journal.path, "edit", "2026-11-20"], environment: ["EDITOR": "false", "VISUAL": ""])
        #expect(result.status == 74)
        #expect(result.stderr == "Error: the editor 'false' exited with status 1; \(journal("2026/11/2026-11-20.md")) is as the editor left it\n")
        #expect(try journal.read("2026/11/2026-11-20.md") == "Kept.\n")
    }

    @Test("the config file's editor comes before $VISUAL and $EDITOR")
    func configuredEditor() throws {
        let home = TemporaryFolder()
        try home.write("tools/mark.sh", "printf 'From the configured editor.\\n' >> \"$1\"\n")
        try home.write("config/reflect/config", "editor = sh \(home("tools/mark.sh"))\n")
        try home.write("j/2026/11/2026-11-20.md", "Hello.\n")
        let result = try Binary.run(["--journal", home("j"), "edit", "2026-11-20"], environment: environment(home, ["VISUAL": "false", "EDITOR": "false"]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try home.read("j/2026/11/2026-11-20.md") == "Hello.\nFrom the configured editor.\n")
    }
}
