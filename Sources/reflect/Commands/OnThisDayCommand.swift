import Journal

/// `reflect on-this-day`: the same month and day in earlier years.
enum OnThisDayCommand {
    static func run(_ context: Context) throws {
        let today = context.today
        let files = context.store.entryFiles().files.filter { file in
            file.day.year < today.year && file.day.month == today.month
                && (file.day.day == today.day || (today.month == 2 && today.day == 29 && file.day.day == 28 && !Day.isLeap(file.day.year)))
        }
        var entries: [Entry] = []
        for file in files.reversed() {
            do throws(JournalError) { entries.append(try context.store.entry(file)) } catch { Context.skip(error) }
        }
        if context.invocation.flag("--json") {
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
        Console.write(String(text.dropLast()))
    }
}
