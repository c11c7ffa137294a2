import Journal

/// Writes one day's prose: answers to prompts and commitment texts, from `Phrasebook` templates
/// with their slots filled for the day.
///
/// Within a day the cast stays put (one main account and its contact, a second account, the
/// manager, one engineer), so an entry reads as one story; across days the main accounts change
/// with the quarter, so themes come and go the way they do in a real journal.
struct ProseComposer {
    private var generator: SplitMix64
    private let day: Day
    private let cast: [String: String]
    private var used: Set<String> = []
    private var statedToday = false
    private var hadEvent = false

    /// A composer for `day`, drawing from `generator`, in the journal of `seed`.
    init(day: Day, seed: UInt64, generator: SplitMix64) {
        var generator = generator
        let accounts = Phrasebook.accounts
        let territory = ProseComposer.territory(seed: seed, quarter: day.year * 4 + (day.month - 1) / 3)
        let main = generator.chance(0.8) ? generator.pick(territory) : generator.below(accounts.count)
        var second = generator.chance(0.6) ? generator.pick(territory) : generator.below(accounts.count)
        if second == main { second = (main + 1 + generator.below(accounts.count - 1)) % accounts.count }
        let people = Phrasebook.people
        let shift = Int(seed % UInt64(people.count))
        let month = day.monthOfYear
        cast = [
            "account": accounts[main],
            "account2": accounts[second],
            // Each account keeps one contact per journal (7 is prime to the list's length).
            "person": people[(main * 7 + shift) % people.count],
            "person2": people[(second * 7 + shift) % people.count],
            "manager": Phrasebook.managers[Int(seed % UInt64(Phrasebook.managers.count))],
            "se": generator.pick(Phrasebook.engineers),
            "role": generator.pick(Phrasebook.roles),
            "product": generator.pick(Phrasebook.products),
            "deal": generator.pick(Phrasebook.deals),
            "objection": generator.pick(Phrasebook.objections),
            "competitor": generator.pick(Phrasebook.competitors),
            "today": day.weekdayName,
            "month": ProseComposer.name(of: month),
            "nextMonth": ProseComposer.name(of: month.lastDay.adding(days: 1).monthOfYear),
            "quarter": "Q\((day.month - 1) / 3 + 1)",
        ]
        self.day = day
        self.generator = generator
    }

    /// The account the day is mostly about.
    var mainAccount: String { cast["account"]! }

    /// An answer to `prompt` of about `budget` words, its tone set by `mood` (1…5).
    ///
    /// Each paragraph keeps one tone (bad news, good news, plain facts), drawn more often
    /// negative on low days, so an answer reads as a few coherent thoughts rather than a shuffle.
    /// Sentences are added until the next one would, on average, overshoot the budget, so
    /// answers average the budget rather than always exceeding it.
    mutating func answer(to prompt: Prompt, words budget: Int, mood: Double) -> String {
        var paragraphs: [[String]] = [[]]
        var words = 0
        func add(_ sentence: String) {
            paragraphs[paragraphs.count - 1].append(sentence)
            words += ProseComposer.wordCount(sentence)
        }
        let toneWeights = [
            min(0.8, max(0.05, 0.6 - 0.22 * (mood - 2))),
            min(0.75, max(0.05, 0.1 + 0.2 * (mood - 2))),
            0.3,
        ]
        let tones = [Phrasebook.negative, Phrasebook.positive, Phrasebook.neutral]
        var tone = tones[generator.weighted(toneWeights)]
        if let openers = Phrasebook.openers[prompt.id] {
            add(fill(generator.pick(openers)))
        }
        let areaWeight: Double = switch prompt.area {
        case .coaching: 1.3
        case .review, .attitude: 0.8
        default: 0.45
        }
        while words < budget - 5 || paragraphs[0].isEmpty {
            let banks: [(weight: Double, templates: [String])] = [
                (areaWeight, Phrasebook.bank(for: prompt.area)),
                // The further from an ordinary day, the more the day's tone takes over.
                (0.45 + 0.25 * abs(mood - 3.4), tone),
                (0.12, Phrasebook.neutral),
                (0.05, Phrasebook.negated),
                (statedToday ? 0 : 0.05, Phrasebook.stated),
                (0.03, Phrasebook.hedges),
            ]
            let choice = generator.weighted(banks.map(\.weight))
            if choice == 4 { statedToday = true }
            // The main account leads the answer; later sentences are as often about the second one.
            add(fill(fresh(from: banks[choice].templates), swapAccounts: generator.chance(0.4)))
            let size = paragraphs[paragraphs.count - 1].count
            if size >= 6 || (size >= 3 && generator.chance(0.4)) {
                paragraphs.append([])
                tone = tones[generator.weighted(toneWeights)]
            }
        }
        if paragraphs[paragraphs.count - 1].isEmpty { paragraphs.removeLast() }
        if prompt.area == .activity, generator.chance(0.3) {
            let list = "- Calls: \(generator.int(in: 18...75))\n- Meetings: \(generator.int(in: 2...14))\n- Demos: \(generator.int(in: 1...6))"
            paragraphs.insert([list], at: 1)
        }
        tag(&paragraphs)
        return paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n")
    }

