import CommandKit
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
        var changes: [(Commitment, EntryTask.State)] = []
        /// Numbers for the front matter (`Today+Numbers.swift`).
        var numbers: [(name: String, value: String)] = []

        var isEmpty: Bool { answers.isEmpty && attitude == nil && newCommitments.isEmpty && changes.isEmpty && numbers.isEmpty }

        /// What goes into the day's file.
        var addition: JournalStore.Addition {
            var addition = JournalStore.Addition(attitude: attitude, answers: answers, commitments: newCommitments)
            addition.numbers = numbers
            return addition
        }

        /// The text to keep in a recovery file if saving fails, or in the draft while the flow
        /// runs: Markdown that `restored(from:)` reads back.
        var recoveryText: String {
            var text = ""
            let fields = (attitude.map { ["attitude: \($0)\n"] } ?? []) + numbers.map { "\($0.name): \($0.value)\n" }
            if !fields.isEmpty { text += "---\n" + fields.joined() + "---\n\n" }
            for answer in answers { text += "## \(answer.prompt.text)\n\n\(answer.text.trimmed)\n\n" }
            if !newCommitments.isEmpty { text += "## \(Today.newCommitmentsHeading)\n\n" + newCommitments.map { "- [ ] \($0)\n" }.joined() + "\n" }
            if !changes.isEmpty {
                text += "## \(Today.reviewedHeading)\n\n"
                    + changes.map { "- \($0.0.id): \($0.1 == .met ? "met" : "cancelled") (\($0.0.text))\n" }.joined() + "\n"
            }
            return text
        }

        /// What a draft left by an interrupted run holds (`recoveryText`): answers under the
        /// headings of `promptSet`'s prompts (text under any other heading joins the answer to
        /// `focus`, heading and all), the rating, new commitments, and review choices for the
        /// commitments still `open`.
        static func restored(from text: String, day: Day, focus: Prompt, promptSet: PromptSet, open: [Commitment]) -> Reflection {
            var reflection = Reflection()
            guard let entry = try? EntryParser.parse(Array(text.utf8), day: day, path: "") else { return reflection }
            reflection.attitude = entry.attitude
            reflection.numbers = entry.frontMatter.filter { !NumberDefinition.reservedNames.contains($0.key) }
                .map { (name: $0.key, value: $0.value) }
            var other: [String] = []
            for section in entry.sections where !section.body.isEmpty {
                let lines = section.body.split(separator: "\n").map { $0.trimmed }.filter { !$0.isEmpty }
                if section.heading == Today.newCommitmentsHeading {
                    for line in lines {
                        let bytes = Array(line.utf8)
                        if let box = EntryParser.taskCheckbox(bytes) {
                            reflection.newCommitments.append(String(decoding: bytes[box.textStart...], as: UTF8.self).trimmed)
                        } else {
                            reflection.newCommitments.append(line)
                        }
                    }
                } else if section.heading == Today.reviewedHeading {
                    for line in lines {
                        let words = line.split(separator: " ")
                        guard words.count >= 3, words[0] == "-", let id = words[1].split(separator: ":").first,
                              let commitment = open.first(where: { $0.id == id }) else { continue }
                        reflection.changes.append((commitment, words[2].hasPrefix("met") ? .met : .cancelled))
                    }
                } else if let prompt = promptSet.prompt(text: section.heading), prompt.area != .checkin {
                    reflection.answers.append(.init(prompt: prompt, text: section.body))
                } else {
                    other.append("## \(section.heading)\n\n\(section.body)")
                }
            }
            if !other.isEmpty { reflection.answers.insert(.init(prompt: focus, text: other.joined(separator: "\n\n")), at: 0) }
            return reflection
        }
    }

    /// The draft's heading for new commitments (also the entry's).
    static let newCommitmentsHeading = "Commitments"
    /// The draft's heading for the choices made about earlier commitments.
    static let reviewedHeading = "Commitments reviewed"

    /// Runs the flow `options` ask for: the editor, piped input or the guided flow.
    func run(_ options: TodayCommand) throws {
        let attitude = options.attitude?.value
        let promptSet = context.promptSet()
        let scheduled = Schedule(promptSet: promptSet).prompts(for: day)
        var focus = scheduled.focus
        if let id = options.prompt {
            guard let prompt = promptSet.prompt(id: id) else {
                throw UsageError("--prompt '\(id)' is not a prompt id; 'reflect prompts' lists them", command: TodayCommand.self)
            }
            guard prompt.area != .checkin else {
                throw UsageError("the check-in is a rating, not a written answer: use --attitude 1-5", command: TodayCommand.self)
            }
            focus = prompt
        }
        let explicit = options.prompt != nil
        if options.editor {
            try fromEditor(focus: focus, explicit: explicit, scheduled: scheduled, attitude: attitude, promptSet: promptSet)
        } else if !Console.inputIsTerminal {
            try fromInput(focus: focus, attitude: attitude)
        } else {
            try guided(focus: focus, explicit: explicit, scheduled: scheduled, attitude: attitude, promptSet: promptSet)
        }
    }

    /// What the day's file holds already, for a second sitting: `nil` when the day has no file,
    /// or one with nothing in it.
    private func writtenAlready() -> Entry? {
        guard let entry = try? context.store.entry(on: day),
              !entry.sections.isEmpty || entry.attitude != nil || !entry.tasks.isEmpty || entry.words > 0 else { return nil }
        return entry
    }

    /// The question for a second sitting: the next prompt of the day's area not answered in
    /// `entry` yet, or the day's focus when every one is.
    private func nextFocus(after entry: Entry, focus: Prompt, promptSet: PromptSet) -> Prompt {
        Schedule(promptSet: promptSet).areaPrompts(from: day).first { entry.answer(to: $0.text) == nil } ?? focus
    }

    /// "You wrote today already: 42 words, rating 4, 1 commitment." and the questions answered.
    private func alreadyWritten(_ entry: Entry, promptSet: PromptSet) -> String {
        var parts = ["\(entry.words) word\(entry.words == 1 ? "" : "s")"]
        if let rating = entry.attitude { parts.append("rating \(rating)") }
        if !entry.tasks.isEmpty { parts.append("\(entry.tasks.count) commitment\(entry.tasks.count == 1 ? "" : "s")") }
        var text = "You wrote today already (\(entry.path)): " + parts.joined(separator: ", ") + ".\n"
        for section in entry.sections where promptSet.prompt(text: section.heading) != nil && !section.body.isEmpty {
            text += style.dim("  answered: \(section.heading)") + "\n"
        }
        return text
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
        guard !text.trimmed.isEmpty || attitude != nil else {
            Console.write("Nothing to save: the input was empty.\n")
            return
        }
        let reflection = Reflection(answers: text.trimmed.isEmpty ? [] : [.init(prompt: focus, text: text)], attitude: attitude)
        let saved = try save(reflection) { keep(Array(reflection.recoveryText.utf8)) }
        Console.write("Saved \(saved.path ?? context.store.canonicalPath(for: day))\n")
    }

    // MARK: - The guided terminal flow

    private func guided(focus scheduledFocus: Prompt, explicit: Bool, scheduled: Schedule.DayPrompts, attitude given: Int?, promptSet: PromptSet) throws {
        Console.write(style.bold(day.longDescription) + style.dim(" · \(scheduledFocus.area.rawValue)") + "\n\n")
        try offerDrafts(focus: scheduledFocus, promptSet: promptSet)
        var focus = scheduledFocus
        let written = writtenAlready()
        if let written {
            Console.write(alreadyWritten(written, promptSet: promptSet))
            if !explicit {
                focus = nextFocus(after: written, focus: scheduledFocus, promptSet: promptSet)
                Console.write(focus == scheduledFocus && written.answer(to: focus.text) != nil
                    ? "Every \(focus.area.rawValue) question is answered today; this answer goes below the first.\n\n"
                    : "Another \(focus.area.rawValue) question, then; what you write now is added below.\n\n")
            } else {
                Console.write("\n")
            }
        }
        var reflection = Reflection(attitude: given)
        let draft = RecoveryDraft(day: day, store: context.store)
        defer { draft.discard() }
        Console.write(style.bold(Console.fitted(focus.text)) + "\n")
        Console.write(style.dim(Console.fitted("Write as many lines as you like; a line with only '.' (or Ctrl-D) ends the answer.")) + "\n")
        let answer = readAnswer { draft.keep("## \(focus.text)\n\n\($0)\n") }
        if !answer.trimmed.isEmpty { reflection.answers.append(.init(prompt: focus, text: answer)) }
        draft.keep(reflection.recoveryText)

        if given == nil { reflection.attitude = askRating(scheduled.checkIn, current: written?.attitude) }
        draft.keep(reflection.recoveryText)
        reflection.numbers = askNumbers(after: reflection.answers.map(\.text).joined(separator: "\n"))
        draft.keep(reflection.recoveryText)

        // A second sitting is not asked again what the first answered.
        let review = scheduled.review.filter { written?.answer(to: $0.text) == nil }
        if !review.isEmpty {
            Console.write("\n" + Console.heading("Monthly review", hint: " · the last day of the month; Enter on an empty answer skips a question", style: style) + "\n")
            for prompt in review {
                Console.write("\n" + style.bold(Console.fitted(prompt.text)) + "\n")
                let text = readAnswer(skipsWhenEmpty: true) { draft.keep(reflection.recoveryText + "## \(prompt.text)\n\n\($0)\n") }
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
            Console.write("\n" + Console.heading("Your commitments (\(open.count))", hint: " · d done, c cancel, Enter keeps", style: style) + "\n")
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

        Console.write("\n" + Console.heading("New commitments", hint: " · one a line, e.g. 'Send Acme the proposal by Friday'; an empty line or '.' ends", style: style) + "\n")
        while true {
            Console.write("> ")
            guard let typed = Console.readTypedLine(), !typed.text.trimmed.isEmpty, typed.text.trimmed != "." else { break }
            reflection.newCommitments.append(typed.text.trimmed)
            draft.keep(reflection.recoveryText)
            if typed.endedByControlD { break }
        }

        guard !reflection.isEmpty else {
            Console.write("\nNothing to save.\n")
            return
        }
        let saved = try save(reflection) { keep(reflection.recoveryText, in: draft) }
        let place = saved.path.map { "Saved \($0)" } ?? "Saved your commitments"
        Console.write("\n\(place)\n" + insight(reflection, saved: saved, before: commitments) + "\n")
    }

    /// Offers each draft an interrupted run left for this day (Ctrl-C, a closed terminal, a failed
    /// save): restoring saves what it holds into the day's file and removes it; declining leaves it
    /// where it is.
    private func offerDrafts(focus: Prompt, promptSet: PromptSet) throws {
        let paths = context.store.keptPrivately(prefix: RecoveryDraft.prefix(for: day, in: context.store), environment: Console.environment)
        guard !paths.isEmpty else { return }
        let open = context.commitmentsToReview(in: context.allCommitments())
        for path in paths {
            // A draft another run still holds is that run's, not one left behind.
            guard let file = PrivateFile.reopen(path), file.lock(), let bytes = try? file.readBack(),
                  let text = String(validating: bytes, as: UTF8.self), !text.trimmed.isEmpty else { continue }
            let restored = Reflection.restored(from: text, day: day, focus: focus, promptSet: promptSet, open: open)
            guard !restored.isEmpty else { continue }
            var parts: [String] = []
            if !restored.answers.isEmpty { parts.append("\(restored.answers.count) answer\(restored.answers.count == 1 ? "" : "s")") }
            if let rating = restored.attitude { parts.append("rating \(rating)") }
            if !restored.newCommitments.isEmpty { parts.append("\(restored.newCommitments.count) new commitment\(restored.newCommitments.count == 1 ? "" : "s")") }
            if !restored.changes.isEmpty { parts.append("\(restored.changes.count) commitment\(restored.changes.count == 1 ? "" : "s") marked") }
            Console.write("An interrupted run left a draft for this day in \(path): " + parts.joined(separator: ", ") + ".\n")
            let reply = Console.ask("Restore it into the day's entry? [Y/n] ")?.trimmed.lowercased() ?? "n"
            guard reply.isEmpty || reply == "y" || reply == "yes" else {
                Console.write("It stays in \(path).\n\n")
                continue
            }
            let saved = try save(restored) { "; the draft stays in \(path)" }
            file.remove()
            Console.write("Restored into \(saved.path ?? context.store.canonicalPath(for: day)).\n\n")
        }
    }

    /// Lines until one holding only `.`, Ctrl-D, or the end of input; a line Ctrl-D ends is kept.
    /// With `skipsWhenEmpty`, an empty first line skips the question. `keep` gets the answer so
    /// far after each line.
    private func readAnswer(skipsWhenEmpty: Bool = false, keep: (String) -> Void) -> String {
        var lines: [String] = []
        while true {
            Console.write(style.dim("> "))
            guard let typed = Console.readTypedLine(), typed.text.trimmed != "." else { break }
            if skipsWhenEmpty, lines.isEmpty, typed.text.trimmed.isEmpty, !typed.endedByControlD { break }
            lines.append(typed.text)
            keep(lines.joined(separator: "\n"))
            if typed.endedByControlD { break }
        }
        return lines.joined(separator: "\n")
    }

    /// The 1–5 rating, or `nil` when skipped; on a day rated already (`current`), Enter keeps it.
    private func askRating(_ checkIn: Prompt, current: Int?) -> Int? {
        Console.write("\n")
        let hint = current.map { " [1-5, Enter keeps \($0)] " } ?? " [1-5, Enter skips] "
        while let reply = Console.ask(Console.heading(checkIn.text, hint: hint, style: style))?.trimmed {
            if reply.isEmpty { return nil }
            if let value = Int(reply), (1...5).contains(value) { return value }
            Console.write("Please type a whole number from 1 to 5, or press Enter to " + (current == nil ? "skip.\n" : "keep \(current!).\n"))
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

    /// The draft's heading for the open commitments from earlier days.
    static let openCommitmentsHeading = "Your open commitments"

    private func fromEditor(focus scheduledFocus: Prompt, explicit: Bool, scheduled: Schedule.DayPrompts, attitude given: Int?, promptSet: PromptSet) throws {
        // Text piped in is the start of the focus answer, not something to drop.
        var piped = ""
        if !Console.inputIsTerminal {
            guard let bytes = Console.readAllInput(limit: FileSystem.sizeLimit), UTF8Scalar.isText(bytes) else {
                throw CommandFailure("the input is not UTF-8 text of at most \(FileSystem.sizeLimit >> 20) MB, so nothing was saved", code: .data)
            }
            piped = String(decoding: bytes, as: UTF8.self).trimmed
        }
        var focus = scheduledFocus
        let written = writtenAlready()
        if let written {
            Console.write(alreadyWritten(written, promptSet: promptSet))
            if !explicit { focus = nextFocus(after: written, focus: scheduledFocus, promptSet: promptSet) }
        }
        let commitments = context.allCommitments()
        let open = context.commitmentsToReview(in: commitments)
        let listed = Array(open.suffix(Today.reviewLimit))

        var prompts = [focus] + scheduled.review.filter { written?.answer(to: $0.text) == nil }
        if given == nil { prompts.append(scheduled.checkIn) }
        var draftText = "# \(day.longDescription)\n\n" + Today.draftNote + "\n\n"
        for prompt in prompts {
            draftText += "## \(prompt.text)\n\n"
            if prompt == focus, !piped.isEmpty { draftText += piped + "\n" }
            if prompt.area == .checkin, let rating = written?.attitude {
                draftText += "<!-- Today's rating is \(rating); leave this empty to keep it. -->\n"
            }
            draftText += "\n"
        }
        if !listed.isEmpty {
            draftText += "## \(Today.openCommitmentsHeading)\n\n"
            draftText += "<!-- Tick the ones you met ([x]) and cancel the ones you dropped ([-]); add new ones as task lines."
                + (open.count > listed.count ? " The \(open.count - listed.count) older ones are in 'reflect commitments'." : "") + " -->\n"
            for commitment in listed {
                draftText += "- [ ] \(commitment.id) \(commitment.text)" + (commitment.due.map { " 📅 \($0)" } ?? "") + "\n"
            }
            draftText += "\n"
        }
        guard let draft = context.store.keepPrivately(Array(draftText.utf8), prefix: "reflect-draft-\(day)", environment: Console.environment) else {
            throw CommandFailure("cannot create a draft file in $TMPDIR (or /tmp), \(context.store.settingsFolder)/recovery or $HOME", code: .ioError)
        }
        let path = draft.path
        let editor = context.settings.editor.value
        if let failure = Editor.run(editor, on: path) {
            throw JournalError.editorFailed("the editor '\(editor)' \(failure), so nothing was saved; your draft is kept at \(path)")
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
            if section.heading == Today.openCommitmentsHeading {
                otherText += readCommitments(body, listed: listed, into: &reflection)
                continue
            }
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
        guard !reflection.answers.isEmpty || reflection.attitude != given || !reflection.changes.isEmpty || !reflection.newCommitments.isEmpty else {
            draft.remove()
            Console.write("Nothing saved: the draft was left empty.\n")
            return
        }
        // The draft itself keeps what was written if saving fails.
        let saved = try save(reflection) { "; what you wrote is kept in \(path)" }
        draft.remove()
        Console.write("Saved \(saved.path ?? context.store.canonicalPath(for: day))\n" + insight(reflection, saved: saved, before: commitments) + "\n")
    }

    /// Reads the draft's open-commitments section: a listed commitment ticked (`[x]`) is met, one
    /// marked `[-]` is cancelled, a task line without a listed id is a new commitment. Returns the
    /// lines that are none of these, to be kept with the answer.
    private func readCommitments(_ body: String, listed: [Commitment], into reflection: inout Reflection) -> [String] {
        var other: [String] = []
        for line in body.split(separator: "\n") {
            let bytes = Array(line.utf8)
            guard let box = EntryParser.taskCheckbox(bytes) else {
                if !line.trimmed.isEmpty { other.append(String(line)) }
                continue
            }
            let rest = String(decoding: bytes[box.textStart...], as: UTF8.self).trimmed
            let id = rest.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            if let commitment = listed.first(where: { $0.id == id }) {
                if box.state != .open { reflection.changes.append((commitment, box.state)) }
            } else if !rest.isEmpty, box.state == .open {
                reflection.newCommitments.append(rest)
            } else if !rest.isEmpty {
                other.append(String(line))
            }
        }
        return other
    }

    /// The `## ` sections of a draft, read as an entry once the note is taken out.
    static func sections(of draft: String, day: Day, path: String) throws(JournalError) -> [Entry.Section] {
        var text = Substring(draft)
        while let start = text.firstRange(of: "<!--"), let end = text[start.upperBound...].firstRange(of: "-->") {
            text = text[..<start.lowerBound] + text[end.upperBound...]
        }
        return try EntryParser.parse(Array(text.utf8), day: day, path: path).sections
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
    func keep(_ bytes: [UInt8]) -> String {
        if let file = context.store.keepPrivately(bytes, prefix: RecoveryDraft.prefix(for: day, in: context.store), environment: Console.environment) {
            return "; what you wrote is kept in \(file.path)"
        }
        Console.warn("no recovery file could be written in $TMPDIR, \(context.store.settingsFolder)/recovery or $HOME; here is what you wrote:")
        Console.errorVerbatim(bytes.last == UInt8(ascii: "\n") ? bytes : bytes + [UInt8(ascii: "\n")])
        return "; no file could keep what you wrote, so it is printed above"
    }
}
