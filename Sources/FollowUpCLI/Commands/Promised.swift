import ArgumentParser
import FollowUpCore

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
            var deadline: Deadline?
            var reading: TimelineReading?
            if let by {
                deadline = try parsing("--by") { () throws(FollowUpError) in try DateInput.deadline(by) }
            } else {
                let state = try await context.store.state(of: id)
                let words = self.words ?? ""
                let read = try parsing("promised") { () throws(FollowUpError) in
                    try context.workspace.readTimeline(words, for: state.process, saidAt: at)
                }
                // Words with no firm date are recorded as such: the process follows P4 from today.
                deadline = read.kind == .vague ? nil : read.asDeadline
                reading = read
            }
            let timeline = PromisedTimeline(phrase: words ?? phrase, deadline: deadline, saidBy: saidBy, reading: reading?.explanation)
            let recorded = try await context.workspace.record(.timelinePromised(timeline), on: id, at: at)
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
