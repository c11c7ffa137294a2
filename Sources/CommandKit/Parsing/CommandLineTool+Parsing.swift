extension CommandLineTool {
    /// Parses the words after the program's name.
    ///
    /// Global options may stand before or after the command's name; the first word that is not an
    /// option or an option's value names the command (the default command when there is none).
    /// `--` ends the options.
    ///
    /// - Throws: `UsageError` naming the unknown command, the unknown or misplaced option, the
    ///   missing or unexpected argument, or the option whose value is not valid.
    /// - Complexity: O(*n* · *d*) for *n* words and *d* declarations.
    public func parse(_ words: [String]) throws(UsageError) -> ParsedCommandLine<Globals, Environment> {
        // The commands' options are looked at only for a word no global option names: finding
        // them reflects on every command, which costs more than the rest of the parse.
        let globalOptions = globalDefinitions
        func option(named name: String) -> ArgumentDefinition? {
            globalOptions.first { $0.isNamed(name) }
                ?? commands.lazy.flatMap { $0.optionDefinitions }.first { $0.isNamed(name) }
        }
        var commandIndex: Int?
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "--" {
                if index + 1 < words.count { commandIndex = index + 1 }
                break
            }
            if word.hasPrefix("-"), word != "-" {
                // Before the command's name, an unknown option is named as one: otherwise its
                // value would be taken for the command (`reflect --foo bar list`).
                let name = word.hasPrefix("--") ? String(word.prefix { $0 != "=" }) : word
                guard let option = option(named: name) else {
                    throw UsageError("unknown option '\(name)'", command: nil)
                }
                if option.valueName != nil, !word.contains("=") { index += 1 }
            } else {
                commandIndex = index
                break
            }
            index += 1
        }
        var type = defaultCommand
        var remaining = words
        if let commandIndex {
            guard let named = command(named: words[commandIndex]) else {
                throw UsageError("unknown command '\(words[commandIndex])'", command: nil)
            }
            type = named
            remaining.remove(at: commandIndex)
        }
        return try parse(remaining, as: type, named: commandIndex != nil)
    }

    private func parse(_ words: [String], as type: any ParsableCommand<Environment>.Type,
                       named: Bool) throws(UsageError) -> ParsedCommandLine<Globals, Environment> {
        let globals = Globals()
        let command = type.init()
        let builtIns = BuiltIns()
        let owners: [(any ParsableArguments.Type, [any Declaration])] = [
            (Globals.self, Globals.declarations(of: globals)),
            (BuiltIns.self, BuiltIns.declarations(of: builtIns)),
            (type, CommandKit.declarations(of: command)),
        ]
        var parser = DeclarationParser(declarations: owners.flatMap(\.1), command: type)
        parser.misplaced = { name in
            commands.first { $0.optionDefinitions.contains { $0.isNamed(name) } }
                .map { "'\(name)' is an option of '\(self.name) \($0.configuration.name)', not of '\(self.name) \(type.configuration.name)'" }
        }
        try parser.parse(words, checkingArguments: { !builtIns.help && !builtIns.version })
        if builtIns.version { return .version("\(name) \(version)\n") }
        if builtIns.help { return .help(named ? help(for: type) : help()) }
        do throws(ValidationError) {
            for declaration in owners.flatMap(\.1) { try declaration.validate() }
            try globals.validate()
            try command.validate()
        } catch {
            throw UsageError(error.message, command: type)
        }
        return .run(globals: globals, command: command)
    }
}

/// `--version` and `--help`.
struct BuiltIns: ParsableArguments {
    @Flag(name: "--version", help: "Show the version.")
    var version: Bool
    @Flag(name: "--help", short: "-h", help: "Show help information.")
    var help: Bool
}

extension ParsableArguments {
    /// Parses the words after the program's name for a tool without commands.
    ///
    /// - Returns: the parsed value, or `nil` when `--help` was given (print `help(toolName:)`).
    /// - Throws: `UsageError` naming what is wrong.
    public static func parse(_ words: [String]) throws(UsageError) -> Self? {
        let value = Self()
        let builtIns = BuiltIns()
        let parser = DeclarationParser(declarations: declarations(of: value) + BuiltIns.declarations(of: builtIns), command: Self.self)
        try parser.parse(words, checkingArguments: { !builtIns.help })
        if builtIns.help { return nil }
        do throws(ValidationError) {
            for declaration in declarations(of: value) { try declaration.validate() }
            try value.validate()
        } catch {
            throw UsageError(error.message, command: Self.self)
        }
        return value
    }
}

/// Walks the words once, giving each option its value and the positional words to the
/// positional declarations in order.
struct DeclarationParser {
    let declarations: [any Declaration]
    let command: any ParsableArguments.Type
    /// The message for an option that belongs to another command, if it does.
    var misplaced: (String) -> String? = { _ in nil }

    init(declarations: [any Declaration], command: any ParsableArguments.Type) {
        self.declarations = declarations
        self.command = command
    }

    func parse(_ words: [String], checkingArguments: () -> Bool) throws(UsageError) {
        var positional: [String] = []
        var given: Set<String> = []
        var groups: [String: [String]] = [:]
        var onlyArguments = false
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyArguments || !word.hasPrefix("-") || word == "-" {
                positional.append(word)
                continue
            }
            if word == "--" {
                onlyArguments = true
                continue
            }
            var name = word
            var inlineValue: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard let (declaration, definition) = find(name) else {
                throw UsageError(misplaced(name) ?? "unknown option '\(name)'", command: command)
            }
            var value: String?
            if let valueName = definition.valueName {
                guard let given = inlineValue ?? (index < words.count ? words[index] : nil) else {
                    throw UsageError("missing value for '\(definition.name) <\(valueName)>'", command: command)
                }
                if inlineValue == nil { index += 1 }
                value = given
            } else if inlineValue != nil {
                throw UsageError("'\(definition.name)' takes no value", command: command)
            }
            if let group = definition.exclusiveGroup {
                groups[group, default: []].append(definition.name)
                if Set(groups[group, default: []]).count > 1 {
                    throw UsageError("choose one of " + groups[group, default: []].map { "'\($0)'" }.joined(separator: ", "), command: command)
                }
            }
            given.insert(definition.name)
            do throws(InvalidValue) {
                try declaration.give(definition, value: value)
            } catch {
                throw UsageError(error.message(label: name, value: value ?? ""), command: command)
            }
        }
        guard checkingArguments() else { return }
        for declaration in declarations {
            for definition in declaration.definitions where definition.isRequired && !given.contains(definition.name) {
                throw UsageError("missing '\(definition.name) <\(definition.valueName ?? "value")>'", command: command)
            }
        }
        var left = positional[...]
        for declaration in declarations {
            for definition in declaration.definitions where definition.isPositional {
                guard case let .positional(optional, _) = definition.kind else { continue }
                if left.isEmpty, !optional { throw UsageError("missing '<\(definition.name)>'", command: command) }
                do throws(InvalidValue) {
                    left = left.dropFirst(try declaration.take(left))
                } catch {
                    throw UsageError(error.message(label: definition.label, value: left.first ?? ""), command: command)
                }
            }
        }
        if let extra = left.first { throw UsageError("unexpected argument '\(extra)'", command: command) }
    }

    private func find(_ name: String) -> (any Declaration, ArgumentDefinition)? {
        for declaration in declarations {
            if let definition = declaration.definitions.first(where: { $0.isNamed(name) }) { return (declaration, definition) }
        }
        return nil
    }
}
