import Foundation
import Testing

/// The hand-written journal in `Fixtures/report-month`, copied into a fresh folder.
///
/// November 2026 (reported with `--date 2026-12-05`, so the reference day R is 30 November), written
/// as a user would in an editor: some files without front matter, one in an Obsidian-style
/// `Daily notes/` folder, `*` and `[X]` bullets, `📅`, `due:` and `[due:: …]` dates, "by Friday" and
/// "by Dec 4", coaching answers under the bundle's coaching questions (one typed without its `?`),
/// and the monthly review on the 30th. October holds three entries for the comparison.
///
/// What it was built for, counted by hand:
/// - entries 14: 2, 3, 4, 6, 9, 10, 11, 12, 13, 17, 20, 24, 29, 30 November; longest streak 5
///   (9–13), current streak on R 2 (29–30); active days per week 0, 4, 5, 2, 2, 1 (weeks starting
///   1 (a Sunday), 2, 9, 16, 23 and 30 November).
/// - self-ratings 3, 2, 4, 3, 4, 5, 4, 2, 3, 4, 4 on the 11 entries that have one: 38 / 11 = 3.455;
///   October 2, 3, 4: 3.
/// - commitments made 12: met 5 (2#2 no due date, 3#1 done 4 ≤ due 5, 4#1 done 9 > due 6 (late),
///   12#1 done 13 = due 13, 29#1 no due date), so met on time 4; cancelled 1 (4#2); open 3 (10#1
///   due 4 Dec, 24#1 undated and 6 days old, 30#1 "by Dec 4"); overdue 3:
///   - 2026-11-02#1 due 6 Nov, 28 days old, carried through the 13 later entries;
///   - 2026-11-06#1 undated, 24 days old (more than 7), carried through 10 (9 Nov onwards);
///   - 2026-11-17#1 "by Friday" = 20 Nov, 13 days old, carried through 4 (20, 24, 29, 30).
///   October's open task is not November's.
/// - stated in prose, not tracked 2: "I will email the Acme CFO by Friday" (9 Nov, due 13 Nov) and
///   "I'm going to book two discovery meetings with Initech" (12 Nov). Not counted: "I'll follow up
///   with Umbrella by Friday" (its task line is in the same entry), "Maybe I'll call the Stark
///   team" (hedged), "Dana will send…" (someone else), "I was going to rewrite…" (past).
/// - coaching agenda 4: 6 Nov (coaching.skill, its task line left out), 13 Nov (coaching.one-to-one,
///   heading without `?`), 20 Nov (coaching.call-to-lead, not the `## Notes` under it), 30 Nov
///   (review.want-help; the other review answer is not coaching). October's coaching answer is not
///   November's.
/// - counted negative words 7: ghosted 2 (2, 10 Nov), stuck 2 (4, 24 Nov), frustrated 1,
///   not happy 1 (10 Nov, a negated positive), pushback on price 1; "not bad" (4 Nov) counts nothing.
private func reportJournal() throws -> TemporaryFolder {
    let journal = TemporaryFolder()
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/report-month")
    for item in try FileManager.default.contentsOfDirectory(atPath: fixture.path) {
        try FileManager.default.copyItem(atPath: fixture.appendingPathComponent(item).path, toPath: journal(item))
    }
    return journal
}

/// `reflect --journal DIR --date 2026-12-05 report --month 2026-11` plus `extra`.
private func report(_ journal: TemporaryFolder, _ extra: [String] = [], environment: [String: String] = [:],
                    umask: String = "022") throws -> RunResult {
    try Binary.run(["--journal", journal.path, "--date", "2026-12-05", "report", "--month", "2026-11"] + extra,
                   environment: environment, umask: umask)
}

