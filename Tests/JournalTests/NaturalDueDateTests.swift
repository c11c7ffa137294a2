import Testing
@testable import Journal

@Suite("Due dates in words")
struct NaturalDueDateTests {
    /// Tuesday.
    static let tuesday = Day.iso("2026-11-24")

    @Test("A phrase written on Tuesday 2026-11-24 resolves to the day a person means", arguments: [
        ("by Friday", "2026-11-27"),
        ("by fri", "2026-11-27"),
        ("BY FRIDAY", "2026-11-27"),
        ("by Wednesday", "2026-11-25"),
        ("by Monday", "2026-11-30"),
        ("by Sunday", "2026-11-29"),
        ("by Tuesday", "2026-12-01"),
        ("by tomorrow", "2026-11-25"),
        ("by tmrw", "2026-11-25"),          // phone-typed, as `Spellings` reads it
        ("by 2moro", "2026-11-25"),
        ("by end of wk", "2026-11-27"),
        ("by nxt fri", "2026-12-04"),
        ("by EOD", "2026-11-24"),
        ("by EOD tomorrow", "2026-11-25"),
        ("by COB tomorrow", "2026-11-25"),
        ("by end of day tomorrow", "2026-11-25"),
        ("by tomorrow EOD", "2026-11-25"),
        ("by COB", "2026-11-24"),
        ("by end of day", "2026-11-24"),
        ("by the end of the day", "2026-11-24"),
        ("by close of business", "2026-11-24"),
        ("by end of business day", "2026-11-24"),
        ("by today", "2026-11-24"),
        ("by tonight", "2026-11-24"),
        ("by end of week", "2026-11-27"),
        ("by the end of the week", "2026-11-27"),
        ("by end of this week", "2026-11-27"),
        ("by EOW", "2026-11-27"),
        ("by end of month", "2026-11-30"),
        ("by the end of the month", "2026-11-30"),
        ("by EOM", "2026-11-30"),
        ("by Dec 1", "2026-12-01"),
        ("by December 1st", "2026-12-01"),
        ("by 1 Dec", "2026-12-01"),
        ("by the 1st of December", "2026-12-01"),
        ("by Sept 3rd", "2027-09-03"),
        ("by Nov 24", "2026-11-24"),
        ("by Nov 1", "2027-11-01"),
        ("by next Friday", "2026-12-04"),
        ("by next Monday", "2026-11-30"),
        ("by 2026-12-24", "2026-12-24"),
        ("by 2025-01-01", "2025-01-01"),
        ("by Dec 1, 2027", "2027-12-01"),
        ("by 1 March 2027", "2027-03-01"),
        ("by tomorrow morning", "2026-11-25"),
        ("by Friday at 3 pm", "2026-11-27"),
        ("by Friday at 10:30", "2026-11-27"),
        ("by 5pm", "2026-11-24"),
        ("by noon", "2026-11-24"),
        ("by noon tomorrow", "2026-11-25"),   // a time of day before a day: that day
        ("by 5pm on Friday", "2026-11-27"),
        ("by EOD Thursday", "2026-11-26"),
        ("by COB next Friday", "2026-12-04"),
        ("by end of day Thursday", "2026-11-26"),
        ("by close of business on Monday", "2026-11-30"),
    ])
    func resolvesOnTuesday(phrase: String, expected: String) throws {
        let match = try #require(NaturalDueDate.find(in: phrase, writtenOn: Self.tuesday))
        #expect(match.due == Day.iso(expected))
        #expect(phrase[match.range] == phrase)
    }

    @Test("Words that only look like a due phrase give no date", arguments: [
        "standby", "by the way", "drop by", "Stand by me", "by phone", "by 3 people",
        "by Dec 32", "by 2026-02-30", "nearby Friday", "bypass Friday", "by the", "",
        "Friday", "due Friday",
    ])
    func noDueDate(text: String) {
        #expect(NaturalDueDate.find(in: text, writtenOn: Self.tuesday) == nil)
    }

