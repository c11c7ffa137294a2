import Journal

/// One of the user's numbers over a period: its value against its target and the period before,
/// week by week, and — for a count with a target — how the self-rating went on days at or above
/// the day's share of the target against days below it.
public struct NumberFigures: Sendable, Equatable {
    /// The number as `numbers.md` defines it.
    public let definition: NumberDefinition
    /// A count's sum over the period, or a level's latest value (in the period, else the last one
    /// recorded before it in what was read); `nil` when there is none.
    public let value: Double?
    /// The target over the period (`NumberDefinition.target(over:)`); `nil` without a target.
    public let target: Double?
    /// The same figure over the period before; `nil` when that records none (or was not read).
    public let previous: Double?
    /// Days in the period that record the number.
    public let days: Int
    /// The last day that records it: in the period, or before it for a level carried forward.
    public let lastRecorded: Day?
    /// Week by week (the weeks the caller gives), with each week's target.
    public let byWeek: [Week]
    /// The self-rating split; `nil` for a level or a count without a target.
    public let rating: RatingSplit?

    /// `value / target`, when both are known and the target is above 0.
    public var attainment: Double? {
        guard let value, let target, target > 0 else { return nil }
        return value / target
    }

    /// One week's figure.
    public struct Week: Sendable, Equatable {
        /// The week's first day in the period.
        public let start: Day
        /// The week's last day in the period.
        public let end: Day
        /// Its sum (count) or latest value (level); `nil` when the week records none.
        public let value: Double?
        /// Its target; `nil` without a target.
        public let target: Double?
    }

    /// The average self-rating on working days at or above the day's share of a count's target,
    /// against working days below it. Only days that record both the number and a rating count:
    /// an honest correlation, not a claim of cause.
    public struct RatingSplit: Sendable, Equatable {
        /// Days at or above the day's share, and their mean self-rating.
        public let atOrAbove: Group
        /// Days below it, and their mean self-rating.
        public let below: Group

        /// A number of days and their mean self-rating (`nil` when there are none).
        public struct Group: Sendable, Equatable {
            /// How many days.
            public let days: Int
            /// Their mean self-rating, 1–5.
            public let mean: Double?
        }
    }

    /// The figures of each of `definitions` over `period`, from `entries` (others are ignored).
    ///
    /// Pure: no file system, no clock.
    ///
    /// - Parameters:
    ///   - weeks: the period's weeks, each clipped to it.
    ///   - previousPeriod: the period to compare with; `nil` to leave the comparison out.
    ///   - previousEntries: entries before `period` (those of `previousPeriod`, for the comparison), where
    ///     a level not recorded in the period is carried from.
    /// - Complexity: O(d × e) for d definitions and e entries.
    public static func build(_ definitions: [NumberDefinition], period: ClosedRange<Day>, weeks: [ClosedRange<Day>],
                             entries: [Entry], previousPeriod: ClosedRange<Day>? = nil,
                             previousEntries: [Entry] = []) -> [NumberFigures] {
        let current = entries.filter { period.contains($0.day) }.sorted { $0.day < $1.day }
        let before = previousPeriod.map { range in previousEntries.filter { range.contains($0.day) }.sorted { $0.day < $1.day } }
        let earlier = previousEntries.filter { $0.day < period.lowerBound }.sorted { $0.day < $1.day }
        return definitions.map { definition in
            let recorded = current.compactMap { entry in definition.value(in: entry).map { (entry: entry, value: $0) } }
            let values = recorded.map { (day: $0.entry.day, value: $0.value) }
            // A level's latest value stands until a new one is recorded, so a period that records
            // none shows the last one before it.
            var carried: (day: Day, value: Double)?
            if definition.kind == .level, values.isEmpty {
                carried = earlier.reversed().lazy.compactMap { entry in definition.value(in: entry).map { (entry.day, $0) } }.first
            }
            return NumberFigures(
                definition: definition,
                value: combined(values, kind: definition.kind) ?? carried?.value,
                target: definition.target(over: period),
                previous: before.flatMap { entries in
                    combined(entries.compactMap { entry in definition.value(in: entry).map { (entry.day, $0) } }, kind: definition.kind)
                },
                days: values.count,
                lastRecorded: values.last?.day ?? carried?.day,
                byWeek: weeks.map { week in
                    Week(start: week.lowerBound, end: week.upperBound,
                         value: combined(values.filter { week.contains($0.day) }, kind: definition.kind),
                         target: definition.target(over: week))
                },
                rating: split(definition, recorded: recorded)
            )
        }
    }

