import ArgumentParser
import FollowUpCore

extension Followup {
    /// `followup close`: records how a process ended; a later reply reopens it.
    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a process with its outcome.")

        @Argument(help: "The process id.")
        var id: String

        @Option(help: "offer, rejected, withdrew or no-answer.")
        var outcome: Outcome

        @Option(help: ArgumentHelp("When (default: now).", valueName: "datetime"))
        var at: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store)
            let at = try context.instant(at, option: "--at")
            context.report(try await context.workspace.record(.closed(outcome), on: id, at: at))
        }
    }
}
