import Journal

/// The HTML report's charts as inline SVG: no scripts, no references outside the element, and on
/// each a `<title>` and a `<desc>` that say in words what it shows.
///
/// Colours come from CSS classes (`line-rating`, `bar-met`, …) so the page's stylesheet can turn
/// them black and grey for print.
enum ReportChart {
    /// Self-rating (1–5) and score (−1…1) for each day with an entry, on one shared vertical scale
    /// (1 ↔ −1, 3 ↔ 0, 5 ↔ 1): a solid line with dots and a dashed line with squares.
    static func attitudeByDay(_ report: MonthlyReport) -> String {
        let frame = Frame(width: 720, height: 280, left: 44, right: 72, top: 30, bottom: 36)
        let days = report.month.lastDay.day
        func x(_ day: Day) -> Double { frame.left + (Double(day.day) - 0.5) / Double(days) * frame.plotWidth }

        let current = report.attitude.current
        let previous = report.attitude.previous
        let previousName = report.previousMonthName
        var description = "Self-rating from 1 to 5 and attitude score from −1 to 1 for each of the "
            + MonthlyReport.count(report.attitude.days.count, "day", "days") + " with an entry; lines join only days next to each other. "
        description += "Self-rating averaged \(MonthlyReport.fixed(current.selfRating, decimals: 1, missing: "nothing"))"
            + " (\(previousName): \(MonthlyReport.fixed(previous.selfRating, decimals: 1, missing: "no rating"))); "
        description += "score averaged \(MonthlyReport.fixed(current.score, decimals: 2, missing: "nothing"))"
            + " (\(previousName): \(MonthlyReport.fixed(previous.score, decimals: 2, missing: "no entries")))."

        var svg = frame.open(id: "chart-attitude", title: "Attitude by day, \(report.month.name)", description: description)
        svg += "<g class=\"axis\">"
        for step in 0...4 {
            let y = frame.y(Double(step) / 4)
            svg += "<line class=\"grid\" x1=\"\(n(frame.left))\" y1=\"\(n(y))\" x2=\"\(n(frame.right))\" y2=\"\(n(y))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(frame.left - 8))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(step + 1)</text>"
            svg += "<text class=\"tick\" x=\"\(n(frame.right + 8))\" y=\"\(n(y + 4))\">\(["−1", "−0.5", "0", "0.5", "1"][step])</text>"
        }
        // The legend above names the scales too: on a narrow screen these captions would crowd the ticks.
        svg += "<text class=\"tick wide\" x=\"4\" y=\"14\">rating</text>"
        svg += "<text class=\"tick wide\" x=\"\(n(frame.width - 4))\" y=\"14\" text-anchor=\"end\">score</text>"
        for day in [1, 5, 10, 15, 20, 25, 30] where day <= days {
            let dayX = frame.left + (Double(day) - 0.5) / Double(days) * frame.plotWidth
            svg += "<text class=\"tick\" x=\"\(n(dayX))\" y=\"\(n(frame.bottom + 22))\" text-anchor=\"middle\">\(day)</text>"
        }
        svg += "</g>"

        // Each series is drawn only where it has a value: a line joins two days only when they are
        // next to each other, so a day without an entry (or without a rating, or without words to
        // score) leaves a gap rather than a straight line that looks like data.
        let ratings = report.attitude.days.compactMap { day in day.rating.map { (day: day.day, value: $0) } }
        let scores = report.attitude.days.compactMap { day in day.score.map { (day: day.day, value: $0) } }
        func runs(_ points: [(day: Day, value: Double)], style: String, _ y: (Double) -> Double) -> String {
            var svg = ""
            var run: [(Double, Double)] = []
            var previous: Day?
            func flush() {
                if run.count > 1 { svg += "<polyline class=\"\(style)\" points=\"\(ReportChart.points(run))\"/>" }
                run = []
            }
            for point in points {
                if let last = previous, last.days(until: point.day) != 1 { flush() }
                run.append((x(point.day), y(point.value)))
                previous = point.day
            }
            flush()
            return svg
        }
        svg += runs(scores.map { ($0.day, $0.value) }, style: "line-score") { frame.y(($0 + 1) / 2) }
        svg += runs(ratings.map { ($0.day, Double($0.value)) }, style: "line-rating") { frame.y(($0 - 1) / 4) }
        for point in scores {
            let (px, py) = (x(point.day), frame.y((point.value + 1) / 2))
            svg += "<rect class=\"dot-score\" x=\"\(n(px - 4))\" y=\"\(n(py - 4))\" width=\"8\" height=\"8\">"
                + "<title>\(MonthlyReport.short(point.day)): score \(MonthlyReport.fixed(point.value, decimals: 2))</title></rect>"
        }
        for point in ratings {
            let (px, py) = (x(point.day), frame.y(Double(point.value - 1) / 4))
            svg += "<circle class=\"dot-rating\" cx=\"\(n(px))\" cy=\"\(n(py))\" r=\"4.5\">"
                + "<title>\(MonthlyReport.short(point.day)): self-rating \(point.value)</title></circle>"
        }
        return svg + "</svg>"
    }

