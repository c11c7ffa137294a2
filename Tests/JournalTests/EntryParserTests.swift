import Testing
@testable import Journal

@Suite("Entry parser: the SPEC example")
struct EntryParserExampleTests {
    @Test("Front matter pairs come in file order with their values")
    func frontMatter() throws {
        let entry = try parse(specEntry)
        #expect(entry.frontMatter.map(\.key) == ["date", "attitude", "prompts"])
        #expect(entry.frontMatter.map(\.value) == ["2026-11-24", "4", "[pipeline.stalled-deal]"])
        #expect(entry.attitude == 4)
        #expect(entry.day == Day.iso("2026-11-24"))
        #expect(entry.path == "/j/entry.md")
        #expect(entry.text == specEntry)
    }

    @Test("Each ## heading starts a section holding the trimmed text under it; the # title is not one")
    func sections() throws {
        let entry = try parse(specEntry)
        #expect(entry.sections == [
            Entry.Section(
                heading: "Which deal in your pipeline has not moved in two weeks, and what will you do about it?",
                body: "The Acme renewal is stuck on legal. I keep waiting for them instead of asking."
            ),
            Entry.Section(
                heading: "Commitments",
                body: "- [ ] Send Acme the revised proposal 📅 2026-11-27\n- [x] Update the Globex notes in the CRM ✅ 2026-11-24"
            ),
        ])
        #expect(entry.answer(to: stalledDeal.text) == "The Acme renewal is stuck on legal. I keep waiting for them instead of asking.")
        #expect(entry.answer(to: "Something else?") == nil)
    }

    @Test("Task lines become tasks numbered from 1 with their line, state, text and dates")
    func tasks() throws {
        let entry = try parse(specEntry)
        #expect(entry.tasks == [
            Journal.EntryTask(number: 1, line: 14, state: .open, text: "Send Acme the revised proposal",
                         due: Day.iso("2026-11-27"), done: nil),
            Journal.EntryTask(number: 2, line: 15, state: .met, text: "Update the Globex notes in the CRM",
                         due: nil, done: Day.iso("2026-11-24")),
        ])
    }

    @Test("Words are counted in the body's text, not in the front matter, headings, checkboxes or date markers")
    func words() throws {
        // 15 words of answer, 5 + 7 words of tasks.
        #expect(try parse(specEntry).words == 27)
    }

    @Test("The body is the text after the front matter and the blank lines that follow it")
    func body() throws {
        let entry = try parse(specEntry)
        #expect(entry.body == String(specEntry.dropFirst("---\ndate: 2026-11-24\nattitude: 4\nprompts: [pipeline.stalled-deal]\n---\n\n".count)))
        #expect(entry.body.hasPrefix("# Tuesday, 24 November 2026\n\n## Which deal"))
    }

    @Test("A file without front matter has all of its text as body")
    func bodyWithoutFrontMatter() throws {
        #expect(try parse("\n\n# Notes\nText\n").body == "# Notes\nText\n")
    }

    @Test("A CRLF file reads exactly like the same file with LF line breaks")
    func crlfFile() throws {
        let lf = try parse(specEntry)
        let windows = try parse(crlf(specEntry))
        #expect(windows.frontMatter.map(\.key) == lf.frontMatter.map(\.key))
        #expect(windows.frontMatter.map(\.value) == lf.frontMatter.map(\.value))
        #expect(windows.attitude == 4)
        #expect(windows.sections == lf.sections)
        #expect(windows.tasks == lf.tasks)
        #expect(windows.words == lf.words)
        #expect(windows.tags == lf.tags)
    }

    @Test("The body of a CRLF file drops the blank line after the front matter too")
    func crlfBody() throws {
        let windows = try parse(crlf(specEntry))
        #expect(windows.body == crlf(try parse(specEntry).body))
    }

    @Test("The preview is the first words written, with an ellipsis when there are more", arguments: [
        (8, "The Acme renewal is stuck on legal. I…"),
        (3, "The Acme renewal…"),
        (15, "The Acme renewal is stuck on legal. I keep waiting for them instead of asking."),
        (40, "The Acme renewal is stuck on legal. I keep waiting for them instead of asking."),
    ])
    func preview(limit: Int, expected: String) throws {
        #expect(try parse(specEntry).preview(words: limit) == expected)
    }

    @Test("The preview defaults to eight words and skips headings and front matter")
    func previewDefault() throws {
        #expect(try parse(specEntry).preview() == "The Acme renewal is stuck on legal. I…")
        #expect(try parse("---\ndate: 2026-11-24\n---\n# Title\n").preview() == "")
        #expect(try parse("# Title\n\nOne  two\tthree\n").preview(words: 3) == "One two three")
    }
}

