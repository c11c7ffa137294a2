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
                let phrase = Substring(item.trimmingCharacters(in: .whitespaces))
                guard let words = WordList.plainWords(phrase) else { continue }
                read += 1
                #expect(words == Tokenizer.words(in: String(phrase)), "\(phrase)")
            }
        }
        #expect(read > 10_000)
        #expect(WordList.plainWords("Capital") == nil)
        #expect(WordList.plainWords("pushed  out") == nil)
        #expect(WordList.plainWords("don't-") == nil)
        #expect(WordList.plainWords("follow-up with") == ["follow-up", "with"])
    }
}
