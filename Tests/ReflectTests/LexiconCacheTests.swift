import Foundation
import Testing

/// The lexicon is kept in the cache folder by the program that built it, and read back on the
/// next run; these run the built binary, since a process keeps the lexicon it built in memory.
@Suite("The kept lexicon")
struct LexiconCacheTests {
    func analyze(_ journal: TemporaryFolder, cache: TemporaryFolder) throws -> RunResult {
        try Binary.run(["--journal", journal.path, "analyze", "--json", "--date", "2026-11-24"],
                       input: "Ghosted again, but the Acme demo went great. I will call them by Friday.\n",
                       environment: ["XDG_CACHE_HOME": cache.path], endToEnd: true)
    }

    func keptFiles(_ cache: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache("reflect"))) ?? []).sorted()
    }

    @Test("the first run keeps it, privately; the next reads it and analyses alike; a damaged one is built again")
    func keptAndReadBack() throws {
        let journal = TemporaryFolder(), cache = TemporaryFolder()
        let first = try analyze(journal, cache: cache)
        #expect(first.status == 0 && first.stderr == "")
        let kept = keptFiles(cache)
        #expect(kept.count == 1 && kept[0].hasPrefix("lexicon-") && kept[0].hasSuffix(".bin"), "\(kept)")
        #expect(cache.mode("reflect") == 0o700 && cache.mode("reflect/" + kept[0]) == 0o600)
        let second = try analyze(journal, cache: cache)
        #expect(second.stdout == first.stdout && second.stderr == "")

        try cache.write("reflect/" + kept[0], "not a lexicon")
        let damaged = try analyze(journal, cache: cache)
        #expect(damaged.stdout == first.stdout && damaged.stderr == "")
        #expect(try cache.bytes("reflect/" + kept[0]).count > 100_000)
    }

    @Test("the journal's themes.md is part of what is kept; lists with problems are never kept, so they are warned about every time")
    func userThemes() throws {
        let journal = TemporaryFolder(), cache = TemporaryFolder()
        try journal.write(".reflect/themes.md", "## competitors\n- globex\n")
        #expect(try analyze(journal, cache: cache).stderr == "")
        #expect(keptFiles(cache).count == 1)
        try journal.write(".reflect/themes.md", "## competitors\n- globex\n-initech\n")
        for _ in 0..<2 {
            let result = try analyze(journal, cache: cache)
            #expect(result.stderr.contains(".reflect/themes.md:3: an item starts with `- `"), "\(result.stderr)")
        }
        #expect(keptFiles(cache).count == 1)
    }
}
