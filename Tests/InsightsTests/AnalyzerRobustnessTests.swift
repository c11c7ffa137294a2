import Insights
import Journal
import Prompts
import Testing

/// The rules look around each word (back to a negator, on to a clause's end, into the next phrase),
/// so every list word is read at every edge of a text: first, last, before and after each mark.
@Suite("The analyzer on any arrangement of its own words")
struct AnalyzerRobustnessTests {
    /// Every item of the bundled grammar, event and change lists.
    static let items: [String] = Resources.texts(under: "words")
        .filter { !$0.name.contains("valence/") }
        .flatMap { file in
            file.text.split(separator: "\n").filter { $0.hasPrefix("- ") }.map { line in
                var item = line.dropFirst(2)
                if let colon = item.lastIndex(of: ":"), Double(item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)) != nil {
                    item = item[..<colon]
                }
                return String(item)
            }
        }

    static let marks = ["", ".", ",", ";", "!", "?", ":", " —", "\n", "\n- ", "\n- [ ] ", " \"", "\" "]

    @Test("every list item alone, at each edge of a text and beside each mark")
    func everyItemAtEveryEdge() {
        #expect(Self.items.count > 1_000)
        let analyzer = Fixtures.analyzer
        for item in Self.items {
            for mark in Self.marks {
                for text in [item + mark, mark + item, "I " + item + mark + " it", item + mark + " " + item, "Never " + item + mark] {
                    let analysis = analyzer.analyze(text, writtenOn: Day(year: 2026, month: 11, day: 24), sentences: true)
                    #expect(analysis.score.isFinite && abs(analysis.score) <= 1, "\(text)")
                }
            }
        }
    }

    @Test("seeded word soups of list words, rated words and marks")
    func soups() {
        let analyzer = Fixtures.analyzer
        let words = Self.items + ["great", "awful", "not", "never", "but", "then", "deal", "slipped", "I'll", "tomorrow", "!", "\"", "🙄", ":)"]
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                text += words.randomElement(using: &generator)!
                text += Self.marks.randomElement(using: &generator)! + " "
            }
            let analysis = analyzer.analyze(text, writtenOn: Day(year: 2026, month: 11, day: 24), sentences: true)
            #expect(analysis.score.isFinite && abs(analysis.score) <= 1, "\(text)")
        }
    }

    /// The words the rules themselves look for, which no list holds: a rule that looks a word
    /// ahead or back must not run off its clause ("They gave.", "Not ever great.").
    @Test("seeded word soups of the rules' own words")
    func ruleSoups() {
        let analyzer = Fixtures.analyzer
        let words = ["they", "gave", "took", "moved", "switched", "picked", "went", "signed", "with", "to", "us", "him", "the", "contract",
                     "ever", "this", "so", "before", "none", "of", "said", "no", "not", "one", "thing", "great", "awful", "Grace", "Mr.",
                     "didn't", "matter", "I", "still", "0,42", "gives", "me", "order", "too", "tired", "celebrate", "sharp", "8", "oh", "sure",
                     "yes", "best", "part", "my", "day", "was", "45", "minutes", "for", "never", "thought", "and", "did", "here", "we",
                     "are", "a", "single", "outage", "affect", "came", "up", "but", "then", "what", "treat", "favourite", "meeting",
                     "terrible", "should", "probably", "embarrassed", "that", "dropped", "have", "won", "lost", "why", "without", "rather",
                     "than", "instead", "missed", "Leo's", "recital", "doesn't", "count", "paid", "deposit", "sent", "PO", "thank", "cheers",
                     "joy", "when", "way", "hoped", "nobody's", "no.", "nothing", "big", "given", "trial", "there", "know", "would", "do",
                     "happy", "tired", "as", "soon", "land", "doing", "at", "seven", "nervous", "which", "she", "does", "reason", "proud"]
        var generator = SplitMix64(seed: 1130)
        for _ in 0..<6_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                text += words.randomElement(using: &generator)!
                text += [" ", " ", " ", ". ", ", "].randomElement(using: &generator)!
            }
            let analysis = analyzer.analyze(text, writtenOn: Day(year: 2026, month: 11, day: 24), sentences: true)
            #expect(analysis.score.isFinite && abs(analysis.score) <= 1, "\(text)")
        }
    }
}
