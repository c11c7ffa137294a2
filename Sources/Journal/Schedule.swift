/// Which prompts a day brings: a pure function of the date and the prompt set, with no state file.
///
/// - Each day has one focus prompt. The area follows the weekday: Monday activity, Tuesday pipeline,
///   Wednesday data, Thursday commitments, Friday coaching, Saturday and Sunday attitude.
/// - Within an area the prompts come in one shuffled order, fixed by the area's name, walked round
///   and round: every prompt of the area comes once before any comes again.
/// - Every day carries the attitude check-in; a month's last day adds the review questions.
public struct Schedule: Sendable {
    /// The prompts of one day.
    public struct DayPrompts: Sendable {
        /// The day's focus question.
        public let focus: Prompt
        /// The 1–5 attitude check-in.
        public let checkIn: Prompt
        /// The article's four questions on the last day of a month, else empty.
        public let review: [Prompt]
    }

    /// The prompts scheduled from.
    public let promptSet: PromptSet

    /// A schedule over `promptSet`.
    public init(promptSet: PromptSet) { self.promptSet = promptSet }

    /// The focus area of a weekday (1 Monday … 7 Sunday).
    public static func focusArea(weekday: Int) -> Prompt.Area {
        [.activity, .pipeline, .data, .commitments, .coaching, .attitude, .attitude][weekday - 1]
    }

    /// The prompts for `day`.
    public func prompts(for day: Day) -> DayPrompts {
        let area = Schedule.focusArea(weekday: day.weekday)
        var bank = promptSet.prompts(in: area).sorted { $0.id < $1.id }
        if bank.isEmpty {
            // A replaced bundle may leave an area empty: any focus prompt is better than none.
            bank = promptSet.prompts.filter { Prompt.Area.focusAreas.contains($0.area) }.sorted { $0.id < $1.id }
        }
        let checkIn = promptSet.prompt(id: "checkin.attitude") ?? promptSet.prompts(in: .checkin).first
            ?? Prompt(id: "checkin.attitude", text: "How would you rate your attitude today, from 1 (low) to 5 (high)?")!
        guard !bank.isEmpty else {
            return DayPrompts(focus: checkIn, checkIn: checkIn, review: [])
        }
        // One fixed shuffled order per area, walked round and round: any run of consecutive
        // days uses every prompt of an area once before any comes again.
        let order = Schedule.shuffled(bank.count, seed: Schedule.hash(area.rawValue))
        let occurrence = Schedule.occurrence(of: day)
        let position = occurrence - Schedule.floorDivision(occurrence, bank.count) * bank.count
        return DayPrompts(
            focus: bank[order[position]],
            checkIn: checkIn,
            review: day.isLastDayOfMonth ? promptSet.prompts(in: .review) : []
        )
    }

    /// The prompts of `day`'s focus area in the order the schedule brings them, starting with the
    /// day's focus: what a second sitting on the same day is offered next.
    public func areaPrompts(from day: Day) -> [Prompt] {
        let focus = prompts(for: day).focus
        var bank = promptSet.prompts(in: focus.area).sorted { $0.id < $1.id }
        guard let start = bank.firstIndex(of: focus) else { return [focus] }
        let order = Schedule.shuffled(bank.count, seed: Schedule.hash(focus.area.rawValue))
        bank = order.map { bank[$0] }
        let position = bank.firstIndex(of: focus) ?? start
        return Array(bank[position...] + bank[..<position])
    }

    /// How many days of `day`'s focus area came before it, counted from Monday 1970-01-05.
    static func occurrence(of day: Day) -> Int {
        let weekdays = (1...7).filter { focusArea(weekday: $0) == focusArea(weekday: day.weekday) }
        let weeks = floorDivision(day.ordinal - 4, 7)
        return weeks * weekdays.count + weekdays.filter { $0 < day.weekday }.count
    }

    /// `value / divisor` rounded down, for days before the schedule's first Monday too.
    static func floorDivision(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    /// A Fisher–Yates shuffle of `0..<count` driven by SplitMix64, so it is the same on every machine.
    static func shuffled(_ count: Int, seed: UInt64) -> [Int] {
        var order = Array(0..<count)
        var generator = SplitMix64(seed: seed)
        for index in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(index, Int(generator.next() % UInt64(index + 1)))
        }
        return order
    }

    /// FNV-1a, stable across runs (Swift's `Hasher` is seeded per process).
    static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator that always gives the same sequence for the same seed.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
