import Glibc

/// Standard input, output and error, and what they are connected to.
enum Console {
    /// Whether standard input is a terminal (the guided flow) rather than a pipe or a file.
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Whether standard output is a terminal (colour allowed).
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether `write` lets colour sequences through: set once, from the command line's `Style`.
    nonisolated(unsafe) static var allowsColour = false

    /// Writes to standard output, made safe for a terminal. Commands build their output whole and
    /// write it once.
    static func write(_ text: String) { writeAll(STDOUT_FILENO, terminalSafe(text, colour: allowsColour)) }

    /// Writes UTF-8 bytes to standard output as they are.
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeAll(STDOUT_FILENO, $0) }
    }

    /// Writes `text` and a line break to standard error.
    static func error(_ text: String, terminator: String = "\n") {
        writeAll(STDERR_FILENO, terminalSafe(text, colour: false) + terminator)
    }

    /// `text` without the control characters a journal file may carry — only line breaks, tabs and,
    /// when `colour` is on, colour sequences (`ESC [ … m`, what `Style` writes) are kept — so an
    /// entry can never retitle, clear or take over the terminal, and `NO_COLOR` output has no colour.
    static func terminalSafe(_ text: String, colour: Bool) -> String {
        func isControl(_ byte: UInt8) -> Bool { (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F }
        guard text.utf8.contains(where: isControl) else { return text }
        let bytes = Array(text.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, colour, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") {
                var end = index + 2
                while end < bytes.count, (bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9")) || bytes[end] == UInt8(ascii: ";") {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: "m") {
                    kept += bytes[index...end]
                    index = end + 1
                    continue
                }
            }
            if !isControl(byte) { kept.append(byte) }
            index += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static func writeAll(_ fd: Int32, _ text: String) {
        var text = text
        text.withUTF8 { writeAll(fd, $0) }
    }

    private static func writeAll(_ fd: Int32, _ buffer: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < buffer.count {
            let count = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return }
            offset += count
        }
    }

    /// A warning on standard error: `warning: …`.
    static func warn(_ text: String) { error("warning: " + text) }

    /// Asks `question` and reads one line; `nil` at end of input.
    static func ask(_ question: String) -> String? {
        write(question)
        return readLine(strippingNewline: true)
    }

    /// All of standard input as bytes.
    static func readAllInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }

    /// The value of environment variable `name`, or `nil`.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
