#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Insights
import Journal

/// `reflect today`: the daily guided reflection, from the terminal, an editor, or piped input.
struct Today {
    let context: Context
    private var day: Day { context.today }
    private var style: Style { context.style }

    /// How many open commitments the guided flow asks about: the most recently made.
    static let reviewLimit = 10

    /// What one sitting produced, ready to be saved.
    struct Reflection {
        var answers: [EntryWriter.Answer] = []
        var attitude: Int?
        var newCommitments: [String] = []
        var changes: [(Commitment, Task.State)] = []
        /// Numbers for the front matter (`Today+Numbers.swift`).
        var numbers: [(name: String, value: String)] = []

        var isEmpty: Bool { answers.isEmpty && attitude == nil && newCommitments.isEmpty && changes.isEmpty && numbers.isEmpty }

        /// What goes into the day's file.
        var addition: JournalStore.Addition {
            var addition = JournalStore.Addition(attitude: attitude, answers: answers, commitments: newCommitments)
            addition.numbers = numbers
            return addition
        }

        /// The text to keep in a recovery file if saving fails.
        var recoveryText: String {
            var text = ""
            if let attitude { text += "attitude: \(attitude)\n\n" }
            if !numbers.isEmpty { text += numbers.map { "\($0.name): \($0.value)\n" }.joined() + "\n" }
            for answer in answers { text += "## \(answer.prompt.text)\n\n\(answer.text.trimmed)\n\n" }
            if !newCommitments.isEmpty { text += "## Commitments\n\n" + newCommitments.map { "- [ ] \($0)\n" }.joined() + "\n" }
            for (commitment, state) in changes { text += "\(commitment.id): mark \(state == .met ? "met" : "cancelled")\n" }
            return text
        }
    }

    func run() throws {
        let invocation = context.invocation
        var attitude: Int?
        if let text = invocation.value("--attitude") {
            guard let value = Int(text), (1...5).contains(value) else {
                throw UsageError("--attitude '\(text)' is not a rating: use a whole number from 1 (low) to 5 (high)", command: invocation.command)
            }
            attitude = value
        }
        let promptSet = context.promptSet()
        let scheduled = Schedule(promptSet: promptSet).prompts(for: day)
        var focus = scheduled.focus
        if let id = invocation.value("--prompt") {
            guard let prompt = promptSet.prompt(id: id) else {
                throw UsageError("--prompt '\(id)' is not a prompt id; 'reflect prompts' lists them", command: invocation.command)
            }
            guard prompt.area != .checkin else {
                throw UsageError("the check-in is a rating, not a written answer: use --attitude 1-5", command: invocation.command)
            }
            focus = prompt
        }
        if invocation.flag("--editor") {
            try fromEditor(focus: focus, scheduled: scheduled, attitude: attitude)
        } else if !Console.inputIsTerminal {
            try fromInput(focus: focus, attitude: attitude)
        } else {
            try guided(focus: focus, scheduled: scheduled, attitude: attitude)
        }
    }

    // MARK: - Piped input

