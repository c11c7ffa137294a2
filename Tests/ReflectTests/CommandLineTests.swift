import Foundation
import Testing

@Suite("The command line: help, usage errors and exit codes")
struct CommandLineTests {
    @Test("help goes to stdout in the argument-parser shape and exits 0")
    func help() throws {
        // End to end: the built binary, its exit code and its streams.
        let result = try Binary.run(["--help"], endToEnd: true)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("OVERVIEW: A daily reflection journal for salespeople who manage themselves.\n"))
        #expect(result.stdout.contains("\nUSAGE: reflect [--journal <dir>] [--date <date>] [--no-color] [<subcommand>]\n"))
        #expect(result.stdout.contains("\nOPTIONS:\n  --journal <dir>         The journal folder"))
        #expect(result.stdout.contains("\nSUBCOMMANDS:\n  today (default)         Write today's reflection (the default command).\n"))
        #expect(result.stdout.hasSuffix("\n  See 'reflect help <subcommand>' for detailed help.\n"))
        for command in ["prompt", "prompts", "list", "show", "search", "on-this-day", "commitments", "done", "analyze", "report"] {
            #expect(result.stdout.contains("\n  \(command) "))
        }
    }

    @Test("help for one command, three ways", arguments: [["help", "list"], ["list", "--help"], ["list", "-h"]])
    func commandHelp(arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("""
            OVERVIEW: List entries: date, words, attitude, first words.

            USAGE: reflect list [--month <yyyy-mm>] [--from <date>] [--to <date>] [--tag <tag>] [-n <n>] [--json]

            OPTIONS:
              --month <yyyy-mm>       Only entries of this month.

            """))
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try Binary.run(["--version"], endToEnd: true)
        #expect(result.status == 0)
        #expect(result.stdout == "reflect 0.1.0\n")
    }

    @Test("bad input exits 64 with Error: and the usage line", arguments: [
        (["--date", "2026-02-30", "list"], "Error: --date '2026-02-30' is not a date: use YYYY-MM-DD (a day that exists), 'today' or 'yesterday'", "Usage: reflect list "),
        (["list", "--date", "2026-2-3"], "Error: --date '2026-2-3' is not a date", "Usage: reflect list "),
        (["--date", "2026-11-28T10:00", "prompt"], "Error: --date '2026-11-28T10:00' is not a date", "Usage: reflect prompt "),
        (["list", "--month", "2026-13"], "Error: --month '2026-13' is not a month: use YYYY-MM, with a month from 01 to 12", "Usage: reflect list "),
        (["today", "--attitude", "9"], "Error: --attitude '9' is not a rating: use a whole number from 1 (low) to 5 (high)", "Usage: reflect today "),
        (["frobnicate"], "Error: unknown command 'frobnicate'", "Usage: reflect [--journal <dir>]"),
        (["list", "--frobnicate"], "Error: unknown option '--frobnicate'", "Usage: reflect list "),
        (["show", "--month", "2026-11"], "Error: '--month' is an option of 'reflect list', not of 'reflect show'", "Usage: reflect show "),
        (["list", "--month"], "Error: missing value for '--month <yyyy-mm>'", "Usage: reflect list "),
        (["search"], "Error: missing '<text>'", "Usage: reflect search "),
        (["show", "2026-11-01", "2026-11-02"], "Error: unexpected argument '2026-11-02'", "Usage: reflect show "),
        (["prompts", "--area", "golf"], "Error: --area 'golf' is not an area", "Usage: reflect prompts "),
        (["today", "--prompt", "golf.swing"], "Error: --prompt 'golf.swing' is not a prompt id", "Usage: reflect today "),
        (["list", "--from", "2026-11-10", "--to", "2026-11-01"], "Error: --from 2026-11-10 is after --to 2026-11-01", "Usage: reflect list "),
    ])
    func usageErrors(arguments: [String], message: String, usage: String) throws {
        let journal = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path] + arguments, input: "", endToEnd: true)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix(message) == true, "\(result.stderr)")
        #expect(lines.dropFirst().first?.hasPrefix(usage) == true, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: journal("2026")))
    }

    @Test("in process and as a binary, a command prints the same and exits the same", arguments: [
        ["--date", "2026-11-24", "prompt", "--json"], ["--date", "2026-11-24", "list"], ["help", "list"], ["list", "-n", "0"],
        ["--date", "2026-11-30", "report", "--format", "json"], ["completions", "fish"], ["show", "2026-11-01"],
    ])
    func sameInProcess(arguments: [String]) throws {
        let journal = TemporaryFolder()
        let inProcess = try Binary.run(["--journal", journal.path] + arguments)
        let binary = try Binary.run(["--journal", journal.path] + arguments, endToEnd: true)
        #expect(inProcess.status == binary.status)
        #expect(inProcess.stdout == binary.stdout)
        #expect(inProcess.stderr == binary.stderr)
    }

    @Test("global options work after the command name and with =")
    func globalOptionsAnywhere() throws {
        let journal = TemporaryFolder()
        let before = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "prompt", "--json"])
        let after = try Binary.run(["prompt", "--json", "--date=2026-11-24", "--journal=\(journal.path)"])
        #expect(before.status == 0)
        #expect(after.stdout == before.stdout)
    }

    @Test("the journal folder comes from REFLECT_JOURNAL, then XDG_DATA_HOME, then HOME")
    func journalFolder() throws {
        let folder = TemporaryFolder()
        try Binary.run(["--date", "2026-11-24", "today"], input: "One.\n", environment: ["REFLECT_JOURNAL": folder("a")])
        try Binary.run(["--date", "2026-11-24", "today"], input: "Two.\n", environment: ["XDG_DATA_HOME": folder("data")])
        try Binary.run(["--date", "2026-11-24", "today"], input: "Three.\n", environment: ["HOME": folder("home")])
        #expect(try folder.read("a/2026/11/2026-11-24.md").contains("One."))
        #expect(try folder.read("data/reflect/journal/2026/11/2026-11-24.md").contains("Two."))
        #expect(try folder.read("home/.local/share/reflect/journal/2026/11/2026-11-24.md").contains("Three."))
    }

    @Test("yesterday and today are accepted as dates")
    func relativeDates() throws {
        let journal = TemporaryFolder()
        try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], input: "Tuesday.\n")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-25", "show", "yesterday", "--json"])
        #expect((try jsonObject(result.stdout) as? [String: Any])?["date"] as? String == "2026-11-24")
    }

    @Test("a journal that cannot be created exits 73 and keeps the answer in a private recovery file")
    func cannotCreateJournal() throws {
        let folder = TemporaryFolder()
        try folder.write("file", "a regular file\n")
        let recoveries = TemporaryFolder()
        let result = try Binary.run(["--journal", folder("file/journal"), "--date", "2026-11-24", "today", "--attitude", "2"],
                                    input: "Lost the Hooli deal today.\n", environment: ["TMPDIR": recoveries.path])
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("Error: cannot write \(folder("file")): it exists and is not a folder; what you wrote is kept in \(recoveries.path)/reflect-recovery-2026-11-24-"))
        let files = try FileManager.default.contentsOfDirectory(atPath: recoveries.path)
        #expect(files.count == 1)
        let file = try #require(files.first)
        #expect(recoveries.mode(file) == 0o600)
        let kept = try recoveries.read(file)
        #expect(kept.contains("attitude: 2\n"))
        #expect(kept.contains("\n\nLost the Hooli deal today.\n"))
        #expect(result.stderr.contains(file))
    }

    @Test("the binary copied alone to another folder still has its prompts")
    func installedBinary() throws {
        let folder = TemporaryFolder()
        // `cp` in a child process copies the binary: a file this process opened for writing could
        // still be held open by a child another test thread is forking, and executing it would then
        // fail with "Text file busy".
        let result = try Binary.run(["-c", "cp \"$1\" \"$2\" && exec \"$2\" prompts --json", "sh", Binary.reflect, folder("reflect")],
                                    executable: "/bin/sh", environment: ["REFLECT_RESOURCES": ""])
        #expect(result.status == 0, "\(result.stderr)")
        let prompts = try #require(try jsonObject(result.stdout) as? [[String: Any]])
        let bundled = try #require(try jsonObject(try Binary.run(["prompts", "--json"]).stdout) as? [[String: Any]])
        #expect(prompts.count == bundled.count)
        #expect(prompts.count >= 53)
    }

    @Test("the journal's prompts.md adds prompts and replaces bundled ones by id")
    func userPrompts() throws {
        let journal = TemporaryFolder()
        try journal.write(".reflect/prompts.md", """
            # My prompts
            - pipeline.stalled-deal: Which deal is stuck, honestly?
            - coaching.my-own: What one skill should my manager help me build this month?
            - golf.swing: Not an area.
            """)
        let result = try Binary.run(["--journal", journal.path, "prompts", "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("prompts.md line 4: 'golf.swing' is not a prompt id"))
        let prompts = try #require(try jsonObject(result.stdout) as? [[String: Any]])
        #expect(prompts.first { $0["id"] as? String == "pipeline.stalled-deal" }?["text"] as? String == "Which deal is stuck, honestly?")
        #expect(prompts.first { $0["id"] as? String == "coaching.my-own" }?["area"] as? String == "coaching")
        #expect(prompts.filter { $0["id"] as? String == "pipeline.stalled-deal" }.count == 1)
    }

    @Test("no colour codes when output is piped")
    func noColourWhenPiped() throws {
        let journal = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "prompt"])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
