import CommandKit
import Insights
import Journal

/// `reflect accounts [--month M | --from D --to D] [--json]`: the accounts on your mind.
struct AccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "accounts",
        abstract: "The accounts on your mind: mentions, score and the commitments naming each.",
        discussion: """
        Accounts are those <journal>/.reflect/accounts.md lists ('- Acme (Acme Corp, ACME)'), or without it \
        the proper names that recur in at least three of the period's entries, people's names left out. \
        Default: this month so far.
        """
    )

    @Option(name: "--month", value: "yyyy-mm", help: "This month.")
    var month: Month?

    @Option(name: "--from", value: "date", help: "From this day.")
    var from: DateArgument?

    @Option(name: "--to", value: "date", help: "To this day.")
    var to: DateArgument?

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool
    func validate() throws(ValidationError) {
        if month != nil, from != nil || to != nil { throw ValidationError("give either --month or --from/--to, not both") }
    }

    func run(_ context: Context) throws {
        let range = try PeriodOptions.range(month: month, from: from, to: to, context: context) ?? context.today.monthOfYear.firstDay...context.today
        // The statuses of the commitments naming an account are taken on the range's last day,
        // or today when the range runs past it.
        let reference = min(range.upperBound, max(range.lowerBound, context.today))
        let entries = context.store.entries(in: range.lowerBound...reference, skipped: Context.skip)
        let accounts = AccountMatcher.figures(
            entries: entries, period: range.lowerBound...reference, reference: reference, list: context.accountList(),
            commitments: entries.flatMap(Commitment.all(in:)), analyzer: context.analyzer())
        if json {
            Console.write(JSON.object([
                ("from", .string(range.lowerBound.description)),
                ("to", .string(reference.description)),
                ("accounts", .array(accounts.map(\.json))),
            ]).rendered() + "\n")
            return
        }
        guard !accounts.isEmpty else {
            Console.write("No accounts named from \(range.lowerBound) to \(reference). List yours in "
                + "\(context.store.settingsFolder)/accounts.md, one a line, like '- Acme (Acme Corp, ACME)'; without it, "
                + "names that recur in at least \(AccountMatcher.minimumEntries) entries count.\n")
            return
        }
        let style = context.style
        var text = style.bold("Accounts on your mind") + style.dim(" · \(range.lowerBound) to \(reference)") + "\n\n"
        text += style.rendering.table(
            header: ["Account", "Mentions", "Entries", "Last", "Score", "Made", "Met", "On time", "Open", "Overdue"],
            rows: accounts.map { account in
                [account.name, "\(account.mentions)", "\(account.entries)", account.lastMentioned.description,
                 account.scoreText,
                 "\(account.commitments.made)", "\(account.commitments.met)", "\(account.commitments.metOnTime)",
                 "\(account.commitments.open)", "\(account.commitments.overdue)"]
            },
            leftAligned: 1)
        text += style.dim("Score: the mean attitude (-1 to 1) of the sentences naming it. Commitments: those whose text names it.") + "\n"
        Console.write(text)
    }
}
