public import Foundation

/// What a rule needs besides the words: the kind of message, its language, and, when known, the
/// process it belongs to (for R3, R7, R10 and R11).
public struct ReviewContext: Sendable {
    public var kind: MessageKind
    public var language: Language
    public var process: ProcessState?
    /// When the message would be sent, for the volume rule (R10).
    public var now: Date?
    public var calendar: BusinessCalendar
    public var policy: PolicySettings
    public var settings: ReviewSettings

    public init(
        kind: MessageKind, language: Language, process: ProcessState? = nil, now: Date? = nil,
        calendar: BusinessCalendar = .weekendsOnly, policy: PolicySettings = PolicySettings(), settings: ReviewSettings = ReviewSettings()
    ) {
        self.settings = settings
        self.kind = kind
        self.language = language
        self.process = process
        self.now = now
        self.calendar = calendar
        self.policy = policy
    }
}

/// One review rule: reads a draft and says what a calm, experienced recruiter would notice.
public protocol ReviewRule: Sendable {
    var id: ReviewRuleID { get }
    func findings(in text: ReviewText, context: ReviewContext) -> [Finding]
}

/// The figures a reader can act on.
public struct ReviewFigures: Sendable, Equatable {
    public var words: Int
    public var sentences: Int
    public var questions: Int
    /// Flesch reading ease (Portuguese: the Martins et al. adaptation); higher reads easier.
    public var readingEase: Double
}

/// The result of reading one draft.
public struct Review: Sendable, Equatable {
    public var findings: [Finding]
    public var figures: ReviewFigures

    /// A draft with no error is ready to send.
    public var isReadyToSend: Bool { !findings.contains { $0.severity == .error } }

    /// "ready to send" or "fix 2 things".
    public var verdict: String {
        let errors = findings.filter { $0.severity == .error }.count
        return errors == 0 ? "ready to send" : "fix \(errors) thing\(errors == 1 ? "" : "s")"
    }
}

/// Reads drafts against the rules R1–R11 of SPEC §4.
public struct Reviewer: Sendable {
    public var rules: [any ReviewRule]

    /// Every rule, less the ones switched off.
    public init(disabled: Set<ReviewRuleID> = []) {
        rules = disabled.isEmpty ? Reviewer.allRules : Reviewer.allRules.filter { !disabled.contains($0.id) }
    }

    static let allRules: [any ReviewRule] = [
        EmotionRule(), DemandingRule(), ImmediateDecisionRule(), ResumeRule(), LengthRule(), OverJustifyRule(),
        VagueRule(), QuestionRule(), CourtesyRule(), VolumeRule(), OutsideDeadlineRule(),
    ]

    /// Builds the phrase tables now rather than in the first review. A caller about to review
    /// thousands of drafts on every core calls it while waiting on something else (reading the
    /// files), so the cores do not queue on the tables' one-time set-up (about 1.5 ms).
    public static func prepare() {
        for language in Language.allCases {
            let sample = "Hi, thanks for the interview. Is there any update?"
            let tokens = ReviewText.Tokens(sample)
            _ = Language.infer(from: tokens)
            let text = ReviewText(tokens, language: language)
            _ = MessageKind.infer(from: text, language: language)
            _ = Reviewer().review(text, context: ReviewContext(kind: .checkIn, language: language))
        }
    }

    /// Reviews one draft; findings come in the order of the text.
    public func review(_ draft: String, context: ReviewContext) -> Review {
        review(ReviewText(draft, language: context.language), context: context)
    }

    /// Reviews words already split in the context's language (callers that inferred the kind reuse them).
    public func review(_ text: ReviewText, context: ReviewContext) -> Review {
        var findings: [Finding] = []
        for rule in rules where !context.settings.disabled.contains(rule.id) { findings += rule.findings(in: text, context: context) }
        findings.sort { $0.start != $1.start ? $0.start < $1.start : $0.rule < $1.rule }
        return Review(findings: findings, figures: ReviewFigures.measure(text, context: context))
    }
}

extension ReviewFigures {
    static func measure(_ text: ReviewText, context: ReviewContext) -> ReviewFigures {
        let words = text.words.count
        let sentences = max(text.sentences.count, words > 0 ? 1 : 0)
        let questions = text.questionCount
        let syllables = text.words.reduce(0) { count, word in count + text.withBytes(of: word) { syllableCount($0) } }
        var ease = 0.0
        if words > 0 {
            let perSentence = Double(words) / Double(sentences)
            let perWord = Double(syllables) / Double(words)
            ease = 206.835 - 1.015 * perSentence - 84.6 * perWord
            if context.language == .brazilianPortuguese { ease += 42 }
        }
        return ReviewFigures(words: words, sentences: sentences, questions: questions, readingEase: (ease * 10).rounded() / 10)
    }

    /// Vowel groups, a good-enough syllable count for both languages.
    ///
    /// Words arrive folded (lower case, no accents), so the vowels are ASCII bytes; any other
    /// byte, a piece of a letter outside ASCII included, is not a vowel.
    @inline(__always)
    static func syllableCount<Bytes: Sequence<UInt8>>(_ word: Bytes) -> Int {
        var count = 0
        var previousVowel = false
        var last: UInt8 = 0
        var beforeLast: UInt8 = 0
        for byte in word {
            let vowel: Bool
            switch byte {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): vowel = true
            default: vowel = false
            }
            if vowel && !previousVowel { count += 1 }
            previousVowel = vowel
            (beforeLast, last) = (last, byte)
        }
        // A silent final "e" ("time"), but not in "-le" ("table").
        if last == UInt8(ascii: "e"), count > 1, beforeLast != UInt8(ascii: "l") { count -= 1 }
        return max(count, 1)
    }
}
