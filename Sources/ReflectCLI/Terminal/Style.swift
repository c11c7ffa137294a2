import Insights

/// ANSI styling that turns itself off when output is not a terminal, or with `NO_COLOR` or `--no-color`.
/// It writes `TerminalText` colour marks, which `Console` turns into escape sequences as it prints.
struct Style: Sendable {
    let enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? TerminalText.mark(code) + text + TerminalText.mark("0") : text
    }
}

extension Style {
    /// This style for the renderers of the report and the brief, and for the commands' tables.
    var rendering: TextReportRenderer {
        TextReportRenderer(styling: TextReportRenderer.Styling(bold: bold, dim: dim, red: red, green: green), width: Console.columns)
    }
}
