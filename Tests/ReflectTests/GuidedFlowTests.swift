import Foundation
import Glibc
import Testing

/// What to wait for on the screen, then the line to type; `nil` sends Ctrl-C instead.
private typealias Step = (after: String, type: String?)

private let answerLine = "> "
private let rating = "[1-5, Enter skips] "
private let review = "[d/c/K] "
private let newCommitment = "> "

/// Runs `reflect` on a pseudo-terminal, waiting for each prompt before typing its answer, and
/// returns how it ended and what it showed.
private func runOnTerminal(_ arguments: [String], _ steps: [Step], environment: [String: String] = [:]) throws -> (status: Int32, screen: String) {
    let session = try TerminalSession(arguments, environment: environment)
    for step in steps {
        try session.expect(step.after)
        if let line = step.type { session.type(line) } else { session.send(SIGINT) }
    }
    return (session.waitForExit(), session.screen)
}

@Suite("The guided flow on a terminal")
struct GuidedFlowTests {
    @Test("answer, rating, commitment review and a new commitment are saved")
    func guidedFlow() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-20.md", """
            ## Commitments

            - [ ] Send Globex the pricing sheet 📅 2026-11-23
            - [ ] Call Dana about the renewal

            """)
        let run = try runOnTerminal(["--journal", journal.path, "--date", "2026-11-24"], [
            (answerLine, "Acme is stuck on legal."), (answerLine, "I keep waiting instead of asking."), (answerLine, "."),
            (rating, "7"), (rating, "4"), (review, "d"), (review, ""),
            (newCommitment, "Send Acme the redlines by Friday"), (newCommitment, ""),
        ])
        #expect(run.status == 0, "\(run.screen)")
        #expect(run.screen.hasPrefix("Tuesday, 24 November 2026 · pipeline\n"))
        #expect(run.screen.contains("Please type a whole number from 1 to 5, or press Enter to skip."))
        #expect(run.screen.contains("Your commitments (2)"))
        #expect(run.screen.contains("Saved \(journal("2026/11/2026-11-24.md"))\n"))
        #expect(run.screen.contains("Today: "))
        #expect(run.screen.contains("2-day streak") == false)
        let file = try journal.read("2026/11/2026-11-24.md")
        #expect(file.contains("attitude: 4\n"))
        #expect(file.contains("\n\nAcme is stuck on legal.\nI keep waiting instead of asking.\n"))
        #expect(file.hasSuffix("\n## Commitments\n\n- [ ] Send Acme the redlines 📅 2026-11-27\n"))
        let earlier = try journal.read("2026/11/2026-11-20.md")
        #expect(earlier == """
            ## Commitments

            - [x] Send Globex the pricing sheet 📅 2026-11-23 ✅ 2026-11-24
            - [ ] Call Dana about the renewal

            """)
    }

    @Test("ending the answer at once and skipping everything saves nothing")
    func nothingToSave() throws {
        let journal = TemporaryFolder()
        let run = try runOnTerminal(["--journal", journal.path, "--date", "2026-11-24", "today"],
                                    [(answerLine, "."), (rating, ""), (newCommitment, "")])
        #expect(run.status == 0)
        #expect(run.screen.hasSuffix("Nothing to save.\n"))
        #expect(!FileManager.default.fileExists(atPath: journal("2026")))
    }

    @Test("only the ten most recent open commitments are asked about; the rest are counted")
    func reviewLimit() throws {
        let journal = TemporaryFolder()
        let tasks = (1...12).map { "- [ ] Follow up with account \($0)\n" }.joined()
        try journal.write("2026/11/2026-11-20.md", tasks)
        let run = try runOnTerminal(["--journal", journal.path, "--date", "2026-11-24"],
                                    [(answerLine, "Short day."), (answerLine, "."), (rating, "3")]
                                        + Array(repeating: (review, ""), count: 10) + [(newCommitment, "")])
        #expect(run.status == 0, "\(run.screen)")
        #expect(run.screen.contains("Your commitments (12)"))
        #expect(run.screen.contains("2 older ones are not asked about here; 'reflect commitments' lists them all."))
        #expect(!run.screen.contains("Follow up with account 2  ["))
        #expect(run.screen.contains("Follow up with account 3  ["))
        #expect(run.screen.contains("Follow up with account 12  ["))
        #expect(try journal.read("2026/11/2026-11-20.md") == tasks)
    }

    @Test("Ctrl-C halfway through keeps what was typed in a private recovery file and says where")
    func interrupted() throws {
        let journal = TemporaryFolder()
        let recoveries = TemporaryFolder()
        let run = try runOnTerminal(["--journal", journal.path, "--date", "2026-11-24"],
                                    [(answerLine, "Acme is stuck on legal."), (answerLine, "Second line."), (answerLine, nil)],
                                    environment: ["TMPDIR": recoveries.path])
        #expect(run.status == 130)
        let files = try FileManager.default.contentsOfDirectory(atPath: recoveries.path)
        #expect(files.count == 1)
        let file = try #require(files.first)
        #expect(run.screen.contains("Interrupted: what you wrote is kept in \(recoveries.path)/\(file)\n"))
        #expect(try recoveries.read(file).hasSuffix("\n\nAcme is stuck on legal.\nSecond line.\n"))
        #expect(recoveries.mode(file) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: journal("2026")))
    }

    @Test("a saved reflection leaves no recovery file behind")
    func noRecoveryAfterSave() throws {
        let journal = TemporaryFolder()
        let recoveries = TemporaryFolder()
        let run = try runOnTerminal(["--journal", journal.path, "--date", "2026-11-24"],
                                    [(answerLine, "Fine day."), (answerLine, "."), (rating, "4"), (newCommitment, "")],
                                    environment: ["TMPDIR": recoveries.path])
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: recoveries.path).isEmpty)
        #expect(try journal.read("2026/11/2026-11-24.md").contains("Fine day."))
    }

    @Test("cancel --before lists the commitments and asks first on a terminal; only yes cancels them")
    func cancelBeforeAsks() throws {
        let journal = TemporaryFolder()
        let original = "- [ ] Call Dana\n- [ ] Send Globex the quote 📅 2026-11-30\n"
        try journal.write("2026/11/2026-11-20.md", original)
        let arguments = ["--journal", journal.path, "--date", "2026-11-24", "cancel", "--before", "2026-11-21"]
        let declined = try runOnTerminal(arguments, [("[y/N] ", "n")])
        #expect(declined.status == 0)
        #expect(declined.screen.contains("""
              2026-11-20#1  Call Dana
              2026-11-20#2  Send Globex the quote
            Cancel these 2 open commitments made before 2026-11-21? [y/N] 
            """))
        #expect(declined.screen.hasSuffix("Nothing was cancelled.\n"))
        #expect(try journal.read("2026/11/2026-11-20.md") == original)

        let accepted = try runOnTerminal(arguments, [("[y/N] ", "y")])
        #expect(accepted.status == 0)
        #expect(accepted.screen.hasSuffix("Cancelled 2 open commitments made before 2026-11-21.\n"))
        #expect(try journal.read("2026/11/2026-11-20.md") == "- [-] Call Dana ❌ 2026-11-24\n- [-] Send Globex the quote 📅 2026-11-30 ❌ 2026-11-24\n")
    }
}
