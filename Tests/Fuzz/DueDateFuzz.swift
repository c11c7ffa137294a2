import Journal

/// libFuzzer harness: the due-date reader and the calendar under it. The first eight bytes pick
/// the day the words were written (any day 0001–9999) and a count of days to step; the rest is
/// the text. Nothing may trap; a due date is always inside the calendar and its phrase inside
/// the text; a commitment written from the text reads back as one task with that due date.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDueDate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 8 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let seed = bytes[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    let span = UInt64(Day.last.ordinal - Day.first.ordinal + 1)
    let written = Day.first.adding(days: Int(seed % span))
    check(written.isInCalendar && written >= Day.first && written <= Day.last)
    // The calendar's arithmetic, from that day, by any count.
    let stepped = written.adding(days: Int(truncatingIfNeeded: seed))
    check(stepped.isInCalendar || stepped < Day.first || stepped > Day.last)
    _ = stepped.monthOfYear.previous.lastDay
    _ = written.monthOfYear.previous.firstDay
    _ = Day(isoBytes: bytes.count >= 18 ? bytes[8..<18] : bytes[0..<8])

    let text = String(decoding: bytes[8...], as: UTF8.self)
    if let match = NaturalDueDate.find(in: text, writtenOn: written) {
        check(match.due.isInCalendar, "a due date outside the calendar")
        check(match.range.lowerBound >= text.startIndex && match.range.upperBound <= text.endIndex)
        // Bytes, not characters: a combining mark after "by" makes "y" part of another character.
        check(text[match.range].utf8.prefix(2).map { $0 | 0x20 } == Array("by".utf8), "the phrase does not start with by")
        guard let (rest, due) = NaturalDueDate.extract(from: text, writtenOn: written) else { fatalError("found but not extracted") }
        check(due == match.due && rest.utf8.count < text.utf8.count)
    }
    guard !text.contains(where: { $0 == "\n" || $0 == "\r\n" }), !text.unicodeScalars.contains("\n") else { return 0 }
    let line = EntryWriter.taskLine(text, writtenOn: written)
    guard let entry = try? EntryParser.parse(Array(line.utf8), day: written, path: "/j/e.md") else { return 0 }
    check(entry.tasks.count == 1, "a commitment did not read back as one task")
    check(entry.tasks[0].due?.isInCalendar ?? true)
    return 0
}
