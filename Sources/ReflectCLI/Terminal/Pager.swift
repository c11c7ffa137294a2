#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Journal

/// Long output on a terminal goes through `$PAGER` (default `less -FRX`), as git does: only when
/// standard output is a terminal, the text is taller than the screen, and `--no-pager` was not
/// given. An empty `PAGER` or `cat` means no pager.
enum Pager {
    /// Writes `text` to standard output, through the pager when `allowed` and it is worth it.
    static func write(_ text: String, allowed: Bool) {
        guard allowed, Console.outputIsTerminal, let command = command(environment: Console.environment),
              lineCount(text) >= Console.rows else {
            Console.write(text)
            return
        }
        // less shows colour with -R; git sets LESS=FRX for a `less` without options too.
        if Console.environment("LESS") == nil { setenv("LESS", "FRX", 1) }
        let safe = TerminalText.safe(text, colour: Console.allowsColour)
        // A pager that cannot be started (sh exits 127 without reading) must not lose the output.
        guard let status = Subprocess.feed(Array(safe.utf8), toShellCommand: command), status != 127 else {
            Console.write(text)
            return
        }
    }

    /// The pager to run: `$PAGER`, else `less -FRX`; `nil` for none.
    static func command(environment: (String) -> String?) -> String? {
        guard let pager = environment("PAGER") else { return "less -FRX" }
        let trimmed = pager.trimmed
        return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
    }

    /// The number of lines `text` shows (not counting wrapping).
    private static func lineCount(_ text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}
