import CommandKit
import Insights
import Journal

/// `reflect numbers`: each of your numbers this week and this month, against its targets.
struct NumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "numbers",
        abstract: "Your numbers this week and this month, against their targets.",
        discussion: """
        Numbers are defined in <journal>/.reflect/numbers.md, one a line: '- calls: 50 per week' (a count, \
        summed; per day, per week or per month) or '- pipeline: 500000 level' (the latest value stands); \
        the target is optional. Targets are spread over working days, Monday to Friday.
        """
    )

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool
    func run(_ context: Context) throws {
        let definitions = try context.numberDefinitions()
        let today = context.today
        let month = today.monthOfYear
        // Monday to Sunday, within the calendar's ends.
        let week = max(today.adding(days: 1 - today.weekday), Day.first)...min(today.adding(days: 7 - today.weekday), Day.last)
        let entries = context.store.entries(in: min(week.lowerBound, month.firstDay)...today, skipped: Context.skip)
        context.warnAboutNumbers(definitions, in: entries)
        let thisWeek = NumberFigures.build(definitions, period: week, weeks: [], entries: entries, previousEntries: entries)
        let thisMonth = NumberFigures.build(definitions, period: month.firstDay...month.lastDay, weeks: [], entries: entries)
        if json {
            func period(_ figures: NumberFigures) -> JSON {
                .object([("value", .optional(figures.value)), ("target", .optional(figures.target)),
                         ("attainment", .optional(figures.attainment)), ("days", .int(figures.days))])
            }
            let json = JSON.object([
                ("date", .string(today.description)),
                ("week", .object([("from", .string(week.lowerBound.description)), ("to", .string(week.upperBound.description))])),
                ("month", .string(month.description)),
                ("numbers", .array(zip(thisWeek, thisMonth).map { week, month in
                    .object([
                        ("name", .string(week.definition.name)),
                        ("kind", .string(week.definition.kind.rawValue)),
                        ("period", .optional(week.definition.period?.rawValue)),
                        ("targetPer", .optional(week.definition.target)),
                        ("week", period(week)),
                        ("month", period(month)),
                        ("lastRecorded", .optional(month.lastRecorded)),
                    ])
                })),
            ])
            Console.write(json.rendered() + "\n")
            return
        }
        guard !definitions.isEmpty else {
            Console.write("""
                No numbers are defined yet. Define them in \(context.store.settingsFolder)/numbers.md, one a line:
                  - calls: 50 per week
                  - meetings: 8 per week
                  - pipeline: 500000 level
                then record a day's with 'reflect log calls=12 meetings=2'.

                """)
            return
        }
        let style = context.style
        var text = style.bold("Your numbers") + style.dim(" · \(today.longDescription)") + "\n"
        text += style.dim("This week: \(NumbersCommand.label(week)) · this month: \(month.name)") + "\n\n"
        let rows = zip(thisWeek, thisMonth).map { week, month -> [String] in
            [week.definition.name, (week.definition.target.map { NumberDefinition.display($0) + " " } ?? "") + week.kindLabel,
             NumberFigures.figure(week.value), NumberFigures.figure(week.target), NumberFigures.percent(week.attainment),
             NumberFigures.figure(month.value), NumberFigures.figure(month.target), NumberFigures.percent(month.attainment)]
        }
        text += style.rendering.table(header: ["Number", "Target", "Week", "Target", "%", "Month", "Target", "%"], rows: rows,
                                      leftAligned: 2)
        Console.write(text)
    }

    /// `23–29 Nov`, `30 Nov – 6 Dec`.
    static func label(_ range: ClosedRange<Day>) -> String {
        func short(_ day: Day) -> String { "\(day.day) " + day.monthOfYear.name.prefix(3) }
        if range.lowerBound.month == range.upperBound.month { return "\(range.lowerBound.day)–" + short(range.upperBound) }
        return short(range.lowerBound) + " – " + short(range.upperBound)
    }
}
