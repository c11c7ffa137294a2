// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "reflect",
    products: [
        .executable(name: "reflect", targets: ["reflect"]),
        .executable(name: "reflect-sample", targets: ["reflect-sample"]),
    ],
    targets: [
        // The bundle of questions and word lists, with an install-proof loader.
        // Its files are compiled in on every build by the EmbedResources plugin below.
        .target(
            name: "Prompts",
            path: "Prompts",
            resources: [.copy("Resources")],
            plugins: ["EmbedResources"]
        ),
        // The build-tool plugin and its generator: `Prompts/Resources` as Swift source, never committed.
        .executableTarget(name: "embed-resources"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resources"], path: "Sources/EmbedResourcesPlugin"),
        // Entries, storage, schedule, commitments.
        .target(name: "Journal", dependencies: ["Prompts"]),
        // Words, attitude, themes, stated commitments, the monthly report.
        .target(name: "Insights", dependencies: ["Journal", "Prompts"]),
        // A typed, declarative command-line kit: options, help, completions, the manual page.
        .target(name: "CommandKit"),
        // The commands, run with an injected environment (arguments, variables, streams, clock).
        .target(name: "ReflectCLI", dependencies: ["CommandKit", "Insights", "Journal", "Prompts"]),
        // The command-line tool: a thin shell running ReflectCLI in this process's environment.
        .executableTarget(name: "reflect", dependencies: ["ReflectCLI"]),
        // Writes a realistic, seeded sample journal for demos, tests and benchmarks.
        .executableTarget(name: "reflect-sample", dependencies: ["CommandKit", "Journal", "Prompts"]),

        .testTarget(name: "CommandKitTests", dependencies: ["CommandKit"]),
        .testTarget(name: "PromptsTests", dependencies: ["Prompts"]),
        .testTarget(name: "JournalTests", dependencies: ["Journal"]),
        .testTarget(name: "InsightsTests", dependencies: ["Insights", "Prompts"], exclude: ["Fixtures"]),
        // The commands in process, and end to end: runs the built binaries, so it depends on them
        // to have them built.
        .testTarget(
            name: "ReflectTests",
            dependencies: ["Journal", "ReflectCLI", "reflect", "reflect-sample"],
            exclude: ["Fixtures"]
        ),
    ]
)
