import Foundation
import Glibc
import Testing

@Suite("Your numbers in the guided flow")
struct GuidedNumbersTests {
    /// Runs `reflect` on a pseudo-terminal, typing each line once its prompt shows.
    private func run(_ journal: TemporaryFolder, date: String, _ steps: [(after: String, type: String)]) throws -> (status: Int32, screen: String) {
        let session = try TerminalSession(["--journal", journal.path, "--date", date])
        for step in steps {
            try session.expect(step.after)
            session.type(step.type)
        }
        return (session.waitForExit(), session.screen)
    }

    @Test("After the rating each count is asked, a count the answer states is offered, and a level is asked on its day")
    func asksNumbers() throws {
        let journal = TemporaryFolder()
        try journal.write(".reflect/numbers.md", "- calls: 50 per week\n- meetings: 2 per day\n- demos: per week\n- pipeline: 500000 level\n")
        // Tuesday 24 November 2026: the pipeline's day.
        let result = try run(journal, date: "2026-11-24", [
            ("> ", "Made 20 calls and booked 3 meetings."), ("> ", "."), ("[1-5, Enter skips] ", "4"),
            ("calls 20 — keep? [Y/n] ", ""), ("meetings 3 — keep? [Y/n] ", "n"), ("meetings today? [Enter skips] ", "2"),
            ("demos today? [Enter skips] ", "lots"), ("demos today? [Enter skips] ", ""),
            ("pipeline now? [Enter skips] ", "420,000"), ("> ", ""),
        ])
        #expect(result.status == 0, "\(result.screen)")
        #expect(result.screen.contains("Please type a number of 0 or more, like 12, 87.5 or 420,000, or press Enter to skip."))
        // A value typed with thousands separators is recorded as plain digits.
        let file = try journal.read("2026/11/2026-11-24.md")
        #expect(file.hasPrefix("---\ndate: 2026-11-24\nattitude: 4\nprompts: [pipeline.balance]\ncalls: 20\nmeetings: 2\npipeline: 420000\n---\n"), "\(file)")
    }

    @Test("A level is not asked on another day while it was recorded in the last seven days")
    func levelsWait() throws {
        let journal = TemporaryFolder()
        try journal.write(".reflect/numbers.md", "- calls: 50 per week\n- pipeline: 500000 level\n")
        try journal.write("2026/11/2026-11-24.md", "---\npipeline: 420000\n---\n")
        let result = try run(journal, date: "2026-11-26", [
            ("> ", "A quiet Thursday."), ("> ", "."), ("[1-5, Enter skips] ", ""), ("calls today? [Enter skips] ", "7"), ("> ", ""),
        ])
        #expect(result.status == 0, "\(result.screen)")
        #expect(!result.screen.contains("pipeline now?"))
        #expect(try journal.read("2026/11/2026-11-26.md").contains("\ncalls: 7\n---\n"))
    }
}
