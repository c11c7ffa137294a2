import Foundation
import Testing

@Suite("reflect today and prompt")
struct TodayTests {
    @Test("prompt on a Tuesday gives a pipeline focus prompt and the check-in, the same every time")
    func tuesdayPrompt() throws {
        let journal = TemporaryFolder()
        let first = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "prompt", "--json"])
        #expect(first.status == 0)
        let json = try #require(try jsonObject(first.stdout) as? [String: Any])
        #expect(json["date"] as? String == "2026-11-24")
        let focus = try #require(json["focus"] as? [String: Any])
        #expect(focus["area"] as? String == "pipeline")
        #expect((focus["id"] as? String)?.hasPrefix("pipeline.") == true)
        let checkIn = try #require(json["checkIn"] as? [String: Any])
        #expect(checkIn["id"] as? String == "checkin.attitude")
        #expect((json["review"] as? [Any])?.isEmpty == true)
        #expect((json["commitments"] as? [Any])?.isEmpty == true)

        let second = try Binary.run(["prompt", "--json", "--date", "2026-11-24", "--journal", journal.path])
        #expect(second.stdout == first.stdout)
        let text = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "prompt"])
        #expect(text.stdout.hasPrefix("Tuesday, 24 November 2026 · focus: pipeline\n\n  \(stringValue(focus["text"]))\n"))
        #expect(text.stdout.contains("Check-in\n  How would you rate your attitude today, from 1 (low) to 5 (high)?\n"))
    }

    @Test("the last day of a month adds the article's four questions, verbatim")
    func monthlyReview() throws {
        let journal = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "prompt"])
        #expect(result.status == 0)
        for question in [
            "What areas of your performance does your sales manager need to manage?",
            "Why shouldn’t your discipline when it comes to activity or your attitude ever be your sales manager’s concern?",
            "How much should your sales manager have to concern herself with your pipeline?",
            "What do you really want your sales manager to help you with? Where should they make a contribution?",
        ] {
            #expect(result.stdout.contains(question))
        }
        #expect(result.stdout.contains("Source: Anthony Iannarino, The Sales Blog, 9 March 2013"))
        let json = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "prompt", "--json"]).stdout) as? [String: Any])
        #expect((json["review"] as? [[String: Any]])?.map { $0["id"] as? String } == [
            "review.manage-performance", "review.discipline-attitude", "review.pipeline-concern", "review.want-help",
        ])
    }

    @Test("a piped answer becomes a private dated file with the rating, the prompt heading and a dated task")
    func pipedAnswer() throws {
        let journal = TemporaryFolder()
        let focus = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "prompt", "--json"]).stdout) as? [String: Any])["focus"] as? [String: Any]
        let result = try Binary.run(
            ["--journal", journal.path, "--date", "2026-11-24", "today", "--attitude", "4"],
            input: "The Acme renewal is stuck.\n- [ ] Send Acme the revised proposal by Friday\n"
        )
        #expect(result.status == 0)
        #expect(result.stdout == "Saved \(journal.path)/2026/11/2026-11-24.md\n")
        let file = try journal.read("2026/11/2026-11-24.md")
        #expect(file == """
            ---
            date: 2026-11-24
            attitude: 4
            prompts: [\(stringValue(focus?["id"]))]
            ---

            # Tuesday, 24 November 2026

            ## \(stringValue(focus?["text"]))

            The Acme renewal is stuck.
            - [ ] Send Acme the revised proposal 📅 2026-11-27

            """)
        #expect(journal.mode("2026/11/2026-11-24.md") == 0o600)
        #expect(journal.mode("2026/11") == 0o700)
        #expect(journal.mode("2026") == 0o700)
        #expect(journal.mode(".") == 0o700)
    }

    @Test("files are private whatever the umask", arguments: ["000", "022", "077"])
    func modesUnderAnyUmask(mask: String) throws {
        let folder = TemporaryFolder()
        let result = try Binary.run(["--journal", folder("journal"), "--date", "2026-11-24", "today"], input: "Fine day.\n", umask: mask)
        #expect(result.status == 0)
        #expect(folder.mode("journal") == 0o700)
        #expect(folder.mode("journal/2026/11") == 0o700)
        #expect(folder.mode("journal/2026/11/2026-11-24.md") == 0o600)
        #expect(folder.mode("journal/.reflect/lock") == 0o600)
    }

    @Test("a second answer the same day is appended and keeps the first byte for byte")
    func secondAnswerKeepsFirst() throws {
        let journal = TemporaryFolder()
        let coaching = try #require(try jsonObject(try Binary.run(["prompts", "--area", "coaching", "--json"]).stdout) as? [[String: Any]])
        let prompt = try #require(coaching.first)
        try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], input: "First answer.\n")
        let before = try journal.read("2026/11/2026-11-24.md")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today", "--attitude", "2", "--prompt", stringValue(prompt["id"])],
                                    input: "Second answer.\n")
        #expect(result.status == 0)
        let after = try journal.read("2026/11/2026-11-24.md")
        let body = before.components(separatedBy: "---\n\n")[1]
        #expect(after.contains("---\n\n" + body + "\n## \(stringValue(prompt["text"]))\n\nSecond answer.\n"))
        #expect(after.hasSuffix("Second answer.\n"))
        #expect(after.contains("attitude: 2\n"))
        #expect(after.contains(", \(stringValue(prompt["id"]))]\n"))
    }

    @Test("empty piped input saves nothing")
    func emptyInput() throws {
        let journal = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], input: "  \n\n")
        #expect(result.status == 0)
        #expect(result.stdout == "Nothing to save: the input was empty.\n")
        #expect(!FileManager.default.fileExists(atPath: journal("2026/11/2026-11-24.md")))
    }

    @Test("eight processes answering the same day at once all keep their answers")
    func concurrentAnswers() throws {
        let journal = TemporaryFolder()
        let group = DispatchGroup()
        let statuses = ReadBuffer()
        let lock = NSLock()
        for number in 1...8 {
            group.enter()
            Thread {
                let result = try? Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], input: "Answer number \(number).\n")
                lock.lock()
                statuses.data.append(UInt8(result?.status ?? 255))
                lock.unlock()
                group.leave()
            }.start()
        }
        group.wait()
        #expect(statuses.data.allSatisfy { $0 == 0 })
        let file = try journal.read("2026/11/2026-11-24.md")
        for number in 1...8 { #expect(file.contains("\n\nAnswer number \(number).\n")) }
        #expect(file.components(separatedBy: "date: 2026-11-24").count == 2)
    }

    @Test("an editor that fails saves nothing and keeps the draft")
    func failingEditor() throws {
        let journal = TemporaryFolder()
        let drafts = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today", "--editor"],
                                    environment: ["EDITOR": "false", "VISUAL": "", "TMPDIR": drafts.path])
        #expect(result.status == 74)
        #expect(result.stderr.hasPrefix("Error: the editor 'false' exited with status 1, so nothing was saved; your draft is kept at \(drafts.path)/reflect-draft-2026-11-24-"))
        #expect(!FileManager.default.fileExists(atPath: journal("2026/11/2026-11-24.md")))
        let kept = try FileManager.default.contentsOfDirectory(atPath: drafts.path)
        #expect(kept.count == 1)
        #expect(drafts.mode(kept[0]) == 0o600)
    }

    @Test("an editor that leaves the draft unchanged saves nothing")
    func unchangedDraft() throws {
        let journal = TemporaryFolder()
        let drafts = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today", "--editor"],
                                    environment: ["EDITOR": "true", "TMPDIR": drafts.path])
        #expect(result.status == 0)
        #expect(result.stdout == "Nothing saved: the draft was left empty.\n")
        #expect(!FileManager.default.fileExists(atPath: journal("2026")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path).isEmpty)
    }

    @Test("an editor's answers and rating are saved")
    func editorAnswer() throws {
        let journal = TemporaryFolder()
        let tools = TemporaryFolder()
        // A scripted editor: writes an answer under the first question and a rating under the check-in.
        try tools.write("edit.sh", """
            #!/bin/sh
            awk '/^## How would you rate/ { print; getline; print; print "3"; next }
                 /^## / && !done { print; getline; print; print "Called Initech twice, no answer."; done = 1; next }
                 { print }' "$1" > "$1.new" && mv "$1.new" "$1"
            """)
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today", "--editor"],
                                    environment: ["VISUAL": "sh " + tools("edit.sh")])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try journal.read("2026/11/2026-11-24.md")
        #expect(file.contains("attitude: 3\n"))
        #expect(file.contains("\n\nCalled Initech twice, no answer.\n"))
        #expect(!file.contains("<!--"))
    }
}
