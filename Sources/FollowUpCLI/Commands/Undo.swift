import ArgumentParser
import FollowUpCore

extension Followup {
    /// `followup undo`: takes back the latest event by appending a retraction.
    struct Undo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo",
            abstract: "Take back the latest event of a process.",
            discussion: "History is never rewritten: a retraction is appended, and 'show' lists both.")

        @Argument(help: "The process id.")
        var id: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store)
            context.report(try await context.workspace.undo(on: id))
        }
    }
}
