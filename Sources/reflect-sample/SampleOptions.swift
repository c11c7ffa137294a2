import CommandKit
import Journal

/// What to generate, from the command line.
struct SampleOptions: ParsableArguments {
    static let overview = """
        Writes a realistic, seeded sample journal in the reflect file format, for demos, tests and \
        benchmarks. The same arguments always write the same bytes.
        """

    /// Where to write; must be absent or empty.
    @Option(name: "--journal", value: "dir", help: "The folder to write; it must not exist or be empty.", completion: .directory)
    var journal: String

    @Option(name: "--years", value: "n", help: "How many years of days, ending on --end. (default: 1)")
    private var yearsOption: Int?

    @Option(name: "--end", value: "yyyy-mm-dd", help: "The journal's last day. (default: 2026-11-28)")
    private var endOption: Day?

    @Option(name: "--seed", value: "s", help: "The seed, a whole number 0…18446744073709551615. (default: 1)")
    private var seedOption: UInt64?

    @Option(name: "--words", value: "w", help: "Average words per entry. (default: 250)")
    private var wordsOption: Int?

    @Option(name: "--skip-rate", value: "p", help: "The chance, 0…1, that a day has no entry. (default: 0)")
    private var skipRateOption: Double?

    @Flag(name: "--oddities", help: "Hand-edit five files the way people do (no front matter, CRLF, unknown keys, * [X] bullets, text before the title).")
    var oddities: Bool

    /// How many years of days.
    var years: Int { yearsOption ?? 1 }
    /// The last day.
    var end: Day { endOption ?? Day(year: 2026, month: 11, day: 28)! }
    /// The seed every draw comes from.
    var seed: UInt64 { seedOption ?? 1 }
    /// The average words per entry.
    var words: Int { wordsOption ?? 250 }
    /// The chance that a day has no entry, 0…1.
    var skipRate: Double { skipRateOption ?? 0 }

    func validate() throws(ValidationError) {
        guard !journal.isEmpty else { throw ValidationError("--journal needs a folder") }
        guard (1...1000).contains(years) else { throw ValidationError("--years must be a whole number from 1 to 1000, not \(years)") }
        guard (1...100_000).contains(words) else { throw ValidationError("--words must be a whole number from 1 to 100000, not \(words)") }
        guard (0...1).contains(skipRate) else { throw ValidationError("--skip-rate must be a number from 0 to 1, not \(skipRate)") }
        guard end.year - years >= 1 else { throw ValidationError("\(years) years ending on \(end) would start before year 1") }
    }
}

extension Day: ArgumentValue {
    /// `YYYY-MM-DD`, a day that exists.
    public init(argument: String) throws(InvalidValue) {
        guard let day = Day(iso: argument) else { throw InvalidValue("is not a date that exists, as YYYY-MM-DD") }
        self = day
    }
}
