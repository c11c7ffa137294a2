import Journal

/// libFuzzer harness: any bytes as a day's file. The parser must never trap, must accept exactly
/// the bytes that are UTF-8 text, and what it reads must hold together.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntryParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let day = Day(year: 2026, month: 11, day: 24)!
    guard let entry = try? EntryParser.parse(bytes, day: day, path: "/j/2026/11/2026-11-24.md") else {
        check(!UTF8Scalar.isText(bytes), "text the parser refused")
        return 0
    }
    check(UTF8Scalar.isText(bytes), "bytes that are not text were parsed")
    var line = -1
    for (index, task) in entry.tasks.enumerated() {
        check(task.number == index + 1, "tasks out of order")
        check(task.line > line, "task lines out of order")
        line = task.line
        check(task.due?.isInCalendar ?? true, "a due date outside the calendar")
    }
    if let range = EntryParser.frontMatterRange(bytes) { check(range.upperBound <= bytes.count) }
    check(entry.words >= 0)
    check(Set(entry.tags).count == entry.tags.count, "a tag listed twice")
    _ = entry.sections.map(\.body.count)
    _ = entry.body.count
    _ = entry.preview(words: Int(size % 20))
    _ = EntryParser.openCodeFence(bytes)
    return 0
}
