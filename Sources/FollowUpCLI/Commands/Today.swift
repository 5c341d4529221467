import ArgumentParser
import FollowUpCore

extension Followup {
    /// `followup today`: the agenda, what to do first at the top.
    struct Today: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "today",
            abstract: "What to do today across every process, and why.",
            discussion: "Groups: act now, coming up, waiting; --all adds closed processes.")

        @OptionGroup var read: ReadOptions

        @Flag(help: "Include closed processes.")
        var all = false

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await Self.run(all: all, json: read.json, on: read.on, database: store.database)
        }

        /// The options of a plain `today` command line (`--all`, `--json`, `--on DATE`, `--db PATH`,
        /// each at most once), read without ArgumentParser: its reflection over the command's
        /// options cost as much as the rest of the command on a real search's database. Nil for
        /// anything else (help, `--on=DATE`, a repeat, an unknown option), which ArgumentParser
        /// then reads and explains.
        static func plainRequest(_ arguments: [String]) -> (all: Bool, json: Bool, on: String?, database: String?)? {
            guard arguments.first == _commandName else { return nil }
            var request: (all: Bool, json: Bool, on: String?, database: String?) = (false, false, nil, nil)
            var seen: Set<String> = []
            var index = 1
            while index < arguments.count {
                let name = arguments[index]
                guard seen.insert(name).inserted else { return nil }
                switch name {
                case "--all": request.all = true
                case "--json": request.json = true
                case "--on", "--db":
                    guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") else { return nil }
                    index += 1
                    if name == "--on" { request.on = arguments[index] } else { request.database = arguments[index] }
                default: return nil
                }
                index += 1
            }
            return request
        }

        static func run(all: Bool, json: Bool, on: String?, database: String?) async throws {
            let context = try await CommandContext.make(database: database, on: on)
            let workspace = context.workspace
            // Each process is judged, and its lines written, as soon as it is read; only the items
            // and their lines are kept.
            let entries = try await workspace.agenda { item in
                // Only what will be printed is written.
                !json && (all || item.group != .closed) ? context.adviceLines(item.advice, process: item.process).joined(separator: "\n") : ""
            }
            let shown = entries.filter { all || $0.item.group != .closed }
            if json {
                context.printJSON(shown.map(\.item.advice.json))
                return
            }
            // One write for the whole agenda: thousands of lines print faster at once.
            var output = [context.terminal.bold("\(DateText.day(context.today)) · \(context.userZone.identifier)")]
            defer { context.print(output.joined(separator: "\n")) }
            if shown.isEmpty {
                output.append(
                    entries.isEmpty
                        ? "No processes yet. Start with: followup add COMPANY --role ROLE"
                        : "Nothing open. Every process is closed; 'followup today --all' lists them.")
                return
            }
            var group: Agenda.Group?
            for (item, lines) in shown {
                if item.group != group {
                    group = item.group
                    output.append("")
                    output.append(context.terminal.bold(item.group.title))
                }
                output.append(lines)
            }
            if !shown.contains(where: { $0.item.group == .actNow }) {
                output.append("")
                output.append("Nothing to send today. Waiting is part of the process.")
            }
        }
    }
}
