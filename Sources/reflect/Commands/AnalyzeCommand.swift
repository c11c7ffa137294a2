import Glibc
import Insights
import Journal

/// `reflect analyze [FILE|-] [--lines] [--json]`: the insights of any text.
enum AnalyzeCommand {
    static func run(_ context: Context) throws {
        let source = context.invocation.arguments.first ?? "-"
        let bytes: [UInt8]
        if source == "-" {
            bytes = Console.readAllInput()
        } else {
            guard let read = try FileSystem.read(source) else {
                throw CommandFailure("cannot read \(source): there is no such file", code: .notFound)
            }
            bytes = read
        }
        let analyzer = context.analyzer()
        if context.invocation.flag("--lines") {
            scoreLines(bytes, analyzer: analyzer, writtenOn: context.today)
            return
        }
        let analysis = bytes.withUnsafeBufferPointer { analyzer.analyze(utf8: $0, writtenOn: context.today) }
        if context.invocation.flag("--json") {
            Console.write(analysis.json.rendered() + "\n")
        } else {
            Console.write(text(analysis, style: context.style))
        }
    }

    /// One compact JSON object per input line, written in large chunks.
    ///
    /// - Complexity: O(n) in the input's length; no per-line file or string work beyond the output.
    private static func scoreLines(_ bytes: [UInt8], analyzer: TextAnalyzer, writtenOn day: Day) {
        var output = ""
        output.reserveCapacity(1 << 17)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
                let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                output += analyzer.analyze(utf8: line, writtenOn: day).json.rendered(pretty: false)
                output += "\n"
                if output.utf8.count >= 1 << 16 {
                    Console.write(output)
                    output.removeAll(keepingCapacity: true)
                }
                start = end + 1
            }
        }
        Console.write(output)
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

/// `reflect report`.
enum ReportCommand {
    static func run(_ context: Context) throws {
        throw CommandFailure("report is not built yet", code: .ioError)
    }
}