    /// Counted negative words per 100 words written, one bar a week.
    static func negativityByWeek(_ report: MonthlyReport) -> String {
        let frame = Frame(width: 720, height: 240, left: 44, right: 16, top: 24, bottom: 36)
        let values = report.weeks.map(\.averages.negativePer100Words)
        let axis = niceAxis(values.compactMap { $0 }.max() ?? 0)
        let top = axis.top
        let highest = report.weeks.indices.filter { values[$0] != nil }.max { values[$0]! < values[$1]! }
        var description = "Negative words per 100 words written, by week (each labelled by its days in the month). "
        if let highest {
            description += "Highest in the week of \(MonthlyReport.label(report.weeks[highest])): "
                + MonthlyReport.fixed(values[highest]!, decimals: 1) + ". "
        }
        description += "Month: \(MonthlyReport.fixed(report.attitude.current.negativePer100Words, decimals: 1)), "
            + "\(report.previousMonthName): \(MonthlyReport.fixed(report.attitude.previous.negativePer100Words, decimals: 1, missing: "no entries"))."

        var svg = frame.open(id: "chart-negativity", title: "Negative words per 100 words, by week", description: description)
        svg += valueAxis(frame, top: top, steps: axis.steps, decimals: axis.decimals)
        let band = frame.plotWidth / Double(max(1, report.weeks.count))
        let barWidth = min(band * 0.6, 72)
        for (index, week) in report.weeks.enumerated() {
            let center = frame.left + band * (Double(index) + 0.5)
            svg += "<text class=\"tick\" x=\"\(n(center))\" y=\"\(n(frame.bottom + 22))\" text-anchor=\"middle\">\(weekLabel(week))</text>"
            guard let value = values[index] else {
                svg += "<text class=\"tick\" x=\"\(n(center))\" y=\"\(n(frame.bottom - 6))\" text-anchor=\"middle\">no entries</text>"
                continue
            }
            let y = frame.y(top > 0 ? value / top : 0)
            let label = MonthlyReport.fixed(value, decimals: 1)
            svg += "<rect class=\"bar-negative\" x=\"\(n(center - barWidth / 2))\" y=\"\(n(y))\" width=\"\(n(barWidth))\" height=\"\(n(frame.bottom - y))\">"
                + "<title>\(MonthlyReport.label(week)): \(label) per 100 words</title></rect>"
            svg += "<text x=\"\(n(center))\" y=\"\(n(y - 6))\" text-anchor=\"middle\">\(label)</text>"
        }
        return svg + "</svg>"
    }

