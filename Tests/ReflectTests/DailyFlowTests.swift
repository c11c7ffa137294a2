import Foundation
import Glibc
import Testing

/// What to do once the screen shows what a step waits for.
private enum Key {
    /// Type the line and Enter.
    case line(String)
    /// Type these bytes as they are ("\u{04}" is Ctrl-D).
    case raw(String)
    /// Send Ctrl-C.
    case interrupt
    /// Nothing: only wait.
    case wait
}

private let answer = "> "
private let rating = "[1-5, Enter skips] "
private let ctrlD = "\u{04}"

/// Runs `reflect` on a pseudo-terminal, waiting for each step's text before pressing its keys.
private func drive(_ arguments: [String], _ steps: [(after: String, key: Key)], environment: [String: String] = [:]) throws -> (status: Int32, screen: String) {
    let session = try TerminalSession(arguments, environment: environment)
    for step in steps {
        try session.expect(step.after)
        switch step.key {
        case let .line(text): session.type(text)
        case let .raw(text): session.typeRaw(text)
        case .interrupt: session.send(SIGINT)
        case .wait: break
        }
    }
    _ = session.waitForExit()
    return (session.endStatus, session.screen)
}

/// The day's focus prompt, as `reflect prompt --json` gives it.
private func focus(_ journal: TemporaryFolder, on date: String) throws -> (id: String, text: String) {
    let json = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "--date", date, "prompt", "--json"]).stdout) as? [String: Any])
    let focus = try #require(json["focus"] as? [String: Any])
    return (stringValue(focus["id"]), stringValue(focus["text"]))
}

