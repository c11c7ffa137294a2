/// Finds a due date written in words — "by Friday", "by tomorrow", "by end of week", "by EOD",
/// "by Dec 1" — and resolves it against the day the words were written.
///
/// Rules, for a phrase written on day W:
/// - a weekday ("by Friday", "by fri") is the first such day after W; "by next Friday" is a week later
///   when that Friday falls in W's own week;
/// - "today", "tonight", "EOD", "end of day", "COB" are W; "tomorrow" (or "tmrw", `Spellings`) is the day after;
///   a time of day before a day ("by noon tomorrow", "by EOD Thursday", "by 5pm on Friday") is that day;
/// - "end of week", "EOW" is the first Friday on or after W; "end of month", "EOM" is its last day;
/// - a month and day ("Dec 1", "1 December", "December 1st") is the next such date on or after W;
/// - an ISO date is itself.
public enum NaturalDueDate {
    /// A due phrase found in a text: the day it means and where the words stand.
    public struct Match: Equatable, Sendable {
        /// The resolved due day.
        public let due: Day
        /// The phrase, from "by" to its last word, in the text searched.
        public let range: Range<String.Index>
    }

    /// The first "by …" phrase in `text` that names a day, resolved against `written`.
    ///
    /// A phrase that would fall after 9999-12-31 ("by tomorrow" written on the last day there
    /// is) names no day: the words stay as they were written, with no due date.
    public static func find(in text: String, writtenOn written: Day) -> Match? {
        guard mayHoldBy(text) else { return nil }
        let words = Word.split(text)
        for (index, word) in words.enumerated() where word.lower == "by" {
            if let (due, last) = resolve(words, from: index + 1, text: text, written: written), due.isInCalendar {
                let end = timeOfDay(words, after: last) ?? last
                return Match(due: due, range: word.range.lowerBound..<words[end].range.upperBound)
            }
            // "by 5pm", "by noon": a time alone is that day; "by noon tomorrow", "by 5pm on Friday":
            // the day named after it.
            if let end = timeOfDay(words, after: index) {
                if let (due, last) = day(after: end, in: words, text: text, written: written), due.isInCalendar {
                    return Match(due: due, range: word.range.lowerBound..<words[last].range.upperBound)
                }
                return Match(due: written, range: word.range.lowerBound..<words[end].range.upperBound)
            }
        }
        return nil
    }

    /// `text` with its due phrase removed and spaces tidied, and the due day; `nil` when there is none.
    public static func extract(from text: String, writtenOn written: Day) -> (text: String, due: Day)? {
        guard let match = find(in: text, writtenOn: written) else { return nil }
        let before = text[..<match.range.lowerBound].trimmed
        let after = text[match.range.upperBound...].trimmed
        var remaining = after.isEmpty || after.first!.isPunctuation ? before + after : before + " " + after
        for empty in ["()", "[]", "( )", "[ ]"] where remaining.contains(empty) {
            remaining = remaining.split(separator: empty, omittingEmptySubsequences: false).joined().trimmed
        }
        // Trimmed by index, once: removing characters one at a time from the front is quadratic.
        let isSeparator: (Character) -> Bool = { $0 == "," || $0 == ";" || $0 == " " }
        let kept = remaining.drop(while: isSeparator)
        return (String(kept[..<(kept.lastIndex { !isSeparator($0) }.map(kept.index(after:)) ?? kept.startIndex)]), match.due)
    }

