import Foundation
import Glibc
import Testing

/// The hostile-file corpus of issue 7: links out of the journal, FIFOs and devices named like
/// entries, links at the lock, the reports and the drafts, unwritable places, killed writers,
/// code fences, escapes and the ends of the calendar. Every case exits with a clear message and
/// the documented code, hangs nowhere, changes nothing outside the journal and loses no word.

/// Every regular file below `folder`, relative to it, sorted.
private func files(in folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var found: [String] = []
    while let name = walker.nextObject() as? String {
        var info = stat()
        if lstat(folder + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFREG { found.append(name) }
    }
    return found.sorted()
}

/// A file outside the journal that no command may change: its bytes and mode, to compare after.
private struct Bystander {
    let path: String
    let bytes: [UInt8]
    let mode: Int

    init(_ folder: TemporaryFolder, _ name: String, _ text: String = "Not the journal's.\n") throws {
        try folder.write(name, text)
        chmod(folder(name), 0o644)
        path = folder(name)
        bytes = try folder.bytes(name)
        mode = folder.mode(name)
    }

    /// Whether it is exactly as it was.
    var isUntouched: Bool {
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_mode & 0o7777) == mode else { return false }
        return (try? Data(contentsOf: URL(fileURLWithPath: path))).map { Array($0) == bytes } ?? false
    }
}

private func link(_ path: String, to target: String) throws {
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
}

private func fifo(_ path: String) throws {
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    guard mkfifo(path, 0o600) == 0 else { throw POSIXError(.EEXIST) }
}

/// The scalars that must never reach a terminal from a file.
private func hasControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09) || value == 0x7F || (0x80...0x9F).contains(value)
            || [0x061C, 0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069].contains(value) || (0x202A...0x202E).contains(value)
    }
}

