/// A reflection question: `pipeline.stalled-deal`, in the `pipeline` area, with its text.
public struct Prompt: Equatable, Sendable {
    /// The stable id, `area.slug`.
    public let id: String
    /// The area, the part of the id before the dot.
    public let area: Area
    /// The question as shown and as the heading its answer is saved under.
    public let text: String
    /// Where the question comes from (author, site, date), when it is not this project's own.
    public let source: String?

    /// What a prompt is about. The first six are the daily focus areas.
    public enum Area: String, CaseIterable, Sendable {
        case activity, attitude, commitments, data, pipeline, coaching
        /// The daily 1–5 attitude self-rating.
        case checkin
        /// The article's four questions, asked on the last day of each month.
        case review

        /// The six areas a day can focus on.
        public static let focusAreas: [Area] = [.activity, .attitude, .commitments, .data, .pipeline, .coaching]
    }

    /// A prompt; `nil` when the id is not `area.slug` with a known area.
    public init?(id: String, text: String, source: String? = nil) {
        guard let dot = id.firstIndex(of: "."), let area = Area(rawValue: String(id[..<dot])),
              id[id.index(after: dot)...].utf8.allSatisfy(Prompt.isSlugByte), id.last != "." else { return nil }
        self.id = id
        self.area = area
        self.text = text
        self.source = source
    }

    private static func isSlugByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }
}
