import Journal

/// A line of block characters, one a day, that shows a month's attitude at a glance in a terminal:
/// `▁▂▃▄▅▆▇█` from low to high, `·` for a day without a value.
public enum Sparkline {
    /// The eight levels, lowest first.
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// A day with no entry.
    public static let gap: Character = "·"
    /// A day with an entry that has no such figure: no rating, or (for the score) no words.
    public static let missing: Character = "-"

    /// The block for a self-rating, 1 (▁) to 5 (█).
    public static func block(rating: Int) -> Character {
        level(Double(min(max(rating, 1), 5) - 1) / 4)
    }

    /// The block for an attitude score, −1 (▁) to 1 (█).
    public static func block(score: Double) -> Character {
        level((min(max(score, -1), 1) + 1) / 2)
    }

    /// The block for `fraction` of the way from lowest to highest.
    private static func level(_ fraction: Double) -> Character {
        blocks[min(blocks.count - 1, max(0, Int((fraction * Double(blocks.count - 1)).rounded())))]
    }
}

extension MonthlyReport {
    /// Which figure a sparkline shows.
    public enum SparklineSeries: Sendable {
        /// The 1–5 self-rating.
        case rating
        /// The −1…1 attitude score.
        case score
    }

    /// One character a day from the month's first day to the reference day; empty for a month
    /// still to come.
    public func sparkline(_ series: SparklineSeries) -> String {
        guard period != .future else { return "" }
        var byDay: [Day: DayFigures] = [:]
        for figures in attitude.days { byDay[figures.day] = figures }
        var line = ""
        var day = month.firstDay
        while day <= reference {
            if let figures = byDay[day] {
                switch series {
                case .rating: line.append(figures.rating.map(Sparkline.block(rating:)) ?? Sparkline.missing)
                case .score: line.append(figures.score.map(Sparkline.block(score:)) ?? Sparkline.missing)
                }
            } else {
                line.append(Sparkline.gap)
            }
            day = day.adding(days: 1)
        }
        return line
    }

    /// Day numbers to print above a sparkline (1, 5, 10, 15, …), each ending in its day's column.
    func sparklineRuler() -> String {
        guard period != .future else { return "" }
        let length = month.firstDay.days(until: reference) + 1
        var ruler = [Character](repeating: " ", count: length)
        var free = 0   // the first column a label may use
        for day in [1, 5, 10, 15, 20, 25, 30] where day <= length {
            let label = Array(String(day))
            let start = day - label.count
            guard start >= free else { continue }
            for (offset, character) in label.enumerated() { ruler[start + offset] = character }
            free = day + 1
        }
        return String(ruler)
    }
}
