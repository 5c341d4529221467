import ArgumentParser
import FollowUpCore

extension Followup {
    /// `followup replied`: records a reply, which restarts the cycle (P8).
    struct Replied: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "replied", abstract: "Record a reply from the company.")

        @Argument(help: "The process id.")
        var id: String

        @Option(help: ArgumentHelp("When it arrived (default: now).", valueName: "datetime"))
        var at: String?

        @Flag(help: "The reply invites the conversation to continue (a next interview, a call).")
        var invitesNextStep = false

        @Option(help: ArgumentHelp("A new promised day, or FIRST..LAST, given in the reply.", valueName: "date"))
        var by: String?

        @Option(help: ArgumentHelp("Who replied.", valueName: "name"))
        var from: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store)
            let at = try context.instant(at, option: "--at")
            let deadline = try by.map { text in try parsing("--by") { () throws(FollowUpError) in try DateInput.deadline(text) } }
            let reply = Reply(from: from, invitesNextStep: invitesNextStep, deadline: deadline)
            let recorded = try await context.workspace.record(.replyReceived(reply), on: id, at: at)
            context.report(recorded, notes: recorded.before.closure == nil ? [] : ["The reply reopens the process."])
        }
    }
}
