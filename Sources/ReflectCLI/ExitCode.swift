import CommandKit
import Journal

/// The exit codes, from the BSD `sysexits` convention, mapped from errors in this one place.
enum ExitCode: Int32 {
    case success = 0
    case usage = 64
    case data = 65
    case notFound = 66
    case cannotCreate = 73
    case ioError = 74
    case configuration = 78

    /// The exit code for an error a command threw.
    init(for error: any Error) {
        switch error {
        case is UsageError: self = .usage
        case let failure as CommandFailure: self = failure.code
        case let error as JournalError:
            switch error {
            case .unreadable, .ambiguousCommitment, .duplicateDay, .changedSinceRead: self = .data
            case .noEntry, .noCommitment: self = .notFound
            case .cannotWrite: self = .cannotCreate
            case .cannotRead, .editorFailed, .openToOthers: self = .ioError
            }
        default: self = .ioError
        }
    }
}

/// An error with its own message and exit code, for failures that are not the journal's.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    let code: ExitCode

    init(_ description: String, code: ExitCode) {
        self.description = description
        self.code = code
    }
}
