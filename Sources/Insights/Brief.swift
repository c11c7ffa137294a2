import Journal

/// The brief for the one-to-one: what a salesperson takes to their manager to ask for coaching.
///
/// Manager-safe by construction: it is built only from the numbers against their targets, the
/// commitments' counts and the overdue ones' text, the names of accounts with open commitments,
/// the answers to the coaching questions (in full), and one line of attitude. No other answer,
/// negative word or theme is ever read into it, so none can leak into any of its formats.
public struct Brief: Sendable {
    /// The first day covered.
    public let from: Day
    /// The last day covered: the day statuses and ages are taken on.
    public let to: Day
    /// Entries written in the period.
    public let entries: Int
    /// The numbers over the period.
    public let numbers: [NumberFigures]
    /// Commitments made in the period: made, met, met on time.
    public let made: Int
    /// Of those, met by `to`.
    public let met: Int
    /// Of those, met by their due date (or with none).
    public let metOnTime: Int
    /// Of those, still open and not late.
    public let open: Int
    /// Of those, overdue on `to`, oldest first.
    public let overdue: [Overdue]
    /// Accounts with open or overdue commitments, most first.
    public let accounts: [Account]
    /// The answers to the coaching questions, in full.
    public let coaching: [MonthlyReport.CoachingNote]
    /// The attitude line's figures; `nil` with `--no-attitude`.
    public let attitude: Attitude?

    /// An overdue commitment and its age.
    public struct Overdue: Sendable, Equatable {
        /// `YYYY-MM-DD#N`.
        public let id: String
        /// Its text, without Tasks fields.
        public let text: String
        /// Its due day, if any.
        public let due: Day?
        /// Days since it was made.
        public let ageDays: Int
    }

    /// An account with commitments still to keep.
    public struct Account: Sendable, Equatable {
        /// The account's name.
        public let name: String
        /// Open commitments naming it.
        public let open: Int
        /// Overdue commitments naming it.
        public let overdue: Int
    }

    /// The average self-rating in the period against the same number of days before it.
    public struct Attitude: Sendable, Equatable {
        /// Rated days in the period.
        public let ratedDays: Int
        /// Their mean rating.
        public let selfRating: Double?
        /// The mean rating of the period before.
        public let previous: Double?

        /// `up`, `down` or `steady` (within 0.25), `nil` when either side is missing.
        public var direction: String? {
            guard let selfRating, let previous else { return nil }
            let change = selfRating - previous
            return change >= 0.25 ? "up" : change <= -0.25 ? "down" : "steady"
        }
    }

    /// The number of days covered.
    public var days: Int { from.days(until: to) + 1 }