@Suite("Entry parser: front matter")
struct FrontMatterTests {
    @Test("Attitude is the 1–5 rating and nothing else", arguments: [
        ("1", 1), ("5", 5), ("3", 3), ("\"4\"", 4), ("'2'", 2), ("  5  ", 5),
        ("0", nil), ("6", nil), ("-1", nil), ("3.5", nil), ("four", nil), ("", nil), ("[3]", nil),
    ] as [(String, Int?)])
    func attitude(value: String, expected: Int?) throws {
        #expect(try parse("---\nattitude: \(value)\n---\nText\n").attitude == expected)
    }

    @Test("The last attitude line wins")
    func lastAttitude() throws {
        #expect(try parse("---\nattitude: 2\nattitude: 5\n---\n").attitude == 5)
    }

    @Test("Quoted values lose their quotes; a colon inside a value stays")
    func quotedValues() throws {
        let entry = try parse("---\ntitle: \"Pipeline: review\"\nmood: 'ok'\nodd: \"half\n---\n")
        #expect(entry.frontMatter.map(\.key) == ["title", "mood", "odd"])
        #expect(entry.frontMatter.map(\.value) == ["Pipeline: review", "ok", "\"half"])
    }

    @Test("Keys the tool does not know are kept, in order, next to the known ones")
    func unknownKeys() throws {
        let entry = try parse("---\nweather: rain\ndate: 2026-11-24\nenergy: high\nattitude: 3\nlocation: Berlin, office\n---\n")
        #expect(entry.frontMatter.map(\.key) == ["weather", "date", "energy", "attitude", "location"])
        #expect(entry.frontMatter.map(\.value) == ["rain", "2026-11-24", "high", "3", "Berlin, office"])
    }

    @Test("Prompts may be an inline list or a block list")
    func promptLists() throws {
        let inline = try parse("---\nprompts: [pipeline.stalled-deal, data.same-day]\n---\n")
        #expect(inline.frontMatter.first { $0.key == "prompts" }.map { EntryParser.listItems($0.value) }
            == ["pipeline.stalled-deal", "data.same-day"])
        let block = try parse("---\nprompts:\n  - pipeline.stalled-deal\n  - \"data.same-day\"\ndate: 2026-11-24\n---\n")
        #expect(block.frontMatter.map(\.key) == ["prompts", "date"])
        #expect(block.frontMatter.first { $0.key == "prompts" }.map { EntryParser.listItems($0.value) }
            == ["pipeline.stalled-deal", "data.same-day"])
    }

    @Test("List values are read from [a, b], a, b and single values", arguments: [
        ("[a, b]", ["a", "b"]), ("a, b", ["a", "b"]), ("a", ["a"]), ("[]", []), ("", []),
        ("[\"a b\", 'c']", ["a b", "c"]), ("[ a ,b,, ]", ["a", "b"]),
    ])
    func listItems(value: String, expected: [String]) {
        #expect(EntryParser.listItems(value) == expected)
    }

    @Test("Tags come from an inline list, lower-cased, then from the text")
    func inlineTags() throws {
        let entry = try parse("---\ntags: [Sales, \"Q4 Plan\"]\n---\nBig day #renewal and #sales again\n")
        #expect(entry.tags == ["sales", "q4 plan", "renewal"])
    }

    @Test("Tags may be a block list")
    func blockTags() throws {
        let entry = try parse("---\ntags:\n  - sales\n  - Renewal\n---\nText #acme\n")
        #expect(entry.tags == ["sales", "renewal", "acme"])
    }

    @Test("A file without front matter has none and is all body")
    func noFrontMatter() throws {
        let entry = try parse("# Notes\n\nJust text\n")
        #expect(entry.frontMatter.isEmpty)
        #expect(entry.attitude == nil)
        #expect(entry.sections == [Entry.Section(heading: "", body: "Just text")])
        #expect(entry.words == 2)
    }

    @Test("Front matter that is never closed is read as ordinary text")
    func unclosedFrontMatter() throws {
        let entry = try parse("---\nattitude: 4\n\nSome text\n")
        #expect(entry.frontMatter.isEmpty)
        #expect(entry.attitude == nil)
        #expect(entry.sections == [Entry.Section(heading: "", body: "---\nattitude: 4\n\nSome text")])
        #expect(entry.words == 4)
    }

    @Test("Front matter may be closed with ...")
    func dotsClose() throws {
        let entry = try parse("---\nattitude: 2\n...\nText here\n")
        #expect(entry.attitude == 2)
        #expect(entry.words == 2)
    }

    @Test("Front matter only counts when it starts on the first line")
    func frontMatterFirstLine() throws {
        let entry = try parse("\n---\nattitude: 2\n---\n")
        #expect(entry.frontMatter.isEmpty)
        #expect(entry.attitude == nil)
    }
}

