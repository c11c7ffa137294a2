import CommandKit

/// `reflect completions bash|zsh|fish`: the shell completion script, from the same declarations
/// that parse the command line.
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "completions",
        abstract: "Print a completion script for bash, zsh or fish.",
        discussion: """
        bash: source <(reflect completions bash), or save it as \
        ~/.local/share/bash-completion/completions/reflect. zsh: save it as _reflect in a folder on \
        $fpath. fish: save it as ~/.config/fish/completions/reflect.fish.
        """
    )

    @Argument(name: "shell", help: "bash, zsh or fish.")
    var shell: Shell

    func run(_ context: Context) throws {
        Console.write(Reflect.tool.completionScript(for: shell))
    }
}
