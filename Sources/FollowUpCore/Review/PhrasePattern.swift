/// A phrase written as data ("i am [not] [so|very|really] anxious|nervous"), matched against the
/// normalised words of one sentence.
///
/// Syntax, word by word: `word` matches itself; `stem*` any word starting with `stem` (inflections:
/// `ansios*` covers ansioso, ansiosa, ansiosos); `@class` any word of a word class of the language
/// (`WordClasses`: `@reply` is answer, reply, news…); `a|b` either; `[…]` makes a word optional;
/// `...` skips up to three words and `...N` up to N. Phrase lists stay readable, name the shapes
/// people write rather than single sentences, and cover inflections without code.
public final class PhrasePattern: Sendable, Equatable, CustomStringConvertible {
    enum Element: Sendable, Equatable {
        case word(alternatives: [Alternative], optional: Bool)
        case gap(Int)
    }

    enum Alternative: Sendable, Equatable {
        case exact(WordKey)
        case prefix([UInt8])

        @inline(__always)
        func matches(_ index: Int, in text: ReviewText) -> Bool {
            switch self {
            case .exact(let key): text.word(index, is: key)
            case .prefix(let stem): text.word(index, hasPrefix: stem)
            }
        }
    }

    let elements: [Element]
    public let description: String
    /// The words a match can start with (the leading optional elements' and the first required
    /// one's), when they are all exact: the pattern is tried only where they occur.
    let startWords: [WordKey]?
    /// For each required element made of exact words only: one of them must occur in the text, or
    /// the pattern cannot match there (most patterns are ruled out by one look-up). The words'
    /// hashes, element after element, each element ended by a 0.
    let anchors: [UInt64]
    /// For a pattern tried at every word (no `startWords`): the first bytes its first word can
    /// have, so most words are passed over without trying the pattern; nil when any word can start it.
    let firstBytes: ByteSet?

    /// A set of bytes, one bit each.
    struct ByteSet: Sendable, Equatable {
        private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        mutating func insert(_ byte: UInt8) {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }

        @inline(__always)
        func contains(_ byte: UInt8) -> Bool {
            let word =
                switch byte >> 6 {
                case 0: bits.0
                case 1: bits.1
                case 2: bits.2
                default: bits.3
                }
            return word & (UInt64(1) << UInt64(byte & 63)) != 0
        }

        static func == (lhs: ByteSet, rhs: ByteSet) -> Bool { lhs.bits == rhs.bits }
    }

    /// Parses a pattern; the words are normalised the way review text is. It works on the bytes:
    /// the first review of a process parses every list, and splitting `Character`s had made that
    /// parse cost as much as reviewing a hundred drafts.
    public init(_ text: String, classes: WordClasses = .none) {
        description = text
        var elements: [Element] = []
        for token in Array(text.utf8).split(separator: UInt8(ascii: " ")) {
            if token.starts(with: "...".utf8) {
                let digits = token.dropFirst(3)
                let size = digits.isEmpty ? 3 : Int(String(decoding: digits, as: UTF8.self)) ?? 3
                elements.append(.gap(size))
                continue
            }
            var body = token
            var optional = false
            if body.count >= 2, body.first == UInt8(ascii: "["), body.last == UInt8(ascii: "]") {
                optional = true
                body = body.dropFirst().dropLast()
            }
            var alternatives: [Alternative] = []
            for piece in body.split(separator: UInt8(ascii: "|")) {
                if piece.first == UInt8(ascii: "@"), let members = classes.alternatives(String(decoding: piece.dropFirst(), as: UTF8.self)) {
                    alternatives += members
                } else {
                    alternatives.append(Self.alternative(piece))
                }
            }
            elements.append(.word(alternatives: alternatives, optional: optional))
        }
        self.elements = elements
        func exactWords(_ alternatives: [Alternative]) -> [WordKey]? {
            let words = alternatives.compactMap { alternative -> WordKey? in
                if case .exact(let word) = alternative { return word }
                return nil
            }
            return words.count == alternatives.count ? words : nil
        }
        let anchorGroups = elements.compactMap { element -> [WordKey]? in
            guard case .word(let alternatives, false) = element else { return nil }
            return exactWords(alternatives)
        }.sorted { $0.count < $1.count }
        anchors = anchorGroups.flatMap { $0.map(\.hash) + [0] }
        var startWords: [WordKey]? = []
        for element in elements {
            guard case .word(let alternatives, let optional) = element, let words = exactWords(alternatives) else {
                startWords = nil
                break
            }
            startWords? += words
            if !optional { break }
        }
        self.startWords = startWords?.isEmpty == false ? startWords : nil
        firstBytes = Self.firstBytes(of: elements)
    }

