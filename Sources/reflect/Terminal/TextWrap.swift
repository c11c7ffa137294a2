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
}
