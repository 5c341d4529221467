import ArgumentParser
import FollowUpCore

extension Followup {
    /// `followup today`: the agenda, what to do first at the top.
    struct Today: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What to do today across every process, and why.",
            discussion: "Groups: act now, coming up, waiting; --all adds closed processes.")

        @OptionGroup var read: ReadOptions

        @Flag(help: "Include closed processes.")
        var all = false

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store, on: read.on)
            let states = try await context.database.states(parallelism: context.parallelism)
            let agenda = context.workspace.agenda(states, parallelism: context.parallelism)
            let items = all ? agenda.items : agenda.items.filter { $0.group != .closed }
            if read.json {
                context.printJSON(items.map(\.advice.json))
                return
            }
            // One write for the whole agenda: thousands of lines print faster at once. Then exit
            // without tearing down every state: freeing 100,000 events is work nobody waits for.
            var output = [context.terminal.bold("\(DateText.day(context.today)) · \(context.userZone.identifier)")]
            defer {
                context.print(output.joined(separator: "\n"))
                withExtendedLifetime((states, agenda)) { Entry.finish() }
            }
            if items.isEmpty {
                output.append(
                    states.isEmpty
                        ? "No processes yet. Start with: followup add COMPANY --role ROLE"
                        : "Nothing open. Every process is closed; 'followup today --all' lists them.")
                return
            }
            // Each process's lines are independent: both cores write them, then they join in agenda order.
            let blocks = items.concurrentMap(ways: context.parallelism, minimumChunk: 256) { item in
                context.adviceLines(item.advice, process: item.process).joined(separator: "\n")
            }
            var group: Agenda.Group?
            for (item, block) in zip(items, blocks) {
                if item.group != group {
                    group = item.group
                    output.append("")
                    output.append(context.terminal.bold(item.group.title))
                }
                output.append(block)
            }
            if !items.contains(where: { $0.group == .actNow }) {
                output.append("")
                output.append("Nothing to send today. Waiting is part of the process.")
            }
        }
    }

    /// `followup advise`: the advice for one process.
    struct Advise: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The advice for one process: what, when, which rule and why.")

        @Argument(help: "The process id.")
        var id: String

        @OptionGroup var read: ReadOptions
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store, on: read.on)
            let state = try await context.database.state(of: id)
            let advice = context.advice(for: state)
            if read.json {
                context.printJSON(advice.json)
            } else {
                for line in context.adviceLines(advice, process: state.process, indent: "") { context.print(line) }
            }
        }
    }
}
