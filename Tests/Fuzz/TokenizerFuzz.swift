/// libFuzzer harness: the tokenizer of `Insights` (compiled in beside this file, read only),
/// over any bytes, valid UTF-8 or not. It must never trap or read outside its buffers, and its
/// tokens must stand in order inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = UnsafeBufferPointer(start: data, count: size)
    Tokenizer.withTokens(of: source) { tokens in
        var lastEnd = 0
        var lastFolded = 0
        for index in 0..<tokens.count {
            let token = tokens[index]
            check(token.sourceStart >= lastEnd && token.sourceStart < token.sourceEnd && token.sourceEnd <= size,
                         "a token outside the text or out of order")
            check(token.foldedStart >= lastFolded && token.foldedStart <= token.foldedEnd && token.foldedEnd <= tokens.folded.count,
                         "a folded word outside its buffer")
            check(!token.endsSentence || token.endsClause, "a sentence end that is not a clause end")
            lastEnd = token.sourceEnd
            lastFolded = token.foldedEnd
            _ = tokens.string(index)
        }
    }
    _ = Tokenizer.words(in: String(decoding: source, as: UTF8.self))
    return 0
}
