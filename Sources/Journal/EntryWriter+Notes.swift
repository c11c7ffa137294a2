extension EntryWriter {
    /// The file for a day that has none yet and gets no answer: its front matter, its title, and an
    /// empty section for each of `prompts` (a new day opened in the editor).
    public static func template(day: Day, prompts: [Prompt] = []) -> [UInt8] {
        var text = "---\ndate: \(day)\n"
        if !prompts.isEmpty { text += "prompts: [" + prompts.map(\.id).joined(separator: ", ") + "]\n" }
        text += "---\n\n# \(day.longDescription)\n"
        for prompt in prompts { text += "\n## \(prompt.text)\n\n" }
        return Array(text.utf8)
    }

    /// `bytes` with `line` added under `## heading`: at the end of the file when its last section
    /// is that heading already, else under a new one. A `paragraph` stands apart from the line before
    /// it (a note); a line that is not (a task line) joins a list of task lines it follows. Nothing
    /// already in the file changes; a code block the file leaves open is closed first.
    public static func append(_ line: String, under heading: String, paragraph: Bool, to bytes: [UInt8]) -> [UInt8] {
        let newline = lineEnding(of: bytes)
        var output = bytes
        if let last = output.last, last != UInt8(ascii: "\n") { output += last == UInt8(ascii: "\r") ? [UInt8(ascii: "\n")] : Array(newline.utf8) }
        let fence = EntryParser.openCodeFence(bytes)
        if let fence { output += fence + Array(newline.utf8) }
        let lines = EntryParser.lineRanges(output)
        let lastLine = lines.last.map { output[$0] } ?? []
        let lastIsBlank = lastLine.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        var text = ""
        if fence == nil, lastSectionHeading(output) == heading {
            let joinsList = !paragraph && TaskLine.checkbox(lastLine) != nil
            text = (lastIsBlank || joinsList ? "" : "\n") + line.trimmed + "\n"
        } else {
            text = (lastIsBlank ? "" : "\n") + "## \(heading)\n\n" + line.trimmed + "\n"
        }
        return output + Array(withLineEnding(text, newline).utf8)
    }

    /// The text of the file's last `## ` heading outside code blocks, if any.
    private static func lastSectionHeading(_ bytes: [UInt8]) -> String? {
        var heading: String?
        var fence: UInt8?
        let lines = EntryParser.lineRanges(bytes)
        for range in lines[(EntryParser.readFrontMatter(bytes, lines)?.1 ?? 0)...] {
            var line = bytes[range]
            while let last = line.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") { line = line.dropLast() }
            if line.starts(with: "```".utf8) || line.starts(with: "~~~".utf8) {
                if fence == nil { fence = line.first } else if fence == line.first { fence = nil }
                continue
            }
            if fence == nil, line.starts(with: "## ".utf8) {
                heading = String(decoding: line.dropFirst(3), as: UTF8.self).trimmed
            }
        }
        return heading
    }
}