@Suite("Hostile files: links")
struct HostileLinkTests {
    @Test("an answer for a day whose file links out of the journal is refused with 73 and kept, and the outside file is untouched")
    func dayFileLinkedOut() throws {
        let journal = TemporaryFolder()
        let outside = TemporaryFolder()
        let recoveries = TemporaryFolder()
        let target = try Bystander(outside, "2026-11-30.md", "- [ ] Call Bob\n")
        try link(journal("2026/11/2026-11-30.md"), to: target.path)
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "today", "--attitude", "4"],
                                    input: "Every word of this stays.\n", environment: ["TMPDIR": recoveries.path])
        #expect(result.status == 73)
        let real = try #require(realpath(target.path, nil).map { String(cString: $0) })
        #expect(result.stderr.hasPrefix("Error: cannot write \(journal("2026/11/2026-11-30.md")): it leads to \(real), outside the journal folder, and reflect writes only inside it; what you wrote is kept in \(recoveries.path)/reflect-recovery-2026-11-30-"))
        #expect(target.isUntouched)
        let kept = files(in: recoveries.path)
        #expect(kept.count == 1)
        let recovery = try #require(kept.first)
        #expect(try recoveries.read(recovery).contains("attitude: 4\n"))
        #expect(try recoveries.read(recovery).contains("Every word of this stays.\n"))
        #expect(recoveries.mode(recovery) == 0o600)

        let done = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "done", "bob"])
        #expect(done.status == 73)
        #expect(done.stderr.hasPrefix("Error: cannot write \(journal("2026/11/2026-11-30.md")): it leads to "))
        #expect(target.isUntouched)
    }

    @Test("a link to / inside the journal is not walked: reading commands name it and go on")
    func folderLinkedOut() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", "Inside.\n")
        try link(journal("everything"), to: "/")
        let result = try Binary.run(["--journal", journal.path, "list"], timeout: 20)
        #expect(result.status == 0)
        #expect(result.stderr == "warning: skipping \(journal("everything")): it is a link to a folder outside the journal\n")
        #expect(result.stdout.contains("Inside."))
    }

    @Test("a year folder that is a link out of the journal is not written through")
    func yearFolderLinkedOut() throws {
        let journal = TemporaryFolder()
        let outside = TemporaryFolder()
        try link(journal("2026"), to: outside.path)
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "today"], input: "Kept.\n",
                                    environment: ["TMPDIR": journal.path])
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("Error: cannot write \(journal("2026")): it is a symbolic link, and reflect keeps its own folders real; what you wrote is kept in "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test("the lock is never taken through a link or on a FIFO", arguments: ["link to a file", "link to nothing", "FIFO"])
    func lockAsLink(kind: String) throws {
        let journal = TemporaryFolder()
        let outside = TemporaryFolder()
        let bystander = try Bystander(outside, "lock")
        switch kind {
        case "link to a file": try link(journal(".reflect/lock"), to: bystander.path)
        case "link to nothing": try link(journal(".reflect/lock"), to: outside("created-by-reflect"))
        default: try fifo(journal(".reflect/lock"))
        }
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "today"], input: "Kept.\n",
                                    environment: ["TMPDIR": outside("tmp-missing")], timeout: 20)
        #expect(result.status == 73)
        let reason = kind == "FIFO" ? "it is a FIFO, not a regular file" : "it is a symbolic link, and reflect never takes its lock through one"
        #expect(result.stderr.hasPrefix("Error: cannot write \(journal(".reflect/lock")): \(reason); what you wrote is kept in \(journal(".reflect/recovery/reflect-recovery-2026-11-30-"))"))
        #expect(bystander.isUntouched)
        #expect(!FileManager.default.fileExists(atPath: outside("created-by-reflect")))
        #expect(!FileManager.default.fileExists(atPath: journal("2026")))
    }

    @Test("a saved report is never written through a link", arguments: ["reports", "reports/2026-11.md"])
    func reportAsLink(linked: String) throws {
        let journal = TemporaryFolder()
        let outside = TemporaryFolder()
        let bystander = try Bystander(outside, "2026-11.md")
        try link(journal(linked), to: linked == "reports" ? outside.path : bystander.path)
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "report", "--save"])
        #expect(result.status == 73)
        // Reading does not walk a folder linked out of the journal either, and says so first.
        let warning = linked == "reports" ? "warning: skipping \(journal("reports")): it is a link to a folder outside the journal\n" : ""
        #expect(result.stderr.hasPrefix(warning + "Error: cannot write \(journal(linked)): it is a symbolic link"))
        #expect(bystander.isUntouched)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["2026-11.md"])
    }

    // Never a real device: a tool that got this wrong, run as root, would replace it.
    @Test("--output onto a link or a FIFO is refused with 73", arguments: ["link", "fifo"])
    func outputAsLink(kind: String) throws {
        let journal = TemporaryFolder()
        let outside = TemporaryFolder()
        let bystander = try Bystander(outside, "report.md")
        let output = outside(kind + ".md")
        if kind == "link" { try link(output, to: bystander.path) } else { try fifo(output) }
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-30", "report", "--output", output])
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("Error: cannot write \(output): it is "))
        #expect(bystander.isUntouched)
    }

    @Test("an editor that swaps its draft for a link gets nothing saved and nothing read through it")
    func draftSwappedForLink() throws {
        let journal = TemporaryFolder()
        let tools = TemporaryFolder()
        let secret = try Bystander(tools, "secret.txt", "a secret that must not enter the journal\n")
        try tools.write("edit.sh", "#!/bin/sh\nrm -f \"$1\" && ln -s \"\(secret.path)\" \"$1\"\n")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today", "--editor"],
                                    environment: ["EDITOR": "sh " + tools("edit.sh"), "TMPDIR": tools.path])
        #expect(result.status == 74)
        #expect(result.stderr.contains(": it is a symbolic link, so nothing was saved"))
        #expect(!FileManager.default.fileExists(atPath: journal("2026")))
        #expect(secret.isUntouched)
    }

    @Test("a $TMPDIR others can write to without the sticky bit is passed over for the draft")
    func unsafeTemporaryFolder() throws {
        let journal = TemporaryFolder()
        let tools = TemporaryFolder()
        let open = TemporaryFolder()
        chmod(open.path, 0o777)
        try tools.write("edit.sh", "#!/bin/sh\necho \"$1\" > \"\(tools("draft-path"))\"\nprintf 'Written in the editor.\\n' >> \"$1\"\n")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today", "--editor", "--attitude", "3"],
                                    environment: ["EDITOR": "sh " + tools("edit.sh"), "TMPDIR": open.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try tools.read("draft-path").hasPrefix(journal(".reflect/recovery/reflect-draft-2026-11-24-")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: open.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: journal(".reflect/recovery")).isEmpty)
        #expect(try journal.read("2026/11/2026-11-24.md").contains("Written in the editor.\n"))
    }
}

