/// The review rules of SPEC §4, by stable id, so every finding can say which rule spoke.
public enum ReviewRuleID: String, Sendable, Codable, CaseIterable, NumberedRule {
    case r1 = "R1", r2 = "R2", r3 = "R3", r4 = "R4", r5 = "R5", r6 = "R6"
    case r7 = "R7", r8 = "R8", r9 = "R9", r10 = "R10", r11 = "R11"

    /// The rule's short name ("R2 demanding").
    public var name: String {
        switch self {
        case .r1: "emotion"
        case .r2: "demanding"
        case .r3: "immediate-decision"
        case .r4: "resume"
        case .r5: "length"
        case .r6: "over-justify"
        case .r7: "vague"
        case .r8: "no-question"
        case .r9: "no-courtesy"
        case .r10: "volume"
        case .r11: "outside-deadline"
        }
    }

}

/// How much a finding matters: an error keeps a draft from being ready to send.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One thing a reader would notice in a draft: which rule, where exactly, why, and what to write instead.
public struct Finding: Sendable, Equatable {
    public var rule: ReviewRuleID
    public var severity: Severity
    /// 1-based line and column (UTF-8 bytes) of the start.
    public var line: Int
    public var column: Int
    /// UTF-8 byte offsets of the flagged words in the text.
    public var start: Int
    public var end: Int
    public var message: String
    public var suggestion: String

    public init(rule: ReviewRuleID, severity: Severity, line: Int, column: Int, start: Int, end: Int, message: String, suggestion: String) {
        self.rule = rule
        self.severity = severity
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.message = message
        self.suggestion = suggestion
    }

    /// A finding over a byte range of `text`, with its line and column worked out.
    public init(rule: ReviewRuleID, severity: Severity, in text: ReviewText, start: Int, end: Int, message: String, suggestion: String) {
        let position = text.position(of: start)
        self.init(
            rule: rule, severity: severity, line: position.line, column: position.column, start: start, end: end, message: message,
            suggestion: suggestion)
    }
}