    /// Commitments made each week against how many of them were met: two bars a week.
    static func commitmentsByWeek(_ report: MonthlyReport) -> String {
        let frame = Frame(width: 720, height: 240, left: 44, right: 16, top: 24, bottom: 36)
        let made = report.commitments.made
        let met = report.commitments.met
        let description = "Commitments made each week (light bars, each week labelled by its days in the month) "
            + "and how many of them have been met (dark bars). "
            + "In all, \(made) made and \(met) met, \(report.commitments.metOnTime) of them on time; "
            + "\(report.commitments.open) still open and \(report.commitments.overdue) overdue."
        var svg = frame.open(id: "chart-commitments", title: "Commitments made and met, by week", description: description)
        let axis = countAxis(report.weeks.map(\.commitmentsMade).max() ?? 0)
        let top = Double(axis.top)
        svg += valueAxis(frame, top: top, steps: axis.steps, decimals: 0)
        let band = frame.plotWidth / Double(max(1, report.weeks.count))
        let barWidth = min(band * 0.3, 36)
        for (index, week) in report.weeks.enumerated() {
            let center = frame.left + band * (Double(index) + 0.5)
            svg += "<text class=\"tick\" x=\"\(n(center))\" y=\"\(n(frame.bottom + 22))\" text-anchor=\"middle\">\(weekLabel(week))</text>"
            for (offset, kind, value) in [(-1.0, "made", week.commitmentsMade), (0.0, "met", week.commitmentsMet)] {
                let x = center + offset * barWidth - (offset == 0 ? -2 : 2)
                let y = frame.y(Double(value) / top)
                svg += "<rect class=\"bar-\(kind)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(barWidth))\" height=\"\(n(frame.bottom - y))\">"
                    + "<title>\(MonthlyReport.label(week)): \(value) \(kind)</title></rect>"
                svg += "<text x=\"\(n(x + barWidth / 2))\" y=\"\(n(y - 6))\" text-anchor=\"middle\">\(value)</text>"
            }
        }
        return svg + "</svg>"
    }

    /// One of the user's numbers week by week: a bar a week (its total, or a level's latest
    /// value) and the week's target as a dashed line across it.
    static func numberByWeek(_ figures: NumberFigures, index: Int, report: MonthlyReport) -> String {
        let frame = Frame(width: 720, height: 220, left: 64, right: 16, top: 24, bottom: 36)
        let name = figures.definition.name
        var description = "\(name) by week (each labelled by its days in the month)"
            + (figures.target == nil ? ". " : ", against the week's target. ")
        description += "Month: \(NumberFigures.figure(figures.value))"
            + (figures.target.map { " of a target of \(NumberDefinition.display($0)) (\(NumberFigures.percent(figures.attainment)))" } ?? "")
            + "; \(report.previousMonthName): \(figures.previous.map(NumberDefinition.display) ?? "none recorded")."
        var svg = frame.open(id: "chart-number-\(index)", title: "\(name) by week", description: description)
        let highest = figures.byWeek.flatMap { [$0.value ?? 0, $0.target ?? 0] }.max() ?? 0
        let axis = niceAxis(highest)
        svg += valueAxis(frame, top: axis.top, steps: axis.steps, decimals: axis.decimals)
        let band = frame.plotWidth / Double(max(1, figures.byWeek.count))
        let barWidth = min(band * 0.5, 64)
        for week in figures.byWeek {
            let position = Double(figures.byWeek.firstIndex(of: week) ?? 0)
            let center = frame.left + band * (position + 0.5)
            svg += "<text class=\"tick\" x=\"\(n(center))\" y=\"\(n(frame.bottom + 22))\" text-anchor=\"middle\">\(weekLabel(week.start, week.end))</text>"
            let label = MonthlyReport.label(week.start, week.end) + ": " + NumberFigures.figure(week.value)
                + (week.target.map { " of " + NumberDefinition.display($0) } ?? "")
            if let value = week.value {
                let y = frame.y(value / axis.top)
                svg += "<rect class=\"bar-met\" x=\"\(n(center - barWidth / 2))\" y=\"\(n(y))\" width=\"\(n(barWidth))\" height=\"\(n(frame.bottom - y))\">"
                    + "<title>\(HTMLReportRenderer.escape(label))</title></rect>"
                svg += "<text x=\"\(n(center))\" y=\"\(n(y - 6))\" text-anchor=\"middle\">\(NumberFigures.figure(value))</text>"
            } else {
                // A week with nothing recorded, like a first week of one Sunday, still shows, as its row does: `–`.
                svg += "<text x=\"\(n(center))\" y=\"\(n(frame.bottom - 6))\" text-anchor=\"middle\"><title>\(HTMLReportRenderer.escape(label))</title>–</text>"
            }
            // Every week's target is drawn, a partial week's prorated to its working days (0, on
            // the baseline, for a week with none), as the week rows give it.
            if let target = week.target {
                let y = frame.y(target / axis.top)
                svg += "<line class=\"line-target\" x1=\"\(n(center - band * 0.45))\" y1=\"\(n(y))\" x2=\"\(n(center + band * 0.45))\" y2=\"\(n(y))\">"
                    + "<title>\(HTMLReportRenderer.escape(MonthlyReport.label(week.start, week.end))): target \(NumberDefinition.display(target))</title></line>"
            }
        }
        return svg + "</svg>"
    }

