/// Writing roff: text lines made safe, and the mdoc macros for options.
enum Roff {
    /// A text line: backslashes escaped, and a leading `.` or `'` kept from reading as a request.
    static func text(_ text: String) -> String {
        var escaped = ascii(text.replacing("\\", with: "\\e"))
        if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
        return escaped
    }

    /// A paragraph: `.Pp` and the text, one sentence a line as roff prefers.
    static func paragraph(_ text: String) -> String {
        ".Pp\n" + sentences(text).map { Self.text($0) + "\n" }.joined()
    }

    /// A word or words as a macro's arguments, quoted when they hold spaces.
    static func macroArgument(_ text: String) -> String {
        let escaped = ascii(text.replacing("\\", with: "\\e").replacing("\"", with: "\\(dq"))
        return escaped.contains(" ") ? "\"\(escaped)\"" : escaped
    }

    /// Characters beyond ASCII as groff's `\[uXXXX]` escapes, which every output device reads.
    static func ascii(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        return result
    }

    /// For each symbol of `page` an output device may lack (✅ on PostScript), its Unicode name
    /// instead, so that every device renders the page without a warning.
    static func glyphFallbacks(_ page: String) -> String {
        var seen: Set<UInt32> = []
        var lines = ""
        var index = page.startIndex
        while let start = page[index...].firstRange(of: "\\[u") {
            guard let end = page[start.upperBound...].firstIndex(of: "]") else { break }
            index = end
            guard let value = UInt32(page[start.upperBound..<end], radix: 16), let scalar = Unicode.Scalar(value),
                  scalar.properties.generalCategory == .otherSymbol, seen.insert(value).inserted else { continue }
            let code = "\\[u" + page[start.upperBound..<end] + "]"
            lines += ".if !c\(code) .char \(code) \(scalar.properties.name?.lowercased() ?? "symbol")\n"
        }
        return lines
    }

    /// `--month` as mdoc's `Fl` writes it: `-month`.
    static func flagName(_ name: String) -> String { String(name.dropFirst()) }

    /// The synopsis line of a definition: `.Op Fl -month Ar yyyy-mm`.
    static func synopsis(_ definition: ArgumentDefinition) -> String {
        switch definition.kind {
        case let .positional(optional, repeating):
            let argument = "Ar \(macroArgument(definition.name))" + (repeating ? " No ..." : "")
            return optional ? ".Op \(argument)\n" : ".\(argument)\n"
        case let .option(valueName):
            let option = "Fl \(flagName(definition.short ?? definition.name)) Ar \(macroArgument(valueName))"
            return definition.isRequired ? ".\(option)\n" : ".Op \(option)\n"
        case .flag:
            return ".Op Fl \(flagName(definition.short ?? definition.name))\n"
        }
    }

    /// A tagged list of definitions and their help.
    static func list(_ definitions: [ArgumentDefinition]) -> String {
        guard !definitions.isEmpty else { return "" }
        var text = ".Bl -tag -width Ds\n"
        for definition in definitions {
            var item = ".It "
            switch definition.kind {
            case .positional: item += "Ar \(macroArgument(definition.name))"
            case let .option(valueName):
                item += (definition.short.map { "Fl \(flagName($0)) , " } ?? "") + "Fl \(flagName(definition.name)) Ar \(macroArgument(valueName))"
            case .flag: item += (definition.short.map { "Fl \(flagName($0)) , " } ?? "") + "Fl \(flagName(definition.name))"
            }
            text += item + "\n" + sentences(definition.help).map { Self.text($0) + "\n" }.joined()
        }
        return text + ".El\n"
    }

    /// The text split after each sentence's full stop, so that roff puts two spaces there.
    private static func sentences(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for (index, word) in words.enumerated() {
            line += (line.isEmpty ? "" : " ") + word
            let next = index + 1 < words.count ? words[index + 1] : nil
            if word.hasSuffix("."), let next, next.first?.isUppercase == true {
                lines.append(line)
                line = ""
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
