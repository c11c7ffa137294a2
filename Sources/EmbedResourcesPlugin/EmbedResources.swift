import Foundation
import PackagePlugin

/// Compiles a copy of the `Resources` folder of the target it is applied to into that target, on
/// every build: `embed-resources` writes `Embedded.swift` into the plugin's work folder from the
/// files, so `Prompts/Resources` stays the single source and no generated file is committed.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let folder = target.directoryURL.appending(path: "Resources")
        // Every file is an input, so the copy is made again when one changes; the list is made
        // on every build, so a file added or removed is seen too.
        var files: [URL] = []
        if let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) {
            for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) files of \(target.name)/Resources",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [folder.path, output.path],
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}
