import Journal

/// What to generate, from the command line.
struct SampleOptions {
    /// Where to write; must be absent or empty.
    var journal: String
    /// How many years of days.
    var years = 1
    /// The last day.
    var end = Day(year: 2026, month: 11, day: 28)!
    /// The seed every draw comes from.
    var seed: UInt64 = 1
    /// The average words per entry.
    var words = 250
    /// The chance that a day has no entry, 0…1.
    var skipRate = 0.0
    /// Whether to hand-edit a few files.
    var oddities = false

    /// The one-line usage shown after a usage error.
    static let usage = "Usage: reflect-sample --journal DIR [--years N] [--end YYYY-MM-DD] [--seed S] [--words W] [--skip-rate P] [--oddities]"

    /// The help text.
    static let help = """
        OVERVIEW: Writes a realistic, seeded sample journal in the reflect file format, for demos,
        tests and benchmarks. The same arguments always write the same bytes.

        USAGE: reflect-sample --journal DIR [--years N] [--end YYYY-MM-DD] [--seed S] [--words W] [--skip-rate P] [--oddities]

        OPTIONS:
          --journal DIR           The folder to write; it must not exist or be empty.
          --years N               How many years of days, ending on --end. (default: 1)
          --end YYYY-MM-DD        The journal's last day. (default: 2026-11-28)
          --seed S                The seed, a whole number 0…18446744073709551615. (default: 1)
          --words W               Average words per entry. (default: 250)
          --skip-rate P           The chance, 0…1, that a day has no entry. (default: 0)
          --oddities              Hand-edit five files the way people do (no front matter,
                                  CRLF, unknown keys, * [X] bullets, text before the title).
          -h, --help              Show help information.

        """

    /// A usage error: what is wrong with the arguments.
    struct UsageError: Error {
        /// The message after `Error: `.
        let message: String
    }

    /// The options in `arguments` (without the program name); `nil` when help was asked for.
    static func parse(_ arguments: [String]) throws(UsageError) -> SampleOptions? {
        var journal: String?
        var options = SampleOptions(journal: "")
        var index = 0
        while index < arguments.count {
            var name = arguments[index]
            var inlineValue: String?
            if name.hasPrefix("--"), let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            index += 1
            func value() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                guard index < arguments.count else { throw UsageError(message: "\(name) needs a value") }
                index += 1
                return arguments[index - 1]
            }
            switch name {
            case "-h", "--help":
                return nil
            case "--oddities":
                guard inlineValue == nil else { throw UsageError(message: "--oddities takes no value") }
                options.oddities = true
            case "--journal":
                let folder = try value()
                guard !folder.isEmpty else { throw UsageError(message: "--journal needs a folder") }
                journal = folder
            case "--years":
                let text = try value()
                guard let years = Int(text), (1...1000).contains(years) else {
                    throw UsageError(message: "--years must be a whole number from 1 to 1000, not '\(text)'")
                }
                options.years = years
            case "--end":
                let text = try value()
                guard let end = Day(iso: text) else {
                    throw UsageError(message: "--end must be a date that exists, as YYYY-MM-DD, not '\(text)'")
                }
                options.end = end
            case "--seed":
                let text = try value()
                guard let seed = UInt64(text) else {
                    throw UsageError(message: "--seed must be a whole number from 0 to \(UInt64.max), not '\(text)'")
                }
                options.seed = seed
            case "--words":
                let text = try value()
                guard let words = Int(text), (1...100_000).contains(words) else {
                    throw UsageError(message: "--words must be a whole number from 1 to 100000, not '\(text)'")
                }
                options.words = words
            case "--skip-rate":
                let text = try value()
                guard let rate = Double(text), rate >= 0, rate <= 1 else {
                    throw UsageError(message: "--skip-rate must be a number from 0 to 1, not '\(text)'")
                }
                options.skipRate = rate
            default:
                throw UsageError(message: name.hasPrefix("-") ? "unknown option '\(name)'" : "unexpected argument '\(name)'")
            }
        }
        guard let journal else { throw UsageError(message: "--journal DIR is required") }
        options.journal = journal
        guard options.end.year - options.years >= 1 else {
            throw UsageError(message: "\(options.years) years ending on \(options.end) would start before year 1")
        }
        return options
    }
}
