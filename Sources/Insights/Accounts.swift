import Journal

/// The customers and prospects on the writer's mind: how often each is mentioned, how the
/// sentences naming it score, and the commitments made about it — the promise ledger per
/// counterparty.
public struct AccountFigures: Sendable, Equatable {
    /// The account's name (from `accounts.md`, or a proper name as written).
    public let name: String
    /// How often it is named (by its name or an alias) in the period's entries.
    public let mentions: Int
    /// How many entries name it.
    public let entries: Int
    /// The last day it was named.
    public let lastMentioned: Day
    /// The mean attitude score (−1…1) of the sentences naming it.
    public let score: Double?
    /// The commitments whose text names it, by status on the reference day.
    public let commitments: Commitments

    /// Commitments naming an account.
    public struct Commitments: Sendable, Equatable {
        /// Made in the period.
        public let made: Int
        /// Met by the reference day.
        public let met: Int
        /// Met by their due date (or with none).
        public let metOnTime: Int
        /// Still open, not late.
        public let open: Int
        /// Still open and late.
        public let overdue: Int
    }

    /// The score with two decimals (`-0.12`), or `–`.
    public var scoreText: String { MonthlyReport.fixed(score, decimals: 2) }

    /// `{name, mentions, entries, lastMentioned, score, commitments: {made, met, metOnTime, open, overdue}}`.
    public var json: JSON {
        .object([
            ("name", .string(name)),
            ("mentions", .int(mentions)),
            ("entries", .int(entries)),
            ("lastMentioned", .string(lastMentioned.description)),
            ("score", .optional(score)),
            ("commitments", .object([
                ("made", .int(commitments.made)),
                ("met", .int(commitments.met)),
                ("metOnTime", .int(commitments.metOnTime)),
                ("open", .int(commitments.open)),
                ("overdue", .int(commitments.overdue)),
            ])),
        ])
    }
}

/// The accounts `DIR/.reflect/accounts.md` lists, one a line: `- Acme (Acme Corp, ACME)`, the
/// name and its aliases in brackets. Names are matched as written (case matters, so `Target` the
/// company is not "target"), as whole words; a trailing `'s` is ignored.
public struct AccountList: Sendable, Equatable {
    /// An account and the other ways it is written.
    public struct Account: Sendable, Equatable {
        /// The name shown.
        public let name: String
        /// Other names for it.
        public let aliases: [String]

        /// An account.
        public init(name: String, aliases: [String] = []) {
            self.name = name
            self.aliases = aliases
        }
    }

    /// The accounts, in file order.
    public let accounts: [Account]

    /// A list of `accounts`.
    public init(_ accounts: [Account]) { self.accounts = accounts }

    /// Reads `accounts.md`; lines that are not `- Name (aliases)` items are reported as problems
    /// (`line 3: …`) and skipped. Blank lines and `#` lines are skipped silently.
    public static func parse(_ text: String) -> (list: AccountList, problems: [String]) {
        var accounts: [Account] = []
        var problems: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard line.hasPrefix("- ") || line.hasPrefix("* ") else {
                problems.append("line \(index + 1): '\(line)' is not an account: write '- Name (Alias, Other alias)'")
                continue
            }
            var item = String(line.dropFirst(2)).trimmed
            var aliases: [String] = []
            if item.hasSuffix(")"), let open = item.lastIndex(of: "(") {
                aliases = item[item.index(after: open)..<item.index(before: item.endIndex)]
                    .split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty }
                item = String(item[..<open]).trimmed
            }
            guard !AccountMatcher.words(item).isEmpty else {
                problems.append("line \(index + 1): '\(line)' has no name")
                continue
            }
            accounts.append(Account(name: item, aliases: aliases))
        }
        return (AccountList(accounts), problems)
    }
}

/// Finds accounts in entries and counts what is said and promised about them.
public enum AccountMatcher {
    /// How many of the period's entries a proper name must recur in to count as an account when
    /// there is no `accounts.md`.
    public static let minimumEntries = 3

