import Journal

/// Makes every text the tool prints safe for a terminal, in one place: `Console` passes all of
/// its output through `safe`.
///
/// Text from files (entries, prompts, paths) may hold escape sequences that would retitle, clear
/// or hide what is on the screen, C1 controls (U+009B is a one-character CSI) and bidirectional
/// overrides that make a line read differently from what it holds; they are all stripped
/// (`UTF8Scalar.controlLength`). The tool's own colours survive because `Style` does not write
/// escape sequences: it writes marks carrying a secret drawn for this process, which text from a
/// file cannot know, and only those marks become colour.
enum TerminalText {
    /// Sixteen random hexadecimal digits, new in every process.
    private static let secret: [UInt8] = {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in Array("0123456789abcdef".utf8)[Int(generator.next(upperBound: 16 as UInt64))] }
    }()

    /// The mark `safe` turns into the colour sequence `ESC [ code m`: the noncharacters U+FDD0
    /// and U+FDD1 (which Swift literals may not hold) around the secret and the code.
    static func mark(_ code: String) -> String {
        String(decoding: [0xEF, 0xB7, 0x90] + secret + Array(code.utf8) + [0xEF, 0xB7, 0x91], as: UTF8.self)
    }

    /// `text` without the characters a terminal could act on; genuine colour marks become colour
    /// when `colour` is on and disappear when it is off.
    ///
    /// - Complexity: O(n); text with nothing to strip is returned as it is after one scan.
    static func safe(_ text: String, colour: Bool) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var index = 0
            while index < bytes.count, !UTF8Scalar.mayStartControl(bytes[index]) || UTF8Scalar.controlLength(bytes, at: index) == 0 {
                index += 1
            }
            guard index < bytes.count else { return nil }
            var kept = [UInt8](bytes[..<index])
            kept.reserveCapacity(bytes.count)
            while index < bytes.count {
                let length = UTF8Scalar.mayStartControl(bytes[index]) ? UTF8Scalar.controlLength(bytes, at: index) : 0
                if length == 0 {
                    kept.append(bytes[index])
                    index += 1
                } else if let (code, end) = colourMark(bytes, at: index) {
                    if colour { kept += [0x1B, UInt8(ascii: "[")] + code + [UInt8(ascii: "m")] }
                    index = end
                } else {
                    index += length
                }
            }
            return String(decoding: kept, as: UTF8.self)
        } ?? text
    }

    /// The code of the mark starting at `index` and where the mark ends, when one is there.
    private static func colourMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> ([UInt8], Int)? {
        let open: [UInt8] = [0xEF, 0xB7, 0x90]
        let close: [UInt8] = [0xEF, 0xB7, 0x91]
        var cursor = index + open.count + secret.count
        guard cursor < bytes.count, bytes[index..<index + 3].elementsEqual(open),
              bytes[(index + 3)..<cursor].elementsEqual(secret) else { return nil }
        let codeStart = cursor
        while cursor < bytes.count, (bytes[cursor] >= UInt8(ascii: "0") && bytes[cursor] <= UInt8(ascii: "9")) || bytes[cursor] == UInt8(ascii: ";") {
            cursor += 1
        }
        guard cursor > codeStart, cursor + close.count <= bytes.count, bytes[cursor..<cursor + 3].elementsEqual(close) else { return nil }
        return (Array(bytes[codeStart..<cursor]), cursor + close.count)
    }
}
