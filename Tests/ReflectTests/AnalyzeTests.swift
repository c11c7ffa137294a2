import Foundation
import Testing

@Suite("reflect analyze")
struct AnalyzeTests {
    private func analysis(_ text: String) throws -> [String: Any] {
        let result = try Binary.run(["--date", "2026-11-24", "analyze", "--json"], input: text)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try jsonObject(result.stdout) as? [String: Any])
    }

    @Test("negated negative words count nothing", arguments: ["not bad at all", "no problem with legal", "I can't complain about October"])
    func negatedNegatives(text: String) throws {
        let json = try analysis(text)
        #expect(json["negative"] as? Int == 0)
        #expect((json["negativeWords"] as? [String])?.isEmpty == true)
    }

    @Test("negative self-talk and negated positives count", arguments: ["not happy with the call", "I got ghosted again", "we didn't close"])
    func negatives(text: String) throws {
        let json = try analysis(text)
        #expect((json["negative"] as? Int ?? 0) >= 1)
        #expect((json["score"] as? Double ?? 0) < 0)
    }

    @Test("a firm first-person promise is a stated commitment with its due date; hedges and others' promises are not")
    func statedCommitments() throws {
        let firm = try #require(try analysis("I will send the proposal by Friday")["statedCommitments"] as? [[String: Any]])
        #expect(firm.count == 1)
        #expect(firm.first?["text"] as? String == "I will send the proposal by Friday")
        #expect(firm.first?["due"] as? String == "2026-11-27")
        #expect((try analysis("maybe I'll call them")["statedCommitments"] as? [Any])?.isEmpty == true)
        #expect((try analysis("Dana will send it Friday")["statedCommitments"] as? [Any])?.isEmpty == true)
    }

    @Test("the JSON has exactly the documented keys, in order")
    func keys() throws {
        let result = try Binary.run(["analyze", "--json"], input: "Three calls, two demos.\n")
        let keys = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == ["words", "negative", "positive", "score", "negativeWords", "themes", "statedCommitments", "sentences"])
        #expect((try jsonObject(result.stdout) as? [String: Any])?["themes"] as? [String: Int] == ["activity": 2])
    }

    @Test("--lines scores each line on its own, one JSON object a line")
    func lines() throws {
        let folder = TemporaryFolder()
        try folder.write("notes.txt", "Ghosted again.\n\nGreat demo today!\n")
        let result = try Binary.run(["analyze", folder("notes.txt"), "--lines"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3)
        let objects = try lines.map { try #require(try jsonObject(String($0)) as? [String: Any]) }
        #expect(objects[0]["negative"] as? Int == 1)
        #expect(objects[1]["words"] as? Int == 0)
        #expect((objects[2]["score"] as? Double ?? 0) > 0)
    }

    @Test("--lines streams an input larger than its 4 MB blocks: every line once, whole and in order, the last without a newline")
    func linesStream() throws {
        // 4,700 lines of 1,000 bytes: one line crosses the first block's end.
        let words = Array(repeating: "call", count: 199).joined(separator: " ")
        let text = (1...4_700).map { "\($0) \(words)" }.joined(separator: "\n")
        let result = try Binary.run(["analyze", "--lines"], input: text)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4_700)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"words\":200,") })
    }

    @Test("--lines refuses a single line longer than 16 MB with exit 65, after the lines before it")
    func linesTooLong() throws {
        let input = "Great demo.\n" + String(repeating: "a", count: 17 << 20)
        let result = try Binary.run(["analyze", "--lines"], input: input)
        #expect(result.status == 65)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stderr == "Error: a line of standard input is longer than 16 MB\n")
    }

    @Test("an entry's front matter is not the writer's words: the score is the body's")
    func frontMatter() throws {
        let body = "# Monday, 30 November 2026\n\n## How did it go?\n\nGlobex ghosted me again. Legal killed it.\n"
        let entry = try Binary.run(["analyze", "--json"], input: "---\ndate: 2026-11-30\nattitude: 2\n---\n\n" + body)
        let plain = try Binary.run(["analyze", "--json"], input: body)
        #expect(entry.status == 0)
        #expect(entry.stdout == plain.stdout)
        #expect(!entry.stdout.contains("attitude"))
    }

    @Test("--json shows each sentence with its score and counted words, so a day's score can be explained")
    func sentences() throws {
        let result = try Binary.run(["analyze", "--json"], input: "Great call with Acme.\nGlobex ghosted me again. Legal killed it.\n")
        let json = try #require(try jsonObject(result.stdout) as? [String: Any])
        let sentences = try #require(json["sentences"] as? [[String: Any]])
        #expect(sentences.map { $0["text"] as? String } == ["Great call with Acme.", "Globex ghosted me again.", "Legal killed it."])
        #expect(sentences.map { ($0["score"] as? Double ?? 0) > 0 } == [true, false, false])
        #expect(sentences.map { $0["negativeWords"] as? [String] } == [[], ["ghosted me"], ["killed it"]])
        // Two sentences: each is shown as it reads alone, r = s / √(s² + 2) of its score s; the
        // day's score is their mean s, a quarter of the way to their mean leaning, times √2,
        // squashed the same way (from three sentences on, the learned weights of whole days add to
        // it: InsightsTests); all are printed to three decimals, so they agree to within rounding.
        let two = try Binary.run(["analyze", "--json"], input: "Great call with Acme. Legal killed it.\n")
        let twoJSON = try #require(try jsonObject(two.stdout) as? [String: Any])
        let readings = try #require(twoJSON["sentences"] as? [[String: Any]]).compactMap { $0["score"] as? Double }
        #expect(readings.count == 2)
        let scores = readings.map { $0 * (2 / (1 - $0 * $0)).squareRoot() }
        let leaning = scores.map { $0 < 0 ? -(-$0).squareRoot() : $0.squareRoot() }
        let evidence = (0.75 * scores.reduce(0, +) / 2 + 0.25 * leaning.reduce(0, +) / 2) * 2.0.squareRoot()
        #expect(abs((twoJSON["score"] as? Double ?? 9) - evidence / (evidence * evidence + 2).squareRoot()) < 0.003)
    }

    @Test("the text form lists the counted words")
    func text() throws {
        let result = try Binary.run(["analyze"], input: "The deal stalled and I got ghosted.\n")
        #expect(result.stdout.contains("  negative            2 (deal stalled, got ghosted)\n"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("the text form names the first 20 counted words of a long text and how many more there are")
    func textOfALongText() throws {
        let result = try Binary.run(["analyze"], input: String(repeating: "I got ghosted. The deal stalled.\n", count: 15))
        let listed = Array(repeating: "got ghosted, deal stalled", count: 10).joined(separator: ", ")
        #expect(result.stdout.contains("  negative            30 (\(listed), and 10 more)\n"), "\(result.stdout)")
    }

    @Test("a missing file exits 66")
    func missingFile() throws {
        let result = try Binary.run(["analyze", "/nonexistent/notes.txt"])
        #expect(result.status == 66)
        #expect(result.stderr == "Error: cannot read /nonexistent/notes.txt: there is no such file\n")
    }

    @Test("the journal's themes.md adds a theme")
    func userThemes() throws {
        let journal = TemporaryFolder()
        try journal.write(".reflect/themes.md", "## competitors\n- globex\n- initech\n")
        let result = try Binary.run(["--journal", journal.path, "analyze", "--json"], input: "Lost to Globex, again. Initech next.\n")
        #expect((try jsonObject(result.stdout) as? [String: Any])?["themes"] as? [String: Int] == ["competitors": 2, "negativity": 1])
    }
}