    /// The accounts named in `entries` (those in `period`), most mentioned first (ties by name).
    ///
    /// - Parameters:
    ///   - list: the user's `accounts.md`; without it, proper names recurring in at least
    ///     `minimumEntries` entries are the accounts (a word capitalised only where a sentence
    ///     starts is not a proper name, nor one also written in lower case, nor a weekday or month,
    ///     nor an all-capitals abbreviation).
    ///   - commitments: the commitments to count (those made in the period), by status on `reference`.
    /// - Complexity: O(n × a) in the length of the entries' text and the number of account names.
    public static func figures(entries: [Entry], period: ClosedRange<Day>, reference: Day, list: AccountList?,
                               commitments: [Commitment], analyzer: TextAnalyzer) -> [AccountFigures] {
        let entries = entries.filter { period.contains($0.day) }.sorted { $0.day < $1.day }
        let sentences = entries.map { entry in
            analyzer.analyze(entry.body, writtenOn: entry.day, sentences: true).sentences.map { (score: $0.score, words: words($0.text)) }
        }
        let accounts = list?.accounts ?? detected(in: sentences)
        let forms = accounts.map { account in
            ([account.name] + account.aliases).map(words).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        var figures: [AccountFigures] = []
        for (index, account) in accounts.enumerated() {
            var mentions = 0
            var entryCount = 0
            var last: Day?
            var scores: [Double] = []
            for (entry, sentences) in zip(entries, sentences) {
                var inEntry = 0
                for sentence in sentences {
                    let found = count(forms[index], in: sentence.words)
                    guard found > 0 else { continue }
                    inEntry += found
                    scores.append(sentence.score)
                }
                guard inEntry > 0 else { continue }
                mentions += inEntry
                entryCount += 1
                last = entry.day
            }
            guard let last else { continue }
            let named = commitments.filter { count(forms[index], in: words($0.text)) > 0 }
            let statuses = named.map { $0.status(on: reference) }
            figures.append(AccountFigures(
                name: account.name, mentions: mentions, entries: entryCount, lastMentioned: last,
                score: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count),
                commitments: .init(made: named.count, met: statuses.count { $0 == .met },
                                   metOnTime: zip(named, statuses).count { $1 == .met && $0.metOnTime },
                                   open: statuses.count { $0 == .open }, overdue: statuses.count { $0 == .overdue })))
        }
        return figures.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
    }

    /// The words of `text` as written: runs of letters and digits, with `'`, `’`, `-` and `&`
    /// inside a word kept, and a trailing `'s` dropped (Acme's is Acme).
    static func words(_ text: String) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        func isJoiner(_ character: Character) -> Bool { character == "'" || character == "’" || character == "-" || character == "&" }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let isWord = character.isLetter || character.isNumber
                || (start != nil && isJoiner(character) && next < text.endIndex && (text[next].isLetter || text[next].isNumber))
            if isWord {
                if start == nil { start = index }
            } else if let begin = start {
                words.append(text[begin..<index])
                start = nil
            }
            index = next
        }
        if let begin = start { words.append(text[begin...]) }
        return words.map { word in
            word.hasSuffix("'s") || word.hasSuffix("’s") ? word.dropLast(2) : word
        }
    }

    /// How often any of `forms` (each a run of words, longest first) occurs in `words`, never
    /// counting one word twice.
    private static func count(_ forms: [[Substring]], in words: [Substring]) -> Int {
        var found = 0
        var index = 0
        while index < words.count {
            if let form = forms.first(where: { form in
                index + form.count <= words.count && zip(form, words[index..<index + form.count]).allSatisfy { $0 == $1 }
            }) {
                found += 1
                index += form.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Proper names: words capitalised inside a sentence (not its first word), never written in
    /// lower case in the period, recurring in at least `minimumEntries` entries.
    private static func detected(in entries: [[(score: Double, words: [Substring])]]) -> [AccountList.Account] {
        var lowercase = Set<String>()
        for sentences in entries {
            for sentence in sentences {
                for word in sentence.words where word.first?.isLowercase == true { lowercase.insert(word.lowercased()) }
            }
        }
        var entriesByName: [String: Int] = [:]
        for sentences in entries {
            var names = Set<String>()
            for sentence in sentences {
                for word in sentence.words.dropFirst() where isProperName(word) && !lowercase.contains(word.lowercased()) {
                    names.insert(String(word))
                }
            }
            for name in names { entriesByName[name, default: 0] += 1 }
        }
        return entriesByName.filter { $0.value >= minimumEntries }.keys.sorted().map { AccountList.Account(name: $0) }
    }

    /// A capitalised word that is not all capitals, not `I` or `I'm`, not a weekday or month name.
    private static func isProperName(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, word.count > 1,
              word.contains(where: { $0.isLowercase }), !word.hasPrefix("I'"), !word.hasPrefix("I’") else { return false }
        return !calendarWords.contains(word.lowercased())
    }

    private static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
}
