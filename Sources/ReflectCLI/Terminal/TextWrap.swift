/// Prose broken at spaces to fit the terminal, so that a narrow window does not cut words in two.
enum TextWrap {
    /// `text` as lines of at most `width` characters, broken between words: the first line after
    /// `indent`, the others after `hanging` (the indent when not given). A word longer than a line
    /// stands on a line of its own.
    static func wrap(_ text: String, width: Int, indent: String, hanging: String? = nil) -> String {
        let hanging = hanging ?? indent
        var lines: [String] = []
        var line = indent
        var lineHasWord = false
        for word in text.split(separator: " ") {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = hanging
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// `text` cut after the last whole word that fits in `width` characters, with "…"; empty when
    /// not even one word fits.
    static func fit(_ text: String, width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return "" }
        var kept = ""
        for word in text.split(separator: " ") {
            let next = kept.isEmpty ? String(word) : kept + " " + word
            guard next.count + 1 <= width else { break }
            kept = next
        }
        if kept.hasSuffix("…") { kept.removeLast() }
        return kept.isEmpty ? "" : kept + "…"
    }
}
