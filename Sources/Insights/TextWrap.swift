/// Prose broken at spaces to fit a width, so that a narrow window does not cut words in two: the
/// one wrapping of the text report, the brief and the terminal's questions.
public enum TextWrap {
    /// `text` as lines of at most `width` characters, broken between words: the first line after
    /// `indent`, the others after `hanging` (the indent when not given). A word longer than a line
    /// stands on a line of its own.
    public static func wrap(_ text: String, width: Int, indent: String, hanging: String? = nil) -> String {
        lines(text, width: width, indent: indent, hanging: hanging).joined(separator: "\n")
    }

    /// The lines `wrap` joins.
    public static func lines(_ text: String, width: Int, indent: String, hanging: String? = nil) -> [String] {
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
        return lines
    }

    /// `text` cut after the last whole word that fits in `width` characters, with "…"; empty when
    /// not even one word fits.
    public static func fit(_ text: String, width: Int) -> String {
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
