import ArgumentParser
import FollowUpCore

extension Followup {
    /// `followup context`: records real new context, which makes the next message an alignment (P9).
    struct ContextCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "context",
            abstract: "Record real new context: an offer with a deadline, a final round elsewhere, changed availability.",
            discussion: "Only for context that is real: the advice that follows mentions it to the company.")

        @Argument(help: "The process id.")
        var id: String

        @Option(help: ArgumentHelp("You have another offer to answer by this day.", valueName: "date"))
        var offerDeadline: String?

        @Flag(help: "You reached a final round at another company.")
        var finalRoundElsewhere = false

        @Option(help: ArgumentHelp("Your availability changed (\"can start in May\").", valueName: "text"))
        var availability: String?

        @Option(help: ArgumentHelp("A note for yourself.", valueName: "text"))
        var note: String?

        @Option(help: ArgumentHelp("When it happened (default: now).", valueName: "datetime"))
        var at: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            let given = [offerDeadline != nil, finalRoundElsewhere, availability != nil].filter { $0 }.count
            if given != 1 {
                throw ValidationError("give exactly one of --offer-deadline DATE, --final-round-elsewhere or --availability TEXT")
            }
            if let availability, availability.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--availability needs a short description")
            }
        }

        func run() async throws {
            let context = try await CommandContext.make(store)
            let at = try context.instant(at, option: "--at")
            let kind: ContextChange.Kind
            if let offerDeadline {
                kind = .offer(deadline: try parsing("--offer-deadline") { () throws(FollowUpError) in try DateInput.day(offerDeadline) })
            } else if let availability {
                kind = .availabilityChanged(availability)
            } else {
                kind = .finalRoundElsewhere
            }
            let change = ContextChange(kind: kind, note: note)
            context.report(try await context.workspace.record(.contextChanged(change), on: id, at: at))
        }
    }
}
