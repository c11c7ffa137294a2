/// One task line read the way the Obsidian Tasks plugin reads its emoji format, with where each of
/// its parts stands, so that `reflect` can edit it the way Tasks would.
///
/// A task line is indentation (spaces, tabs, and `>` for block quotes and callouts, nested or not),
/// a list marker (`-`, `*`, `+`, `1.` or `1)`), spaces, a checkbox holding one character, then the
/// body. As Tasks does:
/// - the checkbox's character is the status: space open, `/` in progress (open here), `x` or `X`
///   done, `-` cancelled, and any other character open;
/// - a block link (` ^abc-123`) is taken off the end of the body first;
/// - then fields are taken off the end, in any order, until none is left: priorities
///   `🔺⏫🔼🔽⏬`, `✅` done, `❌` cancelled, `📅`/`📆`/`🗓` due, `⏳`/`⌛` scheduled, `🛫` start,
///   `➕` created (each with a `YYYY-MM-DD` date, which may not exist: an invalid date), `🔁`
///   recurrence (letters, digits, spaces, commas and `!` up to the end), `🏁` on completion, `🆔` id
///   and `⛔` depends on. Each emoji may carry the variation selector U+FE0F. Hashtags may stand
///   among and after the fields; they stay in the description.
/// - A field-looking emoji followed by more words is description, not a field.
///
/// `reflect`'s own due forms are read from the description when there is no `📅` field:
/// `[due:: YYYY-MM-DD]` and `due: YYYY-MM-DD` (taken out of the text), else a phrase in words
/// ("by Friday") read against the day the line was written (left in the text).
public struct TaskLine: Sendable {
    /// Where one field stands in the line.
    public struct Span: Equatable, Sendable {
        /// Which field.
        public let field: EntryTask.Field
        /// Its bytes, from the emoji to the end of the value.
        public let range: Range<Int>
        /// Its value's bytes: a date's ten, a rule, ids; empty for a priority.
        public let value: Range<Int>
    }

    /// The checkbox state.
    public let state: EntryTask.State
    /// The character in the checkbox.
    public let symbol: Character
    /// Where the checkbox's character is.
    public let symbolRange: Range<Int>
    /// The description: the body without its fields, block link and `due:`/`[due:: ]` markers,
    /// with the hashtags that stood among the fields added back at its end, as Tasks does.
    public let text: String
    /// The fields, in the order they were read: from the end of the line back.
    public let spans: [Span]
    /// The block link's bytes, `^abc123`, without the space before it.
    public let blockLinkRange: Range<Int>?
    /// Where a new field goes: right after the last field, else at the end of the description
    /// before any hashtags it ends with (after them when it is nothing but hashtags); always
    /// before the block link.
    public let insertionPoint: Int
    /// The date of a `due:` or `[due:: ]` marker when the due date came from one.
    public let inlineDue: Range<Int>?

    /// When it is due; `nil` when there is no due date or it does not exist.
    public let due: Day?
    /// `✅`.
    public let done: Day?
    /// `❌`.
    public let cancelled: Day?
    /// `⏳`.
    public let scheduled: Day?
    /// `🛫`.
    public let start: Day?
    /// `➕`.
    public let created: Day?
    /// `🔺` … `⏬`.
    public let priority: EntryTask.Priority?
    /// The rule after `🔁`.
    public let recurrence: String?
    /// The word after `🏁`.
    public let onCompletion: String?
    /// The id after `🆔`.
    public let id: String?
    /// The ids after `⛔`.
    public let dependsOn: [String]
    /// The block link, `^abc123`.
    public let blockLink: String?
    /// Date fields whose dates do not exist.
    public let invalidDates: [EntryTask.InvalidDate]

    /// The field of `field` that gives its value: Tasks reads fields from the end of the line back
    /// and the last one read (the leftmost) wins.
    public func span(_ field: EntryTask.Field) -> Span? {
        spans.last { $0.field == field }
    }

