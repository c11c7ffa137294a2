import CommandKit
import Testing

@Suite("Parsing: typed values from one declaration")
struct ParsingTests {
    @Test("values arrive typed, options before or after the command, with = or a separate word", arguments: [
        (["paint", "--colour", "red", "hall"], "paint red 1 - [\"hall\"]"),
        (["--colour=green", "paint", "hall", "stairs"], "paint green 1 - [\"hall\", \"stairs\"]"),
        (["-c", "blue", "--coats", "3", "--gloss"], "paint blue 3 gloss []"),
        (["paint", "--colour", "red", "--colour", "blue"], "paint blue 1 - []"),
        (["paint", "--", "--not-an-option"], "paint - 1 - [\"--not-an-option\"]"),
        (["show", "hall", "green", "--json"], "show hall green true"),
        (["show", "hall"], "show hall - false"),
        ([], "paint - 1 - []"),
    ])
    func values(words: [String], printed: String) {
        #expect(Painter.run(words) == printed)
    }

    @Test("global options stand anywhere and reach the run")
    func globals() throws {
        let globals = try Painter.globals(["show", "hall", "--studio", "/tmp/s", "--quiet"])
        #expect(globals.studio == "/tmp/s")
        #expect(globals.quiet)
        #expect(!globals.slow)
    }

    @Test("errors name the command, option, value or argument, followed by the right usage line", arguments: [
        (["varnish"], "Error: unknown command 'varnish'\nUsage: paint [--studio <dir>] [--quiet] [<subcommand>]\n  See 'paint --help' for more information.\n"),
        (["--foo", "show"], "Error: unknown option '--foo'\nUsage: paint [--studio <dir>] [--quiet] [<subcommand>]\n  See 'paint --help' for more information.\n"),
        (["show", "hall", "--colour", "red"], "Error: '--colour' is an option of 'paint paint', not of 'paint show'\nUsage: paint show [--json] <wall> [<side>]\n  See 'paint help show' for more information.\n"),
        (["paint", "--colour", "teal"], "Error: --colour 'teal' is not a colour: use red, green or blue\nUsage: paint paint [-c <colour>] [--coats <n>] [--primer <colour>] [--matte|--gloss] [<wall> ...]\n  See 'paint help paint' for more information.\n"),
        (["paint", "-c", "teal"], "Error: -c 'teal' is not a colour: use red, green or blue\nUsage: paint paint [-c <colour>] [--coats <n>] [--primer <colour>] [--matte|--gloss] [<wall> ...]\n  See 'paint help paint' for more information.\n"),
    ])
    func errors(words: [String], printed: String) {
        #expect(Painter.run(words) == printed)
    }

    @Test("each kind of mistake has its own message", arguments: [
        (["paint", "--coats"], "Error: missing value for '--coats <n>'"),
        (["paint", "--coats", "two"], "Error: --coats 'two' is not a whole number"),
        (["paint", "--coats", "0"], "Error: --coats must be 1 or more"),
        (["paint", "--primer", "pink"], "Error: --primer 'pink' is not a colour: use red, green or blue"),
        (["paint", "--matte", "--gloss"], "Error: choose one of '--matte', '--gloss'"),
        (["paint", "--matte=yes"], "Error: '--matte' takes no value"),
        (["show"], "Error: missing '<wall>'"),
        (["show", "hall", "red", "attic"], "Error: unexpected argument 'attic'"),
        (["show", "hall", "teal"], "Error: <side> 'teal' is not a colour: use red, green or blue"),
        (["show", "roof"], "Error: a roof is not a wall"),
    ])
    func mistakes(words: [String], message: String) {
        #expect(Painter.run(words).hasPrefix(message + "\n"))
    }

    @Test("--version and --help go before any check of the arguments")
    func builtIns() {
        #expect(Painter.run(["--version"]) == "paint 1.2.3\n")
        #expect(Painter.run(["show", "--help"]).hasPrefix("OVERVIEW: Show one wall.\n"))
        #expect(Painter.run(["--help"]).hasPrefix("OVERVIEW: Paints walls.\n"))
    }

    @Test("a tool without commands parses its own declarations")
    func singleCommand() throws {
        let layers = try #require(try Painter.Layers.parse(["--coats", "2", "--primer", "red"]))
        #expect(layers.coats == 2)
        #expect(layers.primer == .red)
        #expect(try Painter.Layers.parse(["-h"]) == nil)
        #expect(throws: UsageError.self) { try Painter.Layers.parse(["--coats", "0"]) }
    }
}

/// Options of which one must be given.
struct Delivery: ParsableArguments {
    @Option(name: "--to", value: "address", help: "Where to.")
    var address: String

    @Option(name: "--count", value: "n", help: "How many.")
    var count: Int?
}

@Suite("Required options: declared with a type that is not optional")
struct RequiredOptionTests {
    @Test("a required option given is its value; the optional one left out is nil")
    func given() throws {
        let delivery = try #require(try Delivery.parse(["--to", "Acme"]))
        #expect(delivery.address == "Acme")
        #expect(delivery.count == nil)
    }

    @Test("a required option left out is a usage error naming it, and the usage line shows it without brackets")
    func missing() throws {
        #expect(Delivery.usage(prefix: "delivery") == "delivery --to <address> [--count <n>]")
        do {
            _ = try Delivery.parse(["--count", "2"])
            Issue.record("parsed without --to")
        } catch {
            #expect(error.message == "missing '--to <address>'")
        }
        #expect(try Delivery.parse(["--help"]) == nil)
    }
}
