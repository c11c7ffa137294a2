import Journal

/// How the imagined salesperson feels on a day: a slow drift over weeks, a weekly wobble and a
/// little daily noise around a fairly positive middle, so ratings are mostly 3 and 4 and low or
/// high spells last a while, with the odd very bad or very good day.
///
/// A pure function of the seed and the day: value noise (random knots, smoothly interpolated)
/// with plain arithmetic only, so it is the same on every machine.
struct Mood {
    /// The journal's seed.
    let seed: UInt64

    /// The mood on `day`, roughly 1…5 (not rounded or clamped).
    func level(on day: Day) -> Double {
        let ordinal = day.ordinal
        var daily = SplitMix64.stream(seed: seed, salt: UInt64(bitPattern: Int64(ordinal)) ^ 0x6D6F_6F64)
        let noise = daily.unit() * 2 - 1
        // Now and then a day that goes very badly or very well, whatever the week is like.
        let shock = daily.chance(0.03) ? -1.3 : daily.chance(0.02) ? 1.0 : 0
        return 3.45 + 1.0 * knots(ordinal, every: 37, layer: 1) + 0.55 * knots(ordinal, every: 8, layer: 2)
            + 0.5 * noise + shock
    }

    /// The 1–5 self-rating the mood gives.
    func rating(on day: Day) -> Int {
        min(5, max(1, Int((level(on: day) + 0.5).rounded(.down))))
    }

    /// Smoothly interpolated random values in -1…1 placed every `period` days.
    private func knots(_ ordinal: Int, every period: Int, layer: UInt64) -> Double {
        let index = ordinal >= 0 ? ordinal / period : (ordinal - period + 1) / period
        let t = Double(ordinal - index * period) / Double(period)
        let smooth = t * t * (3 - 2 * t)
        let a = knot(index, layer: layer)
        let b = knot(index + 1, layer: layer)
        return a + (b - a) * smooth
    }

    private func knot(_ index: Int, layer: UInt64) -> Double {
        var generator = SplitMix64.stream(seed: seed ^ (layer &* 0x9E37_79B9), salt: UInt64(bitPattern: Int64(index)))
        return generator.unit() * 2 - 1
    }
}
