import Journal

extension Today {
    /// How many days a level may go unrecorded before the flow asks for it whatever the day.
    static let levelRefreshDays = 7

    /// Asks for the day's numbers after the rating: every count (Enter skips), and each level on
    /// its area's day or when it has not been recorded for `levelRefreshDays` days. When the
    /// answer already states a count ("made 20 calls"), offers that value first.
    ///
    /// A `numbers.md` that cannot be read is a warning here: the reflection is still saved.
    func askNumbers(after answer: String) -> [(name: String, value: String)] {
        let definitions: [NumberDefinition]
        do {
            definitions = try context.numberDefinitions()
        } catch {
            Console.warn("\(error); your numbers are not asked today")
            return []
        }
        guard !definitions.isEmpty else { return [] }
        let today = context.today
        let recent = context.store.entries(in: today.adding(days: -Today.levelRefreshDays)...today.adding(days: -1), skipped: { _ in })
        let asked = definitions.filter { definition in
            definition.kind == .count || definition.weekday == today.weekday
                || !recent.contains { definition.value(in: $0) != nil }
        }
        guard !asked.isEmpty else { return [] }
        Console.write("\n" + context.style.bold("Your numbers") + context.style.dim(" · Enter skips") + "\n")
        var values: [(name: String, value: String)] = []
        for definition in asked {
            if let read = definition.valueMentioned(in: answer) {
                guard let reply = Console.ask("\(definition.name) \(NumberDefinition.display(read)) — keep? [Y/n] ")?.trimmed.lowercased() else {
                    return values
                }
                if reply.isEmpty || reply == "y" || reply == "yes" {
                    values.append((definition.name, NumberDefinition.format(read)))
                    continue
                }
            }
            let question = definition.kind == .level ? "\(definition.name) now? " : "\(definition.name) today? "
            while let reply = Console.ask(question + context.style.dim("[Enter skips] "))?.trimmed {
                if reply.isEmpty { break }
                if let value = NumberDefinition.parseValue(reply) {
                    values.append((definition.name, NumberDefinition.format(value)))
                    break
                }
                Console.write("Please type a number of 0 or more, like 12, 87.5 or 420,000, or press Enter to skip.\n")
            }
        }
        return values
    }
}
