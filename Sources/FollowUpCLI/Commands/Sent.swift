import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup sent`: records a message; warns (P11) when the policy did not advise it.
    struct Sent: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sent",
            abstract: "Record a message you sent.",
            discussion: "It is recorded even when it was not advised (it happened), with a warning naming the rule and when it would have been right."
        )

        @Argument(help: "The process id.")
        var id: String

        @Option(help: "thank-you, check-in, final, alignment or other.")
        var kind: MessageKind

        @Option(help: ArgumentHelp("When it was sent (default: now).", valueName: "datetime"))
        var at: String?

        @Option(help: ArgumentHelp("Who it went to.", valueName: "name"))
        var to: String?

        @Option(help: ArgumentHelp("A file with the message's text (UTF-8, up to 1 MB).", valueName: "path"))
        var file: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store)
            let at = try context.instant(at, option: "--at")
            let text = try file.map { try TextFile.read($0, option: "--file") }
            let message = SentMessage(kind: kind, to: to, text: text)
            let recorded = try await context.workspace.record(.messageSent(message), on: id, at: at)
            if let warning = recorded.warning { context.warn(warning) }
            context.report(recorded, notes: recorded.review.map(reviewNotes) ?? [])
        }
    }
}

extension Followup.Sent {
    /// The review of the recorded text, in the process's context at the moment it was sent.
    func reviewNotes(_ review: Review) -> [String] {
        var notes = ["Review: \(review.verdict) (\(review.figures.words) words)."]
        for finding in review.findings {
            notes.append(
                "  \(finding.line):\(finding.column) \(finding.severity.rawValue) [\(finding.rule.label)] \(finding.message) — \(finding.suggestion)")
        }
        return notes
    }
}
