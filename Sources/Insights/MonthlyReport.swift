import Journal

/// The monthly attitude trend report for one month: how much was written, how the attitude went
/// by day and by week against the month before, the negative words and themes, the commitments
/// account, and the coaching agenda for the next one-to-one.
///
/// A plain value: `build(month:today:entries:previousEntries:entryDays:promptSet:analyzer:)` makes it
/// from entries already read, and the renderers turn it into text, Markdown, JSON or HTML.
/// Everything is counted up to the report's reference day: the month's last day, or today while
/// the month is still running.
public struct MonthlyReport: Sendable {
    /// Where the month stands on the day the report is made.
    public enum Period: String, Sendable {
        /// The month is over: the reference day is its last day.
        case finished
        /// The month is still running (today is in it, its last day too): the reference day is today.
        case running
        /// The month has not started: there is nothing to report yet.
        case future
    }

    /// The month reported on.
    public let month: Month
    /// The day statuses, ages and streaks are taken on: the month's last day, or today while it runs.
    public let reference: Day
    /// Whether the month is over, running or still to come.
    public let period: Period
    /// What the user can do about an empty month, in the words of the tool showing the report
    /// (which command writes a day); after the empty report's message.
    public var emptyHint: String? = nil
    /// Entries written in the month (up to the reference day).
    public let entries: Int
    /// Distinct days with an entry.
    public let daysCovered: Int
    /// Words written, as `Entry.words` counts them.
    public let words: Int
    /// The current and longest runs of days with entries.
    public let streak: Streaks
    /// The weeks of the month, Monday to Sunday, clipped to the month and the reference day.
    public let weeks: [Week]
    /// Self-rating, score and negativity, for the month, by day and against the month before.
    public let attitude: Attitude
    /// The counted negative words, most frequent first (at most `MonthlyReport.topNegativeWords`).
    public let negativeWords: [WordCount]
    /// Every named theme with its count this month and last, most frequent first.
    public let themes: [Theme]
    /// Words and two-word phrases that came back in at least three of the month's entries.
    public let recurring: [RecurringTerm]
    /// The commitments made in the month and where they stand on the reference day.
    public let commitments: Commitments
    /// Everything the coaching questions collected this month: the agenda for the next one-to-one.
    public let coaching: [CoachingNote]
    /// The user's numbers (`numbers.md`) over the month; see `MonthlyReport+Numbers.swift`.
    public internal(set) var numbers: [NumberFigures] = []
    /// The accounts named in the month's entries; see `MonthlyReport+Numbers.swift`.
    public internal(set) var accounts: [AccountFigures] = []
    /// The month's entries' scored sentences as `build` analysed them, so that `addNumbers` finds
    /// the accounts without reading the entries a second time.
    var scoredEntries: [AccountMatcher.ScoredEntry] = []

    /// How many negative words the report lists.
    public static let topNegativeWords = 10
    /// How many recurring terms the report lists.
    public static let topRecurringTerms = 20
    /// The themes that speak of a negative frame of mind, in the order they are preferred as an
    /// agenda item when their counts tie.
    public static let negativeThemeNames = [WordList.negativityTheme, "blame", "absolutes"]

    /// Whether the month has no entries (up to the reference day).
    public var isEmpty: Bool { entries == 0 }

    /// The negative theme that came up most this month, if any did: a natural item for the agenda.
    public var topNegativeTheme: Theme? {
        var best: Theme?
        for name in MonthlyReport.negativeThemeNames {
            guard let theme = themes.first(where: { $0.name == name }), theme.count > 0 else { continue }
            if theme.count > best?.count ?? 0 { best = theme }
        }
        return best
    }

    /// The current and longest runs of consecutive days with an entry.
    public struct Streaks: Sendable, Equatable {
        /// The run ending on the reference day (or the day before, when it has no entry yet);
        /// it may have started before the month.
        public let current: Int
        /// The longest run within the month.
        public let longest: Int
    }

    /// One week of the month: Monday to Sunday, clipped to the month and to the reference day.
    public struct Week: Sendable, Equatable {
        /// The week's first day in the month.
        public let start: Day
        /// The week's last day in the month, not after the reference day.
        public let end: Day
        /// Days with an entry.
        public let activeDays: Int
        /// The averages of the week's entries.
        public let averages: Averages
        /// Commitments made in the week's entries.
        public let commitmentsMade: Int
        /// How many of those were met by the reference day.
        public let commitmentsMet: Int