    /// A count's sum or a level's last value; `nil` for no values.
    private static func combined(_ values: [(day: Day, value: Double)], kind: NumberDefinition.Kind) -> Double? {
        guard let last = values.last else { return nil }
        return kind == .level ? last.value : values.reduce(0) { $0 + $1.value }
    }

    private static func split(_ definition: NumberDefinition, recorded: [(entry: Entry, value: Double)]) -> RatingSplit? {
        guard definition.kind == .count, definition.target != nil else { return nil }
        var above: [Int] = []
        var below: [Int] = []
        for (entry, value) in recorded where entry.day.weekday <= 5 {
            guard let rating = entry.attitude, let share = definition.target(over: entry.day...entry.day) else { continue }
            if value >= share { above.append(rating) } else { below.append(rating) }
        }
        func group(_ ratings: [Int]) -> RatingSplit.Group {
            RatingSplit.Group(days: ratings.count, mean: ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count))
        }
        return RatingSplit(atOrAbove: group(above), below: group(below))
    }

    /// `{name, kind, target, period, value, previous, attainment, byWeek, rating}` (the README's "Your numbers"), plus
    /// `targetPer` (the target as defined), `days` and `lastRecorded`.
    public var json: JSON {
        .object([
            ("name", .string(definition.name)),
            ("kind", .string(definition.kind.rawValue)),
            ("target", .optional(target)),
            ("targetPer", .optional(definition.target)),
            ("period", .optional(definition.period?.rawValue)),
            ("value", .optional(value)),
            ("previous", .optional(previous)),
            ("attainment", .optional(attainment)),
            ("days", .int(days)),
            ("lastRecorded", .optional(lastRecorded)),
            ("byWeek", .array(byWeek.map { week in
                .object([
                    ("week", .string(week.start.description)),
                    ("end", .string(week.end.description)),
                    ("value", .optional(week.value)),
                    ("target", .optional(week.target)),
                ])
            })),
            ("rating", rating.map { split in
                .object([
                    ("atOrAbove", .object([("days", .int(split.atOrAbove.days)), ("mean", .optional(split.atOrAbove.mean))])),
                    ("below", .object([("days", .int(split.below.days)), ("mean", .optional(split.below.mean))])),
                ])
            } ?? .null),
        ])
    }
}

extension NumberFigures {
    /// `12`, `420000`, `87.5`, or `–`.
    public static func figure(_ value: Double?) -> String { value.map(NumberDefinition.display) ?? "–" }

    /// `84%`, or `–`.
    public static func percent(_ fraction: Double?) -> String {
        fraction.map { MonthlyReport.fixed($0 * 100, decimals: 0) + "%" } ?? "–"
    }

    /// `per week`, `level`.
    public var kindLabel: String { definition.period.map { "per \($0.rawValue)" } ?? "level" }

    /// `at or above 4.2 (9 days) · below 2.8 (5 days)`, for a count with a target.
    public var ratingLine: String? {
        guard let rating else { return nil }
        func side(_ group: RatingSplit.Group) -> String {
            MonthlyReport.fixed(group.mean, decimals: 1) + " (" + MonthlyReport.count(group.days, "day", "days") + ")"
        }
        return "self-rating on days at or above the day's share of the target " + side(rating.atOrAbove)
            + ", below it " + side(rating.below)
    }
}
