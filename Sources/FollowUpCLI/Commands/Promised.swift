import ArgumentParser
import FollowUpCore

extension Followup {
    /// `followup promised`: records the timeline the company gave (P2, P3).
    struct Promised: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record when the company said it would answer.",
            discussion: "Example: followup promised acme-backend-engineer --by 2026-03-13 --phrase \"we'll get back to you by Friday\"")

        @Argument(help: "The process id.")
        var id: String

        @Option(help: ArgumentHelp("The promised day, or a range FIRST..LAST (its last day is the deadline).", valueName: "date"))
        var by: String

        @Option(help: ArgumentHelp("The words as said, kept for reference.", valueName: "text"))
        var phrase: String?

        @Option(help: ArgumentHelp("When it was said (default: now).", valueName: "datetime"))
        var saidAt: String?

        @Option(help: ArgumentHelp("Who said it.", valueName: "name"))
        var saidBy: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store)
            let deadline = try parsing("--by") { () throws(FollowUpError) in try DateInput.deadline(by) }
            let at = try context.instant(saidAt, option: "--said-at")
            let timeline = PromisedTimeline(phrase: phrase, deadline: deadline, saidBy: saidBy)
            let (event, before) = try await context.database.append(to: id, now: context.now) { _ in (at, .timelinePromised(timeline)) }
            context.reportRecorded(event, before: before)
        }
    }
}
