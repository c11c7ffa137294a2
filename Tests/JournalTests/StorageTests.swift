import Foundation
import Glibc
import Testing
@testable import Journal

@Suite("File system: reading only regular files", .serialized)
struct FileSystemReadingTests {
    @Test("A FIFO is refused at once, without waiting for a writer")
    func fifo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/2026-11-15.md"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: JournalError.cannotRead(path: path, reason: "it is a FIFO, not a regular file")) {
            try FileSystem.read(path)
        }
    }

    @Test("A link to a device is refused, naming what it leads to", arguments: ["/dev/zero", "/dev/urandom"])
    func device(target: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/2026-11-16.md"
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        #expect(throws: JournalError.cannotRead(path: path, reason: "it is a link to a character device, not to a regular file")) {
            try FileSystem.read(path)
        }
    }

    @Test("A file over the limit is refused before a byte is read; a pipe the user names is read to its end")
    func limits() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("big.md", "")
        #expect(truncate(folder.path + "/big.md", off_t(FileSystem.sizeLimit + 1)) == 0)
        #expect(throws: JournalError.cannotRead(path: folder.path + "/big.md", reason: "it is larger than 16 MB, the most reflect reads from one file")) {
            try FileSystem.read(folder.path + "/big.md")
        }
        try folder.file("small.md", "hello\n")
        #expect(try FileSystem.read(folder.path + "/small.md", limit: 6) == bytes("hello\n"))
        #expect(throws: JournalError.self) { try FileSystem.read(folder.path + "/small.md", limit: 5) }
        #expect(try FileSystem.read(folder.path + "/missing.md") == nil)
    }

    @Test("Without following links, a link is refused")
    func noFollow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("real.md", "real\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.md", withDestinationPath: "real.md")
        #expect(try FileSystem.read(folder.path + "/link.md") == bytes("real\n"))
        #expect(throws: JournalError.cannotRead(path: folder.path + "/link.md", reason: "it is a symbolic link")) {
            try FileSystem.read(folder.path + "/link.md", followLinks: false)
        }
    }

    @Test("Temporary names are recognised: this tool's, earlier versions', nothing else", arguments: [
        (".2026-11-24.md.reflect-abcd1234", true), (".2026-11.md.reflect-zz99zz99", true), (".lock.reflect-a1b2c3d4", true),
        (".2026-11-24.md.Ab12Cd", true), (".2026-11.md.XyZ123", true),
        (".2026-11-24.md.reflect-abcd123", false), (".notes.md.Ab12Cd", false), ("2026-11-24.md", false),
        (".2026-11-24.md.swp", false), ("reflect-recovery-2026-11-24-abcd1234.md", false), (".2026-02-30.md.Ab12Cd", false),
    ])
    func temporaryNames(name: String, expected: Bool) {
        #expect(FileSystem.isTemporaryName(name) == expected)
        #expect(FileSystem.isTemporaryName(FileSystem.temporaryName(for: "2026-11-24.md")))
    }
}

@Suite("Folders: atomic writes and hygiene", .serialized)
struct FolderTests {
    @Test("Replacing a file leaves no temporary, and replaces a link rather than writing through it")
    func replace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("outside.md", "outside\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.md", withDestinationPath: "outside.md")
        let open = try #require(try Folder.open(folder.path, create: false))
        try open.replace("link.md", with: bytes("new\n"))
        try open.replace("plain.md", with: bytes("plain\n"))
        #expect(try folder.read("outside.md") == bytes("outside\n"))
        #expect(try folder.read("link.md") == bytes("new\n"))
        #expect(FileSystem.kind(folder.path + "/link.md", followLinks: false) == .regular)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.md", "outside.md", "plain.md"])
        #expect(try folder.mode("plain.md") == 0o600)
    }

    @Test("Folders made for the journal are 0700, and a link where one should be is refused")
    func folders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let old = umask(0)
        defer { umask(old) }
        let made = try #require(try Folder.open(folder.path + "/a/b/c", create: true))
        #expect(try folder.mode("a") == 0o700)
        #expect(try folder.mode("a/b/c") == 0o700)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a/b/c/linked", withDestinationPath: folder.path)
        #expect(throws: JournalError.cannotWrite(path: folder.path + "/a/b/c/linked", reason: "it is a symbolic link, and reflect keeps its own folders real")) {
            try made.folder("linked", create: true)
        }
        #expect(try made.folder("missing", create: false) == nil)
    }

    @Test("Stale temporaries of this tool are removed; fresh ones, other names and dot-folders are not")
    func staleTemporaries() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let names = ["2026/11/.2026-11-24.md.reflect-abcd1234", "2026/11/.2026-11-23.md.Ab12Cd", ".reflect/.lock.reflect-abcd1234",
                     "2026/11/.2026-11-22.md.reflect-fresh123", "2026/11/.notes.swp", ".git/.2026-11-24.md.reflect-abcd1234"]
        for name in names { try folder.file(name, "x") }
        for name in names where !name.contains("fresh") {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -4000)], ofItemAtPath: folder.path + "/" + name)
        }
        let removed = try #require(try Folder.open(folder.path, create: false)).removeStaleTemporaries()
        #expect(Set(removed) == Set(names.prefix(3).map { folder.path + "/" + $0 }))
        for name in names.dropFirst(3) { #expect(FileManager.default.fileExists(atPath: folder.path + "/" + name)) }
    }
}

