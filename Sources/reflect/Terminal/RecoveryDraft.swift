import Glibc
import Journal

/// What has been typed so far in the guided flow, kept in a private file in `$TMPDIR` until it is
/// saved, so that Ctrl-C, a closed terminal or a crash halfway through loses nothing. On an
/// interrupt the file's path is printed before the process ends.
final class RecoveryDraft {
    private let prefix: String
    private(set) var path: String?

    /// A draft for `day`'s reflection; no file exists until there is something to keep.
    init(day: Day) {
        prefix = "reflect-recovery-\(day)"
    }

    /// Keeps `text`, replacing what was kept before.
    func keep(_ text: String) {
        guard !text.isEmpty else { return }
        if let path {
            try? FileSystem.writeAtomically(Array(text.utf8), to: path)
            return
        }
        guard let created = FileSystem.writePrivateTemporaryFile(Array(text.utf8), prefix: prefix) else { return }
        path = created
        RecoveryDraft.announceOnInterrupt("\nInterrupted: what you wrote is kept in \(created)\n")
    }

    /// Removes the file once what it held is saved (or kept elsewhere).
    func discard() {
        if let path { unlink(path) }
        path = nil
        RecoveryDraft.announceOnInterrupt(nil)
    }

    /// The notice an interrupt prints, as C text a signal handler can write without allocating.
    nonisolated(unsafe) private static var notice: UnsafeMutablePointer<CChar>?

    private static func announceOnInterrupt(_ text: String?) {
        let handler: @convention(c) (Int32) -> Void = { signal in
            if let notice = RecoveryDraft.notice { _ = Glibc.write(STDERR_FILENO, notice, strlen(notice)) }
            _exit(128 + signal)
        }
        let old = notice
        notice = text.map { strdup($0) }
        free(old)
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGHUP, SIGTERM] {
            Glibc.signal(signal, text == nil ? SIG_DFL : handler)
            sigaddset(&signals, signal)
        }
        // A parent may have started us with these blocked; then the notice would never come.
        if text != nil { sigprocmask(SIG_UNBLOCK, &signals, nil) }
    }
}
