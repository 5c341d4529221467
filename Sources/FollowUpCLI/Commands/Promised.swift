import ArgumentParser
import FollowUpApp
import FollowUpCore
import Foundation

extension Followup {
    /// `followup promised`: records the timeline the company gave (P2, P3).
    struct Promised: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "promised",
            abstract: "Record when the company said it would answer.",
            discussion: """
                Give the words as said and Followup reads the deadline in the process's language, \
                calendar and zone; or give the day with --by.
                Examples: followup promised acme-backend-engineer "we'll get back to you by Friday"
                          followup promised acme-backend-engineer --by 2026-03-13
                """)

        @Argument(help: "The process id.")
        var id: String

        @Argument(help: "What the recruiter said, such as \"by the end of next week\" or \"em até 10 dias úteis\".")
        var words: String?

        @Option(help: ArgumentHelp("The promised day, or a range FIRST..LAST (its last day is the deadline).", valueName: "date"))
        var by: String?

        @Option(help: ArgumentHelp("The words as said, kept for reference.", valueName: "text"))
        var phrase: String?

        @Option(help: ArgumentHelp("When it was said (default: now).", valueName: "datetime"))
        var saidAt: String?

        @Option(help: ArgumentHelp("Who said it.", valueName: "name"))
        var saidBy: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if words == nil && by == nil {
                throw ValidationError("give the words as said (followup promised ID \"by Friday\") or the day with --by YYYY-MM-DD")
            }
            if words != nil && phrase != nil { throw ValidationError("give the words either as the argument or with --phrase, not both") }
        }

        func run() async throws {
            let context = try await CommandContext.make(store)
            let at = try context.instant(saidAt, option: "--said-at")
            let promise: Workspace.Promise
            if let by {
                promise = .day(try parsing("--by") { () throws(FollowUpError) in try DateInput.deadline(by) }, phrase: phrase, saidBy: saidBy)
            } else {
                promise = .words(words ?? "", saidBy: saidBy)
            }
            let (recorded, reading) = try await Self.promise(promise, on: id, saidAt: at, in: context.workspace)
            if let reading {
                if reading.kind == .vague {
                    context.print("Read \(reading.explanation): no firm date, recorded as a promise without one.")
                } else {
                    context.print("Read \(reading.explanation), end of day in \(recorded.before.process.zone.identifier).")
                }
            }
            context.report(recorded)
        }
    }
}

extension Followup.Promised {
    /// The use case, with words it could not read pointed at the command's own argument.
    static func promise(
        _ promise: Workspace.Promise, on id: String, saidAt: Date, in workspace: Workspace
    ) async throws -> (recorded: Recorded, reading: TimelineReading?) {
        do {
            return try await workspace.promise(promise, on: id, saidAt: saidAt)
        } catch {
            if case .invalid(let reason) = error, reason.isUnreadableTimeline { throw CLIFailure.usage("promised: \(reason.commandLine)") }
            throw error
        }
    }
}
