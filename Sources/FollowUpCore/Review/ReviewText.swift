/// A draft broken into words that can be compared however they were typed, each still pointing at
/// its exact bytes in the original.
///
/// Matching happens on normalised words (lower case, accents folded, curly quotes straightened,
/// contractions expanded: "I'm" reads as "i am", "tô" as "estou"), while findings point at the
/// original text, so an editor can underline the very words. The normalised words sit side by side
/// in one buffer, each with its hash, and an index says where each occurs: reading a draft builds
/// no `String` per word and hashes nothing twice.
public struct ReviewText: Sendable {
    /// One normalised word and where it came from.
    public struct Word: Sendable, Equatable {
        /// UTF-8 byte range in the original text.
        public var start: Int
        public var end: Int
        /// Index of the sentence the word belongs to.
        public var sentence: Int
        /// `WordKey.hash` of the normalised bytes.
        let hash: UInt64
        /// Where the normalised bytes sit in `folded`.
        let textStart: Int32
        let textCount: Int32
    }

    /// A draft cut into words and sentences before its language is known, so guessing the language
    /// and reading the draft in it share one pass over the bytes.
    public struct Tokens: Sendable {
        let original: String
        let bytes: [UInt8]
        let folded: [UInt8]
        let words: [Word]
        let lineStarts: [Int]
        let sentences: [Range<Int>]
        let questionMarks: [Int]
        let hasStars: Bool

        public init(_ text: String) {
            original = text
            bytes = Array(text.utf8)
            var scanner = Scanner(capacity: bytes.count)
            bytes.withUnsafeBufferPointer { scanner.scan($0) }
            folded = scanner.folded
            words = scanner.words
            lineStarts = scanner.lineStarts
            sentences = scanner.sentences
            questionMarks = scanner.questionMarks
            hasStars = scanner.hasStars
        }

        /// The normalised bytes of a word.
        func withBytes<R>(of word: Word, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            ReviewText.withBytes(of: word, in: folded, body)
        }
    }

    /// The original text.
    public let original: String
    let bytes: [UInt8]
    /// The normalised words' bytes, one after the other.
    let folded: [UInt8]
    public let words: [Word]
    /// UTF-8 byte offset where each line starts, for line and column numbers.
    let lineStarts: [Int]
    /// Byte ranges of the sentences.
    public let sentences: [Range<Int>]
    /// Byte offsets of each question mark.
    public let questionMarks: [Int]
    /// Whether the text has a `*` anywhere.
    let hasStars: Bool
    /// Sentences that ask something (R8 and the figures read it; counted once per text).
    public private(set) var questionCount = 0
    /// Open addressing on the words' hashes: the first occurrence of each distinct word, -1 for an
    /// empty slot. `nextSame` chains the later occurrences in order.
    let slots: [Int32]
    let nextSame: [Int32]
    /// The hash of each slot's word (0 when empty), so ruling a word out reads one array.
    let slotHashes: [UInt64]
    /// Each distinct word's hash once, in no particular order: phrase lists' screens walk these
    /// rather than every word.
    let distinctHashes: [UInt64]

    public init(_ text: String, language: Language) {
        self.init(Tokens(text), language: language)
    }

    /// Reads words already cut in `language`: contractions expanded, each word indexed.
    public init(_ tokens: Tokens, language: Language) {
        original = tokens.original
        bytes = tokens.bytes
        lineStarts = tokens.lineStarts
        sentences = tokens.sentences
        questionMarks = tokens.questionMarks
        hasStars = tokens.hasStars
        let contractions = language == .english ? ReviewText.englishContractions : ReviewText.portugueseContractions
        func expansion(of word: Word) -> [WordKey]? {
            tokens.withBytes(of: word) { bytes in
                ReviewText.mayBeContraction(bytes, language) ? contractions.value(hash: word.hash, bytes: bytes) : nil
            }
        }
        var words = tokens.words
        var folded = tokens.folded
        // Most drafts have no contraction and keep their words as cut.
        if let first = words.firstIndex(where: { expansion(of: $0) != nil }) {
            var expanded = Array(words[..<first])
            expanded.reserveCapacity(words.count + 8)
            for word in words[first...] {
                guard let pieces = expansion(of: word) else {
                    expanded.append(word)
                    continue
                }
                for piece in pieces {
                    expanded.append(
                        Word(
                            start: word.start, end: word.end, sentence: word.sentence, hash: piece.hash, textStart: Int32(folded.count),
                            textCount: Int32(piece.bytes.count)))
                    folded.append(contentsOf: piece.bytes)
                }
            }
            words = expanded
        }
        self.words = words
        self.folded = folded

        var capacity = 32
        while capacity < words.count * 4 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var slotHashes = [UInt64](repeating: 0, count: capacity)
        var nextSame = [Int32](repeating: -1, count: words.count)
        var distinctHashes: [UInt64] = []
        distinctHashes.reserveCapacity(words.count)
        // Straight on the buffers: through the arrays, every store had asked whether they were shared.
        slots.withUnsafeMutableBufferPointer { slots in
            slotHashes.withUnsafeMutableBufferPointer { slotHashes in
                nextSame.withUnsafeMutableBufferPointer { nextSame in
                    words.withUnsafeBufferPointer { words in
                        folded.withUnsafeBufferPointer { folded in
                            // Backwards, so each chain ends up in text order with its head the first occurrence.
                            for index in words.indices.reversed() {
                                let word = words[index]
                                var slot = Int(truncatingIfNeeded: word.hash) & (capacity - 1)
                                while true {
                                    let head = Int(slots[slot])
                                    if head < 0 {
                                        slots[slot] = Int32(index)
                                        slotHashes[slot] = word.hash
                                        distinctHashes.append(word.hash)
                                        break
                                    }
                                    if ReviewText.same(words[head], word, folded) {
                                        nextSame[index] = Int32(head)
                                        slots[slot] = Int32(index)
                                        break
                                    }
                                    slot = (slot + 1) & (capacity - 1)
                                }
                            }
                        }
                    }
                }
            }
        }
        self.slots = slots
        self.distinctHashes = distinctHashes
        self.nextSame = nextSame
        self.slotHashes = slotHashes
        questionCount = QuestionRule.questionCount(in: self, language: language)
    }

