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

    /// Which entries the text's words leave possible, read from the text's side: each anchor
    /// group (`PhrasePattern.anchors`) of the list gets a bit, each anchor word the bits of the
    /// groups it is in, and a review ORs together the bits of the words it has, then keeps the
    /// entries whose groups' bits are all set. Constructions name whole word classes (a group of
    /// ninety affect words), and asking the text about each of their words, entry by entry, had
    /// become most of a review. `PhrasePattern.mayMatch` is the plain reading it must agree with.
    struct Screen: Sendable {
        /// `UInt64`s per set of group bits.
        let width: Int
        /// Entry `e`'s anchor groups are numbered `ends[e - 1] ..< ends[e]` (from 0 for the
        /// first): each entry's groups are consecutive, so one mask tests them all.
        let ends: [Int32]
        /// Open addressing on anchor words' hashes (0: empty); `bits[slot * width ..< +width]`
        /// are the groups the word of `keys[slot]` is in.
        let keys: [UInt64]
        let bits: [UInt64]
        /// One bit per `filterBits` of the anchor words' hashes, set for each anchor word: most
        /// of a text's words are in no list, and this small table (it stays in the first-level
        /// cache) turns most of them away without probing `keys`.
        let filter: [UInt64]
        static let filterWords = 128

        init(_ entries: [Entry]) {
            // Each entry's groups get bits of their own: sharing equal groups would need a dictionary
            // keyed by arrays, whose conformance look-up at start-up cost more than the bits save.
            var members: [ArraySlice<UInt64>] = []
            var ends: [Int32] = []
            var words = 0
            for entry in entries {
                for group in entry.pattern.anchors.split(separator: 0) {
                    members.append(group)
                    words += group.count
                }
                ends.append(Int32(members.count))
            }
            let width = max(1, (members.count + 63) / 64)
            var capacity = 16
            while capacity < words * 2 { capacity *= 2 }
            var keys = [UInt64](repeating: 0, count: capacity)
            var bits = [UInt64](repeating: 0, count: capacity * width)
            var filter = [UInt64](repeating: 0, count: Self.filterWords)
            for (group, hashes) in members.enumerated() {
                for hash in hashes {
                    var slot = Self.slot(hash, capacity - 1)
                    while keys[slot] != 0 && keys[slot] != hash { slot = (slot + 1) & (capacity - 1) }
                    keys[slot] = hash
                    bits[slot * width + group / 64] |= 1 << UInt64(group % 64)
                    let bit = Self.filterBit(hash)
                    filter[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
            (self.width, self.ends, self.keys, self.bits, self.filter) = (width, ends, keys, bits, filter)
        }

        /// Word hashes always have their lowest bit set: the slot comes from the bits above it.
        @inline(__always)
        static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash >> 1) & mask }

        /// The filter's bit for a hash, from bits the slot does not use.
        @inline(__always)
        static func filterBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 40) & (filterWords * 64 - 1) }

        /// Whether bits `from ..< to` of `present` are all set.
        @inline(__always)
        static func allSet(_ present: UnsafeMutableBufferPointer<UInt64>, from: Int, to: Int) -> Bool {
            var low = from
            while low < to {
                let word = low >> 6
                let high = min(to, (word + 1) << 6)
                let count = high - low
                let mask = (count == 64 ? ~UInt64(0) : (UInt64(1) << UInt64(count)) - 1) << UInt64(low & 63)
                if present[word] & mask != mask { return false }
                low = high
            }
            return true
        }

        /// Calls `body` with the index of each entry whose every anchor group has a word in the
        /// text, in order, while it returns true.
        func forEachPossible(in text: ReviewText, _ body: (Int) -> Bool) {
            keys.withUnsafeBufferPointer { keys in
                bits.withUnsafeBufferPointer { bits in
                    filter.withUnsafeBufferPointer { filter in
                        ends.withUnsafeBufferPointer { ends in
                            text.distinctHashes.withUnsafeBufferPointer { hashes in
                                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: width) { present in
                                    present.initialize(repeating: 0)
                                    let mask = keys.count - 1
                                    for hash in hashes {
                                        let bit = Self.filterBit(hash)
                                        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                                        var slot = Self.slot(hash, mask)
                                        while keys[slot] != 0 {
                                            if keys[slot] == hash {
                                                for offset in 0..<width { present[offset] |= bits[slot * width + offset] }
                                                break
                                            }
                                            slot = (slot + 1) & mask
                                        }
                                    }
                                    var start = 0
                                    for entry in 0..<ends.count {
                                        let end = Int(ends[entry])
                                        defer { start = end }
                                        if Self.allSet(present, from: start, to: end), !body(entry) { return }
                                    }
                                }
                            }
                        }
                    }
                }
            }
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
        screen.forEachPossible(in: text) { body(entries[$0]) }
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
        // Matches are taken as they come, with no list per pattern; a screened entry's anchors are
        // known to be in the text already.
        func add(_ entry: Entry, screened: Bool) -> Bool {
            entry.pattern.forEachMatch(in: text, screened: screened) { range in
                if !covered.contains(where: { $0.overlaps(range) }) {
                    covered.append(range)
                    findings.append(
                        Finding(
                            rule: rule, severity: severity, in: text, start: text.words[range.lowerBound].start,
                            end: text.words[range.upperBound].end, message: entry.message, suggestion: entry.suggestion))
                }
                return true
            }
            return true
        }
        forEachCandidate(context.language, in: text) { add($0, screened: true) }
        for entry in context.ownEntries(rule: rule) { _ = add(entry, screened: false) }
        return findings
    }
}
