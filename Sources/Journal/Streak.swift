/// Runs of consecutive days with an entry.
public enum Streak {
    /// The run of days with entries that ends on `day`, or on the day before when `day` has none yet
    /// (a streak is not broken until the day is over).
    ///
    /// - Parameter days: days with an entry, sorted ascending, without repeats.
    public static func current(_ days: [Day], on day: Day) -> Int {
        guard var index = days.lastIndex(where: { $0 <= day }) else { return 0 }
        guard days[index].days(until: day) <= 1 else { return 0 }
        var count = 1
        while index > 0, days[index - 1].days(until: days[index]) == 1 {
            count += 1
            index -= 1
        }
        return count
    }

    /// The longest run of consecutive days in `days` (sorted ascending, without repeats).
    public static func longest(_ days: [Day]) -> Int {
        var longest = days.isEmpty ? 0 : 1
        var run = 1
        for index in days.indices.dropFirst() {
            run = days[index - 1].days(until: days[index]) == 1 ? run + 1 : 1
            longest = max(longest, run)
        }
        return longest
    }
}