    /// One word of the phrase syntax, folded as review text is: a stem when it ends in `*`.
    static func alternative(_ piece: ArraySlice<UInt8>) -> Alternative {
        let folded = ReviewText.fold(bytes: piece)
        return folded.last == UInt8(ascii: "*") ? .prefix(Array(folded.dropLast())) : .exact(WordKey(bytes: folded))
    }

    /// The first bytes of the leading optional words and of the first required one; nil when a
    /// gap, an empty word or no required word leaves the first word open.
    private static func firstBytes(of elements: [Element]) -> ByteSet? {
        var set = ByteSet()
        for element in elements {
            guard case .word(let alternatives, let optional) = element else { return nil }
            for alternative in alternatives {
                let first: UInt8? =
                    switch alternative {
                    case .exact(let key): key.bytes.first
                    case .prefix(let stem): stem.first
                    }
                guard let first else { return nil }
                set.insert(first)
            }
            if !optional { return set }
        }
        return nil
    }

    public static func == (lhs: PhrasePattern, rhs: PhrasePattern) -> Bool { lhs.description == rhs.description }

    /// Every non-overlapping match in the text, as ranges of word indices.
    public func matches(in text: ReviewText) -> [ClosedRange<Int>] {
        var found: [ClosedRange<Int>] = []
        forEachMatch(in: text) { range in
            found.append(range)
            return true
        }
        return found
    }

    /// Whether the pattern matches anywhere, stopping at the first match.
    public func occurs(in text: ReviewText) -> Bool {
        var found = false
        forEachMatch(in: text) { _ in
            found = true
            return false
        }
        return found
    }

    /// Calls `body` with each non-overlapping match in text order while it returns true.
    /// `screened`: a `PhraseList.Screen` already found every anchor group in the text.
    func forEachMatch(in text: ReviewText, screened: Bool = false, _ body: (ClosedRange<Int>) -> Bool) {
        guard screened || Self.mayMatch(anchors, in: text) else { return }
        var next = 0
        func tryMatch(at start: Int) -> Bool {
            guard start >= next, let end = match(elementIndex: 0, wordIndex: start, text: text, sentence: text.words[start].sentence), end >= start
            else { return true }
            next = end + 1
            return body(start...end)
        }
        if let startWords {
            // Only where a match can start.
            if startWords.count == 1 {
                var start = text.firstOccurrence(of: startWords[0])
                while start >= 0 {
                    guard tryMatch(at: start) else { return }
                    start = Int(text.nextSame[start])
                }
                return
            }
            var starts: [Int] = []
            for word in startWords {
                var start = text.firstOccurrence(of: word)
                while start >= 0 {
                    starts.append(start)
                    start = Int(text.nextSame[start])
                }
            }
            starts.sort()
            for start in starts { guard tryMatch(at: start) else { return } }
            return
        }
        guard let firstBytes else {
            for start in text.words.indices { guard tryMatch(at: start) else { return } }
            return
        }
        for start in text.words.indices where text.firstByte(of: start).map(firstBytes.contains) ?? true {
            guard tryMatch(at: start) else { return }
        }
    }

    /// Whether the text has a word of every group of `anchors` (groups ended by 0, as in
    /// `anchors`): false rules the pattern out.
    static func mayMatch(_ anchors: [UInt64], in text: ReviewText) -> Bool {
        var index = 0
        while index < anchors.count {
            // Some word of this element must be in the text.
            while anchors[index] != 0, !text.mayContain(hash: anchors[index]) { index += 1 }
            guard anchors[index] != 0 else { return false }
            while anchors[index] != 0 { index += 1 }
            index += 1
        }
        return true
    }

    /// Returns the index of the last word consumed, or nil; `index - 1` when nothing was consumed.
    private func match(elementIndex: Int, wordIndex: Int, text: ReviewText, sentence: Int) -> Int? {
        guard elementIndex < elements.count else { return wordIndex - 1 }
        let count = text.words.count
        switch elements[elementIndex] {
        case .gap(let size):
            for skip in 0...size {
                guard skip == 0 || (wordIndex + skip - 1 < count && text.words[wordIndex + skip - 1].sentence == sentence) else { break }
                if let end = match(elementIndex: elementIndex + 1, wordIndex: wordIndex + skip, text: text, sentence: sentence) {
                    return end
                }
            }
            return nil
        case .word(let alternatives, let optional):
            if wordIndex < count, text.words[wordIndex].sentence == sentence {
                var alternative = 0
                while alternative < alternatives.count, !alternatives[alternative].matches(wordIndex, in: text) { alternative += 1 }
                if alternative < alternatives.count,
                    let end = match(elementIndex: elementIndex + 1, wordIndex: wordIndex + 1, text: text, sentence: sentence)
                {
                    return end
                }
            }
            // A match that consumes no word at all is dropped by `forEachMatch`.
            return optional ? match(elementIndex: elementIndex + 1, wordIndex: wordIndex, text: text, sentence: sentence) : nil
        }
    }
}
