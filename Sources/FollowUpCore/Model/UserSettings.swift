/// The user's own settings: who they are, their defaults, and the policy's numbers.
///
/// Settings are stored as text under stable keys so the command line, the web app and files
/// all read and write them the same way; this type is the one place that parses and checks them.
public struct UserSettings: Sendable, Equatable {
    public var name: String?
    public var signature: String?
    /// Region given to new processes when `add` names none.
    public var region: String?
    /// The user's own time zone, and the default for new processes.
    public var zone: Zone?
    public var language: Language = .english
    /// Whether optional holidays (Brazil's Carnival) are days off when counting business days.
    public var optionalHolidaysAreDaysOff = true
    public var policy = PolicySettings()
    public var review = ReviewSettings()
    /// The user's own mail addresses, lower case: mail from them was sent, mail to them received.
    public var mailAddresses: [String] = []
    /// The sendmail-compatible program `send` hands a message to, on its standard input.
    public var sendCommand = UserSettings.defaultSendCommand
    public static let defaultSendCommand = "msmtp -t --read-envelope-from"
    /// The secret in the web app's calendar feed address; nil until `serve` first makes one,
    /// "off" when the user turned the feed off.
    public var calendarFeed: String?

    public init() {}

    /// Reads stored key–value pairs; unknown keys or bad values are an error naming the key.
    public init(values: [String: String]) throws(FollowUpError) {
        self.init()
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            try set(key, to: value)
        }
    }

    /// One setting: its key, what it means and what it accepts.
    public struct Key: Sendable {
        public let name: String
        public let summary: String
        /// The accepted values, as shown when a value is refused.
        public let accepts: String
        let get: @Sendable (UserSettings) -> String
        let set: @Sendable (inout UserSettings, String) throws(FollowUpError) -> Void
    }

    /// Every key, in the order `followup settings` lists them.
    public static let keys: [Key] =
        [
            Key(name: "name", summary: "your name, used to sign drafts", accepts: "any text", get: { $0.name ?? "" }, set: { $0.name = $1.nonEmpty }),
            Key(
                name: "signature", summary: "the closing line of drafts", accepts: "any text", get: { $0.signature ?? "" },
                set: { $0.signature = $1.nonEmpty }),
            Key(
                name: "mail-addresses", summary: "your own mail addresses, so 'mail scan' knows what you sent from what you received",
                accepts: "addresses separated by commas, or nothing",
                get: { $0.mailAddresses.joined(separator: ",") },
                set: { settings, value throws(FollowUpError) in
                    let addresses = value.split(separator: ",").map { $0.trimmingSpaces().lowercased() }.filter { !$0.isEmpty }
                    for address in addresses where !UserSettings.isAddress(address) {
                        throw FollowUpError.invalidSetting(
                            key: "mail-addresses", value: value, expected: "addresses such as ana@example.com, separated by commas")
                    }
                    settings.mailAddresses = addresses
                }),
            Key(
                name: "calendar-feed", summary: "the secret in the web app's calendar feed address (replace it to revoke old links)",
                accepts: "16 or more letters, digits, '-' or '_', or off",
                get: { $0.calendarFeed ?? "" },
                set: { settings, value throws(FollowUpError) in
                    let allowed = value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
                    guard value.isEmpty || value == "off" || (value.count >= 16 && allowed) else {
                        throw FollowUpError.invalidSetting(
                            key: "calendar-feed", value: value, expected: "16 or more letters, digits, '-' or '_', or off")
                    }
                    settings.calendarFeed = value.isEmpty ? nil : value
                }),
            Key(
                name: "send-command", summary: "the program 'send' hands a message to on its standard input (sendmail-compatible)",
                accepts: "a command such as msmtp -t --read-envelope-from",
                get: { $0.sendCommand },
                set: { settings, value throws(FollowUpError) in
                    settings.sendCommand = value.isEmpty ? UserSettings.defaultSendCommand : value
                }),
            Key(
                name: "region", summary: "default region of new processes (public holidays)", accepts: "an ISO 3166 code such as US, GB-ENG, BR-SP",
                get: { $0.region ?? "" },
                set: { settings, value throws(FollowUpError) in
                    settings.region = value.isEmpty ? nil : try HiringProcess.validatedRegion(value)
                }),
            Key(
                name: "optional-holidays", summary: "whether optional holidays such as Carnival count as days off",
                accepts: "day-off or business-day",
                get: { $0.optionalHolidaysAreDaysOff ? "day-off" : "business-day" },
                set: { settings, value throws(FollowUpError) in
                    switch value.lowercased() {
                    case "day-off": settings.optionalHolidaysAreDaysOff = true
                    case "business-day": settings.optionalHolidaysAreDaysOff = false
                    default: throw FollowUpError.invalidSetting(key: "optional-holidays", value: value, expected: "day-off or business-day")
                    }
                }),
            Key(
                name: "time-zone", summary: "your time zone, and the default of new processes", accepts: "an IANA name such as America/New_York",
                get: { $0.zone?.identifier ?? "" },
                set: { settings, value throws(FollowUpError) in settings.zone = value.isEmpty ? nil : try Zone(value) }),
            Key(
                name: "language", summary: "default language of new processes", accepts: Language.allCases.map(\.rawValue).joined(separator: " or "),
                get: { $0.language.rawValue },
                set: { settings, value throws(FollowUpError) in settings.language = try Language(parsing: value) }),
            Key(
                name: "sending-hours", summary: "when messages should land, in the recruiter's zone", accepts: "HH:MM-HH:MM such as 09:00-11:00",
                get: { $0.policy.sendingHours.description },
                set: { settings, value throws(FollowUpError) in settings.policy.sendingHours = try SendingHours(parsing: value) }),
            Key(
                name: "thank-you", summary: "when to suggest a thank-you (P1)", accepts: "auto, always or never",
                get: { $0.policy.thankYou.rawValue },
                set: { settings, value throws(FollowUpError) in
                    guard let preference = PolicySettings.ThankYouPreference(rawValue: value.lowercased()) else {
                        throw FollowUpError.invalidSetting(key: "thank-you", value: value, expected: "auto, always or never")
                    }
                    settings.policy.thankYou = preference
                }),
            number("thank-you-hours", "hours after an interview a thank-you stays advised (P1)", 1...168, \.thankYouHours),
            number("interview-minutes", "assumed interview length when no end is known (P1)", 5...600, \.interviewMinutes),
            span("after-deadline-days", "business days after the deadline for the check-in (P3)", \.afterDeadlineDays),
            span("no-timeline-days", "business days after the interview without a timeline (P4)", \.noTimelineDays),
            span("final-attempt-days", "business days after the first follow-up for the final one (P5)", \.finalAttemptDays),
            number("move-on-days", "business days after the final attempt before moving on (P6)", 1...60, \.moveOnDays),
            number("cap", "unanswered follow-ups allowed per round (P7)", 1...5, \.cap),
            number("spacing-days", "business days to leave after your last message (P10)", 0...20, \.spacingDays),
            number("alignment-days", "business days an alignment stays advised without an outside deadline (P9)", 1...20, \.alignmentDays),
        ] + MessageKind.allCases.map(budget) + [
            Key(
                name: "disabled-rules", summary: "review rules switched off (R5)",
                accepts: "rule ids separated by commas, such as R6,R11, or nothing",
                get: { $0.review.disabled.sorted().map(\.rawValue).joined(separator: ",") },
                set: { settings, value throws(FollowUpError) in
                    var rules = Set<ReviewRuleID>()
                    for name in value.split(separator: ",") {
                        guard let rule = ReviewRuleID(rawValue: name.trimmingSpaces().uppercased()) else {
                            throw FollowUpError.invalidSetting(
                                key: "disabled-rules", value: value,
                                expected: "rule ids from \(ReviewRuleID.allCases.map(\.rawValue).joined(separator: ", ")), separated by commas")
                        }
                        rules.insert(rule)
                    }
                    settings.review.disabled = rules
                })
        ] + Language.allCases.map(extraPhrases)

    /// One "@" with something on each side and no spaces: enough to catch a name typed by mistake.
    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }

    /// Key names, for error messages and completion.
    public static var keyNames: [String] { keys.map(\.name) }

    /// The key with this name, or an error listing the valid ones.
    public static func key(named name: String) throws(FollowUpError) -> Key {
        guard let key = keys.first(where: { $0.name == name }) else {
            throw FollowUpError.unknownSetting(name, valid: keyNames)
        }
        return key
    }

    /// The value of a key as text.
    public func value(of name: String) throws(FollowUpError) -> String {
        try UserSettings.key(named: name).get(self)
    }

    /// Changes one key, checking the value; `self` is unchanged when it is refused.
    public mutating func set(_ name: String, to value: String) throws(FollowUpError) {
        let key = try UserSettings.key(named: name)
        var copy = self
        try key.set(&copy, value.trimmingCharacters(in: .whitespaces))
        self = copy
    }

    /// Every key with its current value, in listing order.
    public var all: [(key: Key, value: String)] {
        UserSettings.keys.map { ($0, $0.get(self)) }
    }

    /// The keys whose values differ from the defaults, as stored.
    public var storedValues: [String: String] {
        let defaults = UserSettings()
        var values: [String: String] = [:]
        for key in UserSettings.keys where key.get(self) != key.get(defaults) {
            values[key.name] = key.get(self)
        }
        return values
    }

    static func number(
        _ name: String, _ summary: String, _ range: ClosedRange<Int>, _ path: any WritableKeyPath<PolicySettings, Int> & Sendable
    ) -> Key {
        let accepts = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        return Key(
            name: name, summary: summary, accepts: accepts, get: { String($0.policy[keyPath: path]) },
            set: { settings, value throws(FollowUpError) in
                guard let number = Int(value), range.contains(number) else {
                    throw FollowUpError.invalidSetting(key: name, value: value, expected: accepts)
                }
                settings.policy[keyPath: path] = number
            })
    }

    static func budget(_ kind: MessageKind) -> Key {
        let name = "word-budget-\(kind.rawValue)"
        let accepts = "a whole number of words from 20 to 400"
        return Key(
            name: name, summary: "words a \(kind.rawValue) message may have before R5 speaks", accepts: accepts,
            get: { String($0.review.budget(for: kind)) },
            set: { settings, value throws(FollowUpError) in
                guard let number = Int(value), (20...400).contains(number) else {
                    throw FollowUpError.invalidSetting(key: name, value: value, expected: accepts)
                }
                settings.review.budgets[kind] = number
            })
    }

    static func extraPhrases(_ language: Language) -> Key {
        let name = "extra-phrases-\(language.rawValue)"
        return Key(
            name: name, summary: "your own phrases for the review rules, in \(language.rawValue)",
            accepts: "entries RULE=phrase separated by ';'",
            get: { ReviewSettings.formatPhrases($0.review.extraPhrases[language] ?? []) },
            set: { settings, value throws(FollowUpError) in
                settings.review.extraPhrases[language] = try ReviewSettings.parsePhrases(value, key: name)
            })
    }

    static func span(_ name: String, _ summary: String, _ path: any WritableKeyPath<PolicySettings, ClosedRange<Int>> & Sendable) -> Key {
        let accepts = "FIRST-LAST business days, such as 1-2, each from 1 to 30"
        return Key(
            name: name, summary: summary, accepts: accepts,
            get: { "\($0.policy[keyPath: path].lowerBound)-\($0.policy[keyPath: path].upperBound)" },
            set: { settings, value throws(FollowUpError) in
                let parts = value.split(separator: "-").compactMap { Int($0.trimmingSpaces()) }
                guard parts.count == 2 || (parts.count == 1 && !value.contains("-")), let first = parts.first, let last = parts.last,
                    first >= 1, last <= 30, first <= last
                else { throw FollowUpError.invalidSetting(key: name, value: value, expected: accepts) }
                settings.policy[keyPath: path] = first...last
            })
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