    /// The words of one new commitment, with a natural due phrase or none.
    mutating func commitmentText() -> String {
        fill(fresh(from: Phrasebook.tasks))
    }

    /// A template from `templates` not yet used today, when one turns up within a few tries.
    /// An event template (`!…`) is taken only while the day has had none.
    private mutating func fresh(from templates: [String]) -> String {
        var template = generator.pick(templates)
        for _ in 0..<6 where used.contains(template) || (hadEvent && template.hasPrefix("!")) {
            template = generator.pick(templates)
        }
        used.insert(template)
        if template.hasPrefix("!") {
            hadEvent = true
            template.removeFirst()
        }
        return template
    }

    /// `template` with its slots filled, spaces tidied and the first letter capitalised.
    ///
    /// With `swapAccounts` the main and second accounts (and their contacts) trade places, so
    /// the pairs stay true and the main account does not crowd every sentence.
    mutating func fill(_ template: String, swapAccounts: Bool = false) -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            var slot = String(rest[rest.index(after: open)..<close])
            if swapAccounts, let swapped = ProseComposer.swaps[slot] {
                slot = swapped
            }
            let filled = value(of: slot)
            // An empty `{due}` takes its leading space with it: "call Dana.", not "call Dana .".
            if filled.isEmpty, output.last == " " { output.removeLast() }
            output += filled
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        output = output.trimmed
        if let first = output.first, first.isLowercase {
            output = first.uppercased() + output.dropFirst()
        }
        return output
    }

    private static let swaps = ["account": "account2", "account2": "account", "person": "person2", "person2": "person"]

    private mutating func value(of slot: String) -> String {
        if let fixed = cast[slot] { return fixed }
        switch slot {
        case "amount":
            return generator.chance(0.08) ? "$1.\(generator.int(in: 1...9))M" : "$\(generator.int(in: 15...480))k"
        case "percent": return String(generator.int(in: 10...60))
        case "calls": return String(generator.int(in: 18...75))
        case "meetings": return String(generator.int(in: 2...14))
        case "demos": return String(generator.int(in: 1...6))
        case "emails": return String(generator.int(in: 20...140))
        case "n": return String(generator.int(in: 2...6))
        case "stage": return generator.pick(Phrasebook.stages)
        case "weekday": return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][generator.below(5)]
        case "due": return dueWords()
        default: return slot
        }
    }

    /// A due phrase in the words people use, resolved later by `EntryWriter` against the day.
    private mutating func dueWords() -> String {
        switch generator.weighted([0.3, 0.2, 0.1, 0.05, 0.15, 0.2]) {
        case 0: return "by " + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][generator.below(5)]
        case 1: return "by tomorrow"
        case 2: return "by end of week"
        case 3: return "by EOD"
        case 4:
            let due = day.adding(days: generator.int(in: 3...20))
            return "by \(ProseComposer.name(of: due.monthOfYear).prefix(3)) \(due.day)"
        default: return ""
        }
    }

    /// Adds inline Obsidian tags now and then: the main account, the quarter.
    private mutating func tag(_ paragraphs: inout [[String]]) {
        let account = mainAccount
        if generator.chance(0.2) {
            for (index, paragraph) in paragraphs.enumerated() {
                guard let sentence = paragraph.firstIndex(where: { $0.contains(account) }) else { continue }
                paragraphs[index][sentence] += " #" + account.lowercased().split(separator: " ").joined(separator: "-")
                break
            }
        }
        if generator.chance(0.08) {
            let last = paragraphs.count - 1
            paragraphs[last][paragraphs[last].count - 1] += " #" + cast["quarter"]!.lowercased()
        }
    }

    /// A month's English name, `November`.
    private static func name(of month: Month) -> String {
        String(month.name.prefix { $0 != " " })
    }

    /// The accounts in play in a quarter: six of the list, a different six each quarter.
    private static func territory(seed: UInt64, quarter: Int) -> [Int] {
        var generator = SplitMix64.stream(seed: seed ^ 0x7465_7272, salt: UInt64(quarter))
        var order = Array(Phrasebook.accounts.indices)
        for index in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(index, generator.below(index + 1))
        }
        return Array(order.prefix(6))
    }

    /// Words as the entry parser counts them, closely enough to size answers: space-separated
    /// runs holding a letter or digit.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var hasAlphanumeric = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                if inWord, hasAlphanumeric { count += 1 }
                inWord = false
                hasAlphanumeric = false
            } else {
                inWord = true
                if (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) { hasAlphanumeric = true }
            }
        }
        return inWord && hasAlphanumeric ? count + 1 : count
    }
}