@Suite("Entry parser: tasks")
struct TaskParsingTests {
    @Test("Task lines give their state, text, due and done dates", arguments: [
        ("- [ ] Call Acme", Journal.EntryTask.State.open, "Call Acme", nil, nil),
        ("- [x] Call Acme", .met, "Call Acme", nil, nil),
        ("- [X] Call Acme", .met, "Call Acme", nil, nil),
        ("- [-] Call Acme", .cancelled, "Call Acme", nil, nil),
        ("* [ ] Call Acme", .open, "Call Acme", nil, nil),
        ("* [x] Call Acme", .met, "Call Acme", nil, nil),
        ("+ [ ] Call Acme", .open, "Call Acme", nil, nil),
        ("    - [ ] Call Acme", .open, "Call Acme", nil, nil),
        ("\t* [-] Call Acme", .cancelled, "Call Acme", nil, nil),
        ("- [ ] Call Acme 📅 2026-12-01", .open, "Call Acme", "2026-12-01", nil),
        ("- [ ] Call Acme 📅2026-12-01", .open, "Call Acme", "2026-12-01", nil),
        ("- [ ] Call Acme 📅 2026-12-01 about pricing", .open, "Call Acme 📅 2026-12-01 about pricing", nil, nil),
        ("- [ ] Call Acme due: 2026-12-01", .open, "Call Acme", "2026-12-01", nil),
        ("- [ ] Call Acme [due:: 2026-12-01]", .open, "Call Acme", "2026-12-01", nil),
        ("- [ ] Call Acme [due:: 2026-12-01] today", .open, "Call Acme today", "2026-12-01", nil),
        ("- [x] Call Acme ✅ 2026-11-25", .met, "Call Acme", nil, "2026-11-25"),
        ("- [x] Call Acme 📅 2026-12-01 ✅ 2026-11-30", .met, "Call Acme", "2026-12-01", "2026-11-30"),
        ("- [ ] Call Acme by Friday", .open, "Call Acme by Friday", "2026-11-27", nil),
        ("- [ ] Call Acme by tomorrow 📅 2026-12-09", .open, "Call Acme by tomorrow", "2026-12-09", nil),
        ("- [ ] Call Acme 📅 2026-02-30", .open, "Call Acme", nil, nil),
        ("- [/] Call Acme", .open, "Call Acme", nil, nil),
        ("- [?] Call Acme", .open, "Call Acme", nil, nil),
        ("1. [ ] Call Acme", .open, "Call Acme", nil, nil),
        ("> - [x] Call Acme ✅ 2026-11-25 ^call", .met, "Call Acme", nil, "2026-11-25"),
        ("- [ ]", .open, "", nil, nil),
    ] as [(String, Journal.EntryTask.State, String, String?, String?)])
    func taskLine(line: String, state: Journal.EntryTask.State, text: String, due: String?, done: String?) throws {
        let entry = try parse("Intro\n" + line + "\n")
        let task = try #require(entry.tasks.first)
        #expect(entry.tasks.count == 1)
        #expect((task.number, task.line) == (1, 1))
        #expect(task.state == state)
        #expect(task.text == text)
        #expect(task.due == due.map(Day.iso))
        #expect(task.done == done.map(Day.iso))
    }

    @Test("Lines that are not quite task lines are not tasks", arguments: [
        "- [] Call Acme", "-[ ] Call Acme", "- [ ]Call Acme", "- [ x] Call Acme",
        "1 [ ] Call Acme", "[ ] Call Acme", "- Call Acme", "- [ ",
    ])
    func notTasks(line: String) throws {
        #expect(try parse(line + "\n").tasks == [])
    }

    @Test("A due phrase in words is resolved against the day of the file")
    func naturalDueAgainstFileDay() throws {
        let text = "- [ ] Send the deck by Friday\n"
        #expect(try parse(text, day: "2026-11-24").tasks.first?.due == Day.iso("2026-11-27"))
        #expect(try parse(text, day: "2026-11-28").tasks.first?.due == Day.iso("2026-12-04"))
    }

    @Test("Tasks are numbered from 1 in file order across sections, with their 0-based lines")
    func numbering() throws {
        let text = """
            ---
            date: 2026-11-24
            ---
            - [ ] First
            ## Answer
            Words.
              * [x] Second
            ## Commitments
            - [-] Third
            - [ ] Fourth

            """
        let tasks = try parse(text).tasks
        #expect(tasks.map(\.number) == [1, 2, 3, 4])
        #expect(tasks.map(\.line) == [3, 6, 8, 9])
        #expect(tasks.map(\.text) == ["First", "Second", "Third", "Fourth"])
    }

    @Test("Task lines in fenced code blocks are not tasks and do not take a number")
    func codeBlocks() throws {
        let text = """
            - [ ] Before
            ```markdown
            - [ ] Example in code
            ## Not a heading
            ```
            ~~~
            * [ ] Tilde example
            ~~~
            - [ ] After

            """
        let entry = try parse(text)
        #expect(entry.tasks.map(\.text) == ["Before", "After"])
        #expect(entry.tasks.map(\.number) == [1, 2])
        #expect(entry.tasks.map(\.line) == [0, 8])
        #expect(entry.sections.map(\.heading) == [""])
    }

