import Insights
import Journal

extension Context {
    /// The numbers `DIR/.reflect/numbers.md` defines; none without the file.
    ///
    /// - Throws: a configuration failure (exit 78) naming the file and the bad line.
    func numberDefinitions() throws(CommandFailure) -> [NumberDefinition] {
        do throws(NumbersFileError) {
            return try store.numberDefinitions()
        } catch {
            throw CommandFailure(error.line == 0 ? "cannot read \(error.path): \(error.reason)" : error.description, code: .configuration)
        }
    }

    /// The accounts `DIR/.reflect/accounts.md` lists, or `nil` without the file (accounts are then
    /// found as recurring proper names); problems in it are warnings.
    func accountList() -> AccountList? {
        do throws(JournalError) {
            guard let text = try store.settings("accounts.md") else { return nil }
            let (list, problems) = AccountList.parse(text)
            for problem in problems { Console.warn("\(store.settingsFolder)/accounts.md \(problem)") }
            return list
        } catch {
            Console.warn("\(error); finding accounts as recurring names instead")
            return nil
        }
    }

    /// Warns about values of defined numbers that are not numbers (`calls: lots`) in `entries`.
    func warnAboutNumbers(_ definitions: [NumberDefinition], in entries: [Entry]) {
        for entry in entries {
            for definition in definitions {
                guard let written = definition.invalidValue(in: entry) else { continue }
                Console.warn("\(entry.path): '\(definition.name): \(written)' is not a number of 0 or more, so it is not counted")
            }
        }
    }
}
