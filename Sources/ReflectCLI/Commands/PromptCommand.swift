import CommandKit
import Insights
import Journal

/// `reflect prompt`: the day's prompts and the commitments to review; writes nothing.
struct PromptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "prompt",
        abstract: "Print the day's prompts and open commitments; writes nothing."
    )

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool
    func run(_ context: Context) throws {
        let day = context.today
        let scheduled = Schedule(promptSet: context.promptSet()).prompts(for: day)
        let review = context.commitmentsToReview(in: context.allCommitments())
        if json {
            let json = JSON.object([
                ("date", .string(day.description)),
                ("focus", Self.promptJSON(scheduled.focus)),
                ("checkIn", .object([("id", .string(scheduled.checkIn.id)), ("text", .string(scheduled.checkIn.text))])),
                ("review", .array(scheduled.review.map(Self.promptJSON))),
                ("commitments", .array(review.map { CommitmentFormat.json($0, on: day) })),
            ])
            Console.write(json.rendered() + "\n")
            return
        }
        let style = context.style
        var text = style.bold(day.longDescription) + style.dim(" · focus: \(scheduled.focus.area.rawValue)") + "\n\n"
        // Wrapped to a terminal's width; a pipe gets each question on one line.
        let width = Console.outputIsTerminal ? Console.columns : Int.max
        text += TextWrap.wrap(scheduled.focus.text, width: width, indent: "  ") + "\n" + style.dim("  " + scheduled.focus.id) + "\n\n"
        text += style.bold("Check-in") + "\n" + TextWrap.wrap(scheduled.checkIn.text, width: width, indent: "  ") + "\n"
        if !scheduled.review.isEmpty {
            text += "\n" + style.bold("Monthly review") + style.dim(" · the last day of the month") + "\n"
            for (index, prompt) in scheduled.review.enumerated() {
                text += TextWrap.wrap(prompt.text, width: width, indent: "  \(index + 1). ", hanging: "     ") + "\n"
            }
            if let source = scheduled.review.first?.source {
                text += style.dim(TextWrap.wrap("Source: \(source)", width: width, indent: "  ")) + "\n"
            }
        }
        if !review.isEmpty {
            text += "\n" + style.bold("Commitments to review (\(review.count))") + "\n"
            let shown = review.suffix(Today.reviewLimit)
            if review.count > shown.count {
                text += style.dim("  \(review.count - shown.count) older ones: 'reflect commitments' lists them all.") + "\n"
            }
            text += shown.map { CommitmentFormat.line($0, on: day, style: style) + "\n" }.joined()
        }
        Console.write(text)
    }

    static func promptJSON(_ prompt: Prompt) -> JSON {
        .object([("id", .string(prompt.id)), ("area", .string(prompt.area.rawValue)), ("text", .string(prompt.text))])
    }
}
