/// Composes new entry files and edits existing ones, byte for byte: an edit changes only the bytes
/// it must (the front matter line it updates, the text it appends, the checkbox it ticks), so a
/// hand-edited file keeps everything else exactly as it was.
public enum EntryWriter {
    /// An answer to one prompt.
    public struct Answer: Sendable {
        /// The prompt answered; its text becomes the section heading.
        public let prompt: Prompt
        /// What was written.
        public let text: String

        /// An answer of `text` to `prompt`.
        public init(prompt: Prompt, text: String) {
            self.prompt = prompt
            self.text = text
        }
    }

    /// The file for a day that has none yet.
    public static func newEntry(day: Day, attitude: Int?, answers: [Answer], commitments: [String]) -> [UInt8] {
        var text = "---\ndate: \(day)\n"
        if let attitude { text += "attitude: \(attitude)\n" }
        text += "prompts: [" + answers.map(\.prompt.id).joined(separator: ", ") + "]\n---\n\n"
        text += "# \(day.longDescription)\n"
        text += body(day: day, answers: answers, commitments: commitments)
        return Array(text.utf8)
    }

    /// `bytes` with the answers and commitments appended and the front matter's `attitude` and
    /// `prompts` brought up to date; nothing already in the file is lost or moved. A code block
    /// the file leaves open is closed first, so what is appended stays outside it.
    public static func append(to bytes: [UInt8], day: Day, attitude: Int?, answers: [Answer], commitments: [String]) -> [UInt8] {
        let newline = lineEnding(of: bytes)
        var output = bytes
        // A file ending in `\r` has its line break half written: the `\n` completes it.
        if let last = output.last, last != UInt8(ascii: "\n") { output += last == UInt8(ascii: "\r") ? [UInt8(ascii: "\n")] : Array(newline.utf8) }
        // A file that ends inside a code block would swallow the answer and its task lines.
        if let fence = EntryParser.openCodeFence(bytes) { output += fence + Array(newline.utf8) }
        output += Array(withLineEnding(body(day: day, answers: answers, commitments: commitments), newline).utf8)
        var fields: [(String, String)] = []
        if let attitude { fields.append(("attitude", String(attitude))) }
        return updateFrontMatter(output, day: day, set: fields, addPrompts: answers.map(\.prompt.id))
    }

    /// The task line for a commitment typed as words: "Send the proposal by Friday" becomes
    /// `- [ ] Send the proposal 📅 2026-11-27` when written on Tuesday 24 November 2026.
    public static func taskLine(_ words: String, writtenOn day: Day) -> String {
        "- [ ] " + taskText(words.trimmed, writtenOn: day)
    }

    /// A task's text with a due phrase in words turned into `📅 YYYY-MM-DD`, unless it already has a due date.
    static func taskText(_ text: String, writtenOn day: Day) -> String {
        let task = TaskLine.readBody(text, writtenOn: day)
        guard task.span(.due) == nil, task.inlineDue == nil, task.due != nil,
              let (rest, due) = NaturalDueDate.extract(from: text, writtenOn: day) else { return text }
        return rest + " 📅 \(due)"
    }

    /// `bytes` with task `number` (counted as the parser counts task lines) set to `state`: met
    /// (`[x]` and `✅ day`), cancelled (`[-]` and `❌ day`) or open again (`[ ]`, done and cancelled
    /// dates taken out); `nil` when there is no such task or it is already in that state.
    ///
    /// Meeting a recurring task also writes its next occurrence above it, as `editTask` does.
    public static func setTask(_ number: Int, to state: EntryTask.State, on day: Day, in bytes: [UInt8]) -> [UInt8]? {
        var seen = 0
        var inCodeBlock = false
        let lines = EntryParser.lineRanges(bytes)
        let bodyStart = EntryParser.readFrontMatter(bytes, lines)?.1 ?? 0
        for (index, range) in lines.enumerated().dropFirst(bodyStart) {
            let line = bytes[range]
            if line.starts(with: "```".utf8) || line.starts(with: "~~~".utf8) { inCodeBlock.toggle() }
            guard !inCodeBlock, TaskLine.checkbox(line) != nil else { continue }
            seen += 1
            guard seen == number else { continue }
            return editTask(atLine: index, .setting(state, on: day), in: bytes)
        }
        return nil
    }

    /// `bytes` with the task line at 0-based `line` edited by `edit`; every other byte stays.
    /// Meeting a task with a `🔁` rule `Recurrence` follows also writes its next occurrence on a new
    /// line above it, as Obsidian Tasks does. `nil` when that line is not a task line or the edit
    /// does not apply to its state.
    public static func editTask(atLine line: Int, _ edit: TaskLine.Edit, in bytes: [UInt8]) -> [UInt8]? {
        let lines = EntryParser.lineRanges(bytes)
        guard lines.indices.contains(line) else { return nil }
        let range = lines[line]
        let original = Array(bytes[range])
        guard let changed = TaskLine.edited(original, edit) else { return nil }
        var output = bytes
        output.replaceSubrange(range, with: changed)
        if case let .meet(day) = edit, let next = TaskLine.nextOccurrence(of: original, metOn: day) {
            let newline: [UInt8] = bytes[range.upperBound...].starts(with: [0x0D, 0x0A]) ? [0x0D, 0x0A]
                : range.upperBound < bytes.count ? [0x0A] : Array(lineEnding(of: bytes).utf8)
            output.insert(contentsOf: next + newline, at: range.lowerBound)
        }
        return output
    }