    // MARK: Drawing

    /// A week's label under its bars: `2–8 Nov`, and on a narrow screen, where the chart is drawn
    /// at half size, just `2–8`.
    private static func weekLabel(_ week: MonthlyReport.Week) -> String {
        weekLabel(week.start, week.end)
    }

    private static func weekLabel(_ start: Day, _ end: Day) -> String {
        let days = start == end ? "\(start.day)" : "\(start.day)–\(end.day)"
        return "<tspan class=\"wide\">\(MonthlyReport.label(start, end))</tspan><tspan class=\"narrow\">\(days)</tspan>"
    }

    /// A chart's size and the plot area inside its margins, in SVG user units.
    private struct Frame {
        let width: Double
        let height: Double
        let left: Double
        let rightMargin: Double
        let top: Double
        let bottomMargin: Double

        init(width: Double, height: Double, left: Double, right: Double, top: Double, bottom: Double) {
            self.width = width
            self.height = height
            self.left = left
            rightMargin = right
            self.top = top
            bottomMargin = bottom
        }

        var right: Double { width - rightMargin }
        var bottom: Double { height - bottomMargin }
        var plotWidth: Double { right - left }
        var plotHeight: Double { bottom - top }

        /// The y of `fraction` of the way up the plot.
        func y(_ fraction: Double) -> Double { bottom - min(max(fraction, 0), 1) * plotHeight }

        /// `<svg …>` with its accessible name and description.
        func open(id: String, title: String, description: String) -> String {
            "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
                + "<title id=\"\(id)-title\">\(HTMLReportRenderer.escape(title))</title>"
                + "<desc id=\"\(id)-desc\">\(HTMLReportRenderer.escape(description))</desc>"
        }
    }

    /// Grid lines and labels from 0 to `top`.
    private static func valueAxis(_ frame: Frame, top: Double, steps: Int, decimals: Int) -> String {
        var svg = "<g class=\"axis\">"
        for step in 0...max(1, steps) {
            let fraction = Double(step) / Double(max(1, steps))
            let y = frame.y(fraction)
            svg += "<line class=\"grid\" x1=\"\(n(frame.left))\" y1=\"\(n(y))\" x2=\"\(n(frame.right))\" y2=\"\(n(y))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(frame.left - 8))\" y=\"\(n(y + 4))\" text-anchor=\"end\">"
                + (decimals == 0 ? NumberDefinition.display(top * fraction) : MonthlyReport.fixed(top * fraction, decimals: decimals))
                + "</text>"
        }
        return svg + "</g>"
    }

    /// An axis for values up to `value`: the smallest of 1, 2, 2.5, 5 × 10ⁿ at or above it (1 for
    /// nothing), cut into steps that are round numbers.
    static func niceAxis(_ value: Double) -> (top: Double, steps: Int, decimals: Int) {
        guard value > 0, value.isFinite else { return (1, 5, 1) }
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        while magnitude > value { magnitude /= 10 }
        for (factor, steps) in [(1.0, 5), (2, 4), (2.5, 5), (5, 5), (10, 5)] where factor * magnitude >= value {
            let step = factor * magnitude / Double(steps)
            return (factor * magnitude, steps, step >= 1 ? 0 : step >= 0.1 ? 1 : 2)
        }
        return (10 * magnitude, 5, 0)
    }

    /// An axis for counts up to `value`: whole steps of 1, 2, 5, 10, 20, 50… and at most six of them.
    static func countAxis(_ value: Int) -> (top: Int, steps: Int) {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] {
                let step = factor * magnitude
                let steps = max(1, (value + step - 1) / step)
                if steps <= 6 { return (steps * step, steps) }
            }
            magnitude *= 10
        }
    }

    /// `x,y x,y …`.
    private static func points(_ points: [(Double, Double)]) -> String {
        points.map { n($0.0) + "," + n($0.1) }.joined(separator: " ")
    }
}

/// A coordinate with at most one decimal.
private func n(_ value: Double) -> String {
    let text = MonthlyReport.fixed(value, decimals: 1)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
}
