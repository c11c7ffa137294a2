import Insights
import Testing

@Suite("Word lists")
struct WordListTests {
    @Test("reads sections, items, weights and phrases")
    func readsSections() {
        let list = WordList(parsing: """
            # Sentiment
            A comment line.

            ## Negative
            - ghosted: 3
            - No-Show
            - Can’t win: 1
            - the economy

            ## blame (replace)
            * my manager
            """, source: "test.md")
        #expect(list.problems == [])
        #expect(list.sections.map(\.name) == ["negative", "blame"])
        #expect(list.sections.map(\.replaces) == [false, true])
        #expect(list.sections[0].items.map(\.key) == ["ghosted", "no-show", "can't win", "the economy"])
        #expect(list.sections[0].items.map(\.weight) == [3, 2, 1, 2])
        #expect(list.sections[0].items.map(\.wordCount) == [1, 1, 2, 2])
        #expect(list.sections[1].items.map(\.key) == ["my manager"])
    }

    @Test("describes the lines it leaves out", arguments: [
        ("- orphan", "an item must come after a `## name` heading"),
        ("## negative\n- awful: 7", "the weight of `awful: 7` must be a whole number from 1 to 4"),
        ("## negative\n- awful: very", "the weight of `awful: very` must be a whole number from 1 to 4"),
        ("## blame\n- marketing: 3", "weights count only in the negative, positive and valence lists: `marketing: 3`"),
        ("## blame\n- one two three four five six seven eight", "`one two three four five six seven eight` has 8 words; an item may have at most 7"),
        ("## valence\n- went dark", "`went dark` needs a valence from -4 to 4: `- went dark: -2`"),
        ("## valence\n- went dark: -5", "the valence of `went dark: -5` must be a number from -4 to 4"),
        ("## blame\n- ...", "an item needs at least one word"),
        ("## blame (rename)", "unknown `(rename)` after a list name; only `(replace)` is understood"),
        ("## negativity", "`negativity` counts the `negative` list; add words to `## negative` instead"),
        ("## (replace)", "a list needs a name after `##`"),
        ("##blame", "a list starts with `## name` (two `#` and a space): `##blame`"),
        ("### blame", "a list starts with `## name` (two `#` and a space): `### blame`"),
        ("## blame\n-marketing", "an item starts with `- ` (a dash and a space): `-marketing`"),
        ("## blame\n+ marketing", "an item starts with `- ` (a dash and a space): `+ marketing`"),
    ])
    func describesProblems(text: String, message: String) {
        let list = WordList(parsing: "# Title\n" + text, source: ".reflect/themes.md")
        let line = text.split(separator: "\n").count + 1
        #expect(list.problems == [".reflect/themes.md:\(line): \(message)"])
    }

    @Test("user lists add to, replace and create lists")
    func userListsApplyAfterTheBundle() {
        let bundle = """
            ## negative
            - awful: 4
            - aggressive
            ## positive
            - great: 3
            ## blame
            - the economy
            - marketing
            ## activity
            - calls
            """
        let user = """
            ## positive
            - aggressive: 1
            ## blame
            - procurement
            ## activity (replace)
            - dials
            ## Travel
            - flight
            """
        let lexicon = Fixtures.lexicon(bundle, user)
        #expect(lexicon.themeNames == ["activity", "blame", "travel"])
        #expect(lexicon.themes(of: "procurement") == ["blame"])
        #expect(lexicon.themes(of: "The Economy") == ["blame"])
        #expect(lexicon.themes(of: "calls") == [])
        #expect(lexicon.themes(of: "dials") == ["activity"])
        #expect(lexicon.themes(of: "flight") == ["travel"])
        #expect(lexicon.valence(of: "aggressive") == 1)
        #expect(lexicon.valence(of: "awful") == -4)
        #expect(lexicon.valence(of: "great") == 3)
        #expect(lexicon.valence(of: "calls") == nil)
    }

    @Test("replacing a sentiment list drops only that list's words")
    func replacingSentiment() {
        let lexicon = Fixtures.lexicon("## negative\n- awful\n- slow\n## positive\n- great", "## negative (replace)\n- slow: 1")
        #expect(lexicon.valence(of: "awful") == nil)
        #expect(lexicon.valence(of: "slow") == -1)
        #expect(lexicon.valence(of: "great") == 2)
    }

    @Test("a theme replaced by an empty list is kept, and the empty replacement is reported with its line")
    func emptyReplacementIsReported() {
        let user = WordList(parsing: "# Mine\n\n## blame (replace)\n\n## data\n- pipedrive", source: ".reflect/themes.md")
        #expect(user.problems == [".reflect/themes.md:3: `## blame (replace)` has no items, so it is ignored; "
            + "list the words that replace `blame` under it"])
        let lexicon = Lexicon(wordLists: [WordList(parsing: "## blame\n- marketing\n## data\n- crm", source: "bundle"), user])
        #expect(lexicon.themeNames == ["blame", "data"])
        #expect(lexicon.themes(of: "marketing") == ["blame"])
        #expect(lexicon.themes(of: "pipedrive") == ["data"])
    }

    @Test("the bundled word lists read without problems and hold the spec's themes")
    func bundledLists() {
        let (lexicon, problems) = Lexicon.bundled()
        #expect(problems == [])
        for theme in ["absolutes", "activity", "blame", "commitments", "data", "pipeline"] {
            #expect(lexicon.themeNames.contains(theme))
        }
        for word in ["ghosted", "churn", "no-show", "pushback", "slump", "burnout", "rejected", "negative",
                     "pessimistic", "cynical"] {
            #expect((lexicon.valence(of: word) ?? 0) < 0, "\(word)")
        }
        for word in ["not", "never", "without", "hardly", "can't", "don’t"] { #expect(lexicon.isNegator(word), "\(word)") }
        #expect(lexicon.isStopword("the"))
        #expect(lexicon.themes(of: "the economy").contains("blame"))
    }

    @Test("a user's themes file adds to the bundle and reports its own problems")
    func bundledWithUserThemes() {
        let (lexicon, problems) = Lexicon.bundled(userThemes: "## travel\n- flight\n- red-eye: 9")
        #expect(lexicon.themes(of: "flight") == ["travel"])
        #expect(problems == [".reflect/themes.md:3: weights count only in the negative, positive and valence lists: `red-eye: 9`"])
    }
}
