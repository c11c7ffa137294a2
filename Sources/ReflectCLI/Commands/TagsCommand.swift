import CommandKit
import Journal

/// `reflect tags [--month M | --from D --to D]`: every tag, front matter and inline, with the
/// number of entries that carry it; and the tag matching `list --tag` and `search` share.
struct TagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "tags",
        abstract: "List every tag with the number of entries that carry it.",
        discussion: """
        Tags come from the front matter's 'tags' and from inline #tags. Most used first.
        """
    )

    @OptionGroup var period: PeriodOptions

    @Flag(name: "--json", help: "Print machine-readable JSON.")
    var json: Bool

    func run(_ context: Context) throws {
        try context.requireReadableJournal()
        let range = try period.range(context)
        let tagLists = context.store.mapEntries(in: range, skipped: Context.skip) { $0.tags }
        var counts: [String: Int] = [:]
        for tags in tagLists {
            for tag in tags { counts[tag, default: 0] += 1 }
        }
        let sorted = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        if json {
            let json = JSON.array(sorted.map { .object([("tag", .string($0.key)), ("entries", .int($0.value))]) })
            Console.write(json.rendered() + "\n")
            return
        }
        guard !sorted.isEmpty else {
            Console.write("No tags in \(tagLists.count == 0 ? "any entry" : entryCount(tagLists.count)).\n")
            return
        }
        let width = sorted.map { $0.key.count + 1 }.max() ?? 0
        let digits = String(sorted.first?.value ?? 0).count
        var text = ""
        for (tag, count) in sorted {
            let name = "#" + tag
            text += context.style.bold(name) + String(repeating: " ", count: width - name.count + 2 + digits - String(count).count)
                + entryCount(count) + "\n"
        }
        text += "\(sorted.count) tag\(sorted.count == 1 ? "" : "s")\n"
        Pager.write(text, allowed: context.mayPage)
    }

    /// A tag as entries store it: lower-case, without `#`.
    static func normalized(_ text: String) -> String {
        String(text.trimmed.drop { $0 == "#" }).lowercased()
    }

    /// Whether `tags` hold `tag`, or a tag nested under it (`work` holds `work/acme`), as
    /// Obsidian's tag search does.
    static func matches(_ tag: String, _ tags: [String]) -> Bool {
        tags.contains { $0 == tag || $0.hasPrefix(tag + "/") }
    }
}

/// `1 entry`, `3 entries`.
private func entryCount(_ count: Int) -> String { "\(count) entr\(count == 1 ? "y" : "ies")" }