        /// The number of days from `start` to `end`.
        public var days: Int { start.days(until: end) + 1 }
    }

    /// The attitude figures of a set of entries.
    public struct Averages: Sendable, Equatable {
        /// How many entries they are.
        public let entries: Int
        /// The average self-rating (1–5) of the entries that have one; `nil` when none has.
        public let selfRating: Double?
        /// The average attitude score (−1…1) of the entries with words; `nil` when there are none.
        public let score: Double?
        /// Counted negative words per 100 words written; `nil` when nothing was written.
        public let negativePer100Words: Double?
    }

    /// One day's attitude figures.
    public struct DayFigures: Sendable, Equatable {
        /// The entry's day.
        public let day: Day
        /// The self-rating, 1–5, when the entry has one.
        public let rating: Int?
        /// The attitude score of the entry's text, −1…1; `nil` for an entry with no words (a
        /// rating alone), which has no text to score.
        public let score: Double?
        /// Counted negative words.
        public let negative: Int
        /// Words written.
        public let words: Int
    }

    /// The attitude section of the report.
    public struct Attitude: Sendable, Equatable {
        /// The month's averages.
        public let current: Averages
        /// The previous month's averages (all of that month).
        public let previous: Averages
        /// The month before, for labels.
        public let previousMonth: Month
        /// One element per entry, in day order.
        public let days: [DayFigures]
    }

    /// A counted negative word and how often it counted.
    public struct WordCount: Sendable, Equatable {
        /// The folded word, or a negated positive word with its negator (`not happy`).
        public let word: String
        /// How often it counted in the month.
        public let count: Int
    }

    /// A named theme's figures.
    public struct Theme: Sendable, Equatable {
        /// The theme's name: `negativity`, `blame`, `activity`, ….
        public let name: String
        /// How often its words came up this month.
        public let count: Int
        /// How many of the month's entries mention it.
        public let entries: Int
        /// How often its words came up the month before.
        public let previous: Int

        /// This month's count minus last month's.
        public var change: Int { count - previous }
    }

    /// The commitments made in the month, counted by status on the reference day.
    public struct Commitments: Sendable, Equatable {
        /// Task lines written in the month's entries.
        public let made: Int
        /// Ticked `[x]`.
        public let met: Int
        /// Met by their due date, or met with no due date.
        public let metOnTime: Int
        /// Dropped `[-]`.
        public let cancelled: Int
        /// Still open and not late.
        public let open: Int
        /// Still open and late: unmet.
        public let overdue: Int
        /// The overdue ones, oldest first.
        public let unmet: [Unmet]
        /// Commitments stated in prose with no task line for them.
        public let stated: [Stated]
    }

    /// An overdue commitment, with how long it has waited.
    public struct Unmet: Sendable, Equatable {
        /// The commitment.
        public let commitment: Commitment
        /// Days from the day it was made to the reference day.
        public let ageDays: Int
        /// Entries written after the day it was made, up to the reference day, while it stayed open.
        public let carried: Int
    }

    /// A commitment stated in an entry's prose without a task line for it.
    public struct Stated: Sendable, Equatable {
        /// The entry's day.
        public let day: Day
        /// The clause, as written.
        public let text: String
        /// When it is due, if the clause says.
        public let due: Day?
    }

    /// An answer written under a coaching question (or the monthly review's "what do you want
    /// your manager to help you with").
    public struct CoachingNote: Sendable, Equatable {
        /// The entry's day.
        public let day: Day
        /// The question's id, `coaching.skill`.
        public let promptID: String
        /// The question.
        public let question: String
        /// The answer, without task lines (they are counted as commitments).
        public let text: String
    }

    /// The reference day and period of a report on `month` made on `today`.
    public static func reference(for month: Month, today: Day) -> (day: Day, period: Period) {
        if today < month.firstDay { return (today, .future) }
        if today > month.lastDay { return (month.lastDay, .finished) }
        return (today, .running)
    }
}
