#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Insights
import Journal

/// What has been typed so far in the guided flow — answers, rating, the review's done and cancel
/// choices, new commitments — kept in a private file (`JournalStore.keepPrivately`: `$TMPDIR`,
/// else the journal's `.reflect/recovery`, else `$HOME`) until it is saved, so that Ctrl-C, a
/// closed terminal or a kill halfway through loses nothing. The file is rewritten in place, so no
/// temporary ever stands beside it. On an interrupt its path is printed before the process ends.
final class RecoveryDraft {
    private let store: JournalStore
    private let prefix: String
    private var file: PrivateFile?

    /// A draft for `day`'s reflection in `store`; no file exists until there is something to keep.
    init(day: Day, store: JournalStore) {
        self.store = store
        prefix = RecoveryDraft.prefix(for: day, in: store)
    }

    /// The start of the names of `day`'s drafts and recovery files for the journal of `store`:
    /// `reflect-recovery-YYYY-MM-DD-JJJJJJJJJJJJJJJJ`, the last part the FNV-1a hash of the
    /// journal's real path, so that a draft left for one journal is never offered to another.
    static func prefix(for day: Day, in store: JournalStore) -> String {
        var path = FileSystem.realPath(store.root) ?? store.root
        let hex = String(path.withUTF8 { FNV1a.hash($0) }, radix: 16)
        return "reflect-recovery-\(day)-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Where the draft is, once there is one.
    var path: String? { file?.path }

    /// Keeps `text`, replacing what was kept before.
    func keep(_ text: String) {
        guard !text.isEmpty else { return }
        if let file {
            file.replace(with: Array(text.utf8))
            return
        }
        guard let created = store.keepPrivately(Array(text.utf8), prefix: prefix, environment: Console.environment) else { return }
        _ = created.lock()
        file = created
        RecoveryDraft.announceOnInterrupt("\nInterrupted: what you wrote is kept in \(created.path)\n")
    }

    /// Removes the file once what it held is saved (or there was nothing to save).
    func discard() {
        file?.remove()
        file = nil
        RecoveryDraft.announceOnInterrupt(nil)
    }

    /// Leaves the file in place, holding what could not be saved, and returns its path.
    func hold() -> String? {
        RecoveryDraft.announceOnInterrupt(nil)
        defer { file = nil }
        return file?.path
    }

    /// The notice an interrupt prints, as C text a signal handler can write without allocating.
    nonisolated(unsafe) private static var notice: UnsafeMutablePointer<CChar>?

    private static func announceOnInterrupt(_ text: String?) {
        let handler: @convention(c) (Int32) -> Void = { number in
            if let notice = RecoveryDraft.notice { _ = write(STDERR_FILENO, notice, strlen(notice)) }
            _exit(128 + number)
        }
        let old = notice
        notice = text.map { strdup(TerminalText.safe($0, colour: false)) }
        free(old)
        var signals = sigset_t()
        sigemptyset(&signals)
        for number in [SIGINT, SIGHUP, SIGTERM] {
            signal(number, text == nil ? SIG_DFL : handler)
            sigaddset(&signals, number)
        }
        // A parent may have started us with these blocked; then the notice would never come.
        if text != nil { sigprocmask(SIG_UNBLOCK, &signals, nil) }
    }
}