    // MARK: - Reading

    /// Reads `line` (one line, without its line break) as a task line, or `nil` when it is not one.
    /// With `writtenOn`, a due date in words ("by Friday") is read against that day.
    ///
    /// Lines that are not task lines are turned down after a few bytes: this runs for every line of
    /// every file a command reads.
    /// - Complexity: O(n) in the line's length for a task line.
    public static func read<Line: RandomAccessCollection<UInt8>>(_ line: Line, writtenOn day: Day?) -> TaskLine?
    where Line.Index == Int {
        guard let box = checkbox(line) else { return nil }
        return TaskLine(line, box: box, writtenOn: day)
    }

    /// Reads a task's text — what follows the checkbox — as `read` reads a task line's body.
    public static func readBody(_ text: String, writtenOn day: Day?) -> TaskLine {
        let bytes = Array(text.utf8)
        return TaskLine(bytes, box: (.open, " ", 0..<0, 0), writtenOn: day)
    }

    /// The checkbox at the start of `line` — indentation, a list marker, spaces, `[`, one character,
    /// `]`, then a space or the end of the line: its state, character, where the character is and
    /// where the body begins.
    public static func checkbox<Line: RandomAccessCollection<UInt8>>(_ line: Line)
        -> (state: EntryTask.State, symbol: Character, symbolRange: Range<Int>, bodyStart: Int)?
    where Line.Index == Int {
        let end = line.endIndex
        var index = line.startIndex
        while index < end, line[index] == space || line[index] == tab || line[index] == UInt8(ascii: ">") { index += 1 }
        guard index < end else { return nil }
        let marker = line[index]
        if marker == UInt8(ascii: "-") || marker == UInt8(ascii: "*") || marker == UInt8(ascii: "+") {
            index += 1
        } else if isDigit(marker) {
            let digits = index
            while index < end, isDigit(line[index]) { index += 1 }
            guard index - digits <= 9, index < end, line[index] == UInt8(ascii: ".") || line[index] == UInt8(ascii: ")") else { return nil }
            index += 1
        } else {
            return nil
        }
        guard index < end, line[index] == space else { return nil }
        while index < end, line[index] == space { index += 1 }
        guard index + 2 < end, line[index] == UInt8(ascii: "[") else { return nil }
        let symbolStart = index + 1
        let (scalar, length) = line[symbolStart] < 0x80
            ? (Unicode.Scalar(line[symbolStart]), 1)
            : UTF8Scalar.decode(line, at: symbolStart)
        guard let scalar, scalar != "\n", scalar != "\r", symbolStart + length < end,
              line[symbolStart + length] == UInt8(ascii: "]") else { return nil }
        let after = symbolStart + length + 1
        guard after == end || line[after] == space || line[after] == tab || line[after] == UInt8(ascii: "\r") || line[after] == UInt8(ascii: "\n") else {
            return nil
        }
        let state: EntryTask.State = switch scalar {
        case "x", "X": .met
        case "-": .cancelled
        default: .open
        }
        return (state, Character(scalar), symbolStart..<symbolStart + length, after)
    }

