/// One of the user's own numbers, defined once per journal in `DIR/.reflect/numbers.md`: a count
/// summed over a period (calls, meetings) or a level whose latest value stands (pipeline value).
public struct NumberDefinition: Sendable, Equatable {
    /// How a number adds up.
    public enum Kind: String, Sendable {
        /// Summed over a period: calls, meetings, proposals.
        case count
        /// A snapshot: the latest value stands (pipeline value, quota attainment %).
        case level
    }

    /// The period a count's target is for.
    public enum Period: String, Sendable, CaseIterable {
        /// `per day`: the target is for each working day.
        case day
        /// `per week`: the target is for five working days.
        case week
        /// `per month`: the target is shared out over the month's working days.
        case month
    }

    /// The name, lowercase words joined by hyphens: `calls`, `discovery-meetings`; also its front
    /// matter key.
    public let name: String
    /// Count or level.
    public let kind: Kind
    /// A count's target period (`per week`); `nil` for a level.
    public let period: Period?
    /// The target, if one is set: per `period` for a count, the level aimed at for a level.
    public let target: Double?

    /// A definition.
    public init(name: String, kind: Kind, period: Period?, target: Double?) {
        self.name = name
        self.kind = kind
        self.period = kind == .level ? nil : period
        self.target = target
    }

    /// Front matter keys `reflect` itself uses, which cannot be a number's name.
    public static let reservedNames: Set<String> = ["date", "attitude", "prompts", "tags"]

    /// The value of this number recorded in `entry`'s front matter (the last of repeated keys);
    /// `nil` when it is not recorded there or is not a non-negative number.
    public func value(in entry: Entry) -> Double? {
        entry.frontMatter.last { $0.key == name }.flatMap { NumberDefinition.parseValue($0.value) }
    }

    /// The text of a recorded value that is not a non-negative number (`calls: lots`), for a warning.
    public func invalidValue(in entry: Entry) -> String? {
        guard let written = entry.frontMatter.last(where: { $0.key == name })?.value,
              !written.isEmpty, NumberDefinition.parseValue(written) == nil else { return nil }
        return written
    }

    /// Reads a non-negative number as written by hand: digits with at most one `.` and commas
    /// grouping thousands (`12`, `420000`, `420,000`, `87.5`); anything else is `nil`. No signs,
    /// no exponents, no decimal comma (`1,5` is not a number: it could mean 1.5 or 15).
    public static func parseValue(_ text: String) -> Double? {
        let bytes = Array(text.trimmed.utf8)
        guard !bytes.isEmpty, bytes.count <= 24 else { return nil }
        var digits: [UInt8] = []
        var points = 0
        // Digits since the last comma, or -1 before any comma: a comma groups thousands
        // (`420,000`), so it needs one to three digits before it and exactly three after.
        var sinceComma = -1
        for byte in bytes {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits.append(byte)
                if sinceComma >= 0, points == 0 { sinceComma += 1 }
            } else if byte == UInt8(ascii: "."), points == 0, sinceComma == -1 || sinceComma == 3 {
                points += 1
                digits.append(byte)
            } else if byte == UInt8(ascii: ","), points == 0, !digits.isEmpty,
                      sinceComma == -1 ? digits.count <= 3 : sinceComma == 3 {
                sinceComma = 0
            } else {
                return nil
            }
        }
        guard sinceComma == -1 || sinceComma == 3 || points == 1,
              digits.contains(where: { $0 != UInt8(ascii: ".") }), digits.first != UInt8(ascii: "."),
              digits.last != UInt8(ascii: "."), digits.count <= 18 else { return nil }
        return Double(String(decoding: digits, as: UTF8.self))
    }

    /// Whether `name` is lowercase words (letters and digits, starting with a letter) joined by single hyphens.
    public static func isValidName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
              bytes.last != UInt8(ascii: "-") else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            let isWordByte = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            guard isWordByte || (byte == UInt8(ascii: "-") && previous != UInt8(ascii: "-")) else { return false }
            previous = byte
        }
        return true
    }

    /// `numbers.md` read: one definition a line, `- NAME: [TARGET] per day|per week|per month` or
    /// `- NAME: [TARGET] level`. Blank lines and `#` lines (headings, comments) are skipped.
    ///
    /// - Throws: `NumbersFileError` naming the first bad line (1-based) and what is wrong with it.
    public static func parse(_ text: String, path: String) throws(NumbersFileError) -> [NumberDefinition] {
        var definitions: [NumberDefinition] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            func bad(_ reason: String) -> NumbersFileError { NumbersFileError(path: path, line: lineNumber, reason: reason) }
            let usage = "write '- NAME: [TARGET] per day|per week|per month' or '- NAME: [TARGET] level'"
            guard line.hasPrefix("- ") || line.hasPrefix("* ") else { throw bad("'\(line)' is not a number: \(usage)") }
            let item = String(line.dropFirst(2)).trimmed
            guard let colon = item.firstIndex(of: ":") else { throw bad("'\(item)' has no ':' after the name: \(usage)") }
            let name = String(item[..<colon]).trimmed
            guard isValidName(name) else {
                throw bad("'\(name)' is not a name: use lowercase words joined by hyphens, like 'calls' or 'discovery-meetings'")
            }
            guard !reservedNames.contains(name) else { throw bad("'\(name)' is a front matter key reflect uses itself; choose another name") }
            guard !definitions.contains(where: { $0.name == name }) else { throw bad("'\(name)' is defined twice") }
            var words = item[item.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            var target: Double?
            if let first = words.first, first.first?.isNumber == true || first.first == "." {
                guard let value = parseValue(first) else { throw bad("'\(first)' is not a target: use a number of 0 or more, like 50 or 87.5") }
                target = value
                words.removeFirst()
            }
            let rest = words.joined(separator: " ").lowercased()
            switch rest {
            case "level": definitions.append(NumberDefinition(name: name, kind: .level, period: nil, target: target))
            case "per day", "per week", "per month":
                definitions.append(NumberDefinition(name: name, kind: .count, period: Period(rawValue: String(rest.dropFirst(4))), target: target))
            case "": throw bad("'\(name)' says neither 'per day', 'per week', 'per month' nor 'level'")
            default: throw bad("'\(rest)' is not 'per day', 'per week', 'per month' or 'level'")
            }
        }
        return definitions
    }

    /// `value` for reading: as `format` writes it, with commas grouping the thousands of a
    /// whole part of five digits or more (`420,000`, but `1200`).
    public static func display(_ value: Double) -> String {
        let written = format(value)
        let whole = written.prefix { $0 != "." }
        let digits = whole.drop { $0 == "-" }
        guard digits.count >= 5, digits.allSatisfy(\.isNumber) else { return written }
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return written.prefix(whole.count - digits.count) + grouped + written.dropFirst(whole.count)
    }

    /// A value as a person writes it, and as it is recorded: `12`, `420000`, `87.5` (at most two
    /// decimals).
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 1e17 else { return String(value) }
        let whole = Int(hundredths) / 100
        let fraction = abs(Int(hundredths) % 100)
        if fraction == 0 { return String(whole) }
        return "\(whole)." + (fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction))
    }
}

