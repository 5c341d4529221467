import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup show`: a process's details, its whole history and the current advice.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a process: details, history (with undone events marked) and advice.")

        @Argument(help: "The process id.")
        var id: String

        @OptionGroup var read: ReadOptions
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store, on: read.on)
            let state = try await context.store.state(of: id)
            let advice = context.advice(for: state)
            if read.json {
                context.printJSON(state.json(advice: advice))
                return
            }
            let process = state.process
            let t = context.terminal
            context.print(t.bold(process.title) + "  " + t.dim(process.id.rawValue))
            var facts = ["time zone \(process.zone.identifier)", "language \(process.language.rawValue)"]
            if let region = process.region { facts.insert("region \(region)", at: 0) }
            facts.append("status \(state.closure.map { "closed (\($0.outcome.rawValue))" } ?? state.status.name)")
            context.print(facts.joined(separator: " · "))
            for contact in process.contacts {
                context.print("contact: \(contact.name)\(contact.email.map { " <\($0)>" } ?? "") (\(contact.role.rawValue))")
            }
            context.print("")
            context.print(t.bold("History"))
            if state.history.isEmpty { context.print("  (nothing logged yet)") }
            for event in state.history {
                let line =
                    "  \(String(event.id).padding(toLength: 5, withPad: " ", startingAt: 0))\(DateText.instant(event.at, in: context.userZone, today: context.today))  \(event.summary)"
                context.print(state.retracted.contains(event.id) ? t.dim(line + "  (undone)") : line)
            }
            context.print("")
            context.print(t.bold("Advice"))
            for line in context.adviceLines(advice, process: process) { context.print(line) }
        }
    }
}
