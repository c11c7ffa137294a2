/// Which prompts a day brings: a pure function of the date and the prompt set, with no state file.
///
/// - Each day has one focus prompt. The area follows the weekday: Monday activity, Tuesday pipeline,
///   Wednesday data, Thursday commitments, Friday coaching, Saturday and Sunday attitude.
/// - Within an area the prompts come in a shuffled order fixed by the area's name and the cycle
///   number; each cycle uses every prompt once before the next begins, so none repeats early.
/// - Every day carries the attitude check-in; a month's last day adds the review questions.
public struct Schedule: Sendable {
    /// The prompts of one day.
    public struct Day: Sendable {
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
    public func prompts(for day: Journal.Day) -> Day {
        let area = Schedule.focusArea(weekday: day.weekday)
        let bank = promptSet.prompts(in: area).sorted { $0.id < $1.id }
        let occurrence = Schedule.occurrence(of: day)
        let cycle = Schedule.floorDivision(occurrence, bank.count)
        let order = Schedule.order(of: area, count: bank.count, cycle: cycle)
        let checkIn = promptSet.prompt(id: "checkin.attitude") ?? promptSet.prompts(in: .checkin)[0]
        return Day(
            focus: bank[order[occurrence - cycle * bank.count]],
            checkIn: checkIn,
            review: day.isLastDayOfMonth ? promptSet.prompts(in: .review) : []
        )
    }

    /// How many days of `day`'s focus area came before it, counted from Monday 1970-01-05.
    static func occurrence(of day: Journal.Day) -> Int {
        let weekdays = (1...7).filter { focusArea(weekday: $0) == focusArea(weekday: day.weekday) }
        let weeks = floorDivision(day.ordinal - 4, 7)
        return weeks * weekdays.count + weekdays.filter { $0 < day.weekday }.count
    }

    /// The order of an area's bank in one cycle. When a cycle would open with the prompt the
    /// previous one closed with, its first two prompts trade places, so no prompt comes twice in a row.
    static func order(of area: Prompt.Area, count: Int, cycle: Int) -> [Int] {
        let seed = hash(area.rawValue)
        var order = shuffled(count, seed: seed &+ UInt64(bitPattern: Int64(cycle)))
        // With three or more prompts the swap never touches the last place, so the previous
        // cycle's last prompt is the last of its plain shuffle.
        if count >= 3, order[0] == shuffled(count, seed: seed &+ UInt64(bitPattern: Int64(cycle - 1))).last {
            order.swapAt(0, 1)
        }
        return order
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