    /// The next occurrence `editTask(atLine: line, .meet(on: day), in: bytes)` writes above a
    /// recurring task, as read; `nil` when it writes none.
    public static func nextOccurrence(ofTaskAtLine line: Int, metOn day: Day, in bytes: [UInt8]) -> TaskLine? {
        let lines = EntryParser.lineRanges(bytes)
        guard lines.indices.contains(line), let next = TaskLine.nextOccurrence(of: Array(bytes[lines[line]]), metOn: day) else { return nil }
        return TaskLine.read(next, writtenOn: nil)
    }

    /// The sections for answers and a `## Commitments` section, each preceded by a blank line.
    private static func body(day: Day, answers: [Answer], commitments: [String]) -> String {
        var text = ""
        for answer in answers {
            text += "\n## \(answer.prompt.text)\n\n" + normalised(answer.text, day: day) + "\n"
        }
        if !commitments.isEmpty {
            text += "\n## Commitments\n\n" + commitments.map { taskLine($0, writtenOn: day) + "\n" }.joined()
        }
        return text
    }

    /// An answer with trailing spaces trimmed, due phrases in its task lines written as dates, and a
    /// code block left open closed, so it cannot swallow what is written after it.
    private static func normalised(_ answer: String, day: Day) -> String {
        var lines = answer.trimmed.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line -> String in
            var line = String(line)
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
            let bytes = Array(line.utf8)
            guard let checkbox = EntryParser.taskCheckbox(bytes[...]), checkbox.state == .open else { return line }
            let prefix = String(decoding: bytes[..<checkbox.textStart], as: UTF8.self)
            return prefix + " " + taskText(String(decoding: bytes[checkbox.textStart...], as: UTF8.self).trimmed, writtenOn: day)
        }
        let fences = lines.filter { $0.hasPrefix("```") || $0.hasPrefix("~~~") }
        if fences.count % 2 == 1, let last = fences.last { lines.append(String(last.prefix(3))) }
        return lines.joined(separator: "\n")
    }

    /// Sets `fields` and adds prompt ids to the `prompts` list in the front matter, creating the
    /// front matter if the file has none; every other byte stays.
    static func updateFrontMatter(_ bytes: [UInt8], day: Day, set fields: [(String, String)], addPrompts ids: [String]) -> [UInt8] {
        guard !fields.isEmpty || !ids.isEmpty else { return bytes }
        let newline = lineEnding(of: bytes)
        let lines = EntryParser.lineRanges(bytes)
        guard let (pairs, bodyStart) = EntryParser.readFrontMatter(bytes, lines) else {
            var header = "---\ndate: \(day)\n"
            for (key, value) in fields { header += "\(key): \(value)\n" }
            if !ids.isEmpty { header += "prompts: [" + ids.joined(separator: ", ") + "]\n" }
            var output = bytes
            output.insert(contentsOf: withLineEnding(header + "---\n\n", newline).utf8, at: EntryParser.byteOrderMarkLength(bytes))
            return output
        }
        // Edits are collected as (range, replacement) and applied from the end so offsets stay valid.
        var edits: [(Range<Int>, String)] = []
        let closing = lines[bodyStart - 1]
        var insertions = ""
        for (key, value) in fields {
            // The parser reads the last of repeated keys, so that is the one to change.
            if let line = lines[1..<bodyStart - 1].last(where: { keyOf(bytes[$0]) == key }) {
                edits.append((line, "\(key): \(value)"))
            } else {
                insertions += "\(key): \(value)\n"
            }
        }
        let existing = pairs.first { $0.key == "prompts" }.map { EntryParser.listItems($0.value) } ?? []
        let newIDs = ids.filter { !existing.contains($0) }
        if !newIDs.isEmpty {
            if let index = (1..<bodyStart - 1).first(where: { keyOf(bytes[lines[$0]]) == "prompts" }) {
                let line = lines[index]
                let text = String(decoding: bytes[line], as: UTF8.self)
                if let bracket = text.lastIndex(of: "]") {
                    let inside = text[..<bracket]
                    let separator = inside.hasSuffix("[") ? "" : ", "
                    edits.append((line, inside + separator + newIDs.joined(separator: ", ") + text[bracket...]))
                } else if EntryParser.frontMatterPair(bytes[line])?.value.isEmpty == true {
                    // A block list: add items after its last `- ` line.
                    var last = index
                    while last + 1 < bodyStart - 1, EntryParser.isListItem(bytes[lines[last + 1]]) {
                        last += 1
                    }
                    let indent = last > index ? String(decoding: bytes[lines[last]].prefix { $0 == UInt8(ascii: " ") }, as: UTF8.self) : "  "
                    let end = lines[last].upperBound
                    edits.append((end..<end, newIDs.map { newline + "\(indent)- \($0)" }.joined()))
                } else {
                    edits.append((line, text + ", " + newIDs.joined(separator: ", ")))
                }
            } else {
                insertions += "prompts: [" + newIDs.joined(separator: ", ") + "]\n"
            }
        }
        if !insertions.isEmpty { edits.append((closing.lowerBound..<closing.lowerBound, withLineEnding(insertions, newline))) }
        var output = bytes
        for (range, replacement) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            output.replaceSubrange(range, with: Array(replacement.utf8))
        }
        return output
    }

    /// `\r\n` for a file whose first line ends that way, else `\n`: added lines match the file's own.
    static func lineEnding(of bytes: [UInt8]) -> String {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return "\n" }
        return newline > 0 && bytes[newline - 1] == UInt8(ascii: "\r") ? "\r\n" : "\n"
    }

    static func withLineEnding(_ text: String, _ newline: String) -> String {
        newline == "\n" ? text : text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: newline)
    }

    /// The key of a front matter line, read as the parser reads it.
    private static func keyOf(_ line: ArraySlice<UInt8>) -> String? {
        EntryParser.frontMatterPair(line)?.key
    }
}
