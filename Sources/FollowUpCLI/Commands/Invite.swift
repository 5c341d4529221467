import ArgumentParser
import FollowUpApp
import FollowUpCore
import FollowUpMail
import Foundation

extension Followup {
    /// `followup invite`: an invitation file (.ics) into interviews.
    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "invite",
            abstract: "Read an invitation (.ics) into interviews: matched to a process by its organizer and attendees.",
            discussion: """
                An interview is recorded once it has taken place; an invitation still to come is \
                reported as scheduled, and reading it again afterwards records it (never twice: by \
                its UID). When no process matches, --company and --role create one with the \
                organizer as its contact.
                """)

        @Argument(help: ArgumentHelp("The invitation file.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("Create a process for this company when none matches (with --role).", valueName: "name"))
        var company: String?

        @Option(help: ArgumentHelp("The role of the process to create.", valueName: "role"))
        var role: String?

        @Flag(help: "Say what would be recorded, and record nothing.")
        var dryRun = false

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard (company == nil) == (role == nil) else { throw ValidationError("--company and --role go together") }
        }

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIFailure.usage("cannot read \(file): check that it exists and is readable")
            }
            let invitations = CalendarInvitation.read(String(decoding: data, as: UTF8.self))
            guard !invitations.isEmpty else {
                throw CLIFailure.usage("\(file) holds no event with a UID and a start: it is not an invitation")
            }
            let context = try await CommandContext.make(store)
            var lines = try await context.workspace.readInvitations(invitations, source: file, dryRun: dryRun)
            if let company, let role, lines.contains(where: { $0.action == .skipped && $0.process == nil }), !dryRun {
                // Confirmed by the flags: the process, with the organizer as its contact.
                let organizer = invitations.compactMap(\.organizer).first { !context.settings.mailAddresses.contains($0.address.lowercased()) }
                let contacts = organizer.map { [Contact(name: $0.name.isEmpty ? $0.address : $0.name, email: $0.address)] } ?? []
                let process = try await context.store.addProcess(
                    company: company, role: role, contacts: contacts, region: context.settings.region, zone: context.userZone,
                    language: context.settings.language, now: context.now)
                context.print("Added \(process.title).")
                lines = try await context.workspace.readInvitations(invitations, source: file, process: process.id, dryRun: false)
            }
            let scan = MailScan(lines: lines, dryRun: dryRun)
            if json {
                context.printJSON(MailScanJSON(scan, zone: context.userZone))
                return
            }
            var text = lines.map { MailCommand.Scan.text($0, dryRun: dryRun, zone: context.userZone) }
            text.append(MailCommand.Scan.summary(scan))
            context.print(text.joined(separator: "\n"))
        }
    }
}