    @Test("Task-like lines in the front matter are not tasks")
    func frontMatterTasks() throws {
        let entry = try parse("---\ntodo:\n  - [ ] not a task\n---\n- [ ] Real task\n")
        #expect(entry.tasks.map(\.text) == ["Real task"])
        #expect(entry.tasks.map(\.line) == [4])
    }

    @Test("A task's commitment id is the day and its 1-based number")
    func commitmentIDs() throws {
        let entry = try parse(specEntry)
        #expect(Commitment.all(in: entry).map(\.id) == ["2026-11-24#1", "2026-11-24#2"])
    }
}

@Suite("Entry parser: tags")
struct TagTests {
    @Test("Inline tags follow Obsidian's rules", arguments: [
        ("Closed it #win", ["win"]),
        ("#q4 planning", ["q4"]),
        ("#123 is a number", []),
        ("#2026 and #2026-plan", ["2026-plan"]),
        ("a#b is not a tag", []),
        ("email me at x@y.com#frag", []),
        ("#Sales and #SALES", ["sales"]),
        ("#deal/acme #follow-up #next_step", ["deal/acme", "follow-up", "next_step"]),
        ("done #tag. then", ["tag"]),
        ("# Heading is not a tag", []),
        ("## Heading is not a tag", []),
        ("lonely # sign", []),
        ("#über #日本", ["über", "日本"]),
        ("\t#tabbed", ["tabbed"]),
    ])
    func inlineTags(line: String, expected: [String]) throws {
        #expect(try parse(line + "\n").tags == expected)
    }

    @Test("Tags inside fenced code blocks are not tags")
    func codeBlockTags() throws {
        #expect(try parse("```\n#include <stdio.h> #notatag\n```\n#real\n").tags == ["real"])
    }

    @Test("Front matter tags come first, then new inline ones, without repeats")
    func order() throws {
        let entry = try parse("---\ntags: b, a\n---\n#c #a #d #c\n")
        #expect(entry.tags == ["b", "a", "c", "d"])
    }
}

@Suite("Entry parser: word counts")
struct WordCountTests {
    @Test("Words are runs of letters and digits with inner apostrophes and hyphens", arguments: [
        ("Three short words", 3),
        ("don’t can't I’m", 3),
        ("a no-show today", 3),
        ("Great call 🎉 today", 3),
        ("🎉 🚀", 0),
        ("Zürich and Göteborg", 3),
        ("results—and", 2),
        ("x - y", 2),
        ("3 calls, 2 demos.", 4),
        ("'quoted' word", 2),
        ("2026-11-27", 1),
        ("   ", 0),
    ])
    func countsWords(line: String, expected: Int) throws {
        #expect(try parse(line + "\n").words == expected)
    }

    @Test("A task line counts the words of its text only")
    func taskWords() throws {
        #expect(try parse("- [ ] Send Acme the proposal 📅 2026-11-27\n").words == 4)
        #expect(try parse("- [x] Send it ✅ 2026-11-25\n").words == 2)
        #expect(try parse("- [ ] Call legal [due:: 2026-12-01]\n").words == 2)
    }

    @Test("Headings of every level are not counted")
    func deeperHeadingsNotCounted() throws {
        #expect(try parse("## Question?\n### Sub heading\nTwo words\n#### More\n").words == 2)
    }

    @Test("Headings and front matter are not counted")
    func headingsNotCounted() throws {
        #expect(try parse("---\ntitle: many words here\n---\n# A title\n## A question?\nTwo words\n").words == 2)
    }
}

@Suite("Entry parser: unreadable files")
struct UnreadableTests {
    @Test("A file that is not UTF-8 or holds a NUL byte is unreadable", arguments: [
        [0xFF, 0xFE, 0x41],
        Array("Caf".utf8) + [0xE9] + Array(" au lait\n".utf8),
        Array("Text\0more\n".utf8),
        [0xC3],
        [0xED, 0xA0, 0x80],
    ] as [[UInt8]])
    func unreadable(bytes: [UInt8]) {
        #expect(throws: JournalError.unreadable(path: "/j/bad.md", reason: "it is not UTF-8 text")) {
            try EntryParser.parse(bytes, day: Day.iso("2026-11-24"), path: "/j/bad.md")
        }
    }

    @Test("An empty file is an empty entry")
    func empty() throws {
        let entry = try parse("")
        #expect(entry.text == "")
        #expect(entry.sections == [])
        #expect(entry.tasks == [])
        #expect(entry.words == 0)
        #expect(entry.body == "")
    }
}
