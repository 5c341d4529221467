public import Foundation

/// A short, readable, unique process id such as `acme-backend-engineer`.
public struct ProcessID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }
    public static func < (lhs: ProcessID, rhs: ProcessID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// A slug for a company and role ("Açaí Labs", "Back-end Engineer" → `acai-labs-back-end-engineer`),
    /// made unique against ids already taken by appending `-2`, `-3`, ….
    public static func make(company: String, role: String, taken: (ProcessID) -> Bool) -> ProcessID {
        var base = slug(company + " " + role)
        if base.isEmpty { base = "process" }
        if base.count > 60 {
            base = String(base.prefix(60))
            while base.hasSuffix("-") { base.removeLast() }
        }
        var candidate = ProcessID(base)
        var suffix = 2
        while taken(candidate) {
            candidate = ProcessID("\(base)-\(suffix)")
            suffix += 1
        }
        return candidate
    }

    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }
}

/// The language a process is conducted in, which drafts and reviews follow.
public enum Language: String, Sendable, Codable, CaseIterable {
    case english = "en"
    case brazilianPortuguese = "pt-BR"

    /// Accepts the usual spellings (`en`, `EN`, `pt-br`, `pt_BR`).
    public init(parsing text: String) throws(FollowUpError) {
        if let exact = Language(rawValue: text) {
            self = exact
            return
        }
        let key = text.replacingOccurrences(of: "_", with: "-").lowercased()
        switch key {
        case "en", "en-us", "en-gb", "english": self = .english
        case "pt-br", "pt", "portuguese": self = .brazilianPortuguese
        default: throw FollowUpError.invalidLanguage(text)
        }
    }
}

/// What a contact does in the process, which changes who a message goes to.
public enum ContactRole: String, Sendable, Codable, CaseIterable {
    case recruiter
    case hiringManager = "hiring-manager"
    case interviewer
}

/// A person at the company the user corresponds with.
public struct Contact: Sendable, Equatable, Codable {
    public var name: String
    public var email: String?
    public var role: ContactRole

    public init(name: String, email: String? = nil, role: ContactRole = .recruiter) {
        self.name = name
        self.email = email
        self.role = role
    }

    /// Reads `Name <email>`, `email` or `Name`, the forms people paste from a mail client.
    public init(parsing text: String, role: ContactRole = .recruiter) throws(FollowUpError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw FollowUpError.invalidContact(text) }
        if let open = trimmed.firstIndex(of: "<") {
            guard trimmed.hasSuffix(">") else { throw FollowUpError.invalidContact(text) }
            let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            let email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            guard Contact.isEmail(email) else { throw FollowUpError.invalidContact(text) }
            self.init(name: name.isEmpty ? email : name, email: email, role: role)
        } else if trimmed.contains("@") {
            guard Contact.isEmail(trimmed) else { throw FollowUpError.invalidContact(text) }
            self.init(name: trimmed, email: trimmed, role: role)
        } else {
            self.init(name: trimmed, email: nil, role: role)
        }
    }

    /// The first word of the name, for greetings.
    public var firstName: String {
        String(name.split(separator: " ").first ?? Substring(name))
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
    }
}

/// One application at one company for one role.
///
/// The recruiter's zone and region travel with the process because every window is computed
/// in the recipient's working day, not the user's.
public struct HiringProcess: Sendable, Equatable, Codable, Identifiable {
    public var id: ProcessID
    public var company: String
    public var role: String
    public var contacts: [Contact]
    /// ISO 3166 code of the recruiter's region (its public holidays), when known.
    public var region: String?
    /// The recruiter's time zone.
    public var zone: Zone
    public var language: Language
    public var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, company, role, contacts, region
        case zone = "timeZone"
        case language, createdAt
    }

    public init(
        id: ProcessID, company: String, role: String, contacts: [Contact] = [], region: String? = nil,
        zone: Zone = .utc, language: Language = .english, createdAt: Date
    ) {
        self.id = id
        self.company = company
        self.role = role
        self.contacts = contacts
        self.region = region
        self.zone = zone
        self.language = language
        self.createdAt = createdAt
    }

    /// Checks an ISO 3166 country or subdivision code (`US`, `GB-ENG`, `BR-SP`) that Followup has
    /// holidays for, and returns it upper-cased.
    public static func validatedRegion(_ text: String) throws(FollowUpError) -> String {
        let code = text.uppercased()
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        let letters = parts.first.map { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } } ?? false
        let subdivisionOK =
            parts.count == 1
            || (parts.count == 2 && (1...3).contains(parts[1].count) && parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
        guard letters, subdivisionOK else { throw FollowUpError.invalidRegion(text) }
        return try HolidayRegions.region(code).code
    }

    /// The contact a follow-up is addressed to: the recruiter when there is one.
    public var primaryContact: Contact? {
        contacts.first { $0.role == .recruiter } ?? contacts.first
    }
}