    private init<Line: RandomAccessCollection<UInt8>>(
        _ line: Line, box: (state: EntryTask.State, symbol: Character, symbolRange: Range<Int>, bodyStart: Int), writtenOn day: Day?
    ) where Line.Index == Int {
        state = box.state
        symbol = box.symbol
        symbolRange = box.symbolRange
        var lower = box.bodyStart
        var upper = line.endIndex
        while lower < upper {
            let width = Self.whitespace(line, startingAt: lower, limit: upper)
            guard width > 0 else { break }
            lower += width
        }
        upper = Self.trimmedEnd(line, upper, floor: lower)

        var blockLinkRange: Range<Int>?
        if let caret = Self.blockLinkStart(line, lower, upper) {
            blockLinkRange = caret..<upper
            upper = Self.trimmedEnd(line, caret - 1, floor: lower)
        }
        let bodyEnd = upper

        // Tasks' loop: each pass tries every field in this order at the end of what is left, and
        // passes repeat while one matched, 21 at most.
        var spans: [Span] = []
        var tags: [Range<Int>] = []
        var passes = 0
        var matched: Bool
        repeat {
            matched = false
            for step in Self.readingOrder {
                if let field = step {
                    guard let span = Self.match(field, line, lower, upper) else { continue }
                    spans.append(span)
                    upper = Self.trimmedEnd(line, span.range.lowerBound, floor: lower)
                } else {
                    guard let hash = Self.trailingTagStart(line, lower, upper) else { continue }
                    tags.insert(hash..<upper, at: 0)
                    upper = Self.trimmedEnd(line, hash, floor: lower)
                }
                matched = true
            }
            passes += 1
        } while matched && passes <= 20
        self.spans = spans
        self.blockLinkRange = blockLinkRange
        // A description of tags alone ("#call") takes new fields after them, not glued before them.
        insertionPoint = spans.map(\.range.upperBound).max() ?? (tags.isEmpty || upper == lower ? bodyEnd : upper)

        // The values: the last span read of each field wins.
        func date(_ field: EntryTask.Field) -> Day? {
            spans.last { $0.field == field }.flatMap { Day(isoBytes: ArraySlice(line[$0.value])) }
        }
        func string(_ field: EntryTask.Field) -> String? {
            spans.last { $0.field == field }.map { Self.decode(line[$0.value]) }
        }
        var invalid: [EntryTask.InvalidDate] = []
        for field in EntryTask.Field.allCases where field.holdsDate {
            if let span = spans.last(where: { $0.field == field }), Day(isoBytes: ArraySlice(line[span.value])) == nil {
                invalid.append(EntryTask.InvalidDate(field: field, written: Self.decode(line[span.range])))
            }
        }
        done = date(.done)
        cancelled = date(.cancelled)
        scheduled = date(.scheduled)
        start = date(.start)
        created = date(.created)
        recurrence = string(.recurrence)
        onCompletion = string(.onCompletion)
        id = string(.id)
        dependsOn = string(.dependsOn).map { ids in
            ids.split(separator: ",").map(\.trimmed).filter { !$0.isEmpty }
        } ?? []
        priority = spans.last { $0.field == .priority }.flatMap { span in
            let written = Self.decode(line[span.range]).unicodeScalars.first
            return Self.priorities.first { $0.symbol.unicodeScalars.first == written }?.priority
        }
        blockLink = blockLinkRange.map { Self.decode(line[$0]) }

        // reflect's own due forms, in the description, when Tasks found no due field.
        var description = Array(line[lower..<upper])
        var due = date(.due)
        var inlineDue: Range<Int>?
        if !spans.contains(where: { $0.field == .due }) {
            for (marker, closing) in [("[due::", "]"), ("due:", "")] {
                guard let found = Self.takeInlineDate(marker, closing: closing, from: &description) else {
                    // `due: 2026-13-01` is meant as a date: say so rather than read it as words.
                    if let written = Self.impossibleInlineDate(marker, closing: closing, in: description) {
                        invalid.append(EntryTask.InvalidDate(field: .due, written: written))
                        break
                    }
                    continue
                }
                due = found.day
                inlineDue = (found.date.lowerBound + lower)..<(found.date.upperBound + lower)
                break
            }
        }
        var text = Self.decode(description[...])
        for tag in tags { text += " " + Self.decode(line[tag]) }
        text = text.trimmed
        if due == nil, inlineDue == nil, !spans.contains(where: { $0.field == .due }), let day {
            due = NaturalDueDate.find(in: text, writtenOn: day)?.due
        }
        invalidDates = invalid
        self.text = text
        self.due = due
        self.inlineDue = inlineDue
    }

    // MARK: - Editing

