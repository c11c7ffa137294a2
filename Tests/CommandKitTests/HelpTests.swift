import CommandKit
import Testing

@Suite("Help: the argument-parser shape, from the declarations")
struct HelpTests {
    @Test("the tool's help lists its options and commands, the default one marked")
    func toolHelp() {
        #expect(Painter.run(["--help"]) == """
            OVERVIEW: Paints walls.

            A tool for tests.

            USAGE: paint [--studio <dir>] [--quiet] [<subcommand>]

            OPTIONS:
              --studio <dir>          The studio folder.
              --quiet                 Say less.
              --slow                  Take time.
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              paint (default)         Paint the walls (the default command).
              show                    Show one wall.

              See 'paint help <subcommand>' for detailed help.

            """)
    }

    @Test("a command's help: overview, discussion, usage, arguments, its options then the global ones")
    func commandHelp() {
        #expect(Painter.run(["paint", "--help"]) == """
            OVERVIEW: Paint the walls (the default command).

            Every wall named gets the same colour. A wall already painted is painted again.

            USAGE: paint paint [-c <colour>] [--coats <n>] [--primer <colour>] [--matte|--gloss] [<wall> ...]

            ARGUMENTS:
              <wall>                  The walls to paint.

            OPTIONS:
              -c, --colour <colour>   The colour.
              --coats <n>             How many coats.
              --primer <colour>       The primer's colour.
              --matte                 No shine.
              --gloss                 Shine.
              --studio <dir>          The studio folder.
              --quiet                 Say less.
              --slow                  Take time.
              --version               Show the version.
              -h, --help              Show help information.

            """)
    }

    @Test("a tool without commands has help and usage lines of its own")
    func singleCommandHelp() {
        #expect(Painter.Layers.help(name: "layers", overview: "Counts layers.") == """
            OVERVIEW: Counts layers.

            USAGE: layers [--coats <n>] [--primer <colour>]

            OPTIONS:
              --coats <n>             How many coats.
              --primer <colour>       The primer's colour.
              -h, --help              Show help information.

            """)
        #expect(Painter.Layers.usageLines(name: "layers") == "Usage: layers [--coats <n>] [--primer <colour>]\n  See 'layers --help' for more information.\n")
    }
}
