@testable import Insights
import Testing

@Suite("A lexicon kept as bytes")
struct LexiconSerializationTests {
    static let lexicon = Lexicon.bundled().lexicon
    static let bytes = lexicon.serialized()

    @Test("reads back as the same lexicon: the same bytes again, and the same analysis of every labelled sentence")
    func roundTrip() throws {
        let read = try #require(Lexicon(serialized: Self.bytes))
        #expect(read.serialized() == Self.bytes)
        #expect(read.themeNames == Self.lexicon.themeNames)
        let original = TextAnalyzer(lexicon: Self.lexicon), copy = TextAnalyzer(lexicon: read)
        for row in Fixtures.ratedSentences("sales-sentences.tsv") + Fixtures.ratedSentences("general-sentences.tsv") {
            #expect(copy.analyze(row.sentence).json.rendered(pretty: false) == original.analyze(row.sentence).json.rendered(pretty: false))
        }
        #expect(read.valence(of: "went dark") == Self.lexicon.valence(of: "went dark"))
        #expect(read.themes(of: "ghosted") == Self.lexicon.themes(of: "ghosted"))
    }

    @Test("bytes that are not a whole lexicon read as none: another format, cut short, or with more after")
    func refusesWhatItIsNot() {
        #expect(Lexicon(serialized: []) == nil)
        #expect(Lexicon(serialized: Array("reflect lexicon 1\n".utf8) + Self.bytes.dropFirst(18)) == nil)
        for length in stride(from: 0, to: Self.bytes.count, by: Self.bytes.count / 97) {
            #expect(Lexicon(serialized: Array(Self.bytes.prefix(length))) == nil, "cut at \(length)")
        }
        #expect(Lexicon(serialized: Self.bytes + [0]) == nil)
    }

    @Test("a damaged byte anywhere gives no lexicon, or one whose lookups stay inside it")
    func survivesDamage() {
        let analyzer = { (lexicon: Lexicon) in TextAnalyzer(lexicon: lexicon) }
        var refused = 0
        for position in stride(from: 18, to: Self.bytes.count, by: 3_301) {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = Self.bytes
                damaged[position] ^= flip
                guard let read = Lexicon(serialized: damaged) else {
                    refused += 1
                    continue
                }
                // Accepted: a rating or a role changed. Reading text with it must still work.
                _ = analyzer(read).analyze("Ghosted again, but the Acme demo went great and I will call them by Friday.")
            }
        }
        #expect(refused > 0)
    }
}