    private static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    ]

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// Resolves the words starting at `start`; returns the day and the index of the last word used.
    private static func resolve(_ words: [Word], from start: Int, text: String, written: Day) -> (Day, Int)? {
        func word(_ i: Int) -> String? { i < words.count ? words[i].lower : nil }
        var i = start
        if word(i) == "the" { i += 1 }
        guard let first = word(i) else { return nil }

        if let isoDay = isoDate(at: words[i], in: text) { return (isoDay.day, i + isoDay.extraWords) }
        switch first {
        case "today", "tonight", "eod", "cob":
            // "by EOD tomorrow", "by COB Thursday": the time of day comes first, the day after it.
            if first != "today", let later = day(after: i, in: words, text: text, written: written) { return later }
            return (written, i)
        case "tomorrow": return (written.adding(days: 1), i)
        case "eow": return (endOfWeek(written), i)
        case "eom": return (written.monthOfYear.lastDay, i)
        case "end", "close":
            var j = i + 1
            guard word(j) == "of" else { return nil }
            j += 1
            if word(j) == "the" || word(j) == "this" { j += 1 }
            switch word(j) {
            case "day", "business":
                let last = word(j + 1) == "day" ? j + 1 : j
                return day(after: last, in: words, text: text, written: written) ?? (written, last)
            case "week": return (endOfWeek(written), j)
            case "month": return (written.monthOfYear.lastDay, j)
            default: return nil
            }
        case "next":
            guard let name = word(i + 1), let weekday = weekdays[name] else { return nil }
            let due = nextWeekday(weekday, after: written)
            let inThisWeek = written.days(until: due) <= 7 - written.weekday
            return (inThisWeek ? due.adding(days: 7) : due, i + 1)
        default:
            break
        }
        if let weekday = weekdays[first] { return (nextWeekday(weekday, after: written), i) }
        if let month = months[first], let next = word(i + 1), let dayNumber = ordinalNumber(next) {
            if let year = word(i + 2).flatMap(yearNumber) {
                return Day(year: year, month: month, day: dayNumber).map { ($0, i + 2) }
            }
            return monthDay(month, dayNumber, written).map { ($0, i + 1) }
        }
        if let dayNumber = ordinalNumber(first) {
            var j = i + 1
            if word(j) == "of" { j += 1 }
            if let name = word(j), let month = months[name] {
                if let year = word(j + 1).flatMap(yearNumber) {
                    return Day(year: year, month: month, day: dayNumber).map { ($0, j + 1) }
                }
                return monthDay(month, dayNumber, written).map { ($0, j) }
            }
        }
        return nil
    }

    /// The day named right after word `index`, past an "on" ("noon tomorrow", "end of day on
    /// Thursday"), with the index of its last word; `nil` when none is, or when it is only today.
    private static func day(after index: Int, in words: [Word], text: String, written: Day) -> (Day, Int)? {
        let start = index + 1 < words.count && words[index + 1].lower == "on" ? index + 2 : index + 1
        guard start < words.count, !["today", "tonight", "eod", "cob", "end", "close"].contains(words[start].lower) else { return nil }
        return resolve(words, from: start, text: text, written: written)
    }

    /// The index of the last word of a time of day right after word `index` — "morning", "noon",
    /// "5pm", "5 pm", "at 10", "at 10:30 am" — or `nil` when none follows.
    private static func timeOfDay(_ words: [Word], after index: Int) -> Int? {
        func word(_ i: Int) -> String? { i < words.count ? words[i].lower : nil }
        var i = index + 1
        if let name = word(i), ["morning", "afternoon", "evening", "night", "tonight", "noon", "midday", "lunch", "lunchtime", "eod", "cob"].contains(name) {
            return i
        }
        let afterAt = word(i) == "at"
        if afterAt { i += 1 }
        guard let time = word(i) else { return nil }
        if let name = word(i), afterAt, ["noon", "midday", "lunch", "lunchtime"].contains(name) { return i }
        let digits = time.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let hour = Int(digits), hour <= 24 else { return nil }
        let suffix = time.dropFirst(digits.count)
        if suffix == "am" || suffix == "pm" { return i }
        guard suffix.isEmpty else { return nil }
        var last = i
        if let minutes = word(last + 1), minutes.count == 2, minutes.allSatisfy({ $0.isASCII && $0.isNumber }), afterAt { last += 1 }
        if let meridiem = word(last + 1), meridiem == "am" || meridiem == "pm" { return last + 1 }
        return afterAt ? last : nil
    }

    /// A year written out in full, 2000–2999.
    private static func yearNumber(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (2000...2999).contains(year) else { return nil }
        return year
    }

    /// Whether "by" could stand in `text` at all: most task texts have no due phrase.
    private static func mayHoldBy(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte | 0x20 == UInt8(ascii: "y"), previous | 0x20 == UInt8(ascii: "b") { return true }
            previous = byte
        }
        return false
    }

    private static func nextWeekday(_ weekday: Int, after day: Day) -> Day {
        let ahead = (weekday - day.weekday + 7) % 7
        return day.adding(days: ahead == 0 ? 7 : ahead)
    }

    private static func endOfWeek(_ day: Day) -> Day {
        day.adding(days: (5 - day.weekday + 7) % 7)
    }

    private static func monthDay(_ month: Int, _ dayNumber: Int, _ written: Day) -> Day? {
        if let due = Day(year: written.year, month: month, day: dayNumber), due >= written { return due }
        return Day(year: written.year + 1, month: month, day: dayNumber)
    }

    /// "1", "1st", "22nd", "3rd", "4th" as a day of the month.
    private static func ordinalNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    /// An ISO date starting at `word` (the splitter breaks it into three words at the hyphens).
    private static func isoDate(at word: Word, in text: String) -> (day: Day, extraWords: Int)? {
        let tail = text[word.range.lowerBound...].utf8.prefix(10)
        guard tail.count == 10, let day = Day(iso: Substring(tail)) else { return nil }
        return (day, 2)
    }
}

/// A run of ASCII letters and digits in a text, lower-cased and in its standard spelling ("tmrw"
/// is "tomorrow"), with where it stands.
struct Word {
    let lower: String
    let range: Range<String.Index>

    /// The words of `text`. Words are ASCII, so the bytes around each are ASCII or a lead byte and
    /// every range falls between characters.
    static func split(_ text: String) -> [Word] {
        var words: [Word] = []
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        func close(at end: String.Index) {
            guard let begin = start else { return }
            // Lower-cased straight into the string's storage, with no array in between.
            let word = utf8[begin..<end]
            let lower = String(unsafeUninitializedCapacity: word.count) { bytes in
                for (offset, byte) in word.enumerated() { bytes[offset] = byte | ((byte >= 0x41 && byte <= 0x5A) ? 0x20 : 0) }
                return word.count
            }
            words.append(Word(lower: Spellings.standard(lower), range: begin..<end))
            start = nil
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            let isWordByte = (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if isWordByte, start == nil { start = index }
            if !isWordByte { close(at: index) }
            index = utf8.index(after: index)
        }
        close(at: utf8.endIndex)
        return words
    }
}
