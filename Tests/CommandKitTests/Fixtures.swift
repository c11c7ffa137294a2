import CommandKit

/// A small tool declared with the kit, for tests: `paint` with a default command and a few
/// commands covering each kind of declaration.
enum Painter {
    /// What the commands print, collected instead of written.
    final class Output {
        var text = ""
    }

    struct Globals: ParsableArguments {
        @Option(name: "--studio", value: "dir", help: "The studio folder.", completion: .directory)
        var studio: String?

        @Flag(name: "--quiet", help: "Say less.")
        var quiet: Bool

        @Flag(name: "--slow", help: "Take time.", inToolUsage: false)
        var slow: Bool
    }

    enum Colour: String, CaseIterable, ArgumentValue {
        case red, green, blue

        init(argument: String) throws(InvalidValue) {
            guard let colour = Colour(rawValue: argument) else { throw InvalidValue("is not a colour: use \(Self.choices)") }
            self = colour
        }
    }

    enum Finish: String, EnumerableFlag {
        case matte, gloss

        static func help(for value: Finish) -> String { value == .matte ? "No shine." : "Shine." }
    }

    struct Layers: ParsableArguments {
        @Option(name: "--coats", value: "n", help: "How many coats.")
        var coats: Int?

        @Option(name: "--primer", value: "colour", help: "The primer's colour.")
        var primer: Colour?

        func validate() throws(ValidationError) {
            if let coats, coats < 1 { throw ValidationError("--coats must be 1 or more") }
        }
    }

    struct Paint: ParsableCommand {
        static let configuration = CommandConfiguration(
            name: "paint", abstract: "Paint the walls (the default command).",
            discussion: "Every wall named gets the same colour. A wall already painted is painted again.")

        @Option(name: "--colour", short: "-c", value: "colour", help: "The colour.")
        var colour: Colour?

        @OptionGroup var layers: Layers

        @ExclusiveFlags var finish: Finish?

        @Arguments(name: "wall", optional: true, help: "The walls to paint.", completion: .shellCommand("ls walls"))
        var walls: [String]

        func run(_ output: Output) throws {
            output.text = "paint \(colour?.rawValue ?? "-") \(layers.coats ?? 1) \(finish?.rawValue ?? "-") \(walls)"
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(name: "show", abstract: "Show one wall.")

        @Flag(name: "--json", help: "As JSON.")
        var json: Bool

        @Argument(name: "wall", help: "The wall.")
        var wall: String

        @Argument(name: "side", help: "Which side.")
        var side: Colour?

        func validate() throws(ValidationError) {
            if wall == "roof" { throw ValidationError("a roof is not a wall") }
        }

        func run(_ output: Output) throws { output.text = "show \(wall) \(side?.rawValue ?? "-") \(json)" }
    }

    static let tool = CommandLineTool<Globals, Output>(
        name: "paint", version: "1.2.3", overview: "Paints walls.",
        discussion: "A tool for tests.",
        commands: [Paint.self, Show.self], defaultCommand: Paint.self)

    /// Runs `words` and returns what was printed, or the usage error's message and usage lines.
    static func run(_ words: [String]) -> String {
        do {
            switch try tool.parse(words) {
            case let .help(text), let .version(text): return text
            case let .run(_, command):
                let output = Output()
                try command.run(output)
                return output.text
            }
        } catch let error as UsageError {
            return "Error: \(error.message)\n" + tool.usageLines(error.command)
        } catch {
            return "\(error)"
        }
    }

    /// The globals parsed from `words`.
    static func globals(_ words: [String]) throws -> Globals {
        guard case let .run(globals, _) = try tool.parse(words) else { throw UsageError("not a run", command: nil) }
        return globals
    }
}
