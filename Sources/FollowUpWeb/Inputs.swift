import FollowUpApp
import FollowUpCore
import FollowUpStore

// What the pages' forms and the API's JSON bodies ask for, read from `Fields` the same way.

/// The fields of a new process, from the page's form or the API.
struct ProcessInput {
    static let fieldNames = ["company", "role", "contact", "email", "contactRole", "region", "timeZone", "language"]
    var fields: Fields

    init(_ fields: Fields) { self.fields = fields }

    func create(in workspace: Workspace) async throws -> HiringProcess {
        let role = try fields.choice("contactRole", ContactRole.self) ?? .recruiter
        var contacts: [Contact] = []
        if let name = fields.text("contact") {
            let text = fields.text("email").map { "\(name) <\($0)>" } ?? name
            contacts.append(try fields.parse("contact") { (_) throws(FollowUpError) in try Contact(parsing: text, role: role) }!)
        }
        let region =
            try fields.parse("region") { (code) throws(FollowUpError) in try HiringProcess.validatedRegion(code) } ?? workspace.settings.region
        let zone = try fields.parse("timeZone") { (name) throws(FollowUpError) in try Zone(name) } ?? workspace.userZone
        let language = try fields.choice("language", Language.self) ?? workspace.settings.language
        return try await workspace.store.addProcess(
            company: fields.text("company") ?? "", role: fields.text("role") ?? "", contacts: contacts, region: region, zone: zone,
            language: language, now: workspace.now)
    }
}

/// A review request: the text, and the kind, language and process when given.
struct ReviewInput {
    var fields: Fields

    init(_ fields: Fields) { self.fields = fields }

    func review(_ text: String, in workspace: Workspace) async throws -> ReviewOutcome {
        let kind = try fields.choice("kind", MessageKind.self)
        let language = try fields.choice("language", Language.self)
        var process: ProcessState?
        if let id = fields.text("process") { process = try await workspace.store.state(of: id) }
        return workspace.review(text, kind: kind, language: language, process: process)
    }
}

/// Settings sent together: only those that changed are written, all or none.
struct SettingsInput {
    var fields: Fields

    init(_ fields: Fields) { self.fields = fields }

    func save(over current: UserSettings, in store: any ProcessStore) async throws -> UserSettings {
        for name in fields.values.keys where name != "_csrf" {
            do {
                _ = try UserSettings.key(named: name)
            } catch {
                throw WebError(error)
            }
        }
        let changes = UserSettings.keyNames.compactMap { name -> (key: String, value: String)? in
            guard let value = fields.raw(name)?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
            return (try? current.value(of: name)) == value ? nil : (name, value)
        }
        guard !changes.isEmpty else { return current }
        return try await store.setSettings(changes)
    }
}
