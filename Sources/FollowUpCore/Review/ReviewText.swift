/// A draft broken into words that can be compared however they were typed, each still pointing at
/// its exact bytes in the original.
///
/// Matching happens on normalised words (lower case, accents folded, curly quotes straightened,
/// contractions expanded: "I'm" reads as "i am", "tô" as "estou"), while findings point at the
/// original text, so an editor can underline the very words.
public struct ReviewText: Sendable {
    /// One normalised word and where it came from.
    public struct Word: Sendable, Equatable {
        /// Lower-cased, accent-folded form used for matching.
        public var text: String
        /// UTF-8 byte range in the original text.
        public var start: Int
        public var end: Int
        /// Index of the sentence the word belongs to.
        public var sentence: Int
    }

    /// The original text.
    public let original: String
    public let words: [Word]
    /// UTF-8 byte offset where each line starts, for line and column numbers.
    let lineStarts: [Int]
    /// Byte ranges of the sentences.
    public let sentences: [Range<Int>]
    /// Byte offsets of each question mark.
    public let questionMarks: [Int]
    /// Sentences that ask something (R8 and the figures read it; counted once per text).
    public private(set) var questionCount = 0
    /// Where each normalised word occurs, so a phrase starting with a known word is only tried there.
    let positions: [String: [Int]]
    /// One bit per word (a cheap hash mod 1,024): a clear bit proves a word is absent without hashing
    /// it for the dictionary, which is how most phrases are ruled out.
    let wordBits: [UInt64]

    public init(_ text: String, language: Language) {
        original = text
        let bytes = Array(text.utf8)
        var lineStarts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(index + 1) }
        self.lineStarts = lineStarts

        var words: [Word] = []
        words.reserveCapacity(bytes.count / 4)
        var sentences: [Range<Int>] = []
        var questionMarks: [Int] = []
        var sentenceStart: Int?
        var sentence = 0
        var offset = 0
        // The word being read is bytes[currentStart..<offset]; it is cut from the bytes once, at its end.
        var inWord = false
        var currentStart = 0
        let contractions = language == .english ? ReviewText.englishContractions : ReviewText.portugueseContractions

