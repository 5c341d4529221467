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
                    contacts' mail domain or one named after the company. Mail from the addresses in the setting 'mail-addresses' is a \
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
                // A dry run explains every message; a scan lists what it recorded, what a process
                // refused and what was not mail, and counts the mail about no process.
                let shown = scan.lines.filter { line in
                    line.action != .known && (dryRun || line.action != .skipped || line.process != nil)
                }
                var text = shown.map { Self.text($0, dryRun: dryRun, zone: context.userZone) }
                text.append(Self.summary(scan))
                context.print(text.joined(separator: "\n"))
            }

            static func text(_ line: MailScan.Line, dryRun: Bool, zone: Zone) -> String {
                let when = line.at.map { DateText.iso($0, in: zone) } ?? "-"
                let what: String
                switch line.action {
                case .sent: what = dryRun ? "would record sent" : "recorded sent"
                case .reply: what = dryRun ? "would record reply" : "recorded reply"
                case .interview: what = dryRun ? "would record interview" : "recorded interview"
                case .scheduled: what = "scheduled interview"
                case .known: what = "already recorded"
                case .skipped: what = "skipped"
                case .malformed: what = "not mail"
                }
                var details = [MailScanJSON.reason(line)]
                if let deadline = line.deadline {
                    details.append("promises \(deadline.start == deadline.end ? "\(deadline.end)" : "\(deadline.start)..\(deadline.end)")")
                }
                if line.invitesNextStep { details.append("invites the next step") }
                let process = line.process.map { " \($0.rawValue)" } ?? ""
                return "\(what)\(process) · \(when) · \(line.source) — \(details.joined(separator: "; "))"
            }

            static func summary(_ scan: MailScan) -> String {
                let recorded = scan.count(.sent) + scan.count(.reply) + scan.count(.interview)
                let verb = scan.dryRun ? "Would record" : "Recorded"
                let interviews = scan.count(.interview) + scan.count(.scheduled) == 0 ? "" : ", \(scan.count(.interview)) interviews"
                let scheduled = scan.count(.scheduled) == 0 ? "" : "\(scan.count(.scheduled)) scheduled interviews to record after they happen; "
                return
                    "\(verb) \(recorded) (\(scan.count(.sent)) sent, \(scan.count(.reply)) replies\(interviews)); \(scan.count(.known)) already recorded; "
                    + scheduled + "\(scan.count(.skipped)) skipped; \(scan.count(.malformed)) not mail."
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
    var interviews: Int
    var scheduled: Int
    var known: Int
    var skipped: Int
    var malformed: Int
    var lines: [Line]

    /// The line's reason; a store's refusal is worded here, without a flag to fix it, since
    /// the mail is what it is.
    static func reason(_ line: MailScan.Line) -> String {
        guard let refusal = line.refusal else { return line.reason }
        if case .invalid(.eventInFuture(_, let at, let now)) = refusal { return "refused: dated \(at), after now (\(now))" }
        if case .invalid(let error) = refusal { return "refused: " + error.message }
        return "refused: " + refusal.message
    }

    init(_ scan: MailScan, zone: Zone) {
        dryRun = scan.dryRun
        (interviews, scheduled) = (scan.count(.interview), scan.count(.scheduled))
        (sent, replies, known, skipped, malformed) = (
            scan.count(.sent), scan.count(.reply), scan.count(.known), scan.count(.skipped), scan.count(.malformed)
        )
        lines = scan.lines.map {
            Line(
                source: $0.source, messageId: $0.messageID, action: $0.action.rawValue, process: $0.process?.rawValue,
                at: $0.at.map { DateText.iso($0, in: zone) }, reason: Self.reason($0), deadline: $0.deadline, invitesNextStep: $0.invitesNextStep)
        }
    }
}
