import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup draft`: the message the advice calls for, ready to edit and send yourself.
    struct DraftCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft",
            abstract: "Write the draft a process needs now (or of --kind), reviewed; it is never sent for you.")

        @OptionGroup var which: DraftOptions

        @Flag(help: "Write the draft as a mail message (RFC 5322) to send with your own mail program.")
        var eml = false

        @OptionGroup var read: ReadOptions
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store, on: read.on)
            let state = try await context.store.state(of: which.id)
            let language = try which.parsedLanguage()
            if eml {
                let mail = try context.workspace.draftMail(
                    for: state, kind: which.kind, language: language, messageID: context.workspace.newMessageID())
                FileHandle.standardOutput.write(Data(mail.mail.bytes))
                return
            }
            let (draft, review, advice) = try context.workspace.draft(for: state, kind: which.kind, language: language)
            let kind = draft.kind
            if read.json {
                context.printJSON(draft.json(review: review))
                return
            }
            var lines = ["Subject: \(draft.subject)", "", draft.body]
            lines.append(
                context.terminal.dim("— \(kind.rawValue), \(draft.language.rawValue); review: \(review.verdict), \(review.figures.words) words"))
            if advice.draftKind != kind {
                lines.append(
                    context.terminal.dim("  (the advice now is: \(advice.action.title.lowercased())\(advice.rule.map { ", \($0.label)" } ?? ""))"))
            }
            for finding in review.findings {
                lines.append("  \(finding.severity.rawValue) [\(finding.rule.label)] \(finding.message)")
            }
            context.print(lines.joined(separator: "\n"))
        }
    }
}
