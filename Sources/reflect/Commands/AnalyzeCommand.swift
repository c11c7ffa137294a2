import Insights
import Journal

/// `reflect analyze [FILE|-] [--lines] [--json]`: the insights of any text.
enum AnalyzeCommand {
    static func run(_ context: Context) throws {
        let source = context.invocation.arguments.first ?? "-"
        let bytes: [UInt8]
        if source == "-" {
            // Otherwise the command seems to hang: it is waiting for text.
            if Console.inputIsTerminal {
                Console.error("Type or paste the text to analyze, then press Ctrl-D on a line of its own (or give a file: reflect analyze FILE).")
            }
            guard let input = Console.readAllInput(limit: FileSystem.inputLimit) else {
                throw CommandFailure("the input is larger than \(FileSystem.inputLimit >> 20) MB, the most reflect analyzes at once", code: .data)
            }
            bytes = input
        } else {
            guard let read = try JournalStore.readFile(source) else {
                throw CommandFailure("cannot read \(source): there is no such file", code: .notFound)
            }
            bytes = read
        }
        let analyzer = context.analyzer()
        if context.invocation.flag("--lines") {
            scoreLines(bytes, analyzer: analyzer, writtenOn: context.today)
            return
        }
        let analysis = bytes.withUnsafeBufferPointer { analyzer.analyze(utf8: $0, writtenOn: context.today, sentences: true) }
        if context.invocation.flag("--json") {
            Console.write(analysis.json.rendered() + "\n")
        } else {
            Console.write(text(analysis, style: context.style))
        }
    }

    /// One compact JSON object per input line. Blocks of lines are scored on every core and
    /// written in input order, a batch at a time, so memory stays bounded for any input.
    ///
    /// - Complexity: O(n) in the input's length.
    private static func scoreLines(_ bytes: [UInt8], analyzer: TextAnalyzer, writtenOn day: Day) {
        guard !bytes.isEmpty else { return }
        var lineStarts: [Int] = [0]
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && index + 1 < bytes.count {
            lineStarts.append(index + 1)
        }
        let linesPerBlock = 1024
        let blocksPerBatch = 32
        var blocks: [Range<Int>] = stride(from: 0, to: lineStarts.count, by: linesPerBlock).map {
            $0..<min($0 + linesPerBlock, lineStarts.count)
        }
        let input = SharedBytes(bytes: bytes, lineStarts: lineStarts)
        while !blocks.isEmpty {
            let batch = Array(blocks.prefix(blocksPerBatch))
            blocks.removeFirst(batch.count)
            let outputs = ParallelMap.map(batch, minimumCount: 2, chunk: 1) { block in
                var output: [UInt8] = []
                input.bytes.withUnsafeBufferPointer { buffer in
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

    /// The input and where its lines start, shared read-only by the workers.
    private struct SharedBytes: Sendable {
        let bytes: [UInt8]
        let lineStarts: [Int]
    }

    /// The analysis for a person: counts, the words counted, themes and stated commitments.
    static func text(_ analysis: TextAnalysis, style: Style) -> String {
        func row(_ label: String, _ value: String) -> String {
            "  " + label + String(repeating: " ", count: max(1, 20 - label.count)) + value + "\n"
        }
        var text = ""
        text += row("words", String(analysis.words))
        let counted = analysis.negativeWords.isEmpty ? "" : " (" + analysis.negativeWords.joined(separator: ", ") + ")"
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