/// A line of `numbers.md` that cannot be read: an error, since reports built on a misread
/// definition would be wrong.
public struct NumbersFileError: Error, Equatable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// The 1-based line number.
    public let line: Int
    /// What is wrong and how to write it.
    public let reason: String

    public var description: String { "\(path) line \(line): \(reason)" }
}

extension NumberDefinition {
    /// The days Monday to Friday in `range`: a count's target is spread over working days, so a
    /// weekend without calls is not a miss.
    ///
    /// - Complexity: O(1).
    public static func workingDays(in range: ClosedRange<Day>) -> Int {
        let days = range.lowerBound.days(until: range.upperBound) + 1
        let weeks = days / 7
        var count = weeks * 5
        var day = range.lowerBound.adding(days: weeks * 7)
        while day <= range.upperBound {
            if day.weekday <= 5 { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// A count's target over `range`: the target per day for each working day, a week's target
    /// for each five working days, and a month's target shared out over that month's working
    /// days. For a level, its target; `nil` when no target is set.
    public func target(over range: ClosedRange<Day>) -> Double? {
        guard let target else { return nil }
        switch period {
        case nil: return target
        case .day?: return target * Double(NumberDefinition.workingDays(in: range))
        case .week?: return target * Double(NumberDefinition.workingDays(in: range)) / 5
        case .month?:
            var total = 0.0
            var month = range.lowerBound.monthOfYear
            while month.firstDay <= range.upperBound {
                let inMonth = NumberDefinition.workingDays(in: month.firstDay...month.lastDay)
                let covered = NumberDefinition.workingDays(in: max(month.firstDay, range.lowerBound)...min(month.lastDay, range.upperBound))
                if inMonth > 0 { total += target * Double(covered) / Double(inMonth) }
                guard let next = Month(year: month.month == 12 ? month.year + 1 : month.year, month: month.month % 12 + 1) else { break }
                month = next
            }
            return total
        }
    }
}

extension NumberDefinition {
    /// The value an answer already states for this number: "made 20 calls" gives 20 for `calls`,
    /// "booked 3 meetings" 3 for `meetings`, "two demos" 2 for `demos`. The number must stand right
    /// before the name (singular or plural; a hyphenated name's words in a row); `nil` when the
    /// text says none, or says two different values.
    public func valueMentioned(in text: String) -> Double? {
        let words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == ".") })
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
        let name = self.name.split(separator: "-").map(String.init)
        var found: Double?
        var index = 1
        while index + name.count <= words.count {
            let candidate = words[index..<index + name.count]
            let matches = zip(candidate, name).enumerated().allSatisfy { position, pair in
                let (word, part) = pair
                guard position == name.count - 1 else { return word == part }
                return NumberDefinition.singular(word) == NumberDefinition.singular(part)
            }
            if matches, let value = NumberDefinition.parseValue(words[index - 1]) ?? NumberDefinition.numberWords[words[index - 1]] {
                if let found, found != value { return nil }
                found = value
            }
            index += 1
        }
        return found
    }

    private static func singular(_ word: String) -> String {
        word.hasSuffix("s") && word.count > 3 ? String(word.dropLast()) : word
    }

    private static let numberWords: [String: Double] = [
        "no": 0, "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    ]

    /// The ISO weekday a level is asked on: the day of the area its name names (`pipeline` on
    /// Tuesday, as the schedule's focus areas), else Tuesday, the pipeline's day.
    public var weekday: Int {
        let days = ["activity": 1, "pipeline": 2, "data": 3, "crm": 3, "commitments": 4, "coaching": 5, "attitude": 6]
        return name.split(separator: "-").lazy.compactMap { days[String($0)] }.first ?? 2
    }
}
