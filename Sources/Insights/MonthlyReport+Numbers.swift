import Journal

extension MonthlyReport {
    /// Adds the user's numbers and the accounts on their mind to the report.
    ///
    /// Pure, like `build`: the caller reads the settings and the entries.
    ///
    /// - Parameters:
    ///   - definitions: the numbers of `numbers.md`.
    ///   - accounts: the list of `accounts.md`, or `nil` to find recurring proper names.
    ///   - entries: the month's entries (those after the reference day are ignored).
    ///   - previousEntries: the previous month's, for each number's `previous`.
    public mutating func addNumbers(_ definitions: [NumberDefinition], accounts list: AccountList?, entries: [Entry],
                                    previousEntries: [Entry], analyzer: TextAnalyzer) {
        guard period != .future else { return }
        let current = entries.filter { month.contains($0.day) && $0.day <= reference }
        let previousMonth = month.previous
        numbers = NumberFigures.build(
            definitions, period: month.firstDay...month.lastDay, weeks: weeks.map { $0.start...$0.end }, entries: current,
            previousPeriod: previousMonth.year >= 1 ? previousMonth.firstDay...previousMonth.lastDay : nil,
            previousEntries: previousEntries)
        let commitments = current.flatMap(Commitment.all(in:))
        if scoredEntries.map(\.day) == current.map(\.day).sorted() {
            accounts = AccountMatcher.figures(scored: scoredEntries, reference: reference, list: list, commitments: commitments)
        } else {
            accounts = AccountMatcher.figures(entries: current, period: month.firstDay...reference, reference: reference, list: list,
                                              commitments: commitments, analyzer: analyzer)
        }
    }
}