    /// Builds the brief for `from…to`.
    ///
    /// Pure: no file system, no clock.
    ///
    /// - Parameters:
    ///   - entries: the period's entries (others are ignored).
    ///   - previousEntries: the entries of the same number of days before `from`, for the attitude
    ///     line's direction.
    ///   - accounts: the user's `accounts.md`, if any; without it, recurring proper names.
    ///   - attitude: whether to include the attitude line.
    public static func build(from: Day, to: Day, entries: [Entry], previousEntries: [Entry], definitions: [NumberDefinition],
                             accounts list: AccountList?, promptSet: PromptSet, analyzer: TextAnalyzer,
                             attitude includeAttitude: Bool = true) -> Brief {
        let period = from...to
        let current = entries.filter { period.contains($0.day) }.sorted { $0.day < $1.day }
        let length = from.days(until: to) + 1
        let previousPeriod = from.adding(days: -length)...from.adding(days: -1)
        let before = previousEntries.filter { previousPeriod.contains($0.day) }
        let commitments = current.flatMap(Commitment.all(in:))
        let statuses = commitments.map { $0.status(on: to) }
        let overdue = zip(commitments, statuses).filter { $0.1 == .overdue }.map { commitment, _ in
            Overdue(id: commitment.id, text: commitment.text, due: commitment.due, ageDays: commitment.age(on: to))
        }
        // Accounts are found in the period's entries, but only their names and the counts of
        // commitments naming them leave this function.
        let accountFigures = AccountMatcher.figures(entries: current, period: period, reference: to, list: list,
                                                    commitments: commitments, analyzer: analyzer)
        let accounts = accountFigures.filter { $0.commitments.open + $0.commitments.overdue > 0 }
            .map { Account(name: $0.name, open: $0.commitments.open, overdue: $0.commitments.overdue) }
            .sorted { ($1.overdue + $1.open, $0.name) < ($0.overdue + $0.open, $1.name) }
        func mean(_ entries: [Entry]) -> (Int, Double?) {
            let ratings = entries.compactMap(\.attitude)
            return (ratings.count, ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count))
        }
        let (rated, rating) = mean(current)
        return Brief(
            from: from, to: to, entries: current.count,
            numbers: NumberFigures.build(definitions, period: period, weeks: [], entries: current, previousEntries: before),
            made: commitments.count,
            met: statuses.count { $0 == .met },
            metOnTime: zip(commitments, statuses).count { $1 == .met && $0.metOnTime },
            open: statuses.count { $0 == .open },
            overdue: overdue,
            accounts: accounts,
            coaching: MonthlyReport.coachingAnswers(in: current, promptSet: promptSet),
            attitude: includeAttitude ? Attitude(ratedDays: rated, selfRating: rating, previous: mean(before).1) : nil
        )
    }

    /// `3–9 December 2026`, `28 November – 4 December 2026`, `30 December 2026 – 5 January 2027`.
    public var coverage: String {
        let toText = "\(to.day) \(Brief.monthName(to)) \(to.year)"
        if from == to { return toText }
        if from.year != to.year { return "\(from.day) \(Brief.monthName(from)) \(from.year) – " + toText }
        if from.month != to.month { return "\(from.day) \(Brief.monthName(from)) – " + toText }
        return "\(from.day)–" + toText
    }

    /// The attitude in one line: `3.6 average self-rating on 5 rated days, up from 3.0 the 7 days before.`
    public var attitudeLine: String? {
        guard let attitude else { return nil }
        guard let rating = attitude.selfRating else { return "No self-ratings in these days." }
        var line = "\(MonthlyReport.fixed(rating, decimals: 1)) average self-rating (1 to 5) on "
            + MonthlyReport.count(attitude.ratedDays, "rated day", "rated days")
        let before = "the " + MonthlyReport.count(days, "day", "days") + " before"
        if let previous = attitude.previous, let direction = attitude.direction {
            line += direction == "steady"
                ? ", steady against \(MonthlyReport.fixed(previous, decimals: 1)) \(before)"
                : ", \(direction) from \(MonthlyReport.fixed(previous, decimals: 1)) \(before)"
        } else {
            line += "; no ratings \(before)"
        }
        return line + "."
    }

    /// The brief as JSON: `{from, to, entries, numbers: [{name, kind, period, value, target,
    /// attainment}], commitments: {made, met, metOnTime, open, overdue: [{id, text, due, ageDays}]},
    /// accounts: [{name, open, overdue}], coaching: [{date, prompt, question, text}], attitude}`.
    public var json: JSON {
        .object([
            ("from", .string(from.description)),
            ("to", .string(to.description)),
            ("entries", .int(entries)),
            ("numbers", .array(numbers.map { figures in
                .object([
                    ("name", .string(figures.definition.name)),
                    ("kind", .string(figures.definition.kind.rawValue)),
                    ("period", .optional(figures.definition.period?.rawValue)),
                    ("value", .optional(figures.value)),
                    ("target", .optional(figures.target)),
                    ("attainment", .optional(figures.attainment)),
                    ("days", .int(figures.days)),
                ])
            })),
            ("commitments", .object([
                ("made", .int(made)),
                ("met", .int(met)),
                ("metOnTime", .int(metOnTime)),
                ("open", .int(open)),
                ("overdue", .array(overdue.map { item in
                    .object([("id", .string(item.id)), ("text", .string(item.text)), ("due", .optional(item.due)),
                             ("ageDays", .int(item.ageDays))])
                })),
            ])),
            ("accounts", .array(accounts.map { .object([("name", .string($0.name)), ("open", .int($0.open)), ("overdue", .int($0.overdue))]) })),
            ("coaching", .array(coaching.map { note in
                .object([("date", .string(note.day.description)), ("prompt", .string(note.promptID)),
                         ("question", .string(note.question)), ("text", .string(note.text))])
            })),
            ("attitude", attitude.map { attitude in
                .object([("selfRating", .optional(attitude.selfRating)), ("ratedDays", .int(attitude.ratedDays)),
                         ("previous", .optional(attitude.previous)), ("direction", .optional(attitude.direction))])
            } ?? .null),
        ])
    }

    /// The English name of `day`'s month alone: `November`.
    static func monthName(_ day: Day) -> String {
        String(Month(year: day.year, month: day.month)!.name.prefix { $0 != " " })
    }
}
