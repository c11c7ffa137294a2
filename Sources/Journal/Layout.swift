/// Where a journal keeps each day's file.
public enum Layout: String, Sendable, CaseIterable {
    /// `DIR/YYYY/MM/YYYY-MM-DD.md`, the default.
    case nested
    /// `DIR/YYYY-MM-DD.md`: Obsidian's daily notes.
    case flat

    /// The path of `day`'s file in the journal folder `root`.
    func path(for day: Day, in root: String) -> String {
        switch self {
        case .nested: "\(root)/\(Day.pad(day.year, 4))/\(Day.pad(day.month, 2))/\(day).md"
        case .flat: "\(root)/\(day).md"
        }
    }
}

extension JournalStore {
    /// The layout the folder `root` already uses: `.flat` when it holds day files at its top level
    /// and none in `YYYY/MM/`, `.nested` when it holds some in `YYYY/MM/`, `nil` when it holds
    /// neither (a new or empty journal), so the caller's default stands.
    ///
    /// - Complexity: lists the top folder, and the year and month folders only when the top holds
    ///   day files; no file is opened.
    public static func detectLayout(_ root: String) -> Layout? {
        let top = names(in: root)
        guard top.contains(where: { isDayFileName($0.name) && $0.kind != .folder }) else {
            return top.contains { isNumber($0.name, digits: 4) && $0.kind != .regular && hasNestedDays(root + "/" + $0.name) }
                ? .nested : nil
        }
        for year in top where isNumber(year.name, digits: 4) && year.kind != .regular {
            if hasNestedDays(root + "/" + year.name) { return .nested }
        }
        return .flat
    }

    private static func hasNestedDays(_ year: String) -> Bool {
        names(in: year).contains { month in
            isNumber(month.name, digits: 2) && month.kind != .regular && names(in: year + "/" + month.name).contains { isDayFileName($0.name) }
        }
    }

    private static func names(in folder: String) -> [(name: String, kind: FileSystem.Kind?)] {
        guard let fd = FileSystem.openFolder(folder) else { return [] }
        defer { FileSystem.closeFolder(fd) }
        return FileSystem.list(fd)
    }

    /// `YYYY-MM-DD.md` naming a day that exists.
    static func isDayFileName(_ name: String) -> Bool {
        name.utf8.count == 13 && name.hasSuffix(".md") && Day(isoBytes: Array(name.utf8)[0..<10]) != nil
    }

    private static func isNumber(_ name: String, digits: Int) -> Bool {
        name.utf8.count == digits && name.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
