import Foundation
import Testing

@Suite("reflect accounts")
struct AccountsTests {
    @Test("Accounts from accounts.md: mentions by name and alias, entries, last mention, score and the commitments naming each")
    func listedAccounts() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-12-05", ["accounts", "--month", "2026-11", "--json"])
        #expect(result.status == 0)
        let json = try #require(try jsonObject(result.stdout) as? [String: Any])
        #expect(json["from"] as? String == "2026-11-01")
        #expect(json["to"] as? String == "2026-11-30")
        let accounts = try #require(json["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["name"] as? String } == ["Acme", "Globex", "Initech"])
        #expect(accounts.map { $0["mentions"] as? Int } == [10, 5, 5])
        #expect(accounts.map { $0["entries"] as? Int } == [7, 3, 4])
        #expect(accounts.map { $0["lastMentioned"] as? String } == ["2026-11-30", "2026-11-23", "2026-11-23"])
        #expect(accounts.map { $0["commitments"] as? [String: Int] } == [
            ["made": 4, "met": 1, "metOnTime": 0, "open": 0, "overdue": 2],
            ["made": 2, "met": 1, "metOnTime": 1, "open": 1, "overdue": 0],
            ["made": 1, "met": 1, "metOnTime": 1, "open": 0, "overdue": 0],
        ])
        // The score is the mean of the scores the analyzer gives the sentences that name the account.
        let sentences = [
            "Acme": ["Booked a discovery call with Acme Corp for Thursday.", "- [ ] Send Acme the pricing sheet 📅 2026-11-06",
                     "ACME went quiet again and I feel stuck.", "- [ ] Call ACME legal about the contract",
                     "Acme's CFO joined the call.", "Acme is still waiting on legal.", "Negotiating with procurement at Acme.",
                     "- [x] Ask Priya to join the Acme call 📅 2026-11-12 ✅ 2026-11-16", "- [-] Visit Acme in person ❌ 2026-11-27",
                     "Acme Corp renewal call went fine."],
            "Globex": ["The Globex team asked for pricing.", "- [x] Update the Globex notes in the CRM ✅ 2026-11-02",
                       "Globex signed the pilot.", "- [ ] Draft the Globex rollout plan 📅 2026-12-04", "Sent proposals to Globex and Initech."],
            "Initech": ["Initrode wants a second demo.", "Demo with Initech went well.",
                        "- [x] Send Initech the demo recording 📅 2026-11-06 ✅ 2026-11-06", "Initech moved to negotiation.",
                        "Sent proposals to Globex and Initech."],
        ]
        for account in accounts {
            let name = try #require(account["name"] as? String)
            let lines = try #require(sentences[name])
            // Each line's sentence score, as `analyze --json` explains it.
            let scores = try lines.map { line in
                let scored = try Binary.run(["analyze", "--json"], input: line + "\n")
                let sentences = try #require((try jsonObject(scored.stdout) as? [String: Any])?["sentences"] as? [[String: Any]])
                return try #require(sentences.first?["score"] as? Double)
            }
            #expect(scores.count == lines.count)
            let expected = scores.reduce(0, +) / Double(scores.count)
            #expect(abs((account["score"] as? Double ?? 99) - expected) < 0.0011, "\(name)")
        }
    }

    @Test("Without accounts.md, accounts are proper names written mid-sentence in at least three entries")
    func foundAccounts() throws {
        let journal = try numbersJournal()
        try FileManager.default.removeItem(atPath: journal(".reflect/accounts.md"))
        let result = try reflect(journal, date: "2026-12-05", ["accounts", "--month", "2026-11", "--json"])
        #expect(result.status == 0)
        let accounts = try #require((try jsonObject(result.stdout) as? [String: Any])?["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["name"] as? String } == ["Acme", "Globex"])
        #expect(accounts.map { $0["mentions"] as? Int } == [8, 5])
        #expect(accounts.map { $0["entries"] as? Int } == [6, 3])
        #expect(accounts.first?["commitments"] as? [String: Int] == ["made": 3, "met": 1, "metOnTime": 0, "open": 0, "overdue": 1])
    }

    @Test("reflect accounts prints a table, and says how to list accounts when none is named")
    func accountsText() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-12-05", ["accounts", "--from", "2026-11-01", "--to", "2026-11-30"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Accounts on your mind · 2026-11-01 to 2026-11-30

              Account  Mentions  Entries        Last  Score  Made  Met  On time  Open  Overdue
              Acme           10        7  2026-11-30   0.01     4    1        0     0        2
              Globex          5        3  2026-11-23   0.21     2    1        1     1        0
              Initech         5        4  2026-11-23   0.15     1    1        1     0        0
            Score: the mean attitude (-1 to 1) of the sentences naming it. Commitments: those whose text names it.

            """)
        let empty = try reflect(journal, date: "2026-12-05", ["accounts", "--month", "2026-09"])
        #expect(empty.status == 0)
        #expect(empty.stdout.hasPrefix("No accounts named from 2026-09-01 to 2026-09-30."))
    }

    @Test("The JSON report holds the same accounts")
    func reportAccounts() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-12-05", ["report", "--month", "2026-11", "--format", "json"])
        let accounts = try #require((try jsonObject(result.stdout) as? [String: Any])?["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["name"] as? String } == ["Acme", "Globex", "Initech"])
        #expect(accounts.map { $0["mentions"] as? Int } == [10, 5, 5])
    }
}

@Suite("reflect brief")
struct BriefTests {
    @Test("The week's brief: numbers against targets, commitments, accounts with open ones, coaching, attitude")
    func weekBrief() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-11-13", ["brief"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            One-to-one brief · 7–13 November 2026
            7 days · 3 entries · as of Friday, 13 November 2026

            MY NUMBERS
              Number       Value   Target  Attained  Target set
              calls           26       50       52%  50 per week
              meetings         4       10       40%  2 per day
              demos            2       ≈1      210%  4 per month
              proposals        1        –         –  per month
              pipeline   420,000  500,000       84%  level, as of 10 Nov

            COMMITMENTS
              Made 2, met 0 (0 on time), open 1, overdue 1

              Overdue
                Id                       Due     Age  Commitment
                2026-11-13#1  due 2026-11-12  0 days  Ask Priya to join the Acme call

            ACCOUNTS WITH OPEN COMMITMENTS
              Acme: 1 overdue
              Globex: 1 open

            WHERE I WANT COACHING
              • 13 Nov  Which skill do you most want your manager to help you develop this
                        month?
                Negotiating with procurement at Acme. I give away price too early.

            ATTITUDE
              3.0 average self-rating (1 to 5) on 3 rated days, down from 3.7 the 7 days
              before.

            """)
    }

    @Test("The month's brief in JSON matches the hand count; --no-attitude leaves the attitude out")
    func monthBrief() throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-12-05", ["brief", "--month", "2026-11", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try jsonObject(result.stdout) as? [String: Any])
        #expect(json["from"] as? String == "2026-11-01")
        #expect(json["to"] as? String == "2026-11-30")
        let numbers = try #require(json["numbers"] as? [[String: Any]])
        #expect(numbers.map { $0["value"] as? Double } == [85, 13, 4, 3, 410_000])
        #expect(numbers.map { $0["target"] as? Double } == [210, 42, 4, nil, 500_000])
        let commitments = try #require(json["commitments"] as? [String: Any])
        #expect(commitments["made"] as? Int == 7)
        #expect(commitments["met"] as? Int == 3)
        #expect(commitments["metOnTime"] as? Int == 2)
        #expect(commitments["open"] as? Int == 1)
        let overdue = try #require(commitments["overdue"] as? [[String: Any]])
        #expect(overdue.map { $0["id"] as? String } == ["2026-11-02#1", "2026-11-03#1"])
        #expect(overdue.map { $0["ageDays"] as? Int } == [28, 27])
        #expect((json["accounts"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Acme", "Globex"])
        #expect((json["coaching"] as? [[String: Any]])?.map { $0["prompt"] as? String } == ["coaching.skill", "coaching.one-to-one"])
        let attitude = try #require(json["attitude"] as? [String: Any])
        #expect(attitude["selfRating"] as? Double == 3.4)
        #expect(attitude["previous"] as? Double == 3)
        #expect(attitude["direction"] as? String == "up")

        let without = try reflect(journal, date: "2026-12-05", ["brief", "--month", "2026-11", "--no-attitude"])
        #expect(without.status == 0)
        #expect(!without.stdout.contains("ATTITUDE"))
        #expect(!without.stdout.contains("self-rating"))
        let withoutJSON = try #require(try jsonObject(try reflect(journal, date: "2026-12-05", ["brief", "--month", "2026-11", "--no-attitude", "--format", "json"]).stdout) as? [String: Any])
        #expect(withoutJSON["attitude"] is NSNull)
    }

    @Test("A count's target spread over the brief's days shows as a whole number in every format; the JSON keeps the exact figure")
    func wholeTargets() throws {
        let journal = try numbersJournal()
        let markdown = try reflect(journal, date: "2026-11-13", ["brief", "--format", "markdown"]).stdout
        #expect(markdown.contains("| demos | 2 | ≈1 | 210% | 4 per month |\n"))
        let html = try reflect(journal, date: "2026-11-13", ["brief", "--format", "html"]).stdout
        #expect(html.contains("<div><dt>demos</dt><dd>2<span class=\"note\">of ≈1 · 210%</span></dd></div>\n"))
        #expect(html.contains("<tr><td>demos</td><td class=\"n\">2</td><td class=\"n\">≈1</td><td class=\"n\">210%</td><td>4 per month</td></tr>\n"))
        #expect(!markdown.contains("0.95") && !html.contains("0.95"))
        let json = try #require(try jsonObject(try reflect(journal, date: "2026-11-13", ["brief", "--format", "json"]).stdout) as? [String: Any])
        let demos = try #require((json["numbers"] as? [[String: Any]])?.first { $0["name"] as? String == "demos" })
        #expect(demos["target"] as? Double == 0.952)
        // One working day of a 21-day month: 4/21 = 0.19 demos reads as about one, never as 0.
        let day = try reflect(journal, date: "2026-12-05", ["brief", "--from", "2026-11-30", "--to", "2026-11-30"]).stdout
        #expect(day.contains("  demos            –       ≈1         –  4 per month\n"))
        // Whole targets are as they were.
        #expect(day.contains("  meetings         –        2         –  2 per day\n"))
    }

    @Test("A level not recorded in the brief's days carries its last value from the days before")
    func levelCarried() throws {
        let journal = try numbersJournal()
        let json = try #require(try jsonObject(try reflect(journal, date: "2026-11-27", ["brief", "--format", "json"]).stdout) as? [String: Any])
        let pipeline = try #require((json["numbers"] as? [[String: Any]])?.last)
        #expect(pipeline["name"] as? String == "pipeline")
        #expect(pipeline["value"] as? Double == 450_000)
        #expect(pipeline["days"] as? Int == 0)
        #expect(pipeline["attainment"] as? Double == 0.9)
        let text = try reflect(journal, date: "2026-11-27", ["brief"]).stdout
        #expect(text.contains("  pipeline   450,000  500,000       90%  level, as of 17 Nov\n"))
    }

    @Test("The brief rejects periods that make no sense", arguments: [
        (["brief", "--from", "2026-11-10", "--to", "2026-11-01"], "Error: --from 2026-11-10 is after --to 2026-11-01"),
        (["brief", "--month", "2026-11", "--from", "2026-11-01"], "Error: give either --month or --from/--to, not both"),
        (["brief", "--month", "2027-01"], "Error: --month 2027-01 has not started yet (today is 2026-12-05)"),
        (["brief", "--month", "2026-13"], "Error: --month '2026-13' is not a month: use YYYY-MM, with a month from 01 to 12"),
        (["brief", "--format", "pdf"], "Error: --format 'pdf' is not a format: use text, markdown, json or html"),
        (["brief", "--from", "2026-02-30"], "Error: --from '2026-02-30' is not a date: use YYYY-MM-DD (a day that exists), 'today' or 'yesterday'"),
    ])
    func badPeriods(arguments: [String], message: String) throws {
        let journal = try numbersJournal()
        let result = try reflect(journal, date: "2026-12-05", arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(message + "\nUsage: reflect brief "))
    }

    /// A week whose every kind of section but the coaching ones holds a word found nowhere else.
    private static func plantedJournal() throws -> (TemporaryFolder, planted: [String], allowed: [String]) {
        let journal = TemporaryFolder()
        try journal.write(".reflect/numbers.md", "- calls: 50 per week\n- pipeline: 500000 level\n")
        try journal.write(".reflect/accounts.md", "- Hooli\n")
        // Monday: activity, with front matter, tags, a preamble, a stated commitment, a code block,
        // negative words, and tasks met, open, cancelled and overdue.
        try journal.write("2026/11/2026-11-23.md", """
            ---
            date: 2026-11-23
            attitude: 2
            calls: 12
            mood: zqfrontmatter
            tags: [zqtag]
            ---

            zqpreamble before any heading. #zqinline

            # Monday, 23 November 2026

            ## What activity will you do this week to build next month's pipeline, and when will you do it?

            Ghosted again by zqactivity, frustrated and stuck. I will call zqstated by Friday.

            ```
            zqcode
            ```

            ## Commitments

            - [x] Call zqmettask ✅ 2026-11-23
            - [ ] Email Hooli about zqopentask 📅 2026-12-10
            - [-] Drop zqcancelledtask ❌ 2026-11-24
            - [ ] Send the allowedoverdue deck to Hooli 📅 2026-11-24
            """)
        try journal.write("2026/11/2026-11-24.md", """
            ---
            attitude: 3
            pipeline: 400000
            ---

            ## Which deal in your pipeline has not moved in two weeks, and what will you do about it?

            zqpipeline is a disaster, blame marketing.
            """)
        try journal.write("2026/11/2026-11-25.md", """
            ## Which account in your CRM has gone longest without an update, and what has happened since?

            zqdata never updates.

            ## Notes

            zqnotes hate this.

            ## zqownheading

            Something of my own.
            """)
        try journal.write("2026/11/2026-11-26.md", """
            ## What did you promise a customer this week, and when is it due?

            zqcommitmentsarea was late.
            """)
        try journal.write("2026/11/2026-11-27.md", """
            ---
            attitude: 4
            ---

            ## Which skill do you most want your manager to help you develop this month?

            allowedcoaching: negotiating.

            - [ ] Ask zqcoachingtask for help 📅 2026-12-20
            """)
        try journal.write("2026/11/2026-11-28.md", """
            ## What belief about your work is helping you most right now?

            zqattitudearea keeps me going.
            """)
        try journal.write("2026/11/2026-11-29.md", """
            ## What areas of your performance does your sales manager need to manage?

            zqreviewmanage.

            ## Why shouldn’t your discipline when it comes to activity or your attitude ever be your sales manager’s concern?

            zqreviewdiscipline.

            ## How much should your sales manager have to concern herself with your pipeline?

            zqreviewpipeline.

            ## What do you really want your sales manager to help you with? Where should they make a contribution?

            allowedwanthelp with Q1 planning.
            """)
        // The week before, read only for the attitude's direction.
        try journal.write("2026/11/2026-11-20.md", "---\nattitude: 5\n---\n\n## What one question do you want to bring to your next one-to-one?\n\nzqpreviousweek.\n")
        let planted = ["zqfrontmatter", "zqtag", "zqinline", "zqpreamble", "zqactivity", "zqstated", "zqcode", "zqmettask",
                       "zqopentask", "zqcancelledtask", "zqpipeline", "zqdata", "zqnotes", "zqownheading", "zqcommitmentsarea",
                       "zqcoachingtask", "zqattitudearea", "zqreviewmanage", "zqreviewdiscipline", "zqreviewpipeline", "zqpreviousweek",
                       // negative words and theme names
                       "ghosted", "Ghosted", "frustrated", "stuck", "disaster", "hate", "blame", "marketing", "negativity", "themes", "Themes"]
        return (journal, planted, ["allowedcoaching", "allowedwanthelp", "allowedoverdue", "Hooli"])
    }

    @Test("The brief holds no other answer, negative word or theme in any format", arguments: ["text", "markdown", "html", "json"])
    func privacy(format: String) throws {
        let (journal, planted, allowed) = try BriefTests.plantedJournal()
        let result = try reflect(journal, date: "2026-11-29", ["brief", "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        for word in planted { #expect(!result.stdout.contains(word), "\(word) is in the \(format) brief") }
        for word in allowed { #expect(result.stdout.contains(word), "\(word) is missing from the \(format) brief") }
        // The same file when written with --output.
        let output = journal("brief.\(format)")
        let saved = try reflect(journal, date: "2026-11-29", ["brief", "--format", format, "--output", output])
        #expect(saved.status == 0)
        #expect(saved.stdout == "Saved \(output)\n")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        for word in planted { #expect(!text.contains(word), "\(word) is in the saved \(format) brief") }
        #expect(journal.mode("brief.\(format)") == 0o600)
    }

    @Test("The planted week's brief counts what it may show")
    func plantedCounts() throws {
        let (journal, _, _) = try BriefTests.plantedJournal()
        let json = try #require(try jsonObject(try reflect(journal, date: "2026-11-29", ["brief", "--format", "json"]).stdout) as? [String: Any])
        let commitments = try #require(json["commitments"] as? [String: Any])
        #expect(commitments["made"] as? Int == 5)
        #expect(commitments["met"] as? Int == 1)
        #expect(commitments["open"] as? Int == 2)
        #expect((commitments["overdue"] as? [[String: Any]])?.map { $0["text"] as? String } == ["Send the allowedoverdue deck to Hooli"])
        #expect((json["accounts"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Hooli"])
        #expect((json["accounts"] as? [[String: Any]])?.first?["open"] as? Int == 1)
        #expect((json["coaching"] as? [[String: Any]])?.map { $0["text"] as? String } == ["allowedcoaching: negotiating.", "allowedwanthelp with Q1 planning."])
        #expect((json["attitude"] as? [String: Any])?["direction"] as? String == "down")
    }
}
