#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Insights
import Journal

/// Standard input, output and error, and what they are connected to. Everything the tool prints
/// goes through here, made terminal-safe by `TerminalText`.
enum Console {
    /// The environment of the command being run; `Reflect.main` sets it for the run, one run at
    /// a time.
    nonisolated(unsafe) static var current = CommandEnvironment.process

    /// Whether standard input is a terminal (the guided flow) rather than a pipe or a file.
    static var inputIsTerminal: Bool { current.inputIsTerminal }

    /// Whether standard output is a terminal (colour allowed).
    static var outputIsTerminal: Bool { current.outputIsTerminal }

    /// Whether standard error is a terminal.
    static var errorIsTerminal: Bool { current.errorIsTerminal }

    /// The terminal's size (standard output's, else standard error's), from the terminal, else
    /// `COLUMNS` and `LINES`; `nil` for a side the terminal does not say.
    private static var size: (columns: Int?, rows: Int?) {
        var window = winsize()
        for (fd, terminal) in [(current.output, outputIsTerminal), (current.error, errorIsTerminal)]
        where terminal && ioctl(fd, UInt(TIOCGWINSZ), &window) == 0 {
            if window.ws_col > 0 || window.ws_row > 0 {
                return (window.ws_col > 0 ? Int(window.ws_col) : nil, window.ws_row > 0 ? Int(window.ws_row) : nil)
            }
        }
        return (environment("COLUMNS").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil },
                environment("LINES").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil })
    }

    /// The width prose is wrapped to: the terminal's when it is narrower than 80 columns (never
    /// below 20), else 80.
    static var columns: Int { min(80, max(20, size.columns ?? 80)) }

    /// The terminal's own width, when it says (or `COLUMNS` does); `nil` otherwise.
    static var terminalColumns: Int? { size.columns }

    /// `text` wrapped between words to the terminal's width, when the terminal says it; a question
    /// on a narrow window then does not break inside a word.
    static func fitted(_ text: String) -> String {
        terminalColumns.map { TextWrap.wrap(text, width: max(20, $0), indent: "") } ?? text
    }

    /// `title` in bold and `hint` dimmed after it on one line when they fit the terminal; else the
    /// hint wrapped on the lines below.
    static func heading(_ title: String, hint: String, style: Style) -> String {
        guard let width = terminalColumns, title.count + hint.count > width else { return style.bold(title) + style.dim(hint) }
        var rest = Substring(hint)
        while rest.first == " " || rest.first == "·" { rest.removeFirst() }
        return style.bold(fitted(title)) + "\n" + style.dim(fitted(String(rest))) + (hint.hasSuffix(" ") ? " " : "")
    }

    /// The terminal's height in lines (24 when it does not say).
    static var rows: Int { size.rows ?? 24 }

    /// Whether `write` turns colour marks into colour: set once, from the command line's `Style`.
    nonisolated(unsafe) static var allowsColour = false

    /// Writes to standard output, made safe for a terminal. Commands build their output whole and
    /// write it once.
    static func write(_ text: String) { writeAll(current.output, TerminalText.safe(text, colour: allowsColour)) }

    /// Writes bytes to standard output as they are: JSON lines, whose strings are escaped already.
    static func write(_ bytes: [UInt8]) {
        _ = Syscall.writeAll(current.output, bytes)
    }

    /// Writes `text` and a line break to standard error, made safe for a terminal.
    static func error(_ text: String, terminator: String = "\n") {
        writeAll(current.error, TerminalText.safe(text + terminator, colour: false))
    }

    /// Writes what the user typed to standard error when nothing else could keep it: as it is when
    /// standard error is a file or a pipe, made safe when it is a terminal.
    static func errorVerbatim(_ bytes: [UInt8]) {
        if errorIsTerminal {
            writeAll(current.error, TerminalText.safe(String(decoding: bytes, as: UTF8.self), colour: false))
        } else {
            _ = Syscall.writeAll(current.error, bytes)
        }
    }

    private static func writeAll(_ fd: Int32, _ text: String) {
        var text = text
        _ = text.withUTF8 { Syscall.writeAll(fd, UnsafeRawBufferPointer($0)) }
    }

    /// A warning on standard error: `warning: …`.
    static func warn(_ text: String) { error("warning: " + text) }

    /// Asks `question` and reads one line; `nil` at end of input. A line ended by Ctrl-D rather
    /// than Enter counts as a line.
    static func ask(_ question: String) -> String? {
        write(question)
        return readTypedLine()?.text
    }

    /// A line typed at a prompt.
    struct TypedLine {
        /// What was typed, without the line break.
        let text: String
        /// Whether Ctrl-D ended it rather than Enter: the writer means to end what they are
        /// writing, and the text before it is theirs to keep.
        let endedByControlD: Bool
    }

    /// Reads one line: `nil` at end of input (Ctrl-D at the start of a line). On a terminal the line
    /// is read with `read(2)` rather than the C library's buffered stream, whose end-of-file flag
    /// would stay set after one Ctrl-D and end every later question: a terminal in canonical mode
    /// gives one line a read, and a read that does not end in a line break is Ctrl-D pressed after
    /// some text. The cursor is then moved to a new line, as Enter would have.
    static func readTypedLine() -> TypedLine? {
        guard inputIsTerminal else { return readPipedLine().map { TypedLine(text: $0, endedByControlD: false) } }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in Syscall.retrying { read(current.input, raw.baseAddress, raw.count) } }
            if count <= 0 {
                if bytes.isEmpty {
                    write("\n")
                    return nil
                }
                break
            }
            bytes += buffer[..<count]
            if bytes.last == UInt8(ascii: "\n") {
                bytes.removeLast()
                if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                return TypedLine(text: String(decoding: bytes, as: UTF8.self), endedByControlD: false)
            }
            if count < buffer.count { break }
        }
        write("\n")
        return TypedLine(text: String(decoding: bytes, as: UTF8.self), endedByControlD: true)
    }

    /// One line of input that is not a terminal, read a byte at a time so that nothing after the
    /// line is taken from the stream; `nil` at its end.
    private static func readPipedLine() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while Syscall.retrying({ read(current.input, &byte, 1) }) == 1 {
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes[...], as: UTF8.self) }
            bytes.append(byte)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a terminal can be opened for an editor when standard input is a pipe.
    static var controllingTerminalIsAvailable: Bool {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        close(fd)
        return true
    }

    /// All of standard input as bytes, or `nil` when it holds more than `limit` bytes (it is
    /// read no further then: `yes | reflect today` cannot exhaust memory).
    static func readAllInput(limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                Syscall.retrying { read(current.input, buffer.baseAddress, buffer.count) }
            }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit { return nil }
        }
        return bytes
    }

    /// The value of environment variable `name`, or `nil`.
    static func environment(_ name: String) -> String? { current.variables[name] }
}