@Suite("Hostile files: FIFOs, devices and sizes")
struct HostileKindTests {
    @Test("a FIFO, /dev/zero and /dev/urandom named like entries are skipped with a warning, and no command hangs", arguments: [
        ["list"], ["search", "call"], ["commitments"], ["report", "--month", "2026-11"], ["prompt"], ["on-this-day"],
        ["list", "--json"], ["report", "--format", "json"],
    ])
    func skippedByReaders(command: [String]) throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-10.md", "- [ ] Call Bob\n")
        try journal.write("2025/11/2025-11-30.md", "A year ago.\n")
        try fifo(journal("2026/11/2026-11-15.md"))
        try link(journal("2026/11/2026-11-16.md"), to: "/dev/zero")
        try link(journal("2026/11/2026-11-17.md"), to: "/dev/urandom")
        try fifo(journal("2024/11/2024-11-30.md"))
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-30"] + command, timeout: 20)
        #expect(result.status == 0, "\(result.stderr)")
        let fifoWarning = "warning: skipping \(journal("2024/11/2024-11-30.md")): it is a FIFO, not a regular file\n"
        if command == ["on-this-day"] {
            // It reads only 30 November of earlier years.
            #expect(result.stderr == fifoWarning)
            #expect(result.stdout.contains("A year ago."))
            return
        }
        #expect(result.stderr.contains("warning: skipping \(journal("2026/11/2026-11-15.md")): it is a FIFO, not a regular file\n"))
        #expect(result.stderr.contains("warning: skipping \(journal("2026/11/2026-11-16.md")): it is a link to a character device, not to a regular file\n"))
        #expect(result.stderr.contains("warning: skipping \(journal("2026/11/2026-11-17.md")): it is a link to a character device, not to a regular file\n"))
    }

    @Test("show of a day whose file is a FIFO or a device exits 74 naming it", arguments: ["fifo", "/dev/zero"])
    func showNotRegular(kind: String) throws {
        let journal = TemporaryFolder()
        let path = journal("2026/11/2026-11-15.md")
        if kind == "fifo" { try fifo(path) } else { try link(path, to: kind) }
        let result = try Binary.run(["--journal", journal.path, "show", "2026-11-15"], timeout: 20)
        #expect(result.status == 74)
        #expect(result.stderr == "Error: cannot read \(path): " + (kind == "fifo" ? "it is a FIFO, not a regular file\n" : "it is a link to a character device, not to a regular file\n"))
    }

    @Test("an answer for a day whose file is a FIFO is refused with 73 and kept; other days are still written")
    func appendToFIFO() throws {
        let journal = TemporaryFolder()
        let recoveries = TemporaryFolder()
        let path = journal("2026/11/2026-11-15.md")
        try fifo(path)
        let refused = try Binary.run(["--journal", journal.path, "--date", "2026-11-15", "today"], input: "Kept safe.\n",
                                     environment: ["TMPDIR": recoveries.path], timeout: 20)
        #expect(refused.status == 73)
        #expect(refused.stderr.hasPrefix("Error: cannot write \(path): it is a FIFO, not a regular file; what you wrote is kept in \(recoveries.path)/"))
        #expect(try recoveries.read(try #require(files(in: recoveries.path).first)).contains("Kept safe.\n"))
        let other = try Binary.run(["--journal", journal.path, "--date", "2026-11-16", "today"], input: "Another day.\n", timeout: 20)
        #expect(other.status == 0)
        #expect(try journal.read("2026/11/2026-11-16.md").contains("Another day.\n"))
    }

    @Test("a file over 16 MB is skipped with a warning, and an answer for its day is refused with 73")
    func tooLarge() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-10.md", "Small.\n")
        try journal.write("2026/11/2026-11-11.md", "")
        #expect(truncate(journal("2026/11/2026-11-11.md"), 17 << 20) == 0)
        let list = try Binary.run(["--journal", journal.path, "list"])
        #expect(list.status == 0)
        #expect(list.stderr == "warning: skipping \(journal("2026/11/2026-11-11.md")): it is larger than 16 MB, the most reflect reads from one file\n")
        #expect(list.stdout.contains("Small."))
        let append = try Binary.run(["--journal", journal.path, "--date", "2026-11-11", "today"], input: "Kept.\n",
                                    environment: ["TMPDIR": journal.path])
        #expect(append.status == 73)
    }
}

