/// The user's own review preferences: word budgets per kind, rules switched off, and phrases of
/// their own added to the phrase rules, per language.
public struct ReviewSettings: Sendable, Equatable {
    /// Words a message of each kind may have before R5 speaks (SPEC §3: a check-in under ~80).
    public var budgets: [MessageKind: Int] = [.thankYou: 100, .checkIn: 80, .final: 70, .alignment: 110, .other: 120]
    public var disabled: Set<ReviewRuleID> = []
    /// Extra phrases per language and rule, in the phrase syntax (`PhrasePattern`).
    public var extraPhrases: [Language: [(rule: ReviewRuleID, pattern: PhrasePattern)]] = [:]

    public init() {}

    /// Rules that take phrases.
    public static let phraseRules: [ReviewRuleID] = [.r1, .r2, .r3, .r4, .r6, .r11]

    public func budget(for kind: MessageKind) -> Int { budgets[kind] ?? 80 }

    /// Reads `R1=pattern; R6=pattern`, as stored under `extra-phrases-en` and `extra-phrases-pt-BR`.
    public static func parsePhrases(_ text: String, key: String) throws(FollowUpError) -> [(rule: ReviewRuleID, pattern: PhrasePattern)] {
        var result: [(rule: ReviewRuleID, pattern: PhrasePattern)] = []
        let expected =
            "entries RULE=phrase separated by ';', such as R1=tickled pink; R6=pardon the intrusion (rules \(phraseRules.map(\.rawValue).joined(separator: ", ")))"
        for entry in text.split(separator: ";") {
            let parts = entry.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let rule = ReviewRuleID(rawValue: parts[0].trimmingSpaces().uppercased()), phraseRules.contains(rule) else {
                throw FollowUpError.invalidSetting(key: key, value: text, expected: expected)
            }
            let phrase = parts[1].trimmingSpaces()
            guard !phrase.isEmpty else { throw FollowUpError.invalidSetting(key: key, value: text, expected: expected) }
            result.append((rule, PhrasePattern(String(phrase))))
        }
        return result
    }

    static func formatPhrases(_ phrases: [(rule: ReviewRuleID, pattern: PhrasePattern)]) -> String {
        phrases.map { "\($0.rule.rawValue)=\($0.pattern.description)" }.joined(separator: "; ")
    }

    public static func == (lhs: ReviewSettings, rhs: ReviewSettings) -> Bool {
        lhs.budgets == rhs.budgets && lhs.disabled == rhs.disabled
            && Language.allCases.allSatisfy { formatPhrases(lhs.extraPhrases[$0] ?? []) == formatPhrases(rhs.extraPhrases[$0] ?? []) }
    }
}

extension ReviewContext {
    /// The user's own phrases for `rule` in this language, as entries after a list's own.
    func ownEntries(rule: ReviewRuleID) -> [PhraseList.Entry] {
        // Most users have none: nothing to build.
        guard let extras = settings.extraPhrases[language], extras.contains(where: { $0.rule == rule }) else { return [] }
        return extras.filter { $0.rule == rule }.map { extra in
            PhraseList.Entry(
                extra.pattern.description,
                language == .english ? "Matches one of your own phrases for \(rule.label)." : "Corresponde a uma frase sua para \(rule.label).",
                language == .english ? "Rephrase it calmly, or cut it." : "Reescreva com calma, ou corte.",
                classes: WordClasses.of(language))
        }
    }
}
