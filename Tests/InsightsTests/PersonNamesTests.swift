@testable import Insights
import Journal
import Testing

@Suite("People are not accounts")
struct PersonNamesTests {
    /// Entries on consecutive days from 2 November 2026, each a `## Notes` section.
    static func entries(_ texts: [String]) throws -> [Entry] {
        let start = Day(iso: "2026-11-02")!
        return try texts.enumerated().map { offset, text in
            try EntryParser.parse(Array("## Notes\n\n\(text)\n".utf8), day: start.adding(days: offset), path: "/j/\(offset).md")
        }
    }

    static func detected(_ texts: [String], people: PersonNames = .bundled) throws -> [String] {
        let entries = try entries(texts)
        let period = entries[0].day...entries[entries.count - 1].day
        return AccountMatcher.figures(entries: entries, period: period, reference: period.upperBound, list: nil,
                                      commitments: [], analyzer: Fixtures.rules, people: people).map(\.name)
    }

    @Test("The bundled list holds several hundred given names from many cultures, and the words around a person's name")
    func bundledList() {
        let people = PersonNames.bundled
        #expect(people.givenNames.count >= 500)
        for name in ["Priya", "Dana", "Hannah", "Kwame", "Yuki", "Ngozi", "Mateo", "Zeynep", "João", "Ji-woo", "Siobhan"] {
            #expect(people.isGivenName(name), "\(name)")
        }
        for company in ["Acme", "Globex", "Dell", "Ford", "Chase", "Tesla", "Sterling", "Wayne", "Tarnow", "Lintford"] {
            #expect(!people.isGivenName(company), "\(company)")
        }
        #expect(people.before.contains(["told"]))
        #expect(people.after.contains(["said"]) && people.after.contains(["and", "i"]))
    }

    @Test("A recurring given name, a surname after one, and a name that stands where people's do are not accounts; companies stay")
    func peopleLeftOut() throws {
        let names = try Self.detected([
            "Called Acme about the renewal. Then lunch with Priya, who wants the Globex numbers. Hannah Okafor sent the Tarnow Foods brief.",
            "Priya said the Acme deal is close. Sent Lintford Bank the contract. Hannah Okafor thinks Globex will sign.",
            "Met Acme again, and Priya joined. Told Brannock about Tarnow Foods. Brannock said it is a fit. Lintford Bank asked for references.",
            "Reviewed Globex with Priya. Hannah Okafor and Brannock were out. Tarnow Foods replied. Lintford Bank wants pricing. Brannock and I drafted it.",
        ])
        #expect(names == ["Acme", "Globex", "Lintford Bank", "Tarnow Foods"])
    }

    @Test("Teams, roles and the tools of the trade recur in capitals but are not accounts")
    func toolsLeftOut() throws {
        let names = try Self.detected([
            "Found the VP of Sales at Acme on LinkedIn. Logged the call in Salesforce before Gong finished.",
            "Acme looped in Procurement. Shared the Gong clip on Slack, then updated Salesforce.",
            "Sent Acme the deck over LinkedIn. Their Procurement team wants a Zoom with Legal.",
            "Legal at Acme signed off. Salesforce updated, Slack thread closed, LinkedIn post liked by Sales.",
        ])
        #expect(names == ["Acme"])
        #expect(PersonNames.bundled.isNeverAnAccount("LinkedIn") && !PersonNames.bundled.isNeverAnAccount("Acme"))
    }

    @Test("A name that is not a given name counts unless it mostly stands where a person's name does")
    func contextDecides() throws {
        let texts = [
            "Pitched Brannock on the pilot. Sent Castellan a quote.",
            "Told Brannock the price. Then Castellan asked for a demo.",
            "Then Brannock said yes to a call, and Castellan said maybe.",
            "Brannock thinks the budget is there. Called Castellan twice.",
        ]
        #expect(try Self.detected(texts) == ["Castellan"])
        // Without the words around names, both are accounts.
        let bare = PersonNames(parsing: "## given names\n- Priya\n")
        #expect(try Self.detected(texts, people: bare) == ["Brannock", "Castellan"])
    }

    @Test("Across the labelled days, the colleagues, contacts and tools are left out and the companies stay")
    func labelledDays() throws {
        let days = Fixtures.ratedDays.map(\.text)
        let names = try Self.detected(days)
        #expect(names == ["Castellan", "Calloway", "Tarnow", "Bellweather", "Opaline", "Stanway", "Delmont", "Ridgeway", "Rosebay",
                          "Fennick Labs", "Grayhaven", "Northmark", "Oxley", "Trillium Care", "Veltra", "Wrenfield County"])
        let bare = try Self.detected(days, people: PersonNames(parsing: ""))
        #expect(Set(bare).subtracting(names) == ["Colm", "Ines", "Marcus", "Priyanka", "Theo", "Viktor", "Slack"])
    }
}
