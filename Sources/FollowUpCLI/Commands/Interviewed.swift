import ArgumentParser
import FollowUpApp
import FollowUpCore
import Foundation

extension Followup {
    /// `followup interviewed`: logs an interview, which starts a new round (P1, P8).
    struct Interviewed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "interviewed", abstract: "Log an interview that took place.")

        @Argument(help: "The process id.")
        var id: String

        @Option(help: ArgumentHelp("When it started: YYYY-MM-DD HH:MM in your zone, or with an offset.", valueName: "datetime"))
        var at: String

        @Option(help: ArgumentHelp("When it ended, if not about an hour later.", valueName: "datetime"))
        var ends: String?

        @Option(help: "screening, technical, hiring-manager, panel, final or other.")
        var kind: InterviewKind = .other

        @Option(help: ArgumentHelp("Who you spoke with.", valueName: "name"))
        var with: String?

        @Option(help: ArgumentHelp("What you discussed, for the thank-you (\"the migration to event sourcing\").", valueName: "text"))
        var topic: String?

        @Flag(help: "The conversation felt personal (a thank-you makes sense).")
        var personal = false

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store)
            let at = try context.instant(at, option: "--at")
            let ends = try ends.map { try context.instant($0, option: "--ends") }
            let interview = Interview(kind: kind, endsAt: ends, with: with, topics: topic, personal: personal)
            context.report(try await context.workspace.record(.interviewed(interview), on: id, at: at))
        }
    }
}

extension CommandContext {
    /// Confirms a recorded event, then prints the advice that now applies (folded locally, no second read).
    func report(_ recorded: Recorded, notes: [String] = []) {
        let (event, process) = (recorded.event, recorded.before.process)
        let what = event.recordedSummary(in: process, today: today)
        print("Recorded event \(event.id) for \(process.company), \(DateText.instant(event.at, in: userZone, today: today)): \(what).")
        for note in notes { print(note) }
        print("")
        for line in adviceLines(advice(for: recorded.after), process: process, indent: "") { print(line) }
    }
}
