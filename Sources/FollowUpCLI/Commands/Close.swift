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
            let (event, before) = try await context.database.append(to: id, now: context.now) { _ in (at, .closed(outcome)) }
            context.reportRecorded(event, before: before)
        }
    }
}
