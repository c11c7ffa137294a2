extension Substring {
    /// The text without leading and trailing ASCII spaces, tabs and line breaks.
    ///
    /// Works on the UTF-8 bytes: the bytes around what is kept are ASCII, so the cut always falls
    /// between characters.
    public var trimmed: String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !isASCIISpace($0) }),
              let last = bytes.lastIndex(where: { !isASCIISpace($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}

extension String {
    /// The text without leading and trailing ASCII spaces, tabs and line breaks.
    public var trimmed: String { self[...].trimmed }
}

@inline(__always) private func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
}
