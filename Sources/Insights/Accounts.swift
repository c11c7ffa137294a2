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

    /// An entry's sentences with their attitude scores, as the analyzer split them.
    struct ScoredEntry {
        let day: Day
        let sentences: [TextAnalysis.Sentence]
    }

    /// The accounts named in `entries` (those in `period`), most mentioned first (ties by name).
    ///
    /// - Parameters:
    ///   - list: the user's `accounts.md`; without it, proper names recurring in at least
    ///     `minimumEntries` entries are the accounts (a word capitalised only where a sentence
    ///     starts is not a proper name, nor one also written in lower case, nor a weekday or month,
    ///     nor an all-capitals abbreviation), less people's names as `people` tells them.
    ///   - commitments: the commitments to count (those made in the period), by status on `reference`.
    ///   - people: given names and the words around a person's name; the bundled ones when `nil`
    ///     (read only when there is no `list`).
    /// - Complexity: O(n) in the length of the entries' text: each sentence is split once and its
    ///   words looked up by hash. With `list`, an entry naming none of its accounts is not analysed.
    public static func figures(entries: [Entry], period: ClosedRange<Day>, reference: Day, list: AccountList?,
                               commitments: [Commitment], analyzer: TextAnalyzer,
                               people: PersonNames? = nil) -> [AccountFigures] {
        var entries = entries.filter { period.contains($0.day) }.sorted { $0.day < $1.day }
        if let list {
            // Only the sentences naming an account count, and they are in entries naming one.
            var words = AccountWords()
            _ = forms(of: list.accounts, words: &words)
            words.addsWords = false
            var ids: [Int32] = []
            entries = entries.filter { entry in
                ids.removeAll(keepingCapacity: true)
                words.appendIDs(of: entry.body, to: &ids)
                return ids.contains { $0 != AccountWords.unknown }
            }
        }
        let scored = entries.map { entry in
            ScoredEntry(day: entry.day, sentences: analyzer.analyze(entry.body, writtenOn: entry.day, sentences: true).sentences)
        }
        return figures(scored: scored, reference: reference, list: list, commitments: commitments, people: people)
    }

    /// The accounts named in `scored` (entries in day order, already analysed), most mentioned
    /// first (ties by name); as `figures(entries:period:reference:list:commitments:analyzer:)`.
    ///
    /// - Complexity: O(n) in the number of words, with a hash lookup for each.
    static func figures(scored: [ScoredEntry], reference: Day, list: AccountList?, commitments: [Commitment],
                        people: PersonNames? = nil) -> [AccountFigures] {
        var words = AccountWords()
        var listForms: [[[Int32]]] = []
        if let list {
            listForms = forms(of: list.accounts, words: &words)
            words.addsWords = false
        }
        // Every sentence's words as ids, in one array: sentence k is ids[bounds[k]..<bounds[k + 1]].
        var ids: [Int32] = []
        var bounds = [0]
        for entry in scored {
            for sentence in entry.sentences {
                words.appendIDs(of: sentence.text, to: &ids)
                bounds.append(ids.count)
            }
        }
        let accounts = list?.accounts ?? detected(in: scored, ids: ids, bounds: bounds, words: &words, people: people ?? .bundled)
        let forms = list == nil ? forms(of: accounts, words: &words) : listForms
        // The accounts with a form starting with each word id.
        var starting = [[Int]](repeating: [], count: words.count)
        for (account, accountForms) in forms.enumerated() {
            for first in Set(accountForms.map { $0[0] }) { starting[Int(first)].append(account) }
        }

        var mentions = [Int](repeating: 0, count: accounts.count)
        var entryCounts = [Int](repeating: 0, count: accounts.count)
        var last = [Day?](repeating: nil, count: accounts.count)
        var scoreSums = [Double](repeating: 0, count: accounts.count)
        var scoreCounts = [Int](repeating: 0, count: accounts.count)
        // In the sentence and entry being read: each account's finds, and the first word it may
        // match at (a word is never counted twice for one account).
        var inSentence = [Int](repeating: 0, count: accounts.count)
        var inEntry = [Int](repeating: 0, count: accounts.count)
        var freeFrom = [Int](repeating: 0, count: accounts.count)
        var sentenceFinds: [Int] = []
        var entryFinds: [Int] = []
        var sentence = 0
        for entry in scored {
            for scoredSentence in entry.sentences {
                let range = bounds[sentence]..<bounds[sentence + 1]
                for index in range {
                    let id = ids[index]
                    guard id != AccountWords.unknown else { continue }
                    for account in starting[Int(id)] where index >= freeFrom[account] {
                        guard let form = forms[account].first(where: { matches($0, at: index, in: ids, before: range.upperBound) })
                        else { continue }
                        if inSentence[account] == 0 { sentenceFinds.append(account) }
                        inSentence[account] += 1
                        freeFrom[account] = index + form.count
                    }
                }
                for account in sentenceFinds {
                    if inEntry[account] == 0 { entryFinds.append(account) }
                    inEntry[account] += inSentence[account]
                    inSentence[account] = 0
                    scoreSums[account] += scoredSentence.score
                    scoreCounts[account] += 1
                }
                sentenceFinds.removeAll(keepingCapacity: true)
                sentence += 1
            }
            for account in entryFinds {
                mentions[account] += inEntry[account]
                inEntry[account] = 0
                entryCounts[account] += 1
                last[account] = entry.day
            }
            entryFinds.removeAll(keepingCapacity: true)
        }

        let commitmentIDs = commitments.map { words.ids(of: $0.text) }
        var figures: [AccountFigures] = []
        for (index, account) in accounts.enumerated() {
            guard let last = last[index] else { continue }
            let named = zip(commitments, commitmentIDs).filter { _, ids in
                ids.indices.contains { start in forms[index].contains { matches($0, at: start, in: ids, before: ids.count) } }
            }.map(\.0)
            let statuses = named.map { $0.status(on: reference) }
            figures.append(AccountFigures(
                name: account.name, mentions: mentions[index], entries: entryCounts[index], lastMentioned: last,
                score: scoreCounts[index] == 0 ? nil : scoreSums[index] / Double(scoreCounts[index]),
                commitments: .init(made: named.count, met: statuses.count { $0 == .met },
                                   metOnTime: zip(named, statuses).count { $1 == .met && $0.metOnTime },
                                   open: statuses.count { $0 == .open }, overdue: statuses.count { $0 == .overdue })))
        }
        return figures.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
    }

    /// The words of `text` as written: runs of letters and digits, with `'`, `’`, `-` and `&`
    /// inside a word kept, and a trailing `'s` dropped (Acme's is Acme).
    static func words(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        return AccountWords.wordRanges(in: text).map { range in
            text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// Each account's names and aliases as runs of word ids, longest first, leaving out those with no words.
    private static func forms(of accounts: [AccountList.Account], words: inout AccountWords) -> [[[Int32]]] {
        accounts.map { account in
            ([account.name] + account.aliases).map { words.ids(of: $0) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
    }

    /// Whether the words `form` stand at `start` in `ids`, ending before `end`.
    @inline(__always)
    private static func matches(_ form: [Int32], at start: Int, in ids: [Int32], before end: Int) -> Bool {
        guard start + form.count <= end else { return false }
        for offset in form.indices where ids[start + offset] != form[offset] { return false }
        return true
    }

    /// Proper names: words capitalised inside a sentence (not its first word), never written in
    /// lower case in the period, recurring in at least `minimumEntries` entries — less those that
    /// read as people's. A name is a person's when it is a given name, when it mostly follows one
    /// (a surname: `Priya Shah`), or when it mostly stands where people's names do (`told Dana`,
    /// `Dana said`, `Dana Okafor thinks`). A name always followed by the same capitalised word is
    /// named with it (`Pied Piper`), and that word is not a name of its own.
    private static func detected(in scored: [ScoredEntry], ids: [Int32], bounds: [Int], words: inout AccountWords,
                                 people: PersonNames) -> [AccountList.Account] {
        var lowercase = Set<Int32>()
        for id in ids where words.startsLowercase(id) { lowercase.insert(words.lowercased(id)) }
        var entriesByName: [Int32: Int] = [:]
        var sentence = 0
        var names = Set<Int32>()
        for entry in scored {
            names.removeAll(keepingCapacity: true)
            for _ in entry.sentences {
                for index in bounds[sentence] + 1 ..< max(bounds[sentence] + 1, bounds[sentence + 1]) {
                    let id = ids[index]
                    if words.isProperName(id), !lowercase.contains(words.lowercased(id)) { names.insert(id) }
                }
                sentence += 1
            }
            for name in names { entriesByName[name, default: 0] += 1 }
        }
        let candidates = Set(entriesByName.filter { $0.value >= minimumEntries }.keys)
        guard !candidates.isEmpty else { return [] }

        var givenNames: [Int32: Bool] = [:]
        func isGivenName(_ id: Int32) -> Bool {
            if let known = givenNames[id] { return known }
            let given = words.isProperName(id) && people.isGivenName(words.text(id))
            givenNames[id] = given
            return given
        }
        func folded(_ phrase: [String]) -> [Int32] {
            phrase.map { word in words.ids(of: word).first.map { words.lowercased($0) } ?? AccountWords.unknown }
        }
        let before = people.before.map(folded)
        let after = people.after.map(folded)
        func phrase(_ phrase: [Int32], at start: Int, in range: Range<Int>) -> Bool {
            guard start >= range.lowerBound, start + phrase.count <= range.upperBound else { return false }
            return phrase.indices.allSatisfy { words.lowercased(ids[start + $0]) == phrase[$0] }
        }
        /// How a candidate is used: how often, how often as a person's name or after a given name,
        /// and the capitalised word before and after it (`nil` while unseen, -1 when none or not always the same).
        struct Usage {
            var mentions = 0, asPerson = 0, afterGivenName = 0
            var previous: Int32?, next: Int32?
        }
        var usages: [Int32: Usage] = [:]
        for sentence in 0..<bounds.count - 1 {
            let range = bounds[sentence]..<bounds[sentence + 1]
            for index in range where candidates.contains(ids[index]) {
                var usage = usages[ids[index]] ?? Usage()
                usage.mentions += 1
                // A capitalised word opening the sentence is part of a name only if never written in lower case.
                let previous = index > range.lowerBound && words.isProperName(ids[index - 1])
                    && (index - 1 > range.lowerBound || !lowercase.contains(words.lowercased(ids[index - 1]))) ? ids[index - 1] : -1
                let next = index + 1 < range.upperBound && words.isProperName(ids[index + 1]) ? ids[index + 1] : -1
                if previous >= 0, isGivenName(previous) { usage.afterGivenName += 1 }
                if before.contains(where: { phrase($0, at: index - $0.count, in: range) })
                    || after.contains(where: { phrase($0, at: index + 1, in: range) || next >= 0 && phrase($0, at: index + 2, in: range) }) {
                    usage.asPerson += 1
                }
                usage.previous = usage.previous == nil || usage.previous == previous ? previous : -1
                usage.next = usage.next == nil || usage.next == next ? next : -1
                usages[ids[index]] = usage
            }
        }
        var runs: [[Int32]] = []
        for id in candidates {
            guard let usage = usages[id], !isGivenName(id), !people.isNeverAnAccount(words.text(id)),
                  usage.afterGivenName * 2 < usage.mentions,
                  usage.asPerson * 2 < usage.mentions else { continue }
            var run = [id]
            if let previous = usage.previous, previous >= 0 { run.insert(previous, at: 0) }
            if let next = usage.next, next >= 0 { run.append(next) }
            runs.append(run)
        }
        // `Tarnow` always before `Foods` makes `Tarnow Foods` from both: keep the longest run.
        let kept = runs.filter { run in
            !runs.contains { other in other.count > run.count && (0...other.count - run.count).contains { Array(other[$0..<$0 + run.count]) == run } }
        }
        return Set(kept.map { $0.map { words.text($0) }.joined(separator: " ") }).sorted().map { AccountList.Account(name: $0) }
    }
}
