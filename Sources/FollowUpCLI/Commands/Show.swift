import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup show`: a process's details, its whole history and the current advice.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a process: details, history (with undone events marked) and advice.")

        @Argument(help: "The process id.")
        var id: String

        @OptionGroup var read: ReadOptions
        @OptionGroup var store: StoreOptions

        struct Output: Encodable {
            var process: HiringProcess
            var status: String
            var events: [Event.Fields]
            var retracted: [EventID]
            var advice: Advice.JSON
        }

        func run() async throws {
            let context = try await CommandContext.make(store, on: read.on)
            let state = try await context.database.state(of: id)
            let advice = context.advice(for: state)
            if read.json {
                context.printJSON(
                    Output(
                        process: state.process, status: state.status.name, events: state.history.map(\.fields),
                        retracted: state.retracted.sorted(), advice: advice.json))
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
                    "  \(String(event.id).padding(toLength: 5, withPad: " ", startingAt: 0))\(DateText.instant(event.at, in: context.userZone, today: context.today))  \(describe(event))"
                context.print(state.retracted.contains(event.id) ? t.dim(line + "  (undone)") : line)
            }
            context.print("")
            context.print(t.bold("Advice"))
            for line in context.adviceLines(advice, process: process) { context.print(line) }
        }

        func describe(_ event: Event) -> String {
            switch event.payload {
            case .interviewed(let i):
                var text = "interviewed (\(i.kind.rawValue))"
                if let with = i.with { text += " with \(with)" }
                if let topics = i.topics { text += " — \(topics)" }
                if i.personal { text += " · personal" }
                return text
            case .timelinePromised(let t):
                let due = t.deadline.isRange ? "\(t.deadline.start)..\(t.deadline.end)" : "\(t.deadline.end)"
                return "promised an answer by \(due)\(t.phrase.map { " — “\($0)”" } ?? "")"
            case .messageSent(let m):
                return "sent \(m.kind.rawValue)\(m.to.map { " to \($0)" } ?? "")\(m.text == nil ? "" : " (with text)")"
            case .replyReceived(let r):
                var text = "reply received\(r.from.map { " from \($0)" } ?? "")"
                if r.invitesNextStep { text += " · invites the next step" }
                if let d = r.deadline { text += " · new deadline \(d.end)" }
                return text
            case .contextChanged(let c):
                switch c.kind {
                case .offer(let day): return "context: offer to answer by \(day)\(c.note.map { " — \($0)" } ?? "")"
                case .finalRoundElsewhere: return "context: final round elsewhere\(c.note.map { " — \($0)" } ?? "")"
                case .availabilityChanged(let text): return "context: availability — \(text)"
                }
            case .closed(let outcome): return "closed (\(outcome.rawValue))"
            case .retracted(let target): return "undo of event \(target)"
            }
        }
    }
}
