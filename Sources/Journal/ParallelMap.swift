import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps an array on every core, keeping the order: for work that is many small independent reads
/// and parses, such as every file of a journal.
package enum ParallelMap {
    /// `transform` of each element, in order. Small inputs run on the calling thread.
    ///
    /// - Parameters:
    ///   - minimumCount: below this many elements the work is not worth spreading.
    ///   - chunk: how many neighbouring elements one task takes (at least 1); small chunks keep
    ///     the workers evenly busy even when the work per element varies.
    ///
    /// At most 8 workers run (more cores than that only contend for the disk): each takes every
    /// 8th chunk, so `concurrentPerform` never runs more iterations than there are workers.
    package static func map<Element: Sendable, T: Sendable>(
        _ elements: [Element], minimumCount: Int = 64, chunk: Int = 32, _ transform: @Sendable (Element) -> T
    ) -> [T] {
        let workers = min(max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))), 8)
        guard workers > 1, elements.count >= minimumCount else { return elements.map(transform) }
        let chunk = max(1, chunk)
        let chunks = (elements.count + chunk - 1) / chunk
        return Array(unsafeUninitializedCapacity: elements.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let slots = Slots(base: base)
            DispatchQueue.concurrentPerform(iterations: min(workers, chunks)) { worker in
                for index in stride(from: worker, to: chunks, by: workers) {
                    for position in (index * chunk)..<min(elements.count, (index + 1) * chunk) {
                        (slots.base + position).initialize(to: transform(elements[position]))
                    }
                }
            }
            initialized = elements.count
        }
    }

    /// The output buffer, shared by the workers; each writes only its own positions.
    private struct Slots<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>
    }
}
