import Journal

extension MonthlyReport {
    /// The report as JSON, with the keys the README lists for the report and a few more (`reference`, `period`,
    /// `daysCovered`, `activeDaysPerWeek`, `recurring`, `statedList`, the weekly commitments and
    /// the sparklines). Missing averages are `null`; a month without entries has zero counts.
    public var json: JSON {
        .object([
            ("month", .string(month.description)),
            ("reference", .string(reference.description)),
            ("period", .string(period.rawValue)),
            ("entries", .int(entries)),
            ("daysCovered", .int(daysCovered)),
            ("words", .int(words)),
            ("streak", .object([("current", .int(streak.current)), ("longest", .int(streak.longest))])),
            ("activeDaysPerWeek", .array(weeks.map { week in
                .object([
                    ("week", .string(week.start.description)),
                    ("end", .string(week.end.description)),
                    ("days", .int(week.days)),
                    ("active", .int(week.activeDays)),
                ])
            })),
            ("attitude", attitudeJSON),
            ("negativeWords", .array(negativeWords.map { .object([("word", .string($0.word)), ("count", .int($0.count))]) })),
            ("themes", .array(themes.map { theme in
                .object([
                    ("name", .string(theme.name)),
                    ("count", .int(theme.count)),
                    ("entries", .int(theme.entries)),
                    ("previous", .int(theme.previous)),
                ])
            })),
            ("recurring", .array(recurring.map { .object([("term", .string($0.term)), ("entries", .int($0.entries))]) })),
            ("commitments", commitmentsJSON),
            ("coaching", .array(coaching.map { note in
                .object([
                    ("date", .string(note.day.description)),
                    ("prompt", .string(note.promptID)),
                    ("text", .string(note.text)),
                ])
            })),
            ("numbers", .array(numbers.map(\.json))),
            ("accounts", .array(accounts.map(\.json))),
        ])
    }

    private var attitudeJSON: JSON {
        .object([
            ("selfRating", .optional(attitude.current.selfRating)),
            ("score", .optional(attitude.current.score)),
            ("negativePer100Words", .optional(attitude.current.negativePer100Words)),
            ("byDay", .array(attitude.days.map { day in
                .object([
                    ("date", .string(day.day.description)),
                    ("rating", .optional(day.rating)),
                    ("score", .optional(day.score)),
                    ("negative", .int(day.negative)),
                    ("words", .int(day.words)),
                ])
            })),
            ("byWeek", .array(weeks.map { week in
                .object([
                    ("week", .string(week.start.description)),
                    ("end", .string(week.end.description)),
                    ("entries", .int(week.averages.entries)),
                    ("rating", .optional(week.averages.selfRating)),
                    ("score", .optional(week.averages.score)),
                    ("negativePer100Words", .optional(week.averages.negativePer100Words)),
                ])
            })),
            ("previous", .object([
                ("month", .string(attitude.previousMonth.description)),
                ("entries", .int(attitude.previous.entries)),
                ("selfRating", .optional(attitude.previous.selfRating)),
                ("score", .optional(attitude.previous.score)),
                ("negativePer100Words", .optional(attitude.previous.negativePer100Words)),
            ])),
            ("sparkline", .object([("rating", .string(sparkline(.rating))), ("score", .string(sparkline(.score)))])),
        ])
    }

    private var commitmentsJSON: JSON {
        .object([
            ("made", .int(commitments.made)),
            ("met", .int(commitments.met)),
            ("metOnTime", .int(commitments.metOnTime)),
            ("cancelled", .int(commitments.cancelled)),
            ("open", .int(commitments.open)),
            ("overdue", .int(commitments.overdue)),
            ("stated", .int(commitments.stated.count)),
            ("unmet", .array(commitments.unmet.map { unmet in
                .object([
                    ("id", .string(unmet.commitment.id)),
                    ("text", .string(unmet.commitment.text)),
                    ("due", .optional(unmet.commitment.due)),
                    ("ageDays", .int(unmet.ageDays)),
                    ("carried", .int(unmet.carried)),
                ])
            })),
            ("statedList", .array(commitments.stated.map { stated in
                .object([
                    ("date", .string(stated.day.description)),
                    ("text", .string(stated.text)),
                    ("due", .optional(stated.due)),
                ])
            })),
            ("byWeek", .array(weeks.map { week in
                .object([
                    ("week", .string(week.start.description)),
                    ("made", .int(week.commitmentsMade)),
                    ("met", .int(week.commitmentsMet)),
                ])
            })),
        ])
    }
}