    /// A change `reflect` makes to a task line.
    public enum Edit: Equatable, Sendable {
        /// `[x]` and `✅ day` (the done date replaced if there is one); an open task only.
        case meet(on: Day)
        /// `[-]` and `❌ day`; an open task only.
        case cancel(on: Day)
        /// `[ ]`, with the done and cancelled dates taken out; a met or cancelled task only.
        case reopen
        /// `📅 day`: the due date replaced where it is written, else added.
        case due(Day)

        /// The edit that sets a task to `state`, dated `day`: meet, cancel or reopen.
        public static func setting(_ state: EntryTask.State, on day: Day) -> Edit {
            switch state {
            case .met: .meet(on: day)
            case .cancelled: .cancel(on: day)
            case .open: .reopen
            }
        }

        /// The state the edit sets; `nil` for a new due date, which leaves the state alone.
        public var state: EntryTask.State? {
            switch self {
            case .meet: .met
            case .cancel: .cancelled
            case .reopen: .open
            case .due: nil
            }
        }
    }

    /// `line` with `edit` made, changing only the bytes it must; `nil` when `line` is not a task
    /// line or the edit does not apply to its state.
    ///
    /// New fields go where Tasks reads them: after the existing fields, before hashtags that follow
    /// them and before the block link. A met task never gets a second `✅`.
    public static func edited(_ line: [UInt8], _ edit: Edit) -> [UInt8]? {
        guard let task = read(line, writtenOn: nil) else { return nil }
        var changes: [(Range<Int>, String)] = []
        func removeAll(_ field: EntryTask.Field) {
            for span in task.spans where span.field == field { changes.append((task.removal(of: span, in: line), "")) }
        }
        func setDate(_ field: EntryTask.Field, _ emoji: String, _ day: Day) {
            if let span = task.span(field) {
                changes.append((span.value, day.description))
            } else {
                changes.append((task.insertionPoint..<task.insertionPoint, " \(emoji) \(day)"))
            }
        }
        switch edit {
        case let .meet(day):
            guard task.state == .open else { return nil }
            changes.append((task.symbolRange, "x"))
            setDate(.done, "✅", day)
            removeAll(.cancelled)
        case let .cancel(day):
            guard task.state == .open else { return nil }
            changes.append((task.symbolRange, "-"))
            setDate(.cancelled, "❌", day)
            removeAll(.done)
        case .reopen:
            guard task.state != .open else { return nil }
            changes.append((task.symbolRange, " "))
            removeAll(.done)
            removeAll(.cancelled)
        case let .due(day):
            if task.span(.due) == nil, let inline = task.inlineDue {
                changes.append((inline, day.description))
            } else {
                setDate(.due, "📅", day)
            }
        }
        return applying(changes, to: line)
    }

    /// The line Obsidian Tasks writes above a recurring task met on `day`: the same line open again,
    /// its due, scheduled and start dates moved by its `🔁` rule (each kept at its distance from the
    /// first of them that is set), without done or cancelled dates, id, depends-on or block link,
    /// and with a `➕` created date, if it has one, set to `day`. `nil` when the line has no rule
    /// `Recurrence` follows, or the date the rule counts from does not exist (Tasks writes no next
    /// occurrence then either).
    public static func nextOccurrence(of line: [UInt8], metOn day: Day) -> [UInt8]? {
        guard let task = read(line, writtenOn: nil), let rule = task.recurrence.flatMap(Recurrence.init) else { return nil }
        let moved: [EntryTask.Field] = [.due, .scheduled, .start]
        var changes: [(Range<Int>, String)] = [(task.symbolRange, " ")]
        if let referenceSpan = moved.lazy.compactMap(task.span).first {
            guard let reference = Day(isoBytes: line[referenceSpan.value]) else { return nil }
            let next = rule.next(after: rule.whenDone ? day : reference)
            for field in moved {
                guard let span = task.span(field), let date = Day(isoBytes: line[span.value]) else { continue }
                changes.append((span.value, next.adding(days: reference.days(until: date)).description))
            }
        }
        for span in task.spans where [.done, .cancelled, .id, .dependsOn].contains(span.field) {
            changes.append((task.removal(of: span, in: line), ""))
        }
        if let created = task.span(.created) { changes.append((created.value, day.description)) }
        if let link = task.blockLinkRange { changes.append(((link.lowerBound - 1)..<link.upperBound, "")) }
        return applying(changes, to: line)
    }

