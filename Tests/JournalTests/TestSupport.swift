import Foundation
@testable import Journal

extension Day {
    /// The day `text` names; the literal must be a valid ISO date.
    static func iso(_ text: String) -> Day {
        guard let day = Day(iso: text) else { preconditionFailure("not a day: \(text)") }
        return day
    }
}

/// The bytes of `text` as UTF-8.
func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// The UTF-8 text of `bytes`, for readable failure messages.
func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// Parses `text` as the entry of `day`.
func parse(_ text: String, day: String = "2026-11-24", path: String = "/j/entry.md") throws -> Entry {
    try EntryParser.parse(Array(text.utf8), day: Day.iso(day), path: path)
}

/// A whole entry file as `reflect` writes it: front matter, the title, one answer, two commitments.
let specEntry = """
    ---
    date: 2026-11-24
    attitude: 4
    prompts: [pipeline.stalled-deal]
    ---

    # Tuesday, 24 November 2026

    ## Which deal in your pipeline has not moved in two weeks, and what will you do about it?

    The Acme renewal is stuck on legal. I keep waiting for them instead of asking.

    ## Commitments

    - [ ] Send Acme the revised proposal 📅 2026-11-27
    - [x] Update the Globex notes in the CRM ✅ 2026-11-24

    """

/// `text` with every `\n` turned into `\r\n`.
func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

/// A prompt built from a valid id.
func prompt(_ id: String, _ text: String, source: String? = nil) -> Prompt {
    guard let prompt = Prompt(id: id, text: text, source: source) else { preconditionFailure("bad id \(id)") }
    return prompt
}

/// The bundled prompt `pipeline.stalled-deal` of the SPEC example.
let stalledDeal = prompt(
    "pipeline.stalled-deal",
    "Which deal in your pipeline has not moved in two weeks, and what will you do about it?"
)

/// The bundled prompt `data.same-day`.
let sameDay = prompt(
    "data.same-day",
    "How long after a meeting do you usually log it, and what would make it the same day?"
)

/// A fresh, empty folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("reflect-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `contents` at `relative`, creating the folders on the way.
    func file(_ relative: String, _ contents: [UInt8]) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents).write(to: url)
    }

    /// Writes `contents` as UTF-8 at `relative`.
    func file(_ relative: String, _ contents: String = "") throws {
        try file(relative, Array(contents.utf8))
    }

    /// The bytes at `relative`.
    func read(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path + "/" + relative)))
    }

    /// The permission bits of `relative`.
    func mode(_ relative: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path + "/" + relative)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
