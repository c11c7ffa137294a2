import CommandKit
import Journal

/// `reflect` / `reflect today`: the daily reflection (the flow itself is `Today`).
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "today",
        abstract: "Write today's reflection (the default command).",
        discussion: """
        On a terminal, asks the day's focus question and the attitude check-in, walks your open \
        commitments and takes new ones. With input piped in, the input is the answer to the focus \
        question; task lines in it become commitments. A second answer on the same day is appended; \
        a second sitting on a written day is asked the next question of the day's area, and a draft \
        an interrupted run left is offered for restoring.
        """
    )

    @Flag(name: "--editor", help: "Write the answer in $VISUAL or $EDITOR instead of the terminal.")
    var editor: Bool

    @Option(name: "--attitude", value: "1-5", help: "Today's attitude self-rating, 1 (low) to 5 (high).")
    var attitude: Rating?

    @Option(name: "--prompt", value: "id", help: "Answer this prompt instead of the day's focus prompt (see 'reflect prompts').",
            completion: .shellCommand("reflect prompts --no-pager 2>/dev/null | awk '$NF ~ /^[a-z]+\\\\.[a-z0-9-]+$/ {print $NF}'"))
    var prompt: String?

    func run(_ context: Context) throws {
        try Today(context: context).run(self)
    }
}