@Suite("reflect report")
struct ReportTests {
    @Test("the JSON report of the hand-written month gives the counts it was built for")
    func fixtureCounts() throws {
        let journal = try reportJournal()
        let result = try report(journal, ["--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let json = try #require(try jsonObject(result.stdout) as? [String: Any])
        #expect(json["month"] as? String == "2026-11")
        #expect(json["entries"] as? Int == 14)
        #expect(json["daysCovered"] as? Int == 14)
        #expect((json["words"] as? Int ?? 0) > 0)
        let streak = try #require(json["streak"] as? [String: Any])
        #expect(streak["longest"] as? Int == 5)
        #expect(streak["current"] as? Int == 2)
        let weeks = try #require(json["activeDaysPerWeek"] as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? String } == ["2026-11-01", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"])
        #expect(weeks.map { $0["active"] as? Int } == [0, 4, 5, 2, 2, 1])

        let attitude = try #require(json["attitude"] as? [String: Any])
        #expect(attitude["selfRating"] as? Double == 3.455)
        #expect((attitude["byDay"] as? [[String: Any]])?.count == 14)
        #expect((attitude["byWeek"] as? [[String: Any]])?.count == 6)
        let previous = try #require(attitude["previous"] as? [String: Any])
        #expect(previous["selfRating"] as? Double == 3)
        #expect(previous["entries"] as? Int == 3)

        let commitments = try #require(json["commitments"] as? [String: Any])
        #expect(commitments["made"] as? Int == 12)
        #expect(commitments["met"] as? Int == 5)
        #expect(commitments["metOnTime"] as? Int == 4)
        #expect(commitments["cancelled"] as? Int == 1)
        #expect(commitments["open"] as? Int == 3)
        #expect(commitments["overdue"] as? Int == 3)
        #expect(commitments["stated"] as? Int == 2)
        let unmet = try #require(commitments["unmet"] as? [[String: Any]])
        #expect(unmet.map { $0["id"] as? String } == ["2026-11-02#1", "2026-11-06#1", "2026-11-17#1"])
        #expect(unmet.map { $0["text"] as? String } == ["Send Acme the revised proposal", "Ask Priya for the pricing approval",
                                                        "Follow up with Umbrella by Friday"])
        #expect(unmet.map { $0["due"] as? String } == ["2026-11-06", nil, "2026-11-20"])
        #expect(unmet[1]["due"] is NSNull)
        #expect(unmet.map { $0["ageDays"] as? Int } == [28, 24, 13])
        #expect(unmet.map { $0["carried"] as? Int } == [13, 10, 4])
        let stated = try #require(commitments["statedList"] as? [[String: Any]])
        #expect(stated.map { $0["date"] as? String } == ["2026-11-09", "2026-11-12"])
        #expect(stated.map { $0["text"] as? String } == ["I will email the Acme CFO by Friday",
                                                         "I'm going to book two discovery meetings with Initech"])
        #expect(stated.map { $0["due"] as? String } == ["2026-11-13", nil])

        let coaching = try #require(json["coaching"] as? [[String: Any]])
        #expect(coaching.map { $0["date"] as? String } == ["2026-11-06", "2026-11-13", "2026-11-20", "2026-11-30"])
        #expect(coaching.map { $0["text"] as? String } == [
            "Negotiating multi-year renewals. I give away price too early when procurement pushes.",
            "Should I hand the small Hooli accounts to the inside team, so I can spend my time on new logos?",
            "The Acme CFO call on 1 December. Priya knows their board and can speak to the multi-year price.",
            "Help me build a Q1 prospecting plan, and join two discovery calls in December.",
        ])

        let negative = try #require(json["negativeWords"] as? [[String: Any]])
        #expect(negative.map { $0["word"] as? String } == ["stuck", "frustrated", "ghosted", "ghosted me", "not happy", "pushback on price", "waiting"])
        #expect(negative.map { $0["count"] as? Int } == [2, 1, 1, 1, 1, 1, 1])
        let themes = try #require(json["themes"] as? [[String: Any]])
        let negativity = try #require(themes.first { $0["name"] as? String == "negativity" })
        #expect(negativity["count"] as? Int == 8)
        #expect(negativity["entries"] as? Int == 5)
        #expect(negativity["previous"] as? Int == 0)
        #expect(json["recurring"] is [[String: Any]])
    }

    @Test("text output has no colour codes when piped, with NO_COLOR or with --no-color", arguments: [
        ([String](), [String: String]()),
        (["--no-color"], [:]),
        ([], ["NO_COLOR": "1"]),
    ])
    func textWithoutColour(options: [String], environment: [String: String]) throws {
        let journal = try reportJournal()
        let result = try report(journal, options, environment: environment)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}["))
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "November 2026 · monthly attitude report")
        #expect(lines.contains("  Entries   14 · on 14 of 30 days"))
        #expect(lines.contains("  Streak    2 days now · longest this month 5 days"))
        #expect(lines.contains("  Day     1   5   10   15   20   25   30"))
        #expect(lines.contains("  Rating  ·▅-▃·▆··▅-▆█▆···▃··▅···-····▆▆"))
        #expect(lines.contains("  stuck 2 · frustrated 1 · ghosted 1 · ghosted me 1 · not happy 1 ·"))
        #expect(lines.contains("  pushback on price 1 · waiting 1"))
        #expect(lines.contains("  Made 12 · met 5 (4 on time) · cancelled 1 · open 3 · overdue 3"))
        #expect(lines.contains("    2026-11-06#1     no date  24 days  10 entries  Ask Priya for the pricing approval"))
        #expect(lines.contains("AGENDA FOR YOUR NEXT ONE-TO-ONE"))
        #expect(lines.contains("    Help me build a Q1 prospecting plan, and join two discovery calls in"))
    }

    @Test("Markdown has headings, tables and the agenda")
    func markdown() throws {
        let result = try report(try reportJournal(), ["--format", "markdown"])
        #expect(result.status == 0)
        for line in ["# November 2026 · monthly attitude report", "## Attitude", "| Self-rating (1 to 5) | 3.5 | 3.0 | +0.5 |",
                     "| 2026-11-17#1 | Follow up with Umbrella by Friday | 2026-11-20 | 13 | 4 |",
                     "- **2026-11-09** I will email the Acme CFO by Friday (due 2026-11-13)",
                     "## Agenda for the next one-to-one",
                     "  Should I hand the small Hooli accounts to the inside team, so I can spend my time on new logos?"] {
            #expect(result.stdout.contains("\n" + line + "\n") || result.stdout.hasPrefix(line + "\n"), "\(line)")
        }
    }

    @Test("the HTML page is one self-contained file with accessible SVG charts")
    func html() throws {
        let result = try report(try reportJournal(), ["--format", "html"])
        #expect(result.status == 0)
        let page = result.stdout
        #expect(page.hasPrefix("<!DOCTYPE html>\n"))
        #expect(page.contains("<svg"))
        #expect(page.components(separatedBy: "role=\"img\"").count == 4)
        #expect(page.components(separatedBy: "<title id=").count == 4)
        #expect(page.contains("<title>November 2026 · monthly attitude report</title>"))
        for forbidden in ["<script", "http:", "https:", "src=\"//", "//", "@import", "@font-face", "url("] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        #expect(page.contains("@media print"))
        #expect(page.contains("Should I hand the small Hooli accounts to the inside team"))
        #expect(page.contains("I&#39;m going to book two discovery meetings with Initech"))
    }

    @Test("--output writes the chosen format atomically with mode 0600 and prints where")
    func output() throws {
        let journal = try reportJournal()
        let printed = try report(journal, ["--format", "html"])
        let result = try report(journal, ["--format", "html", "--output", journal("november.html")], umask: "000")
        #expect(result.status == 0)
        #expect(result.stdout == "Saved \(journal("november.html"))\n")
        #expect(try journal.read("november.html") == printed.stdout)
        #expect(journal.mode("november.html") == 0o600)

        let missing = try report(journal, ["--output", journal("no/such/folder/report.txt")])
        #expect(missing.status == 73)
        #expect(missing.stderr.hasPrefix("Error: cannot write \(journal("no/such/folder/report.txt")):"))
    }

    @Test("--save files the Markdown report as reports/YYYY-MM.md in the journal, or the format asked for")
    func save() throws {
        let journal = try reportJournal()
        let markdown = try report(journal, ["--format", "markdown"])
        let result = try report(journal, ["--save"], umask: "000")
        #expect(result.status == 0)
        #expect(result.stdout == "Saved \(journal("reports/2026-11.md"))\n")
        #expect(try journal.read("reports/2026-11.md") == markdown.stdout)
        #expect(journal.mode("reports/2026-11.md") == 0o600)
        #expect(journal.mode("reports") == 0o700)

        let both = try report(journal, ["--save", "--format", "json", "--output", journal("november.json")])
        #expect(both.stdout == "Saved \(journal("november.json"))\nSaved \(journal("reports/2026-11.json"))\n")
        #expect(try jsonObject(try journal.read("november.json")) is [String: Any])
        #expect(try journal.read("reports/2026-11.json") == journal.read("november.json"))
        // The saved report is not an entry: listing the journal is unchanged.
        let list = try Binary.run(["--journal", journal.path, "list", "--json"])
        #expect((try jsonObject(list.stdout) as? [Any])?.count == 17)
    }

    @Test("a month without entries is a short, friendly report in every format")
    func emptyMonth() throws {
        let journal = try reportJournal()
        let past = try Binary.run(["--journal", journal.path, "--date", "2026-12-05", "report", "--month", "2026-09"])
        #expect(past.status == 0)
        #expect(past.stdout == """
            September 2026 · monthly attitude report
            1–30 September 2026

            No entries in September 2026. Run `reflect --date 2026-09-30` to back-fill a day.

            """)
        let running = try Binary.run(["--journal", journal.path, "--date", "2026-12-05", "report"])
        #expect(running.stdout.hasSuffix("\nNo entries in December 2026 yet. Run `reflect` to write today's.\n"))
        for format in ["markdown", "html"] {
            let result = try Binary.run(["--journal", journal.path, "--date", "2026-12-05", "report", "--format", format])
            #expect(result.status == 0)
            #expect(result.stdout.contains("No entries in December 2026 yet."))
        }
        let json = try Binary.run(["--journal", journal.path, "--date", "2026-12-05", "report", "--format", "json"])
        let object = try #require(try jsonObject(json.stdout) as? [String: Any])
        #expect(object["month"] as? String == "2026-12")
        #expect(object["entries"] as? Int == 0)
        #expect((object["commitments"] as? [String: Any])?["made"] as? Int == 0)
        #expect((object["attitude"] as? [String: Any])?["selfRating"] is NSNull)
        let future = try Binary.run(["--journal", journal.path, "--date", "2026-12-05", "report", "--month", "2027-03"])
        #expect(future.stdout.contains("March 2027 has not started yet"))
    }

    @Test("a bad format or month is a usage error", arguments: [
        (["--format", "xml"], "Error: --format 'xml' is not a format: use text, markdown, json or html\n"),
        (["--month", "2026-13"], "Error: --month '2026-13' is not a month: use YYYY-MM, with a month from 01 to 12\n"),
        (["--output", ""], "Error: --output needs a file name\n"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let journal = try reportJournal()
        let result = try Binary.run(["--journal", journal.path, "report"] + arguments)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(message + "Usage: reflect report "))
    }

    @Test("a file that cannot be read, or a second file for a day, is skipped with a warning")
    func skippedFiles() throws {
        let journal = try reportJournal()
        try journal.write("2026/11/2026-11-15.md", bytes: [0x66, 0xFF, 0x0A])
        try journal.write("notes/2026-11-13.md", "A second 13 November, with a slump and a no-show.\n")
        let result = try report(journal, ["--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: skipping \(journal("2026/11/2026-11-15.md")): it is not UTF-8 text\n"))
        #expect(result.stderr.contains("warning: ignoring \(journal("notes/2026-11-13.md"))"))
        let json = try #require(try jsonObject(result.stdout) as? [String: Any])
        #expect(json["entries"] as? Int == 14)
        #expect((json["negativeWords"] as? [[String: Any]])?.count == 7)
    }
}
