import Foundation
import Glibc
import Testing
@testable import Journal

@Suite("Journal folder")
struct JournalFolderTests {
    @Test("The folder is --journal, else REFLECT_JOURNAL, else XDG_DATA_HOME, else ~/.local/share", arguments: [
        ("/opt/j", ["REFLECT_JOURNAL": "/r", "XDG_DATA_HOME": "/x", "HOME": "/home/u"], "/opt/j"),
        ("", ["REFLECT_JOURNAL": "/r", "XDG_DATA_HOME": "/x", "HOME": "/home/u"], "/r"),
        (nil, ["REFLECT_JOURNAL": "/r", "XDG_DATA_HOME": "/x", "HOME": "/home/u"], "/r"),
        (nil, ["REFLECT_JOURNAL": "", "XDG_DATA_HOME": "/x", "HOME": "/home/u"], "/x/reflect/journal"),
        (nil, ["XDG_DATA_HOME": "/x", "HOME": "/home/u"], "/x/reflect/journal"),
        (nil, ["XDG_DATA_HOME": "", "HOME": "/home/u"], "/home/u/.local/share/reflect/journal"),
        (nil, ["XDG_DATA_HOME": "relative/data", "HOME": "/home/u"], "/home/u/.local/share/reflect/journal"),
        (nil, ["HOME": "/home/u"], "/home/u/.local/share/reflect/journal"),
        ("relative/j", [:], "relative/j"),
        (nil, [:], nil),
        (nil, ["HOME": ""], nil),
        // A quoted '~/j' reaches reflect unexpanded: it means the home folder, as the shell's would.
        ("~/j", ["HOME": "/home/u/"], "/home/u/j"),
        ("~", ["HOME": "/home/u"], "/home/u"),
        (nil, ["REFLECT_JOURNAL": "~/notes/daily", "HOME": "/home/u"], "/home/u/notes/daily"),
        ("~dana/j", ["HOME": "/home/u"], "~dana/j"),
        ("a/~/j", ["HOME": "/home/u"], "a/~/j"),
    ] as [(String?, [String: String], String?)])
    func precedence(option: String?, environment: [String: String], expected: String?) {
        #expect(JournalStore.folder(option: option, environment: { environment[$0] }) == expected)
    }

    @Test("A day's canonical file is DIR/YYYY/MM/YYYY-MM-DD.md, trailing slashes ignored")
    func canonicalPath() {
        #expect(JournalStore(root: "/j/").canonicalPath(for: Day.iso("2026-11-24")) == "/j/2026/11/2026-11-24.md")
        #expect(JournalStore(root: "/j").canonicalPath(for: Day.iso("0999-01-05")) == "/j/0999/01/0999-01-05.md")
        #expect(JournalStore(root: "/j//").settingsFolder == "/j/.reflect")
        #expect(JournalStore(root: "/").root == "/")
    }
}