@Suite("Journal store: transactions", .serialized)
struct StoreTransactionTests {
    let day = Day.iso("2026-11-24")
    let earlier = Day.iso("2026-11-20")

    @Test("A commitment ticked meanwhile is no conflict; one cancelled meanwhile is reported and the answer saved all the same")
    func conflicts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("2026/11/2026-11-20.md", "- [ ] Send the sheet\n- [ ] Call Dana\n- [ ] Book the room\n")
        let store = JournalStore(root: folder.path)
        let listed = Commitment.all(in: try store.entry(on: earlier))
        try folder.file("2026/11/2026-11-20.md", "- [x] Send the sheet ✅ 2026-11-23\n- [-] Call Dana\n- [ ] Book the room\n")
        let saved = try store.append(.init(answers: [.init(prompt: stalledDeal, text: "Saved whatever happens.")]), on: day,
                                     changes: listed.map { JournalStore.StateChange($0, to: .met) })
        #expect(saved.path == store.canonicalPath(for: day))
        #expect(saved.changed.map(\.commitment.id) == ["2026-11-20#3"])
        #expect(saved.conflicts.map(\.reason) == ["commitment 2026-11-20#2 is cancelled already"])
        #expect(text(try folder.read("2026/11/2026-11-20.md")) == "- [x] Send the sheet ✅ 2026-11-23\n- [-] Call Dana\n- [x] Book the room ✅ 2026-11-24\n")
        #expect(text(try folder.read("2026/11/2026-11-24.md")).contains("\n\nSaved whatever happens.\n"))
    }

    @Test("Editing a task checks the line is still the one listed")
    func editTasks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("2026/11/2026-11-20.md", "- [ ] Send the sheet\n")
        let store = JournalStore(root: folder.path)
        let commitment = try #require(Commitment.all(in: try store.entry(on: earlier)).first)
        #expect(try store.editTasks([(commitment, .meet(on: day))]).unchanged.isEmpty)
        #expect(try store.editTasks([(commitment, .meet(on: day))]).unchanged.map(\.id) == ["2026-11-20#1"])
        #expect(text(try folder.read("2026/11/2026-11-20.md")) == "- [x] Send the sheet ✅ 2026-11-24\n")
        #expect(throws: JournalError.changedSinceRead(path: commitment.path, what: "commitment 2026-11-20#1 is met already")) {
            try store.editTasks([(commitment, .cancel(on: day))])
        }
        try folder.file("2026/11/2026-11-20.md", "- [ ] Send another sheet\n")
        #expect(throws: JournalError.changedSinceRead(path: commitment.path, what: "commitment 2026-11-20#1 is no longer 'Send the sheet'")) {
            try store.editTasks([(commitment, .meet(on: day))])
        }
    }

    @Test("A day file is written through a link only to a regular file inside the journal's real folder")
    func linkRule() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("journal/vault/inside.md", "Inside.\n")
        try folder.file("outside.md", "Outside.\n")
        let store = JournalStore(root: folder.path + "/journal")
        try FileManager.default.createDirectory(atPath: folder.path + "/journal/2026/11", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/journal/2026/11/2026-11-24.md", withDestinationPath: "../../vault/inside.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/journal/2026/11/2026-11-25.md", withDestinationPath: folder.path + "/outside.md")
        let answer = JournalStore.Addition(answers: [.init(prompt: stalledDeal, text: "More.")])
        #expect(try store.append(answer, on: day).path == folder.path + "/journal/2026/11/2026-11-24.md")
        #expect(text(try folder.read("journal/vault/inside.md")).hasSuffix("Inside.\n\n## \(stalledDeal.text)\n\nMore.\n"))
        #expect(throws: JournalError.self) { try store.append(answer, on: Day.iso("2026-11-25")) }
        #expect(try folder.read("outside.md") == bytes("Outside.\n"))
    }

    @Test("An append that would take a file past the size limit is refused, so the file stays readable")
    func growthLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: FileSystem.sizeLimit - 10) + bytes("\n")
        try folder.file("2026/11/2026-11-24.md", big)
        let store = JournalStore(root: folder.path)
        #expect(throws: JournalError.cannotWrite(path: store.canonicalPath(for: day), reason: "it would grow past 16 MB, the most reflect reads from one file")) {
            try store.append(.init(answers: [.init(prompt: stalledDeal, text: "One answer too many.")]), on: day)
        }
        #expect(try folder.read("2026/11/2026-11-24.md") == big)
    }

    @Test("A file that is not UTF-8 is never appended to")
    func unparsable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bad: [UInt8] = bytes("Caf") + [0xE9] + bytes("\n")
        try folder.file("2026/11/2026-11-24.md", bad)
        let store = JournalStore(root: folder.path)
        #expect(throws: JournalError.unreadable(path: store.canonicalPath(for: day), reason: "it is not UTF-8 text")) {
            try store.append(.init(attitude: 3), on: day)
        }
        #expect(try folder.read("2026/11/2026-11-24.md") == bad)
    }

    @Test("Private files go to $TMPDIR, else the journal's recovery folder, else $HOME; a folder others can write to is passed over")
    func privateFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.file("tmp/.keep", "")
        try folder.file("home/.keep", "")
        try folder.file("open/.keep", "")
        chmod(folder.path + "/open", 0o777)
        let store = JournalStore(root: folder.path + "/journal")
        func place(_ environment: [String: String]) -> String? {
            store.keepPrivately(bytes("typed\n"), prefix: "reflect-recovery-x", environment: { environment[$0] }).map {
                String($0.path[..<$0.path.lastIndex(of: "/")!])
            }
        }
        #expect(place(["TMPDIR": folder.path + "/tmp", "HOME": folder.path + "/home"]) == folder.path + "/tmp")
        #expect(place(["TMPDIR": folder.path + "/open", "HOME": folder.path + "/home"]) == folder.path + "/journal/.reflect/recovery")
        #expect(place(["TMPDIR": folder.path + "/missing", "HOME": folder.path + "/home"]) == folder.path + "/journal/.reflect/recovery")
        let impossible = JournalStore(root: folder.path + "/tmp/.keep/journal")
        #expect(impossible.keepPrivately(bytes("x"), prefix: "p", environment: { ["TMPDIR": folder.path + "/missing", "HOME": folder.path + "/home"][$0] })
            .map { String($0.path[..<$0.path.lastIndex(of: "/")!]) } == folder.path + "/home")
    }

    @Test("A private file is rewritten in place, shorter or longer, and read back only when it is still a regular file")
    func privateFileRewrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = JournalStore(root: folder.path + "/journal")
        let file = try #require(store.keepPrivately(bytes("a long first text\n"), prefix: "reflect-draft", environment: { $0 == "TMPDIR" ? folder.path : nil }))
        #expect(file.replace(with: bytes("short\n")))
        #expect(try file.readBack() == bytes("short\n"))
        #expect(file.replace(with: bytes("a much longer second text\n")))
        #expect(try file.readBack() == bytes("a much longer second text\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
        #expect(try folder.mode(String(file.path.dropFirst(folder.path.count + 1))) == 0o600)
        unlink(file.path)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "/etc/hostname")
        #expect(throws: JournalError.cannotRead(path: file.path, reason: "it is a symbolic link")) { try file.readBack() }
        file.remove()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
