import Foundation
@testable import Insights
import Prompts
import Testing

@Suite("The word lists' fast path")
struct PlainWordsTests {
    @Test("every bundled item the fast path reads splits as the tokenizer splits it; others are left to the tokenizer")
    func agreesWithTheTokenizer() throws {
        var read = 0
        for file in Resources.texts(under: "words") {
            for line in file.text.split(separator: "\n") where line.hasPrefix("- ") {
                var item = line.dropFirst(2)
                if let colon = item.lastIndex(of: ":"), Double(item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)) != nil {
                    item = item[..<colon]
                }
                let phrase = item.trimmingCharacters(in: .whitespaces)
                guard let count = Self.plainWordCount(phrase), !SpellingTable.hasTypedWord(phrase.utf8) else { continue }
                read += 1
                // The fast path keeps the phrase as its key: the tokenizer must make exactly its words of it.
                #expect(phrase.split(separator: " ").map(String.init) == Tokenizer.words(in: phrase), "\(phrase)")
                #expect(count == Tokenizer.words(in: phrase).count, "\(phrase)")
            }
        }
        #expect(read > 10_000)
        #expect(Self.plainWordCount("Capital") == nil)
        #expect(Self.plainWordCount("pushed  out") == nil)
        #expect(Self.plainWordCount("don't-") == nil)
        #expect(Self.plainWordCount("follow-up with") == 2)
    }

    @Test("every bundled emoticon is one emoticon token, so none folds into a word (\":3\" is not \"3\")")
    func emoticonsStandAlone() throws {
        let idioms = try #require(Resources.texts(under: "words").first { $0.name.hasSuffix("idioms.md") })
        let section = try #require(idioms.text.components(separatedBy: "## Emoticons\n").dropFirst().first)
        var checked = 0
        for line in section.split(separator: "\n") {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("- "), let colon = line.lastIndex(of: ":") else { continue }
            var item = String(line.dropFirst(2)[..<colon])
            // "xd" is a word; kaomoji ("ಠ_ಠ") are words of their own script.
            guard item.contains(where: { !$0.isLetter }), item.allSatisfy(\.isASCII) else { continue }
            checked += 1
            let kinds = item.withUTF8 { source in
                Tokenizer.withTokens(of: source) { tokens in (0..<tokens.count).map { tokens[$0].isEmoticon } }
            }
            #expect(kinds == [true], "\(item)")
        }
        #expect(checked > 40)
    }

    static func plainWordCount(_ phrase: String) -> Int? {
        var phrase = phrase
        return phrase.withUTF8 { WordList.plainWordCount($0[...]) }
    }
}
