import ArgumentParser
import FollowUpCore

extension Followup {
    /// `followup settings`: reads and changes the user's settings, kept in the database.
    struct SettingsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "settings",
            abstract: "Show or change your settings.",
            discussion: """
                followup settings               lists every setting
                followup settings KEY           prints one
                followup settings KEY VALUE     changes it
                followup settings KEY --reset   puts it back to the default
                Keys: \(UserSettings.keyNames.joined(separator: ", ")).
                """)

        @Argument(help: "The setting's key.")
        var key: String?

        @Argument(help: "The new value.")
        var value: String?

        @Flag(help: "Put the setting back to its default.")
        var reset = false

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if reset, key == nil { throw ValidationError("--reset needs the KEY to reset") }
            if reset, value != nil { throw ValidationError("give either a VALUE or --reset, not both") }
        }

        func run() async throws {
            if let key { _ = try parsing("settings") { () throws(FollowUpError) in try UserSettings.key(named: key) } }
            let context = try await CommandContext.make(store)
            var settings = context.settings
            if let key, reset {
                settings = try await context.store.resetSetting(key)
            } else if let key, let value {
                settings = try await context.store.setSetting(key, to: value)
            }
            if let key {
                let current = try parsing("settings") { () throws(FollowUpError) in try settings.value(of: key) }
                if json {
                    context.printJSON([key: current])
                } else if value != nil || reset {
                    context.print("\(key) = \(current)")
                } else {
                    context.print(current)
                }
                return
            }
            if json {
                context.printJSON(Dictionary(uniqueKeysWithValues: settings.all.map { ($0.key.name, $0.value) }))
                return
            }
            let width = UserSettings.keyNames.map(\.count).max() ?? 0
            for (key, value) in settings.all {
                let shown = value.isEmpty ? context.terminal.dim("(not set)") : value
                context.print(
                    "\(key.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(shown)  \(context.terminal.dim("— \(key.summary)"))")
            }
        }
    }
}
