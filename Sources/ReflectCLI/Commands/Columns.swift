/// Columns for the numbers and accounts tables: padded to their widest cell, the first
/// `leftAligned` left-aligned and the rest right-aligned.
enum Columns {
    /// The table's lines, the header dimmed, trailing spaces trimmed.
    static func table(header: [String], rows: [[String]], leftAligned: Int, style: Style, indent: String = "  ") -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                parts.append(column < leftAligned ? cell + padding : padding + cell)
            }
            var text = indent + parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        return style.dim(line(header)) + "\n" + rows.map { line($0) + "\n" }.joined()
    }
}
