/// A rule that fires on phrases: patterns per language, each with what to say and what to write instead.
///
/// The phrase lists are data, so adding a way people write anxiety or impatience is one line.
public struct PhraseList: Sendable {
    /// A class, so that walking a list hands each rule one reference instead of copying a
    /// pattern's arrays and two strings per entry on every review.
    public final class Entry: Sendable {
        public let pattern: PhrasePattern
        public let message: String
        public let suggestion: String

        public init(_ pattern: String, _ message: String, _ suggestion: String) {
            self.pattern = PhrasePattern(pattern)
            self.message = message
            self.suggestion = suggestion
        }
    }

    public var english: [Entry]
    public var portuguese: [Entry]

    public func entries(for language: Language) -> [Entry] {
        language == .english ? english : portuguese
    }

    /// Every match of every entry (and the user's own phrases for `rule`), as findings of `rule`.
    func findings(rule: ReviewRuleID, severity: Severity, in text: ReviewText, context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        var covered: [ClosedRange<Int>] = []
        for entry in context.entries(self, rule: rule) {
            for range in entry.pattern.matches(in: text) where !covered.contains(where: { $0.overlaps(range) }) {
                covered.append(range)
                findings.append(
                    Finding(
                        rule: rule, severity: severity, in: text, start: text.words[range.lowerBound].start,
                        end: text.words[range.upperBound].end, message: entry.message, suggestion: entry.suggestion))
            }
        }
        return findings
    }
}