    private static func same(_ a: Word, _ b: Word, _ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.hash == b.hash, a.textCount == b.textCount else { return false }
        for offset in 0..<Int(a.textCount) where folded[Int(a.textStart) + offset] != folded[Int(b.textStart) + offset] { return false }
        return true
    }

    /// Whether the word at `index` is `key`.
    @inline(__always)
    func word(_ index: Int, is key: WordKey) -> Bool {
        let word = words[index]
        guard word.hash == key.hash, Int(word.textCount) == key.bytes.count else { return false }
        let start = Int(word.textStart)
        for offset in key.bytes.indices where folded[start + offset] != key.bytes[offset] { return false }
        return true
    }

    /// The first normalised byte of the word at `index` (nil for an empty word).
    @inline(__always)
    func firstByte(of index: Int) -> UInt8? {
        let word = words[index]
        return word.textCount > 0 ? folded[Int(word.textStart)] : nil
    }

    /// Whether the word at `index` starts with `stem`.
    @inline(__always)
    func word(_ index: Int, hasPrefix stem: [UInt8]) -> Bool {
        let word = words[index]
        guard Int(word.textCount) >= stem.count else { return false }
        let start = Int(word.textStart)
        for offset in stem.indices where folded[start + offset] != stem[offset] { return false }
        return true
    }

    /// The index of the first occurrence of `key`, or -1; `nextSame` leads to the others.
    func firstOccurrence(of key: WordKey) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let head = Int(slots[slot])
            if head < 0 || word(head, is: key) { return head }
            slot = (slot + 1) & mask
        }
    }

    /// Whether a normalised word occurs in the text.
    func contains(_ key: WordKey) -> Bool { firstOccurrence(of: key) >= 0 }

    /// Whether a word with this hash may occur: false proves it absent. Phrases are ruled out on
    /// this alone; a match, when tried, compares the bytes.
    @inline(__always)
    func mayContain(hash: UInt64) -> Bool {
        let mask = slotHashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slotHashes[slot]
            if found == hash { return true }
            if found == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// The normalised text of a word.
    public func text(of word: Word) -> String {
        String(decoding: folded[Int(word.textStart)..<Int(word.textStart + word.textCount)], as: UTF8.self)
    }

    /// The normalised bytes of a word.
    func withBytes<R>(of word: Word, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        ReviewText.withBytes(of: word, in: folded, body)
    }

    /// A word's bytes in the buffer of normalised words it was cut into (`Tokens` or `ReviewText`).
    static func withBytes<R>(of word: Word, in folded: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        folded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(word.textStart)..<Int(word.textStart + word.textCount)])) }
    }

    /// Whether a word can be a key of the contraction table: English keys carry an apostrophe but
    /// "im" and "cannot"; Portuguese ones are at most four letters. Spares most words a look-up.
    static func mayBeContraction(_ word: UnsafeBufferPointer<UInt8>, _ language: Language) -> Bool {
        switch language {
        case .english:
            word.contains(UInt8(ascii: "'")) || (word.count == 2 && word[0] == UInt8(ascii: "i") && word[1] == UInt8(ascii: "m"))
                || (word.count == 6 && word[0] == UInt8(ascii: "c") && word.elementsEqual(cannot))
        case .brazilianPortuguese: word.count <= 4
        }
    }

    private static let cannot = Array("cannot".utf8)

    /// Letters and digits; ASCII is decided without the Unicode tables, which dominate otherwise.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return Scanner.isASCIILetterOrDigit(UInt8(scalar.value)) }
        if isLatin1Letter(scalar) { return true }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return value >= 97 && value <= 122
        }
        return isLatin1Letter(scalar) || scalar.properties.isAlphabetic
    }

    /// À to ÿ but × and ÷: Portuguese's accented letters, known without Unicode's tables.
    @inline(__always)
    static func isLatin1Letter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xC0 && scalar.value <= 0xFF && scalar.value != 0xD7 && scalar.value != 0xF7
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 48 && scalar.value <= 57 : scalar.properties.numericType != nil
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
        String(decoding: bytes[max(0, start)..<min(bytes.count, end)], as: UTF8.self)
    }

    /// `fold(_:)` of a word's UTF-8 bytes, without a `String` for the usual ASCII word.
    static func fold(bytes word: ArraySlice<UInt8>) -> [UInt8] {
        guard word.allSatisfy({ $0 < 128 }) else { return Array(fold(String(decoding: word, as: UTF8.self)).utf8) }
        return word.map(asciiLowered)
    }

    /// An ASCII capital in lower case, any other byte as it is.
    @inline(__always)
    static func asciiLowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Lower case, accents folded, curly apostrophes straightened.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 128 && !($0 >= 65 && $0 <= 90) }) { return word }
        // ASCII with capitals ("Hi", "I"): lower the bytes, without Unicode case tables.
        if word.utf8.allSatisfy({ $0 < 128 }) {
            return String(decoding: word.utf8.map(asciiLowered), as: UTF8.self)
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

    static let englishContractions = WordMap(contractions(for: .english).map { ($0.key, $0.value.map(WordKey.init)) })
    static let portugueseContractions = WordMap(contractions(for: .brazilianPortuguese).map { ($0.key, $0.value.map(WordKey.init)) })

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
