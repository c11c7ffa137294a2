import Foundation
import Testing
@testable import Prompts

/// The `Prompts/Resources` folder of this checkout, found from this file's own path.
private let resourcesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()   // PromptsTests
    .deletingLastPathComponent()   // Tests
    .deletingLastPathComponent()   // the package
    .appendingPathComponent("Prompts/Resources")

/// Every file under `Prompts/Resources`, as its path relative to that folder, with its bytes.
private func filesOnDisk() throws -> [String: [UInt8]] {
    let root = resourcesFolder.standardizedFileURL.path
    var files: [String: [UInt8]] = [:]
    let enumerator = try #require(FileManager.default.enumerator(atPath: root))
    while let relative = enumerator.nextObject() as? String {
        let path = root + "/" + relative
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
        files[relative] = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
    return files
}

@Suite("Bundled resources")
struct ResourcesTests {
    @Test("The compiled-in copy holds exactly the files of Prompts/Resources")
    func sameNames() throws {
        let onDisk = try filesOnDisk()
        #expect(!onDisk.isEmpty)
        #expect(
            Set(embeddedFiles.keys) == Set(onDisk.keys),
            "the compiled-in copy lists other files than Prompts/Resources"
        )
        #expect(Resources.fileNames == onDisk.keys.sorted())
    }

    @Test("Every compiled-in file is byte-identical to its file in Prompts/Resources")
    func sameBytes() throws {
        for (name, bytes) in try filesOnDisk().sorted(by: { $0.key < $1.key }) {
            let embedded = embeddedFiles[name].map { Array($0.utf8) }
            #expect(
                embedded == bytes,
                "the compiled-in copy differs from Prompts/Resources for \(name)"
            )
        }
    }

    @Test("The bundle holds the six focus areas, the check-in, the review and the word lists")
    func expectedFiles() {
        let expected = [
            "prompts/activity.md", "prompts/attitude.md", "prompts/checkin.md", "prompts/coaching.md",
            "prompts/commitments.md", "prompts/data.md", "prompts/pipeline.md", "prompts/review.md",
        ]
        #expect(Resources.fileNames.filter { $0.hasPrefix("prompts/") } == expected)
        #expect(Resources.fileNames.contains("words/sentiment.md"))
        #expect(Resources.fileNames.contains("words/themes.md"))
    }

    @Test("Reading a bundled file gives its text; an unknown name gives nothing")
    func text() throws {
        let onDisk = try filesOnDisk()
        for name in Resources.fileNames {
            #expect(Resources.text(name).map { Array($0.utf8) } == onDisk[name], "\(name)")
        }
        #expect(Resources.text("prompts/none.md") == nil)
    }

    @Test("A name that is not the bundle's reads nothing, even when that file exists beside the override folder")
    func outsideNames() async {
        // `searchFolders` is read once per process, so this runs in a fresh child process.
        await #expect(processExitsWith: .success) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reflect-outside-\(UUID().uuidString)")
            let resources = folder.appendingPathComponent("Resources")
            try? FileManager.default.createDirectory(at: resources.appendingPathComponent("prompts"), withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try? Data("outside\n".utf8).write(to: folder.appendingPathComponent("Package.swift"))
            try? Data("# Mine\n".utf8).write(to: resources.appendingPathComponent("prompts/mine.md"))
            setenv("REFLECT_RESOURCES", resources.path, 1)
            // Both files exist on disk; neither is a bundled name.
            guard FileManager.default.fileExists(atPath: resources.path + "/../Package.swift"),
                  Resources.text("../Package.swift") == nil, Resources.text("prompts/mine.md") == nil,
                  Resources.text("prompts/pipeline.md") == embeddedFiles["prompts/pipeline.md"] else {
                exit(EXIT_FAILURE)
            }
        }
    }

    @Test("Texts under a folder are that folder's files, sorted by name")
    func textsUnder() {
        let prompts = Resources.texts(under: "prompts")
        #expect(prompts.map(\.name) == Resources.fileNames.filter { $0.hasPrefix("prompts/") })
        #expect(prompts.first?.text.hasPrefix("# Activity\n") == true)
        #expect(Resources.texts(under: "prompt").isEmpty)
        #expect(Resources.texts(under: "nothing").isEmpty)
    }

    @Test("The review file carries the article's four questions verbatim and their source")
    func reviewFile() throws {
        let review = try #require(Resources.text("prompts/review.md"))
        #expect(review.contains("\nSource: Anthony Iannarino, The Sales Blog, 9 March 2013\n"))
        for question in [
            "What areas of your performance does your sales manager need to manage?",
            "Why shouldn\u{2019}t your discipline when it comes to activity or your attitude ever be your sales manager\u{2019}s concern?",
            "How much should your sales manager have to concern herself with your pipeline?",
            "What do you really want your sales manager to help you with? Where should they make a contribution?",
        ] {
            #expect(review.contains(": " + question + "\n"), "\(question)")
        }
    }

    @Test("REFLECT_RESOURCES names a folder whose files come first, the others still found")
    func overrideFolder() async {
        // `searchFolders` is read once per process, so this runs in a fresh child process.
        await #expect(processExitsWith: .success) {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("reflect-resources-\(UUID().uuidString)")
            try? FileManager.default.createDirectory(
                at: folder.appendingPathComponent("prompts"), withIntermediateDirectories: true
            )
            defer { try? FileManager.default.removeItem(at: folder) }
            let override = "# Mine\n\n- checkin.attitude: How do you feel?\n"
            try? Data(override.utf8).write(to: folder.appendingPathComponent("prompts/checkin.md"))
            setenv("REFLECT_RESOURCES", folder.path, 1)
            guard Resources.text("prompts/checkin.md") == override,
                  Resources.text("prompts/pipeline.md") == embeddedFiles["prompts/pipeline.md"] else {
                exit(EXIT_FAILURE)
            }
        }
    }
}
