@testable import Journal
import Testing

@Suite("The schedule: the next question for a second sitting")
struct ScheduleNextPromptTests {
    @Test("a day's area prompts start with its focus, hold each prompt of the area once, and go on in the schedule's order",
          arguments: ["2026-11-23", "2026-11-24", "2026-11-27", "2026-11-28"])
    func areaPrompts(iso: String) {
        let schedule = Schedule(promptSet: PromptSet(bundled: PromptSet.bundled()))
        let day = Day.iso(iso)
        let prompts = schedule.areaPrompts(from: day)
        let focus = schedule.prompts(for: day).focus
        #expect(prompts.first == focus)
        #expect(Set(prompts.map(\.id)) == Set(schedule.promptSet.prompts(in: focus.area).map(\.id)))
        #expect(prompts.count == schedule.promptSet.prompts(in: focus.area).count)
        // The next day of the same area (a week on for a weekday's area) brings the second.
        let nextOfArea = (1...7).map { day.adding(days: $0) }.first { Schedule.focusArea(weekday: $0.weekday) == focus.area }!
        #expect(prompts[1] == schedule.prompts(for: nextOfArea).focus)
    }
}
