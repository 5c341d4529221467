import ArgumentParser
import FollowUpCore

extension Followup {
    /// `followup add`: starts tracking a process.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Start tracking an application; prints its id on the last line.",
            discussion:
                "Example: followup add Acme --role \"Backend Engineer\" --contact \"Dana Reyes <dana@acme.example>\" --time-zone America/New_York")

        @Argument(help: "The company's name.")
        var company: String

        @Option(help: "The role applied for.")
        var role: String

        @Option(help: ArgumentHelp("A contact as \"Name <email>\" (repeat for several).", valueName: "contact"))
        var contact: [String] = []

        @Option(
            help: ArgumentHelp(
                "What the contacts do: recruiter, hiring-manager or interviewer (one per --contact, or one for all).", valueName: "role"))
        var contactRole: [ContactRole] = []

        @Option(help: ArgumentHelp("The recruiter's region as an ISO 3166 code (US, GB-ENG, BR-SP).", valueName: "code"))
        var region: String?

        @Option(help: ArgumentHelp("The recruiter's IANA time zone (default: yours).", valueName: "zone"))
        var timeZone: String?

        @Option(help: ArgumentHelp("Language of correspondence: en or pt-BR (default: your setting).", valueName: "lang"))
        var language: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if contactRole.count > 1, contactRole.count != contact.count {
                throw ValidationError("give one --contact-role for all contacts, or one per --contact")
            }
        }

        func run() async throws {
            let context = try await CommandContext.make(store)
            let roles = contactRole.count == 1 ? Array(repeating: contactRole[0], count: contact.count) : contactRole
            let contacts = try contact.enumerated().map { index, text in
                try parsing("--contact") { () throws(FollowUpError) in
                    try Contact(parsing: text, role: index < roles.count ? roles[index] : .recruiter)
                }
            }
            let region =
                try region.map { code in try parsing("--region") { () throws(FollowUpError) in try HiringProcess.validatedRegion(code) } }
                ?? context.settings.region
            let zone =
                try timeZone.map { name in try parsing("--time-zone") { () throws(FollowUpError) in try Zone(name) } }
                ?? context.userZone
            let language =
                try language.map { text in try parsing("--language") { () throws(FollowUpError) in try Language(parsing: text) } }
                ?? context.settings.language
            let process = try await context.store.addProcess(
                company: company, role: role, contacts: contacts, region: region, zone: zone, language: language, now: context.now)
            context.print("Added \(process.title) (\(zone.identifier)\(region.map { ", \($0)" } ?? "")).")
            context.print("Next: log the interview with 'followup interviewed \(process.id) --at DATETIME'.")
            context.print(process.id.rawValue)
        }
    }
}
