import CommandKit
import Journal

/// `reflect on-this-day`: the same month and day in earlier years.
struct OnThisDayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "on-this-day",
        abstract: "Show what you wrote on this day in earlier years.",
        discussion: """
        On 29 February, common years show 28 February.
        """
    )

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool
    func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let today = context.today
        let entries = context.store.mapEntries(where: { day in
            day.year < today.year && day.month == today.month
                && (day.day == today.day || (today.month == 2 && today.day == 29 && day.day == 28 && !Day.isLeap(day.year)))
        }, skipped: Context.skip) { $0 }.reversed()
        if json {
            Console.write(JSON.array(entries.map { ShowCommand.json($0, on: today) }).rendered() + "\n")
            return
        }
        guard !entries.isEmpty else {
            Console.write("Nothing written on \(today.day) \(today.monthOfYear.name.split(separator: " ")[0]) in earlier years.\n")
            return
        }
        let style = context.style
        var text = ""
        for entry in entries {
            let years = today.year - entry.day.year
            text += style.bold("\(years) year\(years == 1 ? "" : "s") ago · \(entry.day.longDescription)") + "\n"
            text += style.dim(entry.path) + "\n\n" + entry.body.trimmed + "\n\n"
        }
        Pager.write(String(text.dropLast()), allowed: context.mayPage)
    }
}
