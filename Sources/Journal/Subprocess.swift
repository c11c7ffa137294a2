#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starting another program: the one place that does, so that signals, pipes and waiting are
/// handled once.
package enum Subprocess {
    /// Runs `command` with `/bin/sh -c`, its standard input reading `bytes` from a pipe, its output
    /// and error this process's own, and waits for it. While it runs this process ignores Ctrl-C
    /// and Ctrl-\ (the program in front, a pager, handles them) and a closed pipe (a pager quit
    /// early).
    ///
    /// - Returns: the program's exit status (128 + the signal that ended it), or `nil` when it
    ///   could not be started.
    package static func feed(_ bytes: [UInt8], toShellCommand command: String) -> Int32? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        let arguments: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map { (word: String) in strdup(word) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, environ)
        close(readEnd)
        guard started == 0 else {
            close(writeEnd)
            return nil
        }
        let interrupt = signal(SIGINT, SIG_IGN)
        let quit = signal(SIGQUIT, SIG_IGN)
        let brokenPipe = signal(SIGPIPE, SIG_IGN)
        defer {
            signal(SIGINT, interrupt)
            signal(SIGQUIT, quit)
            signal(SIGPIPE, brokenPipe)
        }
        _ = Syscall.writeAll(writeEnd, bytes)
        close(writeEnd)
        var status: Int32 = 0
        guard Syscall.retrying({ waitpid(pid, &status, 0) }) == pid else { return nil }
        let signalled = status & 0x7F
        return signalled == 0 ? (status >> 8) & 0xFF : 128 + signalled
    }
}