@Suite("Journal store on disk", .serialized)
struct JournalStoreTests {
    @Test("Entry files are any YYYY-MM-DD.md below the folder outside dot-folders, sorted by day")
    func entryFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in [
            "2026/11/2026-11-24.md", "daily/2026-11-25.md", "notes/deep/er/2026-01-02.md",
            ".obsidian/2026-11-26.md", ".reflect/2026-11-27.md", "daily/.trash/2026-11-28.md",
            "2026-11.md", "notes.md", "2026/11/2026-11-24.txt", "2026-02-30.md", "2026-11-28.md.bak",
            "x2026-11-2.md", "2026-11-2a.md", "README.md",
        ] {
            try folder.file(name, "text")
        }
        try FileManager.default.createDirectory(atPath: folder.path + "/2026-11-29.md", withIntermediateDirectories: true)
        let store = JournalStore(root: folder.path)
        let (files, duplicates) = store.entryFiles()
        #expect(files == [
            JournalStore.EntryFile(day: Day.iso("2026-01-02"), path: folder.path + "/notes/deep/er/2026-01-02.md"),
            JournalStore.EntryFile(day: Day.iso("2026-11-24"), path: folder.path + "/2026/11/2026-11-24.md"),
            JournalStore.EntryFile(day: Day.iso("2026-11-25"), path: folder.path + "/daily/2026-11-25.md"),
        ])
        #expect(duplicates.isEmpty)
    }

    @Test("When two files name the same day the canonical one wins and the other is a duplicate")
    func duplicates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("0-inbox/2026-11-24.md", "inbox")    // sorts before the canonical path
        try folder.file("2026/11/2026-11-24.md", "canonical")
        try folder.file("zz/2026-11-24.md", "late")          // sorts after it
        try folder.file("a/2026-11-20.md", "a")
        try folder.file("b/2026-11-20.md", "b")
        let store = JournalStore(root: folder.path)
        let (files, duplicates) = store.entryFiles()
        #expect(files.map(\.path) == [folder.path + "/a/2026-11-20.md", folder.path + "/2026/11/2026-11-24.md"])
        let ignored: Set<String> = Set(duplicates.map(\.file.path))
        #expect(ignored == [
            folder.path + "/b/2026-11-20.md", folder.path + "/0-inbox/2026-11-24.md", folder.path + "/zz/2026-11-24.md",
        ])
        let kept: Set<String> = Set(duplicates.map(\.kept))
        #expect(kept == [folder.path + "/a/2026-11-20.md", folder.path + "/2026/11/2026-11-24.md"])
        #expect(store.locate(Day.iso("2026-11-24")) == folder.path + "/2026/11/2026-11-24.md")
        #expect(store.locate(Day.iso("2026-11-20")) == folder.path + "/a/2026-11-20.md")
        #expect(store.locate(Day.iso("2026-11-21")) == nil)
    }

    @Test("A symbolic link that leads back into the journal does not make a day appear many times")
    func symlinkLoop() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("2026/11/2026-11-24.md", "text")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/2026/loop", withDestinationPath: "..")
        let (files, duplicates) = JournalStore(root: folder.path).entryFiles()
        #expect(files.map(\.path) == [folder.path + "/2026/11/2026-11-24.md"])
        #expect(duplicates.count == 0)
    }

    @Test("A missing journal folder has no entry files")
    func missingFolder() {
        let store = JournalStore(root: "/nonexistent-\(UUID().uuidString)")
        #expect(store.entryFiles().files == [])
        #expect(store.entries(skipped: { _ in Issue.record("nothing to skip") }).isEmpty)
    }

    @Test("Writing creates folders 0700 and the file 0600 under umask 022, leaving no temporary file")
    func writeModes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let old = umask(0o022)
        defer { umask(old) }
        let store = JournalStore(root: folder.path + "/journal")
        let day = Day.iso("2026-11-24")
        let saved = try store.append(.init(attitude: 4, answers: [.init(prompt: stalledDeal, text: "Stuck on legal.")]), on: day)
        #expect(saved.path == store.canonicalPath(for: day))
        #expect(try folder.read("journal/2026/11/2026-11-24.md") == EntryWriter.newEntry(
            day: day, attitude: 4, answers: [.init(prompt: stalledDeal, text: "Stuck on legal.")], commitments: []))
        #expect(try folder.mode("journal") == 0o700)
        #expect(try folder.mode("journal/2026") == 0o700)
        #expect(try folder.mode("journal/2026/11") == 0o700)
        #expect(try folder.mode("journal/2026/11/2026-11-24.md") == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/journal/2026/11") == ["2026-11-24.md"])
    }

    @Test("Appending to a file that was 0644 keeps its bytes, adds the answer and makes it 0600")
    func rewriteMode() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("2026-11-24.md", "old text\n")
        chmod(folder.path + "/2026-11-24.md", 0o644)
        let store = JournalStore(root: folder.path)
        let day = Day.iso("2026-11-24")
        _ = try store.append(.init(answers: [.init(prompt: stalledDeal, text: "New.")]), on: day)
        #expect(try folder.read("2026-11-24.md") == EntryWriter.append(
            to: bytes("old text\n"), day: day, attitude: nil, answers: [.init(prompt: stalledDeal, text: "New.")], commitments: []))
        #expect(try folder.mode("2026-11-24.md") == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".reflect", "2026-11-24.md"])
    }

    @Test("A file that is not UTF-8 is reported, left byte-identical, and the others are still read")
    func skipsUnreadable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bad: [UInt8] = bytes("---\nattitude: 3\n---\nCaf") + [0xE9, 0x00, 0xFF] + bytes("\n")
        try folder.file("2026/11/2026-11-23.md", "Monday text\n")
        try folder.file("2026/11/2026-11-24.md", bad)
        try folder.file("daily/2026-11-25.md", specEntry)
        let store = JournalStore(root: folder.path)
        var skipped: [JournalError] = []
        let entries = store.entries(skipped: { skipped.append($0) })
        #expect(entries.map(\.day) == [Day.iso("2026-11-23"), Day.iso("2026-11-25")])
        #expect(entries.map(\.path) == [folder.path + "/2026/11/2026-11-23.md", folder.path + "/daily/2026-11-25.md"])
        #expect(entries.last?.attitude == 4)
        #expect(skipped == [.unreadable(path: folder.path + "/2026/11/2026-11-24.md", reason: "it is not UTF-8 text")])
        #expect(try folder.read("2026/11/2026-11-24.md") == bad)
    }

    @Test("Entries can be limited to a range of days")
    func range() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for day in ["2026-10-31", "2026-11-01", "2026-11-15", "2026-11-30", "2026-12-01"] {
            try folder.file("\(day.prefix(4))/\(day.dropFirst(5).prefix(2))/\(day).md", "Text for \(day)\n")
        }
        let store = JournalStore(root: folder.path)
        let november = Month(iso: "2026-11")!
        let entries = store.entries(in: november.firstDay...november.lastDay, skipped: { _ in Issue.record("skipped") })
        #expect(entries.map(\.day.description) == ["2026-11-01", "2026-11-15", "2026-11-30"])
        #expect(entries.map(\.text) == ["Text for 2026-11-01\n", "Text for 2026-11-15\n", "Text for 2026-11-30\n"])
    }

    @Test("Reading one entry that has gone is 'no entry'")
    func goneEntry() throws {
        let store = JournalStore(root: "/nonexistent-\(UUID().uuidString)")
        let day = Day.iso("2026-11-24")
        #expect(throws: JournalError.noEntry(day)) {
            try store.entry(on: day)
        }
    }

    @Test("Settings files are read from DIR/.reflect; a missing one is nil, a non-UTF-8 one is unreadable")
    func settings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file(".reflect/prompts.md", "- pipeline.mine: Mine?\n")
        try folder.file(".reflect/themes.md", [0xFF])
        let store = JournalStore(root: folder.path)
        #expect(try store.settings("prompts.md") == "- pipeline.mine: Mine?\n")
        #expect(try store.settings("missing.md") == nil)
        #expect(throws: JournalError.unreadable(path: folder.path + "/.reflect/themes.md", reason: "it is not UTF-8 text")) {
            try store.settings("themes.md")
        }
    }

    @Test("The lock creates DIR/.reflect/lock and holds it exclusively while the body runs")
    func lock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let old = umask(0o022)
        defer { umask(old) }
        let store = JournalStore(root: folder.path + "/journal")
        let lockPath = folder.path + "/journal/.reflect/lock"
        func tryLock() -> Bool {
            let fd = open(lockPath, O_RDWR)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            let locked = flock(fd, LOCK_EX | LOCK_NB) == 0
            if locked { flock(fd, LOCK_UN) }
            return locked
        }
        let result = try store.transaction { _ throws(JournalError) -> String in
            #expect(FileManager.default.fileExists(atPath: lockPath))
            #expect(!tryLock(), "another open of the lock file must not get it while it is held")
            return "done"
        }
        #expect(result == "done")
        #expect(tryLock(), "the lock is released afterwards")
        #expect(try folder.mode("journal") == 0o700)
        #expect(try folder.mode("journal/.reflect") == 0o700)
        #expect(try folder.mode("journal/.reflect/lock") == 0o600)
    }

    @Test("An error thrown under the lock comes out and the lock is released")
    func lockError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = JournalStore(root: folder.path)
        #expect(throws: JournalError.noCommitment("x")) {
            try store.transaction { _ throws(JournalError) in throw .noCommitment("x") }
        }
        let fd = open(folder.path + "/.reflect/lock", O_RDWR)
        defer { close(fd) }
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
    }
}
