import CommandKit
import Insights
import Journal

/// `reflect analyze [FILE|-] [--lines] [--json]`: the insights of any text.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "analyze",
        abstract: "Show the insights of any text: words, negativity, score, themes, stated commitments."
    )

    @Flag(name: "--lines", help: "Score each input line on its own, one JSON object per line.")
    var lines: Bool

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool

    @Argument(name: "file", help: "The file to read, or '-' for standard input (the default).", completion: .file)
    var file: String?

    func run(_ context: Context) throws {
        let source = file ?? "-"
        // Otherwise the command seems to hang: it is waiting for text.
        if source == "-", Console.inputIsTerminal {
            Console.error("Type or paste the text to analyze, then press Ctrl-D on a line of its own (or give a file: reflect analyze FILE).")
        }
        let stream: ByteStream
        if source == "-" {
            stream = .standardInput(descriptor: Console.current.input)
        } else {
            guard let opened = try ByteStream.open(source) else {
                throw CommandFailure("cannot read \(source): there is no such file", code: .notFound)
            }
            stream = opened
        }
        let analyzer = context.analyzer()
        if lines {
            try Self.streamLines(from: stream, analyzer: analyzer, writtenOn: context.today)
            return
        }
        var bytes: [UInt8] = []
        while try stream.read(appendingTo: &bytes, upTo: 1 << 20) {
            if bytes.count > FileSystem.inputLimit {
                throw CommandFailure("\(stream.name) is larger than \(FileSystem.inputLimit >> 20) MB, the most reflect analyzes "
                    + "as one text (--lines reads any size, a line at a time)", code: .data)
            }
        }
        // An entry's front matter (`date:`, `attitude:`…) is not the writer's words.
        let body = EntryParser.frontMatterRange(bytes).map { $0.upperBound } ?? 0
        let analysis = bytes[body...].withUnsafeBufferPointer { analyzer.analyze(utf8: $0, writtenOn: context.today, sentences: true) }
        if json {
            Console.write(analysis.json.rendered() + "\n")
        } else {
            Console.write(Self.text(analysis, style: context.style))
        }
    }

    /// Scores `stream` a line at a time, reading about 4 MB of whole lines at once, so memory stays
    /// flat however long the input is (a single line may be up to `FileSystem.sizeLimit`, 16 MB).
    private static func streamLines(from stream: ByteStream, analyzer: TextAnalyzer, writtenOn day: Day) throws {
        let blockSize = 4 << 20
        var buffer: [UInt8] = []
        var searched = 0   // bytes of `buffer` already known to hold no newline
        var ended = false
        while !ended {
            while buffer.count < searched + blockSize, !ended {
                ended = try !stream.read(appendingTo: &buffer, upTo: searched + blockSize - buffer.count)
            }
            var whole = 0
            var index = buffer.count
            while index > searched {
                index -= 1
                if buffer[index] == UInt8(ascii: "\n") { whole = index + 1; break }
            }
            if whole > 0 {
                scoreLines(buffer, count: whole, analyzer: analyzer, writtenOn: day)
                buffer.removeFirst(whole)
            }
            // What is left is the start of a line: it may not grow past the limit.
            guard buffer.count <= FileSystem.sizeLimit else {
                throw CommandFailure("a line of \(stream.name) is longer than \(FileSystem.sizeLimit >> 20) MB", code: .data)
            }
            searched = buffer.count
        }
        if !buffer.isEmpty { scoreLines(buffer, count: buffer.count, analyzer: analyzer, writtenOn: day) }
    }

    /// One compact JSON object per input line of the first `count` bytes of `bytes`, which are
    /// read where they are (not copied out of the reading buffer). Blocks of lines are scored on
    /// every core and written in input order, a batch at a time, so memory stays bounded for any input.
    ///
    /// - Complexity: O(n) in the input's length.
    private static func scoreLines(_ bytes: [UInt8], count: Int, analyzer: TextAnalyzer, writtenOn day: Day) {
        guard count > 0 else { return }
        var lineStarts: [Int] = [0]
        for index in 0..<count where bytes[index] == UInt8(ascii: "\n") && index + 1 < count {
            lineStarts.append(index + 1)
        }
        let linesPerBlock = 1024
        let blocksPerBatch = 32
        var blocks: [Range<Int>] = stride(from: 0, to: lineStarts.count, by: linesPerBlock).map {
            $0..<min($0 + linesPerBlock, lineStarts.count)
        }
        let input = SharedBytes(bytes: bytes, count: count, lineStarts: lineStarts)
        while !blocks.isEmpty {
            let batch = Array(blocks.prefix(blocksPerBatch))
            blocks.removeFirst(batch.count)
            let outputs = ParallelMap.map(batch, minimumCount: 2, chunk: 1) { block in
                var output: [UInt8] = []
                input.bytes.withUnsafeBufferPointer { whole in
                    let buffer = UnsafeBufferPointer(rebasing: whole[..<input.count])
                    for line in block {
                        var end = line + 1 < input.lineStarts.count ? input.lineStarts[line + 1] - 1 : buffer.count
                        if end > input.lineStarts[line], buffer[end - 1] == UInt8(ascii: "\n") { end -= 1 }
                        let text = UnsafeBufferPointer(rebasing: buffer[input.lineStarts[line]..<end])
                        analyzer.analyze(utf8: text, writtenOn: day).json.write(to: &output, pretty: false)
                        output.append(UInt8(ascii: "\n"))
                    }
                }
                return output
            }
            for output in outputs { Console.write(output) }
        }
    }

    /// The input (its first `count` bytes) and where its lines start, shared read-only by the workers.
    private struct SharedBytes: Sendable {
        let bytes: [UInt8]
        let count: Int
        let lineStarts: [Int]
    }

    /// How many of the negative words counted the text output names.
    static let shownNegativeWords = 20

    /// The analysis for a person: counts, the words counted (the first `shownNegativeWords`),
    /// themes and stated commitments.
    static func text(_ analysis: TextAnalysis, style: Style) -> String {
        func row(_ label: String, _ value: String) -> String {
            "  " + label + String(repeating: " ", count: max(1, 20 - label.count)) + value + "\n"
        }
        var text = ""
        text += row("words", String(analysis.words))
        // A long text's words are many: the first few say what kind they are, and `--json` has them all.
        let shown = analysis.negativeWords.prefix(shownNegativeWords).joined(separator: ", ")
        let more = analysis.negativeWords.count - shownNegativeWords
        let counted = analysis.negativeWords.isEmpty ? "" : " (" + shown + (more > 0 ? ", and \(more) more" : "") + ")"
        text += row("negative", String(analysis.negative) + counted)
        text += row("positive", String(analysis.positive))
        let score = (analysis.score * 100).rounded() / 100
        text += row("score", (score > 0 ? "+" : "") + String(score) + " " + style.dim("(−1 negative … +1 positive)"))
        let themes = analysis.themes.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
        text += row("themes", themes.isEmpty ? "none" : themes)
        if analysis.statedCommitments.isEmpty {
            text += row("stated commitments", "none")
        } else {
            text += "  stated commitments\n"
            for commitment in analysis.statedCommitments {
                text += "    " + commitment.text + (commitment.due.map { style.dim("  due \($0)") } ?? "") + "\n"
            }
        }
        return text
    }
}
