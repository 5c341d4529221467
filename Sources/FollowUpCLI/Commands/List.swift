import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup list`: one line per process.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List processes, one line each (closed ones with --all).")

        @Flag(help: "Include closed processes.")
        var all = false

        @OptionGroup var read: ReadOptions
        @OptionGroup var store: StoreOptions

        struct Row: Encodable {
            var id: String
            var company: String
            var role: String
            var status: String
            var outcome: String?
            var action: String
            var rule: String?

            enum CodingKeys: String, CodingKey { case id, company, role, status, outcome, action, rule }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(company, forKey: .company)
                try container.encode(role, forKey: .role)
                try container.encode(status, forKey: .status)
                try container.encode(outcome, forKey: .outcome)
                try container.encode(action, forKey: .action)
                try container.encode(rule, forKey: .rule)
            }
        }

        func run() async throws {
            let context = try await CommandContext.make(store, on: read.on)
            let states = try await context.database.states().filter { all || $0.closure == nil }
            let rows = states.map { state in
                let advice = context.advice(for: state)
                return Row(
                    id: state.process.id.rawValue, company: state.process.company, role: state.process.role,
                    status: state.status.name, outcome: state.closure?.outcome.rawValue, action: advice.action.rawValue,
                    rule: advice.rule?.rawValue)
            }
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
