#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CommandKit
import Journal

/// Writes `text` to standard error.
func standardError(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let count = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        guard count > 0 else { return }
        bytes = bytes.dropFirst(count)
    }
}

/// Generates the journal the arguments describe and returns the exit code.
func run(_ arguments: [String]) -> Int32 {
    let options: SampleOptions
    do {
        guard let parsed = try SampleOptions.parse(arguments) else {
            print(SampleOptions.help(name: "reflect-sample", overview: SampleOptions.overview), terminator: "")
            return 0
        }
        options = parsed
    } catch {
        standardError("Error: \(error.message)\n" + SampleOptions.usageLines(name: "reflect-sample"))
        return 64
    }

    let journal = SampleJournal(options: options)
    let days = journal.entryDays
    var oddities: [Day: Oddity] = [:]
    if options.oddities {
        for (day, oddity) in Oddity.days(in: days, seed: options.seed) { oddities[day] = oddity }
    }
    var words = 0
    do {
        var folder = try SampleFolder(options.journal)
        try folder.writeSetting("numbers.md", SampleJournal.numbersFile)
        try folder.writeSetting("accounts.md", SampleJournal.accountsFile)
        for day in days {
            var bytes = journal.entry(for: day)
            if let oddity = oddities[day] { bytes = oddity.apply(to: bytes, day: day) }
            let path = try folder.write(bytes, for: day)
            // Every file is read back as `reflect` would read it: the sample is only useful if it parses.
            words += try EntryParser.parse(bytes, day: day, path: path).words
        }
    } catch {
        standardError("Error: \(error)\n")
        if case .unreadable = error { return 70 }
        return 73
    }
    print("wrote \(days.count) entries (\(words) words) to \(options.journal)")
    return 0
}

exit(run(Array(CommandLine.arguments.dropFirst())))