    /// The bytes to take out with `span`: the field and the spaces before it.
    private func removal(of span: Span, in line: [UInt8]) -> Range<Int> {
        var start = span.range.lowerBound
        while start > symbolRange.upperBound + 1, line[start - 1] == Self.space || line[start - 1] == Self.tab { start -= 1 }
        return start..<span.range.upperBound
    }

    /// `line` with each range replaced, the last first so earlier offsets hold; at one offset a
    /// removal goes before an insertion.
    private static func applying(_ changes: [(Range<Int>, String)], to line: [UInt8]) -> [UInt8] {
        var output = line
        let ordered = changes.sorted {
            ($0.0.lowerBound, $0.0.count) > ($1.0.lowerBound, $1.0.count)
        }
        for (range, replacement) in ordered { output.replaceSubrange(range, with: Array(replacement.utf8)) }
        return output
    }
}

// MARK: - Matching from the end

private extension TaskLine {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    /// The fields in the order Tasks tries them in each pass; `nil` is the hashtag step.
    static let readingOrder: [EntryTask.Field?] = [
        .priority, .done, .cancelled, .due, .scheduled, .start, .created, .recurrence, .onCompletion, nil, .id, .dependsOn,
    ]

    static let priorities: [(symbol: String, priority: EntryTask.Priority)] = [
        ("🔺", .highest), ("⏫", .high), ("🔼", .medium), ("🔽", .low), ("⏬", .lowest),
    ]

    /// Each field's emoji, as UTF-8.
    static let emoji: [EntryTask.Field: [[UInt8]]] = {
        let symbols: [EntryTask.Field: [String]] = [
            .priority: priorities.map(\.symbol), .done: ["✅"], .cancelled: ["❌"], .due: ["📅", "📆", "🗓"],
            .scheduled: ["⏳", "⌛"], .start: ["🛫"], .created: ["➕"], .recurrence: ["🔁"],
            .onCompletion: ["🏁"], .id: ["🆔"], .dependsOn: ["⛔"],
        ]
        return symbols.mapValues { $0.map { Array($0.utf8) } }
    }()

    static let variationSelector: [UInt8] = [0xEF, 0xB8, 0x8F]

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z") }

