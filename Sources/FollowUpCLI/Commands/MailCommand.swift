import ArgumentParser
import FollowUpApp
import FollowUpCore
import Foundation

extension Followup {
    /// `followup mail`: events read from the user's own mail.
    struct MailCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mail", abstract: "Read messages and replies from your mail.", subcommands: [Scan.self])

        /// `followup mail scan`: records the messages sent and the replies received that it finds.
        struct Scan: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "scan",
                abstract: "Record the messages you sent and the replies you received, from Maildir folders, mbox files or .eml files.",
                discussion: """
                    Mail is matched to a process by its thread, then by a contact's address, then by the \
                    contacts' mail domain. Mail from the addresses in the setting 'mail-addresses' is a \
                    message you sent; other mail is a reply, read for a new timeline and an invitation to a \
                    next step. A message already recorded (by its Message-ID) is never recorded twice, so a \
                    scan can run again at any time. Only the events and their Message-IDs are kept.
                    """)

            @Argument(help: ArgumentHelp("Maildir folders, mbox files or .eml files.", valueName: "path"))
            var paths: [String]

            @Flag(help: "List what would be recorded and why, and record nothing.")
            var dryRun = false

            @Flag(help: "Print JSON instead of text.")
            var json = false

            @OptionGroup var store: StoreOptions

            func run() async throws {
                let mails = try MailFiles.read(paths)
                let context = try await CommandContext.make(store)
                let scan = try await context.workspace.scanMail(mails, dryRun: dryRun)
                if json {
                    context.printJSON(MailScanJSON(scan, zone: context.userZone))
                    return
                }
                for line in scan.lines where line.action != .known {
                    context.print(Self.text(line, dryRun: dryRun, zone: context.userZone))
                }
                context.print(Self.summary(scan))
            }

            static func text(_ line: MailScan.Line, dryRun: Bool, zone: Zone) -> String {
                let when = line.at.map { DateText.iso($0, in: zone) } ?? "-"
                let what: String
                switch line.action {
                case .sent: what = dryRun ? "would record sent" : "recorded sent"
                case .reply: what = dryRun ? "would record reply" : "recorded reply"
                case .known: what = "already recorded"
                case .skipped: what = "skipped"
                case .malformed: what = "not mail"
                }
                var details = [line.reason]
                if let deadline = line.deadline {
                    details.append("promises \(deadline.start == deadline.end ? "\(deadline.end)" : "\(deadline.start)..\(deadline.end)")")
                }
                if line.invitesNextStep { details.append("invites the next step") }
                let process = line.process.map { " \($0.rawValue)" } ?? ""
                return "\(what)\(process) · \(when) · \(line.source) — \(details.joined(separator: "; "))"
            }

            static func summary(_ scan: MailScan) -> String {
                let recorded = scan.count(.sent) + scan.count(.reply)
                let verb = scan.dryRun ? "Would record" : "Recorded"
                return "\(verb) \(recorded) (\(scan.count(.sent)) sent, \(scan.count(.reply)) replies); \(scan.count(.known)) already recorded; "
                    + "\(scan.count(.skipped)) skipped; \(scan.count(.malformed)) not mail."
            }
        }
    }
}

/// `mail scan --json`: the counts, then one object per message.
struct MailScanJSON: Encodable {
    struct Line: Encodable {
        var source: String
        var messageId: String?
        var action: String
        var process: String?
        var at: String?
        var reason: String
        var deadline: Deadline?
        var invitesNextStep: Bool
    }

    var dryRun: Bool
    var sent: Int
    var replies: Int
    var known: Int
    var skipped: Int
    var malformed: Int
    var lines: [Line]

    init(_ scan: MailScan, zone: Zone) {
        dryRun = scan.dryRun
        (sent, replies, known, skipped, malformed) = (
            scan.count(.sent), scan.count(.reply), scan.count(.known), scan.count(.skipped), scan.count(.malformed)
        )
        lines = scan.lines.map {
            Line(
                source: $0.source, messageId: $0.messageID, action: $0.action.rawValue, process: $0.process?.rawValue,
                at: $0.at.map { DateText.iso($0, in: zone) }, reason: $0.reason, deadline: $0.deadline, invitesNextStep: $0.invitesNextStep)
        }
    }
}
