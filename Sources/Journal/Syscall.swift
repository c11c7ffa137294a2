#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one wrapper for system calls that a signal can interrupt, and the one way to write a
/// whole buffer, so that no caller writes its own `EINTR` loop.
package enum Syscall {
    /// The result of `call`, made again for as long as it fails with `EINTR`.
    @inline(__always)
    package static func retrying<Result: BinaryInteger>(_ call: () -> Result) -> Result {
        while true {
            let result = call()
            if result == -1, errno == EINTR { continue }
            return result
        }
    }

    /// Writes all of `buffer` to `fd`; the `errno` of the failure, or `nil` when every byte went.
    package static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let count = retrying { write(fd, buffer.baseAddress! + offset, buffer.count - offset) }
            if count < 0 { return errno }
            if count == 0 { return EIO }
            offset += count
        }
        return nil
    }

    /// Writes all of `bytes` to `fd`; the `errno` of the failure, or `nil` when every byte went.
    package static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { writeAll(fd, $0) }
    }

    /// The C library's message for `code`: "Permission denied".
    package static func message(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }
}