@Suite("Nothing typed is lost")
struct NothingLostTests {
    @Test("piped input larger than a day's file may be is refused with 65 before it fills memory")
    func hugeInput() throws {
        let journal = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"],
                                    inputBytes: [UInt8](repeating: UInt8(ascii: "a"), count: (16 << 20) + 2))
        #expect(result.status == 65)
        #expect(result.stderr == "Error: the input is larger than 16 MB, the most a day's file may hold, so nothing was saved\n")
        #expect(!FileManager.default.fileExists(atPath: journal("2026")))
    }

    @Test("when neither $TMPDIR nor the journal can be written, the answer is kept in $HOME")
    func keptInHome() throws {
        let folder = TemporaryFolder()
        try folder.write("file", "a regular file\n")
        let home = TemporaryFolder()
        let result = try Binary.run(["--journal", folder("file/journal"), "--date", "2026-11-24", "today"],
                                    input: "Lost the Hooli deal today.\n",
                                    environment: ["TMPDIR": folder("file/tmp"), "HOME": home.path])
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("Error: cannot write \(folder("file")): it exists and is not a folder; what you wrote is kept in \(home.path)/reflect-recovery-2026-11-24-"))
        let kept = files(in: home.path)
        #expect(kept.count == 1)
        let recovery = try #require(kept.first)
        #expect(home.mode(recovery) == 0o600)
        #expect(try home.read(recovery).contains("Lost the Hooli deal today.\n"))
    }

    @Test("when no file at all can be written (a full disk), the whole answer goes to standard error")
    func printedWhenNothingCanBeWritten() throws {
        let journal = TemporaryFolder()
        let temporary = TemporaryFolder()
        let home = TemporaryFolder()
        let answer = "Every word of this must survive.\nSecond line, with ünïcödé.\n"
        // A file size limit of 0 fails every write as a full disk would (EFBIG instead of ENOSPC).
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today", "--attitude", "2"], input: answer,
                                    environment: ["TMPDIR": temporary.path, "HOME": home.path], prelude: "ulimit -f 0; trap '' XFSZ;")
        #expect(result.status == 73)
        #expect(result.stderr.contains("warning: no recovery file could be written in $TMPDIR, \(journal(".reflect"))/recovery or $HOME; here is what you wrote:\n"))
        #expect(result.stderr.contains(answer))
        #expect(result.stderr.contains("attitude: 2\n"))
        #expect(result.stderr.contains("Error: cannot write \(journal("2026/11/2026-11-24.md")): File too large; no file could keep what you wrote, so it is printed above\n"))
        #expect(files(in: temporary.path).isEmpty)
        #expect(files(in: home.path).isEmpty)
        #expect(files(in: journal.path) == [".reflect/lock"])
    }

    @Test("a commitment ticked meanwhile by reflect done, or cancelled by hand, does not reject the guided session")
    func concurrentChange() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-20.md", "- [ ] Send Globex the pricing sheet\n- [ ] Call Dana about the renewal\n")
        let session = try TerminalSession(["--journal", journal.path, "--date", "2026-11-24"], environment: ["TMPDIR": journal.path])
        try session.expect("> ")
        session.type("Acme is stuck on legal.")
        session.type(".")
        try session.expect("[1-5, Enter skips]")
        session.type("4")
        try session.expect("Send Globex the pricing sheet  [d/c/K]")
        // Meanwhile, another process ticks one and the writer cancels the other by hand.
        let done = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "done", "2026-11-20#1"])
        #expect(done.status == 0)
        let file = try journal.read("2026/11/2026-11-20.md")
        try journal.write("2026/11/2026-11-20.md", file.replacingOccurrences(of: "- [ ] Call Dana", with: "- [-] Call Dana"))
        session.type("d")
        try session.expect("Call Dana about the renewal  [d/c/K]")
        session.type("d")
        try session.expect("an empty line or '.' ends")
        session.type("")
        #expect(session.waitForExit() == 0, "\(session.screen)")
        #expect(session.screen.contains("warning: 2026-11-20#2 was not marked met: commitment 2026-11-20#2 is cancelled already; your answer is saved\n"))
        #expect(session.screen.contains("Saved \(journal("2026/11/2026-11-24.md"))\n"))
        #expect(try journal.read("2026/11/2026-11-24.md").contains("\n\nAcme is stuck on legal.\n"))
        #expect(try journal.read("2026/11/2026-11-20.md") == "- [x] Send Globex the pricing sheet ✅ 2026-11-24\n- [-] Call Dana about the renewal\n")
        #expect(files(in: journal.path).filter { $0.hasPrefix("reflect-") }.isEmpty)
    }

    @Test("a session killed during the review leaves one draft, holding the answer and the choices, and nothing beside it")
    func killedDuringReview() throws {
        let journal = TemporaryFolder()
        let drafts = TemporaryFolder()
        try journal.write("2026/11/2026-11-20.md", "- [ ] Send Globex the pricing sheet\n- [ ] Call Dana about the renewal\n")
        let session = try TerminalSession(["--journal", journal.path, "--date", "2026-11-24"], environment: ["TMPDIR": drafts.path])
        try session.expect("> ")
        session.type("Acme is stuck on legal.")
        session.type(".")
        try session.expect("[1-5, Enter skips]")
        session.type("4")
        try session.expect("[d/c/K]")
        session.type("d")
        try session.expect("Call Dana about the renewal  [d/c/K]")
        session.type("c")
        try session.expect("an empty line or '.' ends")
        session.send(SIGKILL)
        _ = session.waitForExit()
        let kept = try FileManager.default.contentsOfDirectory(atPath: drafts.path)
        #expect(kept.count == 1)
        #expect(kept.first?.hasPrefix("reflect-recovery-2026-11-24-") == true)
        let name = try #require(kept.first)
        let draft = try drafts.read(name)
        #expect(draft.contains("attitude: 4\n"))
        #expect(draft.contains("\n\nAcme is stuck on legal.\n"))
        #expect(draft.contains("- 2026-11-20#1: met (Send Globex the pricing sheet)\n- 2026-11-20#2: cancelled (Call Dana about the renewal)\n"))
        #expect(drafts.mode(name) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: journal("2026/11/2026-11-24.md")))
    }
}