    private func fromInput(focus: Prompt, attitude: Int?) throws {
        guard let bytes = Console.readAllInput(limit: FileSystem.sizeLimit) else {
            throw CommandFailure("the input is larger than \(FileSystem.sizeLimit >> 20) MB, the most a day's file may hold, so nothing was saved", code: .data)
        }
        guard UTF8Scalar.isText(bytes) else {
            throw CommandFailure("the input is not UTF-8 text, so nothing was saved" + keep(bytes), code: .data)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard !text.trimmed.isEmpty else {
            Console.write("Nothing to save: the input was empty.\n")
            return
        }
        let reflection = Reflection(answers: [.init(prompt: focus, text: text)], attitude: attitude)
        let saved = try save(reflection) { keep(Array(reflection.recoveryText.utf8)) }
        Console.write("Saved \(saved.path ?? context.store.canonicalPath(for: day))\n")
    }

    // MARK: - The guided terminal flow

    private func guided(focus: Prompt, scheduled: Schedule.Day, attitude given: Int?) throws {
        var reflection = Reflection(attitude: given)
        let draft = RecoveryDraft(day: day, store: context.store)
        defer { draft.discard() }
        Console.write(style.bold(day.longDescription) + style.dim(" · \(focus.area.rawValue)") + "\n\n")
        Console.write(style.bold(focus.text) + "\n")
        Console.write(style.dim("Write as many lines as you like; a line with only '.' (or Ctrl-D) ends the answer.") + "\n")
        let answer = readAnswer { draft.keep("## \(focus.text)\n\n\($0)\n") }
        if !answer.trimmed.isEmpty { reflection.answers.append(.init(prompt: focus, text: answer)) }
        draft.keep(reflection.recoveryText)

        if given == nil { reflection.attitude = askRating(scheduled.checkIn) }
        draft.keep(reflection.recoveryText)
        reflection.numbers = askNumbers(after: reflection.answers.map(\.text).joined(separator: "\n"))
        draft.keep(reflection.recoveryText)

        if !scheduled.review.isEmpty {
            Console.write("\n" + style.bold("Monthly review") + style.dim(" · the last day of the month; Enter on an empty answer skips a question") + "\n")
            for prompt in scheduled.review {
                Console.write("\n" + style.bold(prompt.text) + "\n")
                let text = readAnswer { draft.keep(reflection.recoveryText + "## \(prompt.text)\n\n\($0)\n") }
                if !text.trimmed.isEmpty { reflection.answers.append(.init(prompt: prompt, text: text)) }
                draft.keep(reflection.recoveryText)
            }
        }

        let commitments = context.allCommitments()
        let open = context.commitmentsToReview(in: commitments)
        // A daily habit cannot mean walking years of old promises: the most recent ones are asked
        // about, and the rest are counted and left to `reflect commitments`.
        let toReview = open.suffix(Today.reviewLimit)
        if !toReview.isEmpty {
            Console.write("\n" + style.bold("Your commitments (\(open.count))") + style.dim(" · d done, c cancel, Enter keeps") + "\n")
            if open.count > toReview.count {
                Console.write(style.dim("  \(open.count - toReview.count) older ones are not asked about here; 'reflect commitments' lists them all.") + "\n")
            }
            for commitment in toReview {
                let line = CommitmentFormat.line(commitment, on: day, style: style)
                while true {
                    guard let reply = Console.ask(line + "  [d/c/K] ")?.trimmed.lowercased() else { break }
                    if reply.isEmpty || reply == "k" || reply == "keep" { break }
                    if reply == "d" || reply == "done" { reflection.changes.append((commitment, .met)); break }
                    if reply == "c" || reply == "cancel" { reflection.changes.append((commitment, .cancelled)); break }
                    Console.write("  Type d (done), c (cancel) or press Enter to keep it.\n")
                }
                draft.keep(reflection.recoveryText)
            }
        }

        Console.write("\n" + style.bold("New commitments") + style.dim(" · one a line, e.g. 'Send Acme the proposal by Friday'; an empty line ends") + "\n")
        while let line = Console.ask("> "), !line.trimmed.isEmpty {
            reflection.newCommitments.append(line.trimmed)
            draft.keep(reflection.recoveryText)
        }

        guard !reflection.isEmpty else {
            Console.write("\nNothing to save.\n")
            return
        }
        let saved = try save(reflection) { keep(reflection.recoveryText, in: draft) }
        let place = saved.path.map { "Saved \($0)" } ?? "Saved your commitments"
        Console.write("\n\(place)\n" + insight(reflection, saved: saved, before: commitments) + "\n")
    }

    /// Lines until one holding only `.`, or the end of input; `keep` gets the answer so far after each line.
    private func readAnswer(keep: (String) -> Void) -> String {
        var lines: [String] = []
        while let line = Console.ask(style.dim("> ")), line.trimmed != "." {
            lines.append(line)
            keep(lines.joined(separator: "\n"))
        }
        return lines.joined(separator: "\n")
    }

    private func askRating(_ checkIn: Prompt) -> Int? {
        Console.write("\n")
        while let reply = Console.ask(style.bold(checkIn.text) + style.dim(" [1-5, Enter skips] "))?.trimmed {
            if reply.isEmpty { return nil }
            if let value = Int(reply), (1...5).contains(value) { return value }
            Console.write("Please type a whole number from 1 to 5, or press Enter to skip.\n")
        }
        return nil
    }

    /// One line after saving: negative words today, open commitments, streak. The journal was read
    /// once before the review (`before`); only the day's own file is read again.
    private func insight(_ reflection: Reflection, saved: JournalStore.Saved, before: [Commitment]) -> String {
        var parts: [String] = []
        let words = context.analyzer().analyze(reflection.answers.map(\.text).joined(separator: "\n"), writtenOn: day).negativeWords
        parts.append(words.isEmpty ? "no negative words" : "\(words.count) negative word\(words.count == 1 ? "" : "s") (" + words.joined(separator: ", ") + ")")
        // The commitments ticked or cancelled just now are neither open nor overdue any more.
        let changed = Set(saved.changed.map(\.commitment.id))
        let today = (try? context.store.entry(on: day)).map(Commitment.all(in:)) ?? []
        let commitments = before.filter { $0.madeOn != day && !changed.contains($0.id) } + today
        let open = commitments.filter { $0.status(on: day) == .open }.count
        let overdue = commitments.filter { $0.status(on: day) == .overdue }.count
        parts.append("\(open) open commitment\(open == 1 ? "" : "s")" + (overdue > 0 ? ", \(overdue) overdue" : ""))
        let streak = Streak.current(context.store.days(), on: day)
        parts.append("\(streak)-day streak")
        return style.dim("Today: " + parts.joined(separator: " · "))
    }

    // MARK: - The editor

    private static let draftNote = """
        <!-- Write your answers under the questions, then save and close the editor.
             Task lines such as "- [ ] Send the proposal by Friday" become commitments.
             Leave the draft unchanged or empty to save nothing. This note is not saved. -->
        """

    private func fromEditor(focus: Prompt, scheduled: Schedule.Day, attitude given: Int?) throws {
        var prompts = [focus] + scheduled.review
        if given == nil { prompts.append(scheduled.checkIn) }
        let draftText = "# \(day.longDescription)\n\n" + Today.draftNote + "\n\n" + prompts.map { "## \($0.text)\n\n\n" }.joined()
        guard let draft = context.store.keepPrivately(Array(draftText.utf8), prefix: "reflect-draft-\(day)", environment: Console.environment) else {
            throw CommandFailure("cannot create a draft file in $TMPDIR (or /tmp), \(context.store.settingsFolder)/recovery or $HOME", code: .ioError)
        }
        let path = draft.path
        let editor = Console.environment("VISUAL").flatMap { $0.isEmpty ? nil : $0 }
            ?? Console.environment("EDITOR").flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let status = system(editor + " " + shellQuoted(path))
        guard status == 0 else {
            let reason = status == -1 ? "could not be started" : (status & 0x7F) != 0 ? "was stopped by signal \(status & 0x7F)" : "exited with status \((status >> 8) & 0xFF)"
            throw JournalError.editorFailed("the editor '\(editor)' \(reason), so nothing was saved; your draft is kept at \(path)")
        }
        let bytes: [UInt8]
        do throws(JournalError) {
            bytes = try draft.readBack()
        } catch {
            throw CommandFailure("\(error), so nothing was saved", code: .ioError)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandFailure("the draft \(path) is not UTF-8 text, so nothing was saved; it is kept as it is", code: .data)
        }
        var reflection = Reflection(attitude: given)
        // Text that is not under one of the questions (under the title, under a heading the writer
        // added or retyped) is kept with the focus answer, headings and all: nothing typed is dropped.
        var otherText: [String] = []
        for section in try Today.sections(of: text, day: day, path: path) {
            let body = section.body
            guard let prompt = prompts.first(where: { $0.text == section.heading }) else {
                if !body.isEmpty { otherText.append(section.heading.isEmpty ? body : "## \(section.heading)\n\n\(body)") }
                continue
            }
            if prompt.area == .checkin {
                guard !body.isEmpty else { continue }
                guard let value = Int(body), (1...5).contains(value) else {
                    throw CommandFailure("the attitude '\(body)' is not a whole number from 1 to 5, so nothing was saved; your draft is kept at \(path)", code: .data)
                }
                reflection.attitude = value
            } else if !body.isEmpty {
                reflection.answers.append(.init(prompt: prompt, text: body))
            }
        }
        if !otherText.isEmpty {
            if let index = reflection.answers.firstIndex(where: { $0.prompt == focus }) {
                let answer = reflection.answers[index]
                reflection.answers[index] = .init(prompt: focus, text: ([answer.text] + otherText).joined(separator: "\n\n"))
            } else {
                reflection.answers.insert(.init(prompt: focus, text: otherText.joined(separator: "\n\n")), at: 0)
            }
        }
        guard !reflection.answers.isEmpty || reflection.attitude != given else {
            draft.remove()
            Console.write("Nothing saved: the draft was left empty.\n")
            return
        }
        // The draft itself keeps what was written if saving fails.
        let saved = try save(reflection) { "; what you wrote is kept in \(path)" }
        draft.remove()
        Console.write("Saved \(saved.path ?? context.store.canonicalPath(for: day))\n")
    }

    /// The `## ` sections of a draft, read as an entry once the note is taken out.
    static func sections(of draft: String, day: Day, path: String) throws(JournalError) -> [Entry.Section] {
        var text = Substring(draft)
        while let start = text.firstRange(of: "<!--"), let end = text[start.upperBound...].firstRange(of: "-->") {
            text = text[..<start.lowerBound] + text[end.upperBound...]
        }
        return try EntryParser.parse(Array(text.utf8), day: day, path: path).sections
    }

    private func shellQuoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    // MARK: - Saving

    /// Saves in one transaction of the store: appends to the day's file (or creates it) and
    /// applies the review's choices. A choice that meets a commitment changed meanwhile is
    /// reported and the rest saved. If saving fails, `keep` keeps what was typed and says where.
    private func save(_ reflection: Reflection, keep: () -> String) throws -> JournalStore.Saved {
        do throws(JournalError) {
            let saved = try context.store.append(reflection.addition, on: day,
                                                 changes: reflection.changes.map { JournalStore.StateChange($0.0, to: $0.1) })
            for conflict in saved.conflicts {
                let choice = conflict.change.state == .met ? "met" : "cancelled"
                Console.warn("\(conflict.change.commitment.id) was not marked \(choice): \(conflict.reason); your answer is saved")
            }
            return saved
        } catch {
            throw CommandFailure("\(error)" + keep(), code: ExitCode(for: error))
        }
    }

    /// Keeps the guided flow's text in its draft (written already as it was typed), else in a
    /// new recovery file; says where.
    private func keep(_ text: String, in draft: RecoveryDraft) -> String {
        if draft.path != nil {
            draft.keep(text)
            if let path = draft.hold() { return "; what you wrote is kept in \(path)" }
        }
        return keep(Array(text.utf8))
    }

    /// Keeps `bytes` in a new private recovery file (`$TMPDIR`, else the journal's
    /// `.reflect/recovery`, else `$HOME`), or as a last resort prints them whole to standard
    /// error; says where.
    private func keep(_ bytes: [UInt8]) -> String {
        if let file = context.store.keepPrivately(bytes, prefix: "reflect-recovery-\(day)", environment: Console.environment) {
            return "; what you wrote is kept in \(file.path)"
        }
        Console.warn("no recovery file could be written in $TMPDIR, \(context.store.settingsFolder)/recovery or $HOME; here is what you wrote:")
        Console.errorVerbatim(bytes.last == UInt8(ascii: "\n") ? bytes : bytes + [UInt8(ascii: "\n")])
        return "; no file could keep what you wrote, so it is printed above"
    }
}
