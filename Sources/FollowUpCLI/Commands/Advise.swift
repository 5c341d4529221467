import ArgumentParser
import FollowUpCore

extension Followup {
    /// `followup advise`: the advice for one process.
    struct Advise: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "advise", abstract: "The advice for one process: what, when, which rule and why.")

        @Argument(help: "The process id.")
        var id: String

        @OptionGroup var read: ReadOptions
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store, on: read.on)
            let state = try await context.store.state(of: id)
            let advice = context.advice(for: state)
            if read.json {
                context.printJSON(advice.json)
            } else {
                for line in context.adviceLines(advice, process: state.process, indent: "") { context.print(line) }
            }
        }
    }
}