@Suite("Hygiene")
struct HygieneTests {
    @Test("temporaries a killed writer left are removed on the next write when stale and this tool's; nothing else is")
    func staleTemporaries() throws {
        let journal = TemporaryFolder()
        let stale = [".2026-11-20.md.reflect-abcd1234", ".2026-11-21.md.Ab12Cd", "../../reports/.2026-10.md.reflect-zz99zz99",
                     "../../.reflect/.lock.reflect-a1b2c3d4"]
        let kept = [".2026-11-22.md.reflect-fresh123", ".notes.md.swp", "../../.obsidian/.2026-11-20.md.reflect-abcd1234",
                    "2026-11-23.md"]
        for name in stale + kept { try journal.write("2026/11/" + name, "leftover\n") }
        let old = Date(timeIntervalSinceNow: -7200)
        for name in stale + kept.dropFirst() {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: journal("2026/11/" + name))
        }
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], input: "Fine.\n")
        #expect(result.status == 0)
        for name in stale { #expect(!FileManager.default.fileExists(atPath: journal("2026/11/" + name)), "\(name)") }
        for name in kept { #expect(FileManager.default.fileExists(atPath: journal("2026/11/" + name)), "\(name)") }
    }

    @Test("a journal folder others can write to is warned about")
    func openJournal() throws {
        let journal = TemporaryFolder()
        chmod(journal.path, 0o777)
        let result = try Binary.run(["--journal", journal.path, "list"])
        #expect(result.status == 0)
        #expect(result.stderr == "warning: the journal folder \(journal.path) can be written by other users (mode 777); 'chmod 700 \(journal.path)' makes it private\n")
    }
}