    @Test("A due phrase in brackets leaves no empty brackets behind")
    func brackets() throws {
        let extracted = try #require(NaturalDueDate.extract(from: "Send the deck (by Friday)", writtenOn: Self.tuesday))
        #expect(extracted.text == "Send the deck")
        #expect(extracted.due == Day.iso("2026-11-27"))
    }

    @Test("The phrase is found inside a sentence and its range covers it exactly")
    func rangeInSentence() throws {
        let sentence = "I will send it by Friday, promise"
        let match = try #require(NaturalDueDate.find(in: sentence, writtenOn: Self.tuesday))
        #expect(sentence[match.range] == "by Friday")
        #expect(match.due == Day.iso("2026-11-27"))
    }

    @Test("A 'by' that names no day is skipped for a later one that does")
    func laterPhrase() throws {
        let sentence = "drop by the office by tomorrow"
        let match = try #require(NaturalDueDate.find(in: sentence, writtenOn: Self.tuesday))
        #expect(sentence[match.range] == "by tomorrow")
        #expect(match.due == Day.iso("2026-11-25"))
    }

    @Test("Weekdays and week ends depend on the day written", arguments: [
        // written, phrase, due
        ("2026-11-27", "by Friday", "2026-12-04"),       // a Friday: the next one
        ("2026-11-27", "by end of week", "2026-11-27"),  // a Friday: today
        ("2026-11-28", "by end of week", "2026-12-04"),  // a Saturday: the coming Friday
        ("2026-11-23", "by next Friday", "2026-12-04"),  // Monday: Friday of next week
        ("2026-11-26", "by next Friday", "2026-12-04"),  // Thursday: not tomorrow
        ("2026-11-28", "by next Friday", "2026-12-04"),  // Saturday: the coming Friday is already next week
        ("2026-12-30", "by Jan 2", "2027-01-02"),
        ("2026-12-31", "by tomorrow", "2027-01-01"),
        ("2024-02-28", "by tomorrow", "2024-02-29"),
        ("2026-02-10", "by end of month", "2026-02-28"),
        ("2024-02-10", "by EOM", "2024-02-29"),
    ])
    func dependsOnWrittenDay(written: String, phrase: String, expected: String) {
        #expect(NaturalDueDate.find(in: phrase, writtenOn: Day.iso(written))?.due == Day.iso(expected))
    }

    @Test("Extracting removes the phrase and tidies what is left", arguments: [
        ("Send Acme the revised proposal by Friday", "Send Acme the revised proposal", "2026-11-27"),
        ("Send the proposal by Friday.", "Send the proposal.", "2026-11-27"),
        ("Call Globex by tomorrow, then update the CRM", "Call Globex, then update the CRM", "2026-11-25"),
        ("Book the demo by Dec 1 with Initech", "Book the demo with Initech", "2026-12-01"),
        ("Update the forecast by end of week;", "Update the forecast", "2026-11-27"),
        ("  Chase legal   by EOD  ", "Chase legal", "2026-11-24"),
        ("drop by the office by Friday", "drop by the office", "2026-11-27"),
    ])
    func extract(input: String, text: String, due: String) throws {
        let result = try #require(NaturalDueDate.extract(from: input, writtenOn: Self.tuesday))
        #expect(result.text == text)
        #expect(result.due == Day.iso(due))
    }

    @Test("A phrase at the start leaves no stray punctuation behind")
    func extractLeadingPhrase() throws {
        let result = try #require(NaturalDueDate.extract(from: "By Friday, send the deck", writtenOn: Self.tuesday))
        #expect(result.text == "send the deck")
        #expect(result.due == Day.iso("2026-11-27"))
    }

    @Test("Extracting from text without a due phrase gives nothing")
    func extractNothing() {
        #expect(NaturalDueDate.extract(from: "Stand by for the call", writtenOn: Self.tuesday) == nil)
    }
}
