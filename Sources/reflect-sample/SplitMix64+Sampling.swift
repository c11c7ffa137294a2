import Journal

/// Draws built on the generator's raw 64-bit output only, so a seed gives the same journal on every
/// machine and every Swift release (the standard library's `random(in:using:)` does not promise that).
extension SplitMix64 {
    /// A generator for one `salt` (a day's ordinal, a purpose) of a journal `seed`: independent
    /// streams, so one day's draws never shift another's.
    static func stream(seed: UInt64, salt: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed)
        return SplitMix64(seed: mixer.next() ^ (salt &* 0xD1B5_4A32_D192_ED03))
    }

    /// A uniform value in `0..<1`.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A uniform integer in `0..<count` (`count` > 0), by multiplying into the high word.
    mutating func below(_ count: Int) -> Int {
        Int(UInt64(count).multipliedFullWidth(by: next()).high)
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A uniform element of a non-empty array.
    mutating func pick<Element>(_ items: [Element]) -> Element {
        items[below(items.count)]
    }

    /// The index of a weight chosen with probability proportional to it.
    mutating func weighted(_ weights: [Double]) -> Int {
        var remaining = unit() * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            remaining -= weight
            if remaining < 0 { return index }
        }
        return weights.count - 1
    }
}
