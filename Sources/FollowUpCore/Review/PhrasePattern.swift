/// A phrase written as data ("i am [not] [so|very|really] anxious|nervous"), matched against the
/// normalised words of one sentence.
///
/// Syntax, word by word: `word` matches itself; `stem*` any word starting with `stem` (inflections:
/// `ansios*` covers ansioso, ansiosa, ansiosos); `a|b` either; `[…]` makes a word optional; `...`
/// skips up to three words. Phrase lists stay readable and cover inflections without code.
public struct PhrasePattern: Sendable, Equatable, CustomStringConvertible {
    enum Element: Sendable, Equatable {
        case word(alternatives: [Alternative], optional: Bool)
        case gap(Int)
    }

    enum Alternative: Sendable, Equatable {
        case exact(String)
        case prefix(String)

        func matches(_ word: String) -> Bool {
            switch self {
            case .exact(let text): word == text
            case .prefix(let stem): word.hasPrefix(stem)
            }
        }
    }

    let elements: [Element]
    public let description: String
    /// The words a match must start with, when the first element is required and exact.
    let firstWords: [String]?
    /// For each required element made of exact words only: one of them must occur in the text, or
    /// the pattern cannot match there (most patterns are ruled out by one look-up).
    let anchors: [[(word: String, bit: Int)]]

    /// Parses a pattern; the words are normalised the way review text is.
    public init(_ text: String) {
        description = text
        var elements: [Element] = []
        for token in text.split(separator: " ") {
            if token == "..." {
                elements.append(.gap(3))
                continue
            }
            var body = Substring(token)
            var optional = false
            if body.hasPrefix("["), body.hasSuffix("]") {
                optional = true
                body = body.dropFirst().dropLast()
            }
            let alternatives = body.split(separator: "|").map { piece -> Alternative in
                let folded = ReviewText.fold(String(piece))
                return folded.hasSuffix("*") ? .prefix(String(folded.dropLast())) : .exact(folded)
            }
            elements.append(.word(alternatives: alternatives, optional: optional))
        }
        self.elements = elements
        anchors = elements.compactMap { element -> [(word: String, bit: Int)]? in
            guard case .word(let alternatives, false) = element else { return nil }
            let words = alternatives.compactMap { alternative -> String? in
                if case .exact(let word) = alternative { return word }
                return nil
            }
            return words.count == alternatives.count ? words.map { ($0, ReviewText.bit(of: $0)) } : nil
        }.sorted { $0.count < $1.count }
        if case .word(let alternatives, false)? = elements.first {
            let exact = alternatives.compactMap { alternative -> String? in
                if case .exact(let word) = alternative { return word }
                return nil
            }
            firstWords = exact.count == alternatives.count ? exact : nil
        } else {
            firstWords = nil
        }
    }

    public static func == (lhs: PhrasePattern, rhs: PhrasePattern) -> Bool { lhs.description == rhs.description }

    /// Every non-overlapping match in the text, as ranges of word indices.
    public func matches(in text: ReviewText) -> [ClosedRange<Int>] {
        for anchor in anchors where !anchor.contains(where: { text.contains($0.word, bit: $0.bit) }) { return [] }
        var found: [ClosedRange<Int>] = []
        let words = text.words
        if let firstWords {
            // Only where the first word occurs.
            var starts: [Int] = []
            for word in firstWords { starts += text.positions[word] ?? [] }
            starts.sort()
            var next = 0
            for start in starts where start >= next {
                if let end = match(elementIndex: 0, wordIndex: start, words: words, sentence: words[start].sentence), end >= start {
                    found.append(start...end)
                    next = end + 1
                }
            }
            return found
        }
        var index = 0
        while index < words.count {
            if let end = match(elementIndex: 0, wordIndex: index, words: words, sentence: words[index].sentence), end >= index {
                found.append(index...end)
                index = end + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// Returns the index of the last word consumed, or nil; `index - 1` when nothing was consumed.
    private func match(elementIndex: Int, wordIndex: Int, words: [ReviewText.Word], sentence: Int) -> Int? {
        guard elementIndex < elements.count else { return wordIndex - 1 }
        let inSentence = wordIndex < words.count && words[wordIndex].sentence == sentence
        switch elements[elementIndex] {
        case .gap(let size):
            for skip in 0...size {
                guard skip == 0 || (wordIndex + skip - 1 < words.count && words[wordIndex + skip - 1].sentence == sentence) else { break }
                if let end = match(elementIndex: elementIndex + 1, wordIndex: wordIndex + skip, words: words, sentence: sentence) {
                    return end
                }
            }
            return nil
        case .word(let alternatives, let optional):
            if inSentence, alternatives.contains(where: { $0.matches(words[wordIndex].text) }),
                let end = match(elementIndex: elementIndex + 1, wordIndex: wordIndex + 1, words: words, sentence: sentence)
            {
                return end
            }
            // A match that consumes no word at all is dropped by `matches(in:)`.
            return optional ? match(elementIndex: elementIndex + 1, wordIndex: wordIndex, words: words, sentence: sentence) : nil
        }
    }
}
