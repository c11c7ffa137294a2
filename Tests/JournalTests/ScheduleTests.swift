import Glibc
import Testing
@testable import Journal

@Suite("Schedule")
struct ScheduleTests {
    static let bundled = PromptSet(bundled: PromptSet.bundled())
    static let schedule = Schedule(promptSet: bundled)

    /// The article's four questions, verbatim, curly apostrophes included.
    static let reviewTexts = [
        "What areas of your performance does your sales manager need to manage?",
        "Why shouldn\u{2019}t your discipline when it comes to activity or your attitude ever be your sales manager\u{2019}s concern?",
        "How much should your sales manager have to concern herself with your pipeline?",
        "What do you really want your sales manager to help you with? Where should they make a contribution?",
    ]

    @Test("The focus area follows the weekday", arguments: [
        ("2026-11-23", Prompt.Area.activity), ("2026-11-24", .pipeline), ("2026-11-25", .data),
        ("2026-11-26", .commitments), ("2026-11-27", .coaching), ("2026-11-28", .attitude),
        ("2026-11-29", .attitude), ("2026-11-30", .activity),
    ])
    func focusArea(day: String, area: Prompt.Area) {
        #expect(Self.schedule.prompts(for: Day.iso(day)).focus.area == area)
        #expect(Schedule.focusArea(weekday: Day.iso(day).weekday) == area)
    }

    @Test("The same day always gives the same prompts, whichever schedule object asks")
    func sameDaySamePrompt() {
        let other = Schedule(promptSet: PromptSet(bundled: PromptSet.bundled()))
        var day = Day.iso("2026-01-01")
        for _ in 0..<400 {
            let first = Self.schedule.prompts(for: day)
            let second = other.prompts(for: day)
            #expect(first.focus == second.focus, "\(day)")
            #expect(first.review == second.review, "\(day)")
            day = day.adding(days: 1)
        }
    }

    @Test("Within an area no focus prompt repeats until the whole bank has been used, over three years")
    func noEarlyRepeats() {
        let occurrences = Self.focusPrompts(from: "2026-01-01", to: "2029-01-01")
        for area in Prompt.Area.focusAreas {
            let bank = Set(Self.bundled.prompts(in: area).map(\.id))
            let seen = occurrences[area] ?? []
            #expect(Set(seen) == bank, "\(area): every prompt is used")
            // The walk starts somewhere inside a cycle: some alignment must split it into whole banks.
            let aligned = (0..<bank.count).contains { offset in
                guard Set(seen[..<offset]).count == offset else { return false }
                var start = offset
                while start + bank.count <= seen.count {
                    if Set(seen[start..<start + bank.count]) != bank { return false }
                    start += bank.count
                }
                return Set(seen[start...]).count == seen.count - start
            }
            #expect(aligned, "\(area): \(seen)")
        }
    }

    @Test("Any run of as many consecutive occurrences as an area has prompts holds each prompt once")
    func everyWindowIsTheWholeBank() {
        let occurrences = Self.focusPrompts(from: "2026-01-01", to: "2029-01-01")
        for area in Prompt.Area.focusAreas {
            let size = Self.bundled.prompts(in: area).count
            let seen = occurrences[area] ?? []
            let short = (0...(seen.count - size)).filter { Set(seen[$0..<$0 + size]).count != size }
            #expect(short.isEmpty, "\(area): windows starting at \(short.prefix(3)) repeat a prompt")
        }
    }

    /// The focus prompt ids of each area, day by day from `start` up to `end`.
    static func focusPrompts(from start: String, to end: String) -> [Prompt.Area: [String]] {
        var occurrences: [Prompt.Area: [String]] = [:]
        var day = Day.iso(start)
        while day < Day.iso(end) {
            let focus = schedule.prompts(for: day).focus
            occurrences[focus.area, default: []].append(focus.id)
            day = day.adding(days: 1)
        }
        return occurrences
    }