        func flushWord() {
            guard inWord else { return }
            let normalised = ReviewText.fold(String(decoding: bytes[currentStart..<offset], as: UTF8.self))
            let pieces = ReviewText.mayBeContraction(normalised, language) ? contractions[normalised] ?? [normalised] : [normalised]
            for piece in pieces {
                words.append(Word(text: piece, start: currentStart, end: offset, sentence: sentence))
            }
            if sentenceStart == nil { sentenceStart = currentStart }
            inWord = false
        }
        func endSentence(at end: Int) {
            flushWord()
            if let start = sentenceStart {
                sentences.append(start..<end)
                sentence += 1
            }
            sentenceStart = nil
        }

        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            let next = scalars.next()
            let width = UTF8.width(scalar)
            let isApostrophe = scalar == "'" || scalar == "\u{2019}"
            if ReviewText.isWordScalar(scalar)
                || (isApostrophe && inWord && (next?.properties.isAlphabetic ?? false))
                || (scalar == "-" && inWord && (next?.properties.isAlphabetic ?? false))
            {
                if !inWord { (inWord, currentStart) = (true, offset) }
                offset += width
            } else {
                flushWord()
                if scalar == "?" { questionMarks.append(offset) }
                let ends = scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n"
                offset += width
                if ends, !(scalar == "." && next.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } == true) {
                    endSentence(at: offset)
                }
            }
            pending = next
        }
        endSentence(at: offset)
        self.words = words
        var positions: [String: [Int]] = [:]
        positions.reserveCapacity(words.count)
        var wordBits = [UInt64](repeating: 0, count: 16)
        for (index, word) in words.enumerated() {
            positions[word.text, default: []].append(index)
            let bit = ReviewText.bit(of: word.text)
            wordBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.positions = positions
        self.wordBits = wordBits
        self.sentences = sentences
        self.questionMarks = questionMarks
        questionCount = QuestionRule.questionCount(in: self, language: language)
    }

    /// Whether a normalised word occurs in the text.
    func contains(_ word: String, bit: Int) -> Bool {
        wordBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && positions[word] != nil
    }

    /// FNV-1a of the word's bytes, mod 1,024: cheap next to the dictionary's seeded hash.
    static func bit(of word: String) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in word.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash & 1023)
    }

    /// Whether a word can be a key of the contraction table: English keys carry an apostrophe but
    /// "im" and "cannot"; Portuguese ones are at most four letters. Spares most words a look-up.
    static func mayBeContraction(_ word: String, _ language: Language) -> Bool {
        switch language {
        case .english: word.utf8.contains(UInt8(ascii: "'")) || word == "im" || word == "cannot"
        case .brazilianPortuguese: word.utf8.count <= 4
        }
    }

    /// Letters and digits; ASCII is decided without the Unicode tables, which dominate otherwise.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// 1-based line and column (in UTF-8 bytes, as compilers and vim count) of a byte offset.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// The original text of a byte range.
    public func excerpt(_ start: Int, _ end: Int) -> String {
        let bytes = Array(original.utf8)
        return String(decoding: bytes[max(0, start)..<min(bytes.count, end)], as: UTF8.self)
    }

    /// Lower case, accents folded, curly apostrophes straightened.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 128 && !($0 >= 65 && $0 <= 90) }) { return word }
        // ASCII with capitals ("Hi", "I"): lower the bytes, without Unicode case tables.
        if word.utf8.allSatisfy({ $0 < 128 }) {
            return String(decoding: word.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var result = ""
        for scalar in word.lowercased().unicodeScalars {
            if let plain = foldedScalars[scalar] {
                result.unicodeScalars.append(plain)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static let foldedScalars: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        let groups: [(String, Unicode.Scalar)] = [
            ("áàâãäå", "a"), ("éèêë", "e"), ("íìîï", "i"), ("óòôõö", "o"), ("úùûü", "u"), ("ç", "c"), ("ñ", "n"), ("\u{2019}", "'"),
        ]
        for (accented, plain) in groups {
            for scalar in accented.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()

    static let englishContractions = contractions(for: .english)
    static let portugueseContractions = contractions(for: .brazilianPortuguese)

    /// Contractions and colloquial spellings, expanded to the words the phrase lists use.
    static func contractions(for language: Language) -> [String: [String]] {
        switch language {
        case .english:
            return [
                "i'm": ["i", "am"], "im": ["i", "am"], "i've": ["i", "have"], "i'd": ["i", "would"], "i'll": ["i", "will"],
                "you're": ["you", "are"], "you've": ["you", "have"], "you'd": ["you", "would"], "you'll": ["you", "will"],
                "it's": ["it", "is"], "that's": ["that", "is"], "there's": ["there", "is"], "we're": ["we", "are"],
                "we've": ["we", "have"], "we'll": ["we", "will"], "they're": ["they", "are"], "haven't": ["have", "not"],
                "hasn't": ["has", "not"], "hadn't": ["had", "not"], "don't": ["do", "not"], "doesn't": ["does", "not"],
                "didn't": ["did", "not"], "isn't": ["is", "not"], "aren't": ["are", "not"], "wasn't": ["was", "not"],
                "weren't": ["were", "not"], "can't": ["can", "not"], "cannot": ["can", "not"], "couldn't": ["could", "not"],
                "won't": ["will", "not"], "wouldn't": ["would", "not"], "shouldn't": ["should", "not"], "let's": ["let", "us"],
                "what's": ["what", "is"], "who's": ["who", "is"],
            ]
        case .brazilianPortuguese:
            return [
                "to": ["estou"], "ta": ["esta"], "tava": ["estava"], "pra": ["para"], "pro": ["para", "o"], "pros": ["para", "os"],
                "vc": ["voce"], "vcs": ["voces"], "q": ["que"], "tb": ["tambem"], "tbm": ["tambem"], "n": ["nao"],
                "naum": ["nao"], "obg": ["obrigado"], "blz": ["beleza"],
            ]
        }
    }
}
