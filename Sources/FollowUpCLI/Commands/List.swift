import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup list`: one line per process.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List processes, one line each (closed ones with --all).")

        @Flag(help: "Include closed processes.")
        var all = false

        @OptionGroup var read: ReadOptions
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store, on: read.on)
            let states = try await context.store.states().filter { all || $0.closure == nil }
            let rows = states.map { $0.listJSON(advice: context.advice(for: $0)) }
            if read.json {
                context.printJSON(rows)
                return
            }
            if rows.isEmpty {
                context.print(
                    all
                        ? "No processes yet. Start with: followup add COMPANY --role ROLE"
                        : "No open processes ('followup list --all' shows closed ones).")
                return
            }
            let width = rows.map(\.id.count).max() ?? 0
            for row in rows {
                let status = row.outcome.map { "closed (\($0))" } ?? row.status
                let next = row.rule.map { "\(row.action) (\($0))" } ?? row.action
                context.print("\(row.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(row.company) — \(row.role) · \(status) · \(next)")
            }
        }
    }
}