    static func isIDByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    static func isRuleByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == space || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "!")
    }

    /// Tasks' hashtag characters: anything but a space and `!@#$%^&*(),.?":{}|<>`.
    static func isTagByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "!"), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "$"),
             UInt8(ascii: "%"), UInt8(ascii: "^"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "\""),
             UInt8(ascii: ":"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "<"),
             UInt8(ascii: ">"):
            false
        default:
            true
        }
    }

    /// The field `field` ending at `upper`, if the text ends with one.
    static func match<Line: RandomAccessCollection<UInt8>>(_ field: EntryTask.Field, _ line: Line, _ lower: Int, _ upper: Int) -> Span?
    where Line.Index == Int {
        if field.holdsDate {
            let date = upper - 10
            guard date >= lower, isDateShaped(line, date) else { return nil }
            var cursor = date
            while cursor > lower, line[cursor - 1] == space { cursor -= 1 }
            guard let start = emojiStart(field, line, endingAt: cursor, floor: lower) else { return nil }
            return Span(field: field, range: start..<upper, value: date..<upper)
        }
        var value = upper
        switch field {
        case .priority:
            guard let start = emojiStart(field, line, endingAt: upper, floor: lower) else { return nil }
            return Span(field: field, range: start..<upper, value: upper..<upper)
        case .recurrence:
            while value > lower, isRuleByte(line[value - 1]) { value -= 1 }
        case .onCompletion:
            while value > lower, isLetter(line[value - 1]) { value -= 1 }
        case .id:
            while value > lower, isIDByte(line[value - 1]) { value -= 1 }
        case .dependsOn:
            while value > lower, isIDByte(line[value - 1]) || line[value - 1] == space || line[value - 1] == UInt8(ascii: ",") { value -= 1 }
        default:
            return nil
        }
        var cursor = value
        if field != .recurrence, field != .dependsOn {
            while cursor > lower, line[cursor - 1] == space { cursor -= 1 }
        }
        while value < upper, line[value] == space { value += 1 }
        guard value < upper, let start = emojiStart(field, line, endingAt: cursor, floor: lower) else { return nil }
        if field == .dependsOn {
            // `ID( *, *ID *)*`: no empty item, no space inside one.
            let items = Array(line[value..<upper]).split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            for item in items {
                let trimmed = item.drop { $0 == space }.reversed().drop { $0 == space }
                guard !trimmed.isEmpty, trimmed.allSatisfy(isIDByte) else { return nil }
            }
        }
        return Span(field: field, range: start..<upper, value: value..<upper)
    }

    /// Where `field`'s emoji starts when it ends at `end`, an optional U+FE0F after it.
    static func emojiStart<Line: RandomAccessCollection<UInt8>>(_ field: EntryTask.Field, _ line: Line, endingAt end: Int, floor: Int) -> Int?
    where Line.Index == Int {
        var end = end
        if end - 3 >= floor, line[(end - 3)..<end].elementsEqual(variationSelector) { end -= 3 }
        for symbol in emoji[field] ?? [] where end - symbol.count >= floor {
            if line[(end - symbol.count)..<end].elementsEqual(symbol) { return end - symbol.count }
        }
        return nil
    }

    /// Whether the ten bytes at `start` are `dddd-dd-dd`.
    static func isDateShaped<Line: RandomAccessCollection<UInt8>>(_ line: Line, _ start: Int) -> Bool where Line.Index == Int {
        for offset in 0..<10 {
            let byte = line[start + offset]
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard isDigit(byte) else { return false }
            }
        }
        return true
    }

    /// Where the `#` of a hashtag ending at `upper` is: Tasks' `(^|\s)#[^ !@#$%^&*(),.?":{}|<>]+$`.
    static func trailingTagStart<Line: RandomAccessCollection<UInt8>>(_ line: Line, _ lower: Int, _ upper: Int) -> Int?
    where Line.Index == Int {
        var cursor = upper
        while cursor > lower, isTagByte(line[cursor - 1]) { cursor -= 1 }
        guard cursor < upper, cursor > lower, line[cursor - 1] == UInt8(ascii: "#") else { return nil }
        let hash = cursor - 1
        guard hash == lower || whitespace(line, endingAt: hash, floor: lower) > 0 else { return nil }
        return hash
    }

    /// Where the `^` of a block link ending at `upper` is: ` ^` then letters, digits and `-`.
    static func blockLinkStart<Line: RandomAccessCollection<UInt8>>(_ line: Line, _ lower: Int, _ upper: Int) -> Int?
    where Line.Index == Int {
        var cursor = upper
        while cursor > lower, isLetter(line[cursor - 1]) || isDigit(line[cursor - 1]) || line[cursor - 1] == UInt8(ascii: "-") { cursor -= 1 }
        guard cursor < upper, cursor - 2 >= lower, line[cursor - 1] == UInt8(ascii: "^"), line[cursor - 2] == space else { return nil }
        return cursor - 1
    }

    /// `upper` moved back over whitespace, not below `floor`.
    static func trimmedEnd<Line: RandomAccessCollection<UInt8>>(_ line: Line, _ upper: Int, floor: Int) -> Int where Line.Index == Int {
        var upper = upper
        while upper > floor {
            let width = whitespace(line, endingAt: upper, floor: floor)
            guard width > 0 else { break }
            upper -= width
        }
        return upper
    }

    /// The length of the whitespace character (JavaScript's `\s`, what Tasks trims) ending at `end`, or 0.
    static func whitespace<Line: RandomAccessCollection<UInt8>>(_ line: Line, endingAt end: Int, floor: Int) -> Int where Line.Index == Int {
        let last = line[end - 1]
        if last < 0x80 { return (last >= 0x09 && last <= 0x0D) || last == space ? 1 : 0 }
        if last == 0xA0, end - 2 >= floor, line[end - 2] == 0xC2 { return 2 }
        guard end - 3 >= floor else { return 0 }
        return isWideWhitespace(line[end - 3], line[end - 2], last) ? 3 : 0
    }

    /// The length of the whitespace character starting at `start`, or 0.
    static func whitespace<Line: RandomAccessCollection<UInt8>>(_ line: Line, startingAt start: Int, limit: Int) -> Int where Line.Index == Int {
        let first = line[start]
        if first < 0x80 { return (first >= 0x09 && first <= 0x0D) || first == space ? 1 : 0 }
        if first == 0xC2, start + 1 < limit, line[start + 1] == 0xA0 { return 2 }
        guard start + 2 < limit else { return 0 }
        return isWideWhitespace(first, line[start + 1], line[start + 2]) ? 3 : 0
    }

    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF in UTF-8.
    static func isWideWhitespace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        switch (a, b) {
        case (0xE1, 0x9A): c == 0x80
        case (0xE2, 0x80): (0x80...0x8A).contains(c) || c == 0xA8 || c == 0xA9 || c == 0xAF
        case (0xE2, 0x81): c == 0x9F
        case (0xE3, 0x80): c == 0x80
        case (0xEF, 0xBB): c == 0xBF
        default: false
        }
    }

    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Takes `marker`, spaces, an ISO date and an optional `closing` out of `description`, leaving
    /// one space where they stood; returns the day and where its date was. Only the first `marker`
    /// is looked at, as `reflect` always has.
    static func takeInlineDate(_ marker: String, closing: String, from description: inout [UInt8]) -> (day: Day, date: Range<Int>)? {
        let needle = Array(marker.utf8)
        guard let at = firstIndex(of: needle, in: description) else { return nil }
        var index = at + needle.count
        while index < description.count, description[index] == space { index += 1 }
        guard index + 10 <= description.count, let day = Day(isoBytes: description[index..<index + 10]) else { return nil }
        var end = index + 10
        if !closing.isEmpty, description[end...].starts(with: closing.utf8) { end += closing.utf8.count }
        let before = trimmed(description[..<at])
        let after = trimmed(description[end...])
        description = Array(before) + [space] + Array(after)
        return (day, index..<index + 10)
    }

    /// `marker` followed by a date-shaped `YYYY-MM-DD` that is no day (`due: 2026-13-01`), as
    /// written; `nil` when there is none.
    static func impossibleInlineDate(_ marker: String, closing: String, in description: [UInt8]) -> String? {
        guard let at = firstIndex(of: Array(marker.utf8), in: description) else { return nil }
        var index = at + marker.utf8.count
        while index < description.count, description[index] == space { index += 1 }
        guard index + 10 <= description.count else { return nil }
        let date = description[index..<index + 10]
        let shaped = date.indices.allSatisfy { position in
            let byte = date[position]
            return position - index == 4 || position - index == 7
                ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard shaped, Day(isoBytes: date) == nil else { return nil }
        var end = index + 10
        if !closing.isEmpty, description[end...].starts(with: closing.utf8) { end += closing.utf8.count }
        return decode(description[at..<end])
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == space || first == tab { slice = slice.dropFirst() }
        while let last = slice.last, last == space || last == tab { slice = slice.dropLast() }
        return slice
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