    @Test("Days before 1970 get prompts too, from the right area")
    func before1970() async {
        // A negative day count once indexed the bank with a negative number, which traps: run it apart.
        await #expect(processExitsWith: .success) {
            let set = PromptSet(bundled: PromptSet.bundled())
            let schedule = Schedule(promptSet: set)
            var day = Day.iso("1969-01-01")
            while day < Day.iso("1970-02-01") {
                let focus = schedule.prompts(for: day).focus
                guard focus.area == Schedule.focusArea(weekday: day.weekday) else { exit(EXIT_FAILURE) }
                day = day.adding(days: 1)
            }
        }
    }

    @Test("Tuesday 24 November 2026 asks a pipeline question, the check-in and no review")
    func specDay() {
        let prompts = Self.schedule.prompts(for: Day.iso("2026-11-24"))
        #expect(prompts.focus.area == .pipeline)
        #expect(Self.bundled.prompts(in: .pipeline).contains(prompts.focus))
        #expect(prompts.checkIn.id == "checkin.attitude")
        #expect(prompts.review.isEmpty)
    }

    @Test("Every day carries the attitude check-in")
    func checkInEveryDay() {
        var day = Day.iso("2026-01-01")
        for _ in 0..<366 {
            let checkIn = Self.schedule.prompts(for: day).checkIn
            #expect(checkIn.id == "checkin.attitude", "\(day)")
            #expect(checkIn.text == "How would you rate your attitude today, from 1 (low) to 5 (high)?")
            day = day.adding(days: 1)
        }
    }

    @Test("The monthly review comes on the last day of each month, and only then")
    func reviewOnLastDay() {
        var day = Day.iso("2024-01-01")
        var reviewDays: [Day] = []
        while day < Day.iso("2027-01-01") {
            if !Self.schedule.prompts(for: day).review.isEmpty { reviewDays.append(day) }
            day = day.adding(days: 1)
        }
        let lastDays = (2024...2026).flatMap { year in (1...12).map { Month(year: year, month: $0)!.lastDay } }
        #expect(reviewDays == lastDays)
        #expect(reviewDays.contains(Day.iso("2024-02-29")))
        #expect(!reviewDays.contains(Day.iso("2024-02-28")))
    }

    @Test("The review is the article's four questions, verbatim, in order, with their source")
    func reviewText() {
        let review = Self.schedule.prompts(for: Day.iso("2026-11-30")).review
        #expect(review.map(\.text) == Self.reviewTexts)
        #expect(review.map(\.id) == [
            "review.manage-performance", "review.discipline-attitude", "review.pipeline-concern", "review.want-help",
        ])
        #expect(review.allSatisfy { $0.source == "Anthony Iannarino, The Sales Blog, 9 March 2013" })
    }

    @Test("A user's prompt with a bundled id replaces it on the days it was scheduled")
    func userReplaces() throws {
        let replacement = prompt("pipeline.stalled-deal", "Which deal is stuck, honestly?")
        let withUser = Schedule(promptSet: PromptSet(bundled: PromptSet.bundled(), user: [replacement]))
        var day = Day.iso("2026-11-24")  // a Tuesday
        var replaced = 0
        for _ in 0..<52 {
            let before = Self.schedule.prompts(for: day).focus
            let after = withUser.prompts(for: day).focus
            if before.id == "pipeline.stalled-deal" {
                #expect(after == replacement, "\(day)")
                replaced += 1
            } else {
                #expect(after == before, "\(day)")
            }
            day = day.adding(days: 7)
        }
        #expect(replaced >= 4)
        #expect(withUser.promptSet.prompts.count == Self.bundled.prompts.count)
    }

    @Test("A user's new prompt joins its area's bank and is scheduled in turn")
    func userAdds() {
        let extra = prompt("pipeline.my-own", "What is the one deal you would bet on this month?")
        let set = PromptSet(bundled: PromptSet.bundled(), user: [extra])
        #expect(set.prompts(in: .pipeline).count == Self.bundled.prompts(in: .pipeline).count + 1)
        let schedule = Schedule(promptSet: set)
        var ids: [String] = []
        var day = Day.iso("2026-11-24")
        for _ in 0..<(set.prompts(in: .pipeline).count * 3) {
            ids.append(schedule.prompts(for: day).focus.id)
            day = day.adding(days: 7)
        }
        #expect(ids.filter { $0 == "pipeline.my-own" }.count >= 2)
        #expect(Set(ids) == Set(set.prompts(in: .pipeline).map(\.id)))
    }

    @Test("A user's review prompt extends the monthly review")
    func userReview() {
        let extra = prompt("review.my-own", "What did you learn this month?")
        let schedule = Schedule(promptSet: PromptSet(bundled: PromptSet.bundled(), user: [extra]))
        #expect(schedule.prompts(for: Day.iso("2026-11-30")).review.map(\.text) == Self.reviewTexts + [extra.text])
    }

    @Test("The shuffle is a permutation fixed by its seed")
    func shuffle() {
        for count in 1...12 {
            let order = Schedule.shuffled(count, seed: 42)
            #expect(order.sorted() == Array(0..<count))
            #expect(order == Schedule.shuffled(count, seed: 42))
        }
        #expect(Schedule.shuffled(10, seed: 1) != Schedule.shuffled(10, seed: 2))
    }

    @Test("SplitMix64 gives the published sequence for seed 0")
    func splitMix() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