@Suite("Terminal-safe output")
struct TerminalSafeTests {
    static let hostile = "Title \u{1B}[8mhidden\u{1B}[0m \u{1B}[30;40mblack\u{1B}[0m \u{9B}31mcsi \u{202E}evil\u{202C} \u{2066}iso\u{2069} \u{200F}rlm \u{07}bell \u{7F}del"

    @Test("C0, C1 and bidirectional controls from files reach no output, stdout or stderr", arguments: [
        ["list"], ["show", "2026-11-24"], ["search", "title"], ["commitments"], ["report", "--month", "2026-11"],
        ["report", "--month", "2026-11", "--format", "markdown"], ["prompt"], ["on-this-day"], ["done", "call"],
        ["show", "2026-11-24", "--json"], ["commitments", "--json"], ["list", "--json"], ["prompts"],
    ])
    func stripped(command: [String]) throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", "## A question?\n\n\(Self.hostile)\n- [ ] Call \u{1B}[2JBob \u{202E}now\n- [ ] Call \u{9B}Ann\n")
        try journal.write("2025/11/2025-11-30.md", "\(Self.hostile)\n")
        try journal.write(".reflect/prompts.md", "- pipeline.mine: Which deal \u{1B}]0;pwned\u{07}is stuck\u{202E}?\n- activity.mine: What \u{9B}2J now?\n")
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-30"] + command)
        #expect(!hasControl(result.stdout), "\(command): \(result.stdout.debugDescription)")
        #expect(!hasControl(result.stderr), "\(command): \(result.stderr.debugDescription)")
        #expect(try journal.read("2026/11/2026-11-24.md").contains(Self.hostile))
    }

    @Test("JSON keeps the text, with the controls escaped")
    func jsonEscapes() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-24.md", Self.hostile + "\n")
        let result = try Binary.run(["--journal", journal.path, "show", "2026-11-24", "--json"])
        #expect(result.stdout.contains(#"\u001b[8mhidden\u001b[0m \u001b[30;40mblack\u001b[0m \u009b31mcsi \u202eevil\u202c \u2066iso\u2069 \u200frlm \u0007bell \u007fdel"#))
        let json = try #require(try jsonObject(result.stdout) as? [String: Any])
        #expect(json["text"] as? String == Self.hostile + "\n")
    }

    @Test("on a terminal with colour, the tool's colours come through and a file's escape sequences do not")
    func colourOnTerminal() throws {
        let journal = TemporaryFolder()
        try journal.write("2026/11/2026-11-20.md", "- [ ] Call \u{1B}[8mBob\u{1B}[0m and \u{1B}[31mAnn\n")
        let session = try TerminalSession(["--journal", journal.path, "--date", "2026-11-30", "commitments"], environment: ["NO_COLOR": ""])
        #expect(session.waitForExit() == 0)
        let screen = session.screen
        #expect(screen.contains("\u{1B}[31moverdue  \u{1B}[0m"))
        #expect(screen.contains("Call [8mBob[0m and [31mAnn\n"))
        #expect(!screen.contains("\u{1B}[8m"))
        #expect(!screen.unicodeScalars.contains { $0.value == 0xFDD0 })
    }
}

