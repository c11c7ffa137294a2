import Journal

/// libFuzzer harness: any day's file the parser reads, appended to and ticked. The invariant of
/// An edit changes only the bytes it must. Appending keeps the body byte for byte (after
/// the front matter) and the front matter's other lines in order; the appended task is read back
/// as a commitment (a code block left open cannot swallow it). Ticking or cancelling changes only
/// the task's own line: its box and a done or cancelled date where Obsidian Tasks reads it, its
/// text unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntryWriter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let day = Day(year: 2026, month: 11, day: 24)!
    guard let entry = try? EntryParser.parse(bytes, day: day, path: "/j/e.md") else { return 0 }
    checkAppend(bytes, entry, day)
    for task in entry.tasks.prefix(8) where task.state == .open {
        checkTick(bytes, entry, task, .met, day)
        checkTick(bytes, entry, task, .cancelled, day)
    }
    return 0
}

private let prompt = Prompt(id: "pipeline.stalled-deal", text: "Which deal has not moved?")!

private func checkAppend(_ bytes: [UInt8], _ entry: Entry, _ day: Day) {
    let answer = EntryWriter.Answer(prompt: prompt, text: "The answer.")
    let appended = EntryWriter.append(to: bytes, day: day, attitude: 3, answers: [answer], commitments: ["Call Bob by Friday"])
    guard let after = try? EntryParser.parse(appended, day: day, path: "/j/e.md") else {
        fatalError("an append made the file unreadable")
    }
    check(after.tasks.count == entry.tasks.count + 1, "the appended task is not a commitment")
    check(after.tasks.last?.text == "Call Bob" && after.tasks.last?.due == Day(year: 2026, month: 11, day: 27)!,
                 "the appended task reads back wrong")
    for (old, new) in zip(entry.tasks, after.tasks) {
        check(old.text == new.text && old.state == new.state, "an append changed an earlier task")
    }
    check(after.attitude == 3, "the rating did not land")
    // The file may answer the same prompt already: the new answer is the last under its heading.
    check(after.sections.last { $0.heading == prompt.text }?.body == "The answer.", "the answer is not under its heading")
    // The body after the front matter is kept byte for byte, right after the new front matter.
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let oldBody = bytes[(EntryParser.frontMatterRange(bytes)?.upperBound ?? bom)...]
    guard let newFrontMatter = EntryParser.frontMatterRange(appended) else { fatalError("no front matter after an append") }
    var bodyStart = newFrontMatter.upperBound
    if EntryParser.frontMatterRange(bytes) == nil {
        // A front matter made for the file is followed by one blank line of the file's own kind.
        if appended[bodyStart...].starts(with: [0x0D, 0x0A]) { bodyStart += 2 } else if appended[bodyStart] == 0x0A { bodyStart += 1 }
    }
    check(appended[bodyStart...].starts(with: oldBody), "an append changed the body")
    // Front matter lines other than the ones it edits keep their order and bytes.
    if let oldFrontMatter = EntryParser.frontMatterRange(bytes) {
        let kept = lines(bytes[oldFrontMatter]).filter { !isEdited($0) }
        var remaining = lines(appended[newFrontMatter])[...]
        for line in kept {
            guard let found = remaining.firstIndex(of: line) else { fatalError("an append lost a front matter line") }
            remaining = remaining[(found + 1)...]
        }
    }
}

private func checkTick(_ bytes: [UInt8], _ entry: Entry, _ task: EntryTask, _ state: EntryTask.State, _ day: Day) {
    // Meeting a recurring task writes its next occurrence above it: a line more, by design.
    if state == .met, task.recurrence != nil { return }
    guard let edited = EntryWriter.setTask(task.number, to: state, on: day, in: bytes) else {
        fatalError("an open task could not be set")
    }
    // Lines found the parser's way: `\n` ends a line. Only the task's own line may change.
    let before = lines(bytes[...])
    let after = lines(edited[...])
    check(before.count == after.count, "setting a task changed the number of lines")
    for index in before.indices where index != task.line {
        check(before[index].elementsEqual(after[index]), "setting a task changed another line")
    }
    guard let reread = try? EntryParser.parse(edited, day: day, path: "/j/e.md") else { fatalError("a tick made the file unreadable") }
    check(reread.tasks.count == entry.tasks.count, "a tick changed the number of tasks")
    check(reread.tasks[task.number - 1].state == state, "the task did not change")
    // The date is read back as Tasks reads it (a date already there is replaced where it stands).
    let dated = state == .met ? reread.tasks[task.number - 1].done : reread.tasks[task.number - 1].cancelled
    check(dated == day, "the task's line lacks its date")
    check(reread.tasks[task.number - 1].text == task.text, "a tick changed the task's text")
}

private func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
}

/// `attitude:` and `prompts:` lines (a key may follow tabs), the items of a block list (which
/// may be the prompts'), and the fences.
private func isEdited(_ line: ArraySlice<UInt8>) -> Bool {
    let text = String(decoding: line, as: UTF8.self)
    let trimmed = text.drop { $0 == " " || $0 == "\t" }
    return trimmed.hasPrefix("attitude") || trimmed.hasPrefix("prompts") || trimmed.hasPrefix("-") || text.hasPrefix("...")
}
