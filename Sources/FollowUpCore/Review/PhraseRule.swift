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

        public init(_ pattern: String, _ message: String, _ suggestion: String, classes: WordClasses = .none) {
            self.pattern = PhrasePattern(pattern, classes: classes)
            self.message = message
            self.suggestion = suggestion
        }
    }

    /// One entry as written in a rule's list, before its word classes are known.
    public struct Phrase: Sendable {
        public var pattern: String
        public var message: String
        public var suggestion: String

        public init(_ pattern: String, _ message: String, _ suggestion: String) {
            (self.pattern, self.message, self.suggestion) = (pattern, message, suggestion)
        }
    }

    public let english: [Entry]
    public let portuguese: [Entry]
    private let englishScreen: Screen
    private let portugueseScreen: Screen

    /// The lists are fixed once made: each phrase's `@class` words are read in its language's
    /// classes, and the anchors are gathered here for `forEachCandidate`.
    public init(english: [Phrase], portuguese: [Phrase]) {
        self.english = english.map { Entry($0.pattern, $0.message, $0.suggestion, classes: .english) }
        self.portuguese = portuguese.map { Entry($0.pattern, $0.message, $0.suggestion, classes: .portuguese) }
        englishScreen = Screen(self.english)
        portugueseScreen = Screen(self.portuguese)
    }

    public func entries(for language: Language) -> [Entry] {
        language == .english ? english : portuguese
    }

    /// Every entry's anchors (`PhrasePattern.anchors`) side by side in one buffer, so a review
    /// rules most entries out reading memory in order, without visiting each pattern: those
    /// visits, each to its own corner of the heap, had been a tenth of a review.
    struct Screen: Sendable {
        let anchors: [UInt64]
        /// Where each entry's anchors end in `anchors`.
        let ends: [Int]

        init(_ entries: [Entry]) {
            var anchors: [UInt64] = []
            var ends: [Int] = []
            for entry in entries {
                anchors += entry.pattern.anchors
                ends.append(anchors.count)
            }
            (self.anchors, self.ends) = (anchors, ends)
        }
    }

    /// Calls `body` with each entry in `language` that the text's words do not rule out, in
    /// order, while it returns true.
    func forEachCandidate(_ language: Language, in text: ReviewText, _ body: (Entry) -> Bool) {
        // No tuple of the language's arrays: building one retained and released all of them.
        if language == .english {
            Self.forEachCandidate(english, englishScreen, in: text, body)
        } else {
            Self.forEachCandidate(portuguese, portugueseScreen, in: text, body)
        }
    }

    private static func forEachCandidate(_ entries: [Entry], _ screen: Screen, in text: ReviewText, _ body: (Entry) -> Bool) {
        screen.anchors.withUnsafeBufferPointer { anchors in
            var start = 0
            for (index, end) in screen.ends.enumerated() {
                defer { start = end }
                guard PhrasePattern.mayMatch(UnsafeBufferPointer(rebasing: anchors[start..<end]), in: text) else { continue }
                guard body(entries[index]) else { return }
            }
        }
    }

    /// Whether any entry in `language` occurs in the text.
    func occurs(_ language: Language, in text: ReviewText) -> Bool {
        var found = false
        forEachCandidate(language, in: text) { entry in
            found = entry.pattern.occurs(in: text)
            return !found
        }
        return found
    }

    /// Every match of every entry (and the user's own phrases for `rule`), as findings of `rule`.
    func findings(rule: ReviewRuleID, severity: Severity, in text: ReviewText, context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        var covered: [ClosedRange<Int>] = []
        func add(_ entry: Entry) -> Bool {
            for range in entry.pattern.matches(in: text) where !covered.contains(where: { $0.overlaps(range) }) {
                covered.append(range)
                findings.append(
                    Finding(
                        rule: rule, severity: severity, in: text, start: text.words[range.lowerBound].start,
                        end: text.words[range.upperBound].end, message: entry.message, suggestion: entry.suggestion))
            }
            return true
        }
        forEachCandidate(context.language, in: text, add)
        for entry in context.ownEntries(rule: rule) { _ = add(entry) }
        return findings
    }
}