@Suite("The ends of the calendar")
struct ExtremeDateTests {
    @Test("reports on the first and the last month there is end normally", arguments: [
        ["report", "--month", "0001-01"], ["--date", "0001-01-15", "report"], ["report", "--month", "0001-01", "--format", "json"],
        ["report", "--month", "0001-01", "--format", "html"], ["report", "--month", "9999-12"], ["--date", "9999-12-31", "report"],
        ["--date", "9999-12-31", "report", "--format", "markdown"], ["--date", "0001-01-01", "prompt"], ["--date", "9999-12-31", "prompt"],
        ["--date", "0001-01-01", "on-this-day"], ["--date", "9999-12-31", "commitments"], ["list", "--from", "0001-01-01", "--to", "9999-12-31"],
    ])
    func noTrap(arguments: [String]) throws {
        let journal = TemporaryFolder()
        try journal.write("0001/01/0001-01-01.md", "The first day.\n- [ ] Call Bob\n")
        try journal.write("9999/12/9999-12-31.md", "The last day.\n- [ ] Call Ann\n")
        let result = try Binary.run(["--journal", journal.path] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }

    @Test("'by tomorrow' on 9999-12-31 keeps the words and sets no due date")
    func noDayAfterTheLast() throws {
        let journal = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "--date", "9999-12-31", "today"], input: "- [ ] Call Bob by tomorrow\n")
        #expect(result.status == 0)
        let file = try journal.read("9999/12/9999-12-31.md")
        #expect(file.contains("- [ ] Call Bob by tomorrow\n"))
        #expect(!file.contains("10000"))
        let commitments = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "--date", "9999-12-31", "commitments", "--json"]).stdout) as? [[String: Any]])
        #expect(commitments.first?["due"] is NSNull)
    }

    @Test("yesterday on 0001-01-01 is a usage error")
    func noDayBeforeTheFirst() throws {
        let journal = TemporaryFolder()
        let result = try Binary.run(["--journal", journal.path, "--date", "0001-01-01", "show", "yesterday"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: <date> 'yesterday' is before 0001-01-01, the first day there is\n"))
    }
}

@Suite("Code fences")
struct CodeFenceTests {
    @Test("a day file that ends inside a code block does not swallow what is appended", arguments: ["```", "~~~~"])
    func unclosedFence(fence: String) throws {
        let journal = TemporaryFolder()
        let original = "Pasted a log:\n\(fence)swift\nlet x = 1\n- [ ] not a task inside the block"
        try journal.write("2026/11/2026-11-24.md", original)
        let result = try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "today"], input: "- [ ] Call Bob by Friday\n")
        #expect(result.status == 0)
        let file = try journal.read("2026/11/2026-11-24.md")
        #expect(file.contains(original + "\n\(fence)\n\n## "))
        let commitments = try #require(try jsonObject(try Binary.run(["--journal", journal.path, "--date", "2026-11-24", "commitments", "--json"]).stdout) as? [[String: Any]])
        #expect(commitments.map { $0["text"] as? String } == ["Call Bob"])
    }
}
