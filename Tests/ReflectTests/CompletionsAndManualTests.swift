import Foundation
import Testing

@Suite("reflect completions and reflect manual")
struct CompletionsAndManualTests {
    /// Where `program` is installed, or `nil` (its test is skipped).
    static func installed(_ program: String) -> String? {
        ["/usr/bin", "/bin", "/usr/local/bin", "/opt/homebrew/bin"].map { $0 + "/" + program }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The command names `reflect --help` lists.
    static func commandNames() throws -> [String] {
        let help = try Binary.run(["--help"]).stdout
        let list = try #require(help.components(separatedBy: "SUBCOMMANDS:\n").last)
        return list.split(separator: "\n").compactMap { line in
            line.hasPrefix("  ") && !line.hasPrefix("   ") && !line.contains("See '") ? line.split(separator: " ").first.map(String.init) : nil
        }
    }

    @Test("the bash script completes every command, and option values such as areas and formats")
    func bash() throws {
        let result = try Binary.run(["completions", "bash"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let names = try Self.commandNames()
        #expect(names.count == 26)
        #expect(result.stdout.contains("local commands=\"\(names.joined(separator: " "))\"\n"))
        #expect(result.stdout.contains("prompts:--area) COMPREPLY=($(compgen -W \"activity attitude commitments data pipeline coaching checkin review\" -- \"$cur\")); return ;;"))
        #expect(result.stdout.contains("report:--format) COMPREPLY=($(compgen -W \"text markdown json html\" -- \"$cur\")); return ;;"))
        #expect(result.stdout.contains("export:--format) COMPREPLY=($(compgen -W \"json markdown\" -- \"$cur\")); return ;;"))
        #expect(result.stdout.contains("done) options=\"$options \"; [[ $cur == -* ]] || { COMPREPLY=($(compgen -W \"$(reflect commitments --all --no-color --no-pager 2>/dev/null | awk '$1 ~ /#/ {print $1}')\" -- \"$cur\")); return; } ;;"))
    }

    @Test("each shell accepts its script", arguments: [("bash", "-n"), ("zsh", "-n"), ("fish", "--no-execute")])
    func syntax(shell: String, check: String) throws {
        guard let program = Self.installed(shell) else { return }
        let script = try Binary.run(["completions", shell]).stdout
        let result = try Binary.run([check], executable: program, input: script)
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test("an unknown shell is a usage error naming it")
    func unknownShell() throws {
        let result = try Binary.run(["completions", "csh"])
        #expect(result.status == 64)
        #expect(result.stderr == "Error: <shell> 'csh' is not a shell: use bash, zsh or fish\nUsage: reflect completions <shell>\n  See 'reflect help completions' for more information.\n")
    }

    @Test("the manual page has every command, the global options, the files, the environment and the exit codes")
    func manual() throws {
        let result = try Binary.run(["manual"])
        #expect(result.status == 0)
        let page = result.stdout
        for name in try Self.commandNames() { #expect(page.contains("\n.Ss \(name)\n.Nm\n.Cm \(name)\n")) }
        #expect(page.contains("\n.Sh SYNOPSIS\n.Nm\n.Op Fl -journal Ar dir\n.Op Fl -date Ar date\n.Op Fl -no-color\n.Op Fl -no-pager\n.Op Fl -version\n.Op Fl h\n"))
        #expect(page.contains("\n.Op Fl -open | Fl -overdue | Fl -met | Fl -all\n"))
        #expect(page.contains("\n.Sh FILES\n"))
        #expect(page.contains("\n.Sh ENVIRONMENT\n"))
        #expect(page.contains("\n.Sh EXIT STATUS\n.Bl -tag -width Ds\n.It 0\nDone.\n.It 64\n"))
    }

    @Test("groff renders the manual page without a warning, on a terminal and in PostScript", arguments: ["utf8", "ps"])
    func groff(device: String) throws {
        guard let groff = Self.installed("groff") else { return }
        let page = try Binary.run(["manual"]).stdout
        let result = try Binary.run(["-mandoc", "-ww", "-T\(device)"], executable: groff, input: page)
        #expect(result.stderr == "")
        #expect(result.status == 0)
        if device == "utf8" { #expect(result.stdout.contains(" — a daily reflection journal for salespeople")) }
    }
}
