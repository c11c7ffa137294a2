/// A parsed command line: the command and what was given to it.
struct Invocation {
    let command: CommandSpec
    /// Options with values, by name (`--month` → `2026-11`); the last one given wins.
    var values: [String: String] = [:]
    /// Options without values that were given (`--json`).
    var flags: Set<String> = []
    /// Positional arguments after the command name.
    var arguments: [String] = []

    func value(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// Parses the arguments after the program name. Global options may stand anywhere; the first
    /// word that is not an option or an option's value names the command (`today` when there is none).
    static func parse(_ words: [String]) throws(UsageError) -> Invocation {
        let everyOption = CommandSpec.globalOptions + CommandSpec.all.flatMap(\.options)
        let valueOptions = Set(everyOption.filter { $0.value != nil }.flatMap { [$0.name] + ($0.short.map { [$0] } ?? []) })
        let knownOptions = Set(everyOption.flatMap { [$0.name] + ($0.short.map { [$0] } ?? []) })
        var commandIndex: Int?
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "--" { if commandIndex == nil, index + 1 < words.count { commandIndex = index + 1 }; break }
            if word.hasPrefix("-"), word != "-" {
                // Before the command's name, an unknown option is named as one: otherwise its
                // value would be taken for the command (`reflect --foo bar list`).
                let name = word.hasPrefix("--") ? String(word.prefix { $0 != "=" }) : word
                guard knownOptions.contains(name) else { throw UsageError("unknown option '\(name)'", command: nil) }
                if valueOptions.contains(word) { index += 1 }
            } else {
                commandIndex = index
                break
            }
            index += 1
        }
        var command = CommandSpec.today
        if let commandIndex {
            guard let named = CommandSpec.named(words[commandIndex]) else {
                throw UsageError("unknown command '\(words[commandIndex])'", command: nil)
            }
            command = named
        }

        var invocation = Invocation(command: command)
        var remaining = words
        if let commandIndex { remaining.remove(at: commandIndex) }
        var onlyArguments = false
        index = 0
        while index < remaining.count {
            let word = remaining[index]
            index += 1
            if onlyArguments || !word.hasPrefix("-") || word == "-" {
                invocation.arguments.append(word)
                continue
            }
            if word == "--" { onlyArguments = true; continue }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            let options = CommandSpec.globalOptions + command.options
            guard let option = options.first(where: { $0.name == name || $0.short == name }) else {
                let owner = CommandSpec.all.first { $0.option(named: name) != nil }
                throw UsageError(owner.map { "'\(name)' is an option of 'reflect \($0.name)', not of 'reflect \(command.name)'" }
                    ?? "unknown option '\(name)'", command: command)
            }
            if option.value != nil {
                guard let value = inlineValue ?? (index < remaining.count ? remaining[index] : nil) else {
                    throw UsageError("missing value for '\(option.name) <\(option.value!)>'", command: command)
                }
                if inlineValue == nil { index += 1 }
                invocation.values[option.name] = value
            } else {
                guard inlineValue == nil else { throw UsageError("'\(option.name)' takes no value", command: command) }
                invocation.flags.insert(option.name)
            }
        }
        let given = command.exclusive.filter { invocation.flags.contains($0) }
        if given.count > 1 {
            throw UsageError("choose one of " + given.map { "'\($0)'" }.joined(separator: ", "), command: command)
        }
        if !invocation.flag("--help"), !invocation.flag("--version") { try invocation.checkArguments() }
        return invocation
    }

    private func checkArguments() throws(UsageError) {
        let required = command.arguments.filter { !$0.optional }
        if arguments.count < required.count {
            throw UsageError("missing '<\(required[arguments.count].name)>'", command: command)
        }
        if !(command.arguments.last?.repeating ?? false), arguments.count > command.arguments.count {
            throw UsageError("unexpected argument '\(arguments[command.arguments.count])'", command: command)
        }
    }
}
