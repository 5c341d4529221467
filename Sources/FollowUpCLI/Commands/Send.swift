import ArgumentParser
import FollowUpApp
import FollowUpCore
import FollowUpStore
import Foundation

extension Followup {
    /// `followup send`: hands the draft to the user's own mail program, and records it as sent
    /// only when that program took it.
    struct Send: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "send",
            abstract: "Send the draft a process needs through your mail program (msmtp by default), after showing it.",
            discussion: """
                The message is shown and you are asked before it goes. It goes to the command in the \
                setting 'send-command' on its standard input (any sendmail-compatible program), and is \
                recorded as sent, with its Message-ID, only when that command succeeds. A draft the \
                review finds errors in is refused unless --force.
                """)

        @OptionGroup var which: DraftOptions

        @Flag(help: "Send even when the review finds errors in the draft.")
        var force = false

        @Flag(name: .shortAndLong, help: "Do not ask before sending.")
        var yes = false

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store)
            let id = which.id
            let state = try await context.store.state(of: id)
            let mail = try context.workspace.draftMail(
                for: state, kind: which.kind, language: try which.parsedLanguage(), messageID: context.workspace.newMessageID())
            let errors = mail.review.findings.filter { $0.severity == .error }
            if !errors.isEmpty && !force {
                let rules = errors.map(\.rule.label).joined(separator: ", ")
                throw CLIFailure.failure("the draft has review errors (\(rules)): see 'followup draft \(id)', or send it anyway with --force")
            }
            let recipients = mail.mail.to.map { $0.name.isEmpty ? $0.address : "\($0.name) <\($0.address)>" }.joined(separator: ", ")
            context.print("To: \(recipients)\nSubject: \(mail.draft.subject)\n\n\(mail.draft.body)\n")
            if !yes {
                Terminal.standardError.write("Send it with '\(context.settings.sendCommand)'? [y/N] ")
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard answer == "y" || answer == "yes" else {
                    context.print("Not sent; nothing recorded.")
                    return
                }
            }
            try Self.hand(mail.mail.bytes, to: context.settings.sendCommand)
            let recorded = try await context.workspace.recordSent(mail, on: id)
            context.report(
                recorded, notes: ["Sent with \(context.settings.sendCommand.split(separator: " ").first ?? ""); Message-ID <\(mail.mail.messageID)>."]
            )
        }

        /// Runs the send command through the shell with the message on its standard input.
        static func hand(_ bytes: [UInt8], to command: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            let input = Pipe()
            let errors = Pipe()
            process.standardInput = input
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                throw CLIFailure.failure("could not run the send command '\(command)': check the setting send-command")
            }
            PortableFiles.ignoreBrokenPipes()
            // A command that stops reading fails by its exit status, checked below.
            try? input.fileHandleForWriting.write(contentsOf: Data(bytes))
            try? input.fileHandleForWriting.close()
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                let first = said.split(separator: "\n").first.map { ": \($0)" } ?? ""
                throw CLIFailure.failure(
                    "the send command '\(command)' failed (exit \(process.terminationStatus))\(first); nothing was recorded")
            }
        }
    }
}