@Suite("The daily flow: Ctrl-D, second sittings, drafts, the editor")
struct DailyFlowTests {
    @Test("Ctrl-D ends the answer, keeping the half-typed line, and the flow goes on to the rating and new commitments")
    func controlDEndsTheAnswer() throws {
        let journal = TemporaryFolder()
        let prompt = try focus(journal, on: "2026-11-24")
        let run = try drive(["--journal", journal.path, "--date", "2026-11-24"], [
            (answer, .line("First line")), (answer, .raw("half typed" + ctrlD)),
            (rating, .line("4")), (answer, .raw("Call Acme by Friday" + ctrlD)),
        ])
        #expect(run.status == 0, "\(run.screen)")
        #expect(run.screen.contains("Saved \(journal("2026/11/2026-11-24.md"))\n"))
        #expect(try journal.read("2026/11/2026-11-24.md") == """
            ---
            date: 2026-11-24
            attitude: 4
            prompts: [\(prompt.id)]
            ---

            # Tuesday, 24 November 2026

            ## \(prompt.text)

            First line
            half typed

            ## Commitments

            - [ ] Call Acme 📅 2026-11-27

            """)
    }

    @Test("'.' ends the new commitments as it ends an answer, and is not saved as one")
    func dotEndsNewCommitments() throws {
        let journal = TemporaryFolder()
        let run = try drive(["--journal", journal.path, "--date", "2026-11-24"], [
            (answer, .line("Quiet day.")), (answer, .line(".")), (rating, .line("3")),
            ("an empty line or '.' ends", .line("Send Acme the deck by Friday")), (answer, .line(".")),
        ])
        #expect(run.status == 0, "\(run.screen)")
        #expect(try journal.read("2026/11/2026-11-24.md").hasSuffix("\n## Commitments\n\n- [ ] Send Acme the deck 📅 2026-11-27\n"))
    }

    @Test("Ctrl-D at the start of a line ends an empty answer, and the rating is still asked")
    func controlDOnAnEmptyLine() throws {
        let journal = TemporaryFolder()
        let run = try drive(["--journal", journal.path, "--date", "2026-11-24"], [
            (answer, .raw(ctrlD)), (rating, .line("3")), (answer, .raw(ctrlD)),
        ])
        #expect(run.status == 0, "\(run.screen)")
        #expect(try journal.read("2026/11/2026-11-24.md").contains("attitude: 3\n"))
    }

    @Test("on a month's last day, Enter on an empty answer skips a review question")
    func enterSkipsAReviewQuestion() throws {
        let journal = TemporaryFolder()
        let run = try drive(["--journal", journal.path, "--date", "2026-11-30"], [
            (answer, .line("Calls all morning.")), (answer, .line(".")), (rating, .line("")),
            ("need to manage?", .wait), (answer, .line("")),
            ("ever be your sales manager’s concern?", .wait), (answer, .line("Because it is mine.")), (answer, .line(".")),
            ("with your pipeline?", .wait), (answer, .line("")),
            ("Where should they make a contribution?", .wait), (answer, .line("")),
            (answer, .line("")),
        ])
        #expect(run.status == 0, "\(run.screen)")
        let file = try journal.read("2026/11/2026-11-30.md")
        #expect(file.hasSuffix("""

            ## Why shouldn’t your discipline when it comes to activity or your attitude ever be your sales manager’s concern?

            Because it is mine.

            """))
        #expect(!file.contains("## What areas of your performance"))
        #expect(!file.contains("## How much should your sales manager"))
        #expect(file.contains("prompts: [activity."))
        #expect(file.contains(", review.discipline-attitude]\n"))
    }

    @Test("a second sitting says what is there, offers the area's next question and keeps the rating on Enter")
    func secondSitting() throws {
        let journal = TemporaryFolder()
        let prompt = try focus(journal, on: "2026-11-24")
        try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "--attitude", "4"], input: "Acme is stuck on legal.\n")
        let path = journal("2026/11/2026-11-24.md")
        let before = try journal.read("2026/11/2026-11-24.md")
        let run = try drive(["--journal", journal.path, "--date", "2026-11-24"], [
            ("You wrote today already (\(path)): 5 words, rating 4.", .wait), ("  answered: \(prompt.text)", .wait),
            ("Another pipeline question, then; what you write now is added below.", .wait),
            (answer, .line("Globex needs a second champion.")), (answer, .line(".")),
            ("[1-5, Enter keeps 4] ", .line("")), (answer, .line("")),
        ])
        #expect(run.status == 0, "\(run.screen)")
        let after = try journal.read("2026/11/2026-11-24.md")
        #expect(after.contains("attitude: 4\n"))
        let pipeline = try #require(try jsonObject(try Binary.run(["prompts", "--area", "pipeline", "--json"]).stdout) as? [[String: Any]])
        let next = try #require(pipeline.first { run.screen.contains("\n\(stringValue($0["text"]))\n") && stringValue($0["id"]) != prompt.id })
        #expect(after.contains("prompts: [\(prompt.id), \(stringValue(next["id"]))]\n"))
        #expect(after.hasSuffix("\n## \(stringValue(next["text"]))\n\nGlobex needs a second champion.\n"))
        #expect(after.contains(before.components(separatedBy: "---\n\n")[1]))

        let rerated = try drive(["--journal", journal.path, "--date", "2026-11-24"], [
            (answer, .line(".")), ("[1-5, Enter keeps 4] ", .line("2")), (answer, .line("")),
        ])
        #expect(rerated.status == 0, "\(rerated.screen)")
        #expect(try journal.read("2026/11/2026-11-24.md").contains("attitude: 2\n"))
    }

    @Test("a draft left by Ctrl-C is offered on the next run that day; restoring saves it and removes the draft")
    func restoreADraft() throws {
        let journal = TemporaryFolder()
        let drafts = TemporaryFolder()
        let prompt = try focus(journal, on: "2026-11-24")
        let arguments = ["--journal", journal.path, "--date", "2026-11-24"]
        let interrupted = try drive(arguments, [(answer, .line("Words I must not lose.")), (answer, .interrupt)],
                                    environment: ["TMPDIR": drafts.path])
        #expect(interrupted.status == 130)
        let left = try FileManager.default.contentsOfDirectory(atPath: drafts.path)
        #expect(left.count == 1)
        let draft = try #require(left.first)

        let declined = try drive(arguments, [
            ("An interrupted run left a draft for this day in \(drafts.path)/\(draft): 1 answer.", .wait),
            ("Restore it into the day's entry? [Y/n] ", .line("n")),
            ("It stays in \(drafts.path)/\(draft).", .wait), (answer, .line(".")), (rating, .line("")), (answer, .line("")),
        ], environment: ["TMPDIR": drafts.path])
        #expect(declined.status == 0, "\(declined.screen)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path) == left)

        let restored = try drive(arguments, [
            ("Restore it into the day's entry? [Y/n] ", .line("")),
            ("Restored into \(journal("2026/11/2026-11-24.md")).", .wait), ("You wrote today already", .wait),
            (answer, .line(".")), (rating, .line("")), (answer, .line("")),
        ], environment: ["TMPDIR": drafts.path])
        #expect(restored.status == 0, "\(restored.screen)")
        #expect(try journal.read("2026/11/2026-11-24.md").contains("\n## \(prompt.text)\n\nWords I must not lose.\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path).isEmpty)
    }

    @Test("a draft left for one journal is never offered to another journal's run that day")
    func draftStaysWithItsJournal() throws {
        let journal = TemporaryFolder()
        let other = TemporaryFolder()
        let drafts = TemporaryFolder()
        let interrupted = try drive(["--journal", journal.path, "--date", "2026-11-24"],
                                    [(answer, .line("Words for the first journal.")), (answer, .interrupt)],
                                    environment: ["TMPDIR": drafts.path])
        #expect(interrupted.status == 130)
        let elsewhere = try drive(["--journal", other.path, "--date", "2026-11-24"],
                                  [(answer, .line(".")), (rating, .line("")), (answer, .line(""))],
                                  environment: ["TMPDIR": drafts.path])
        #expect(elsewhere.status == 0, "\(elsewhere.screen)")
        #expect(!elsewhere.screen.contains("interrupted run"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path).count == 1)
    }

    @Test("a draft another run is still writing is not offered")
    func liveDraftIsNotOffered() throws {
        let journal = TemporaryFolder()
        let drafts = TemporaryFolder()
        let arguments = ["--journal", journal.path, "--date", "2026-11-24"]
        let writing = try TerminalSession(arguments, environment: ["TMPDIR": drafts.path])
        try writing.expect(answer)
        writing.type("Still writing this.")
        try writing.expect(answer)
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path).count == 1)

        let second = try drive(arguments, [(answer, .line(".")), (rating, .line("")), (answer, .line(""))], environment: ["TMPDIR": drafts.path])
        #expect(second.status == 0, "\(second.screen)")
        #expect(!second.screen.contains("interrupted run"))
        writing.send(SIGINT)
        _ = writing.waitForExit()
        #expect(writing.endStatus == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path).count == 1)
    }

    @Test("restoring a draft killed during the review applies its done and cancel choices and saves its new commitments")
    func restoreReviewChoices() throws {
        let journal = TemporaryFolder()
        let drafts = TemporaryFolder()
        try journal.write("2026/11/2026-11-20.md", "- [ ] Send Globex the pricing sheet\n- [ ] Call Dana about the renewal\n")
        let arguments = ["--journal", journal.path, "--date", "2026-11-24"]
        let killed = try TerminalSession(arguments, environment: ["TMPDIR": drafts.path])
        for (after, line) in [(answer, "Acme is stuck on legal."), (answer, "."), (rating, "4"), ("[d/c/K] ", "d"),
                              ("Call Dana about the renewal  [d/c/K] ", "c"), ("an empty line or '.' ends", "Book the demo by Friday")] {
            try killed.expect(after)
            killed.type(line)
        }
        // The prompt for the first new commitment, then the one after it: the line is in the draft.
        try killed.expect("> ")
        try killed.expect("> ")
        killed.send(SIGKILL)
        _ = killed.waitForExit()
        #expect(!FileManager.default.fileExists(atPath: journal("2026/11/2026-11-24.md")))

        let restored = try drive(arguments, [
            (": 1 answer, rating 4, 1 new commitment, 2 commitments marked.", .wait),
            ("Restore it into the day's entry? [Y/n] ", .line("y")), ("Restored into ", .wait),
            (answer, .line(".")), ("[1-5, Enter keeps 4] ", .line("")), (answer, .line("")),
        ], environment: ["TMPDIR": drafts.path])
        #expect(restored.status == 0, "\(restored.screen)")
        #expect(try journal.read("2026/11/2026-11-20.md") == "- [x] Send Globex the pricing sheet ✅ 2026-11-24\n- [-] Call Dana about the renewal ❌ 2026-11-24\n")
        let file = try journal.read("2026/11/2026-11-24.md")
        #expect(file.contains("attitude: 4\n"))
        #expect(file.contains("\n\nAcme is stuck on legal.\n"))
        #expect(file.hasSuffix("\n## Commitments\n\n- [ ] Book the demo 📅 2026-11-27\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path).isEmpty)
    }

    @Test("the editor's draft lists open commitments to tick or cancel, takes new task lines, and prints the insight line")
    func editorDraftCarriesCommitments() throws {
        let journal = TemporaryFolder()
        let tools = TemporaryFolder()
        let drafts = TemporaryFolder()
        try journal.write("2026/11/2026-11-20.md", "- [ ] Send Globex the pricing sheet 📅 2026-11-23\n- [ ] Call Dana about the renewal\n")
        try tools.write("edit.sh", """
            sed -i -e 's/^- \\[ \\] 2026-11-20#1 /- [x] 2026-11-20#1 /' -e 's/^- \\[ \\] 2026-11-20#2 /- [-] 2026-11-20#2 /' "$1"
            printf -- '- [ ] Book the Initech demo by Friday\\n' >> "$1"
            cp "$1" "$(dirname "$0")/seen.md"
            """)
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "--editor"],
                                    environment: ["EDITOR": "sh " + tools("edit.sh"), "TMPDIR": drafts.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Saved \(journal("2026/11/2026-11-24.md"))\nToday: no negative words · 1 open commitment · 1-day streak\n")
        #expect(try tools.read("seen.md").hasSuffix("""
            ## Your open commitments

            <!-- Tick the ones you met ([x]) and cancel the ones you dropped ([-]); add new ones as task lines. -->
            - [x] 2026-11-20#1 Send Globex the pricing sheet 📅 2026-11-23
            - [-] 2026-11-20#2 Call Dana about the renewal

            - [ ] Book the Initech demo by Friday

            """))
        #expect(try journal.read("2026/11/2026-11-20.md") == "- [x] Send Globex the pricing sheet 📅 2026-11-23 ✅ 2026-11-24\n- [-] Call Dana about the renewal ❌ 2026-11-24\n")
        #expect(try journal.read("2026/11/2026-11-24.md").hasSuffix("\n## Commitments\n\n- [ ] Book the Initech demo 📅 2026-11-27\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path).isEmpty)
    }

    @Test("text piped to --editor starts the focus answer in the draft, and is saved")
    func pipedTextIntoTheEditor() throws {
        let journal = TemporaryFolder()
        let tools = TemporaryFolder()
        let prompt = try focus(journal, on: "2026-11-24")
        try tools.write("look.sh", "cp \"$1\" \"$(dirname \"$0\")/seen.md\"\n")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "--editor"],
                                    input: "Notes from the train.\n", environment: ["EDITOR": "sh " + tools("look.sh")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try tools.read("seen.md").contains("## \(prompt.text)\n\nNotes from the train.\n\n## "))
        #expect(try journal.read("2026/11/2026-11-24.md").contains("\n## \(prompt.text)\n\nNotes from the train.\n"))
    }

    @Test("an empty input with --attitude saves the rating")
    func ratingOnly() throws {
        let journal = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "--attitude", "5"], input: "")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Saved \(journal("2026/11/2026-11-24.md"))\n")
        #expect(try journal.read("2026/11/2026-11-24.md") == "---\ndate: 2026-11-24\nattitude: 5\nprompts: []\n---\n\n# Tuesday, 24 November 2026\n")
    }
}
