import Testing
@testable import Journal

@Suite("Prompt ids")
struct PromptTests {
    @Test("An id is area.slug with a known area and a slug of a–z, 0–9 and hyphens", arguments: [
        ("pipeline.stalled-deal", Prompt.Area.pipeline as Prompt.Area?),
        ("activity.plan-week", .activity), ("attitude.q4", .attitude), ("commitments.x", .commitments),
        ("data.crm-2", .data), ("coaching.one-to-one", .coaching), ("checkin.attitude", .checkin),
        ("review.want-help", .review),
        ("pipeline.Stalled", nil), ("pipeline.", nil), ("pipeline", nil), ("sales.deal", nil),
        ("Pipeline.deal", nil), ("pipeline.a.b", nil), ("pipeline.a b", nil), ("pipeline.a_b", nil),
        (".deal", nil), ("", nil),
    ])
    func ids(id: String, area: Prompt.Area?) {
        #expect(Prompt(id: id, text: "Q?")?.area == area)
    }
}

@Suite("Prompt files")
struct PromptSetParseTests {
    static let file = """
        # Pipeline

        Some prose: with a colon.

        - pipeline.one: First question?
        - pipeline.Bad: Upper case slug?
        - sales.thing: Unknown area?
        - pipeline.: Empty slug?
        - pipeline.two:   
        Source: Someone, Some Site, 1 January 2020
        - review.x:   Reviewed, with: a colon?  
        - not a prompt line
        - pipeline: no slug?

        """

    @Test("Lines '- area.slug: text' are prompts; a Source line applies to the prompts after it")
    func prompts() {
        let (prompts, _) = PromptSet.parse(Self.file)
        #expect(prompts.map(\.id) == ["pipeline.one", "review.x"])
        #expect(prompts.map(\.text) == ["First question?", "Reviewed, with: a colon?"])
        #expect(prompts.map(\.source) == [nil, "Someone, Some Site, 1 January 2020"])
        #expect(prompts.map(\.area) == [.pipeline, .review])
    }

    @Test("Lines that look like prompts but are not are reported with their 1-based line numbers")
    func problems() {
        let areas = "activity, attitude, commitments, data, pipeline, coaching, checkin, review"
        let (_, problems) = PromptSet.parse(Self.file)
        #expect(problems == [
            "line 6: 'pipeline.Bad' is not a prompt id (area.slug, area one of \(areas)) followed by its text",
            "line 7: 'sales.thing' is not a prompt id (area.slug, area one of \(areas)) followed by its text",
            "line 8: 'pipeline.' is not a prompt id (area.slug, area one of \(areas)) followed by its text",
            "line 9: 'pipeline.two' is not a prompt id (area.slug, area one of \(areas)) followed by its text",
            "line 12: 'not a prompt line' has no ':' between the prompt id and its text",
            "line 13: 'pipeline' is not a prompt id (area.slug, area one of \(areas)) followed by its text",
        ])
    }

    @Test("A prompt file saved with CRLF line breaks reads like the LF one")
    func crlfFile() {
        let (prompts, problems) = PromptSet.parse(crlf(Self.file))
        #expect(prompts.map(\.id) == ["pipeline.one", "review.x"])
        #expect(prompts.map(\.text) == ["First question?", "Reviewed, with: a colon?"])
        #expect(problems.count == 6)
    }

    @Test("A user's prompt with an existing id replaces it in place; a new one is added at the end")
    func userPrompts() {
        let bundled = [prompt("pipeline.a", "A?"), prompt("pipeline.b", "B?"), prompt("data.c", "C?")]
        let set = PromptSet(bundled: bundled, user: [prompt("data.new", "New?"), prompt("pipeline.b", "Mine?")])
        #expect(set.prompts.map(\.id) == ["pipeline.a", "pipeline.b", "data.c", "data.new"])
        #expect(set.prompt(id: "pipeline.b")?.text == "Mine?")
        #expect(set.prompt(text: "Mine?")?.id == "pipeline.b")
        #expect(set.prompt(text: "B?") == nil)
        #expect(set.prompts(in: .data).map(\.id) == ["data.c", "data.new"])
        #expect(set.prompt(id: "nope.x") == nil)
    }
}

@Suite("The bundled prompts")
struct BundledPromptTests {
    static let prompts = PromptSet.bundled()

    @Test("Each of the six focus areas has at least eight prompts", arguments: Prompt.Area.focusAreas)
    func atLeastEight(area: Prompt.Area) {
        #expect(Self.prompts.filter { $0.area == area }.count >= 8)
    }

    @Test("There is exactly one check-in and it asks for the 1–5 rating")
    func oneCheckIn() {
        #expect(Self.prompts.filter { $0.area == .checkin }.map(\.id) == ["checkin.attitude"])
    }

    @Test("The review is exactly the article's four questions with their source")
    func review() {
        let review = Self.prompts.filter { $0.area == .review }
        #expect(review.map(\.text) == ScheduleTests.reviewTexts)
        #expect(review.map(\.source) == Array(repeating: "Anthony Iannarino, The Sales Blog, 9 March 2013", count: 4))
    }

    @Test("Ids are unique, prompts of this project have no source, and every prompt is a question")
    func wellFormed() {
        #expect(Set(Self.prompts.map(\.id)).count == Self.prompts.count)
        #expect(Self.prompts.filter { $0.area != .review }.allSatisfy { $0.source == nil })
        #expect(Self.prompts.filter { !$0.text.hasSuffix("?") }.map(\.id) == [])
    }
}
