import Testing
@testable import Journal

@Suite("ParallelMap")
struct ParallelMapTests {
    @Test("keeps the order for any chunk size, a chunk of 0 taken as 1", arguments: [0, 1, 7, 32, 5_000])
    func order(chunk: Int) {
        let elements = Array(0..<1_000)
        #expect(ParallelMap.map(elements, minimumCount: 1, chunk: chunk) { $0 * 2 } == elements.map { $0 * 2 })
    }

    @Test("small inputs and empty ones are mapped too")
    func small() {
        #expect(ParallelMap.map([3, 1, 2]) { $0 + 1 } == [4, 2, 3])
        #expect(ParallelMap.map([Int](), minimumCount: 0) { $0 }.isEmpty)
    }
}
