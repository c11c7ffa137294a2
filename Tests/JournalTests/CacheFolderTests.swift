import Foundation
import Journal
import Testing

@Suite("The cache folder")
struct CacheFolderTests {
    @Test("It is $XDG_CACHE_HOME/reflect when that is absolute, else under $HOME, else there is none")
    func where_() {
        #expect(CacheFolder(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"].get)?.path == "/c/reflect")
        #if canImport(Darwin)
        let underHome = "/h/Library/Caches/reflect"
        #else
        let underHome = "/h/.cache/reflect"
        #endif
        #expect(CacheFolder(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"].get)?.path == underHome)
        #expect(CacheFolder(environment: ["HOME": "/h"].get)?.path == underHome)
        #expect(CacheFolder(environment: ["HOME": ""].get) == nil)
        #expect(CacheFolder(environment: [:].get) == nil)
        #expect(CacheFolder.programStamp != nil)
    }

    @Test("A kept file is private, replaces the others of its family, and reads back")
    func keeps() throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let cache = try #require(CacheFolder(environment: ["XDG_CACHE_HOME": home.path].get))
        cache.keep([1, 2, 3], as: "table-1.bin", replacing: "table-")
        #expect(try home.mode("reflect") == 0o700)
        #expect(try home.mode("reflect/table-1.bin") == 0o600)
        try home.file("reflect/other.bin", [9])
        cache.keep([4, 5], as: "table-2.bin", replacing: "table-")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path + "/reflect").sorted() == ["other.bin", "table-2.bin"])
        #expect(cache.read("table-2.bin") == [4, 5])
        #expect(cache.read("table-1.bin") == nil)
    }

    @Test("A missing home is never made, and a link in the folder is not read through")
    func refuses() throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let missing = try #require(CacheFolder(environment: ["HOME": home.path + "/gone"].get))
        missing.keep([1], as: "table-1.bin", replacing: "table-")
        #expect(!FileManager.default.fileExists(atPath: home.path + "/gone"))

        let cache = try #require(CacheFolder(environment: ["XDG_CACHE_HOME": home.path].get))
        try home.file("secret", [7, 7])
        try FileManager.default.createDirectory(atPath: cache.path, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: cache.path + "/table-1.bin", withDestinationPath: home.path + "/secret")
        #expect(cache.read("table-1.bin") == nil)
    }
}

private extension Dictionary where Key == String, Value == String {
    /// The dictionary as an environment lookup.
    var get: (String) -> String? { { self[$0] } }
}
