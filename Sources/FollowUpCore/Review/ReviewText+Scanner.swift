extension ReviewText {
    /// Cuts a draft's bytes into words and sentences in one pass, folding each word as it ends.
    ///
    /// ASCII, Latin-1 letters and the curly apostrophe, which are nearly every word in English and
    /// Portuguese, are folded byte by byte from a table made by `fold(_:)` itself; any other word
    /// goes through `fold(_:)`, so both paths give the same words.
    struct Scanner {
        var folded: [UInt8] = []
        var words: [Word] = []
        var lineStarts = [0]
        var sentences: [Range<Int>] = []
        var questionMarks: [Int] = []
        /// Whether the draft has a `*`, which R2 reads for starred-out swearing.
        var hasStars = false
        private var sentenceStart = -1
        private var sentence = 0
        private var inWord = false
        private var wordStart = 0

        init(capacity: Int) {
            folded.reserveCapacity(capacity)
            words.reserveCapacity(capacity / 5 + 1)
        }

        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if Scanner.isASCIILetterOrDigit(byte) {
                    // Most of a draft: the rest of an ASCII word in a tight loop.
                    if !inWord { (inWord, wordStart) = (true, offset) }
                    offset += 1
                    while offset < bytes.count, Scanner.isASCIILetterOrDigit(bytes[offset]) { offset += 1 }
                    continue
                }
                if byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
                let (scalar, width) = Scanner.scalar(in: bytes, at: offset)
                var joins = false
                if inWord, byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") || scalar == "\u{2019}", offset + width < bytes.count {
                    // An apostrophe or hyphen inside a word ("don't", "follow-up") when a letter follows.
                    joins = ReviewText.isLetter(Scanner.scalar(in: bytes, at: offset + width).scalar)
                }
                if joins || ReviewText.isWordScalar(scalar) {
                    if !inWord { (inWord, wordStart) = (true, offset) }
                    offset += width
                    continue
                }
                endWord(at: offset, bytes)
                if byte == UInt8(ascii: "?") { questionMarks.append(offset) }
                if byte == UInt8(ascii: "*") { hasStars = true }
                let ends = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "\n")
                offset += width
                guard ends else { continue }
                // "2.5" and "e.g" go on: a full stop followed by a letter or digit ends nothing.
                if byte == UInt8(ascii: "."), offset < bytes.count {
                    let next = Scanner.scalar(in: bytes, at: offset).scalar
                    if ReviewText.isLetter(next) || ReviewText.isDigit(next) { continue }
                }
                endSentence(at: offset, bytes)
            }
            endSentence(at: bytes.count, bytes)
        }

        private mutating func endSentence(at end: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
            endWord(at: end, bytes)
            if sentenceStart >= 0 {
                sentences.append(sentenceStart..<end)
                sentence += 1
            }
            sentenceStart = -1
        }

        private mutating func endWord(at end: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
            guard inWord else { return }
            inWord = false
            if sentenceStart < 0 { sentenceStart = wordStart }
            let textStart = folded.count
            let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
            var hash: UInt64
            var folding = Folding()
            if Scanner.fold(word, into: &folding) {
                hash = folding.hash
                folding.append(to: &folded)
            } else {
                folded.append(contentsOf: ReviewText.fold(String(decoding: word, as: UTF8.self)).utf8)
                hash = folded.withUnsafeBufferPointer { WordKey.hash(UnsafeBufferPointer(rebasing: $0[textStart...])) }
            }
            words.append(
                Word(
                    start: wordStart, end: end, sentence: sentence, hash: hash, textStart: Int32(textStart),
                    textCount: Int32(folded.count - textStart)))
        }

        /// A word folded on the stack with its hash, appended to the text's buffer in one copy.
        struct Folding {
            var bytes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
            var count = 0
            var hash = WordKey.seed

            @inline(__always)
            mutating func add(_ byte: UInt8) {
                withUnsafeMutableBytes(of: &bytes) { $0[count] = byte }
                count += 1
                hash = WordKey.mix(hash, byte)
            }

            /// Mutating only to read the bytes in place, without a copy (see `fold(_:into:)`).
            mutating func append(to folded: inout [UInt8]) {
                let count = count
                withUnsafeBytes(of: &bytes) { raw in
                    folded.append(contentsOf: UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
                }
            }
        }

        /// Folds words of ASCII, Latin-1 and the curly apostrophe, up to 64 bytes; false for any
        /// other word, which `fold(_:)` then reads. In place: a folding handed back by value is
        /// copied wholesale right after its bytes were written one by one, and the processor
        /// waits for those writes before it can read them back.
        private static func fold(_ word: UnsafeBufferPointer<UInt8>, into folding: inout Folding) -> Bool {
            guard word.count <= 64 else { return false }
            var index = 0
            while index < word.count {
                let byte = word[index]
                if byte < 0x80 {
                    folding.add(ReviewText.asciiLowered(byte))
                    index += 1
                } else if byte == 0xC3 {
                    let entry = Int(word[index + 1] & 0x3F) * 2
                    folding.add(latin1[entry])
                    if latin1[entry + 1] != 0 { folding.add(latin1[entry + 1]) }
                    index += 2
                } else if byte == 0xE2, word[index + 1] == 0x80, word[index + 2] == 0x99 {
                    for byte in curlyApostrophe { folding.add(byte) }
                    index += 3
                } else {
                    return false
                }
            }
            folding.hash |= 1
            return true
        }

        /// U+00C0…U+00FF folded: two bytes per letter, the second 0 when the fold is one byte.
        private static let latin1: [UInt8] = (0xC0...0xFF).flatMap { value -> [UInt8] in
            let bytes = Array(ReviewText.fold(String(Unicode.Scalar(UInt8(value)))).utf8)
            precondition(bytes.count <= 2)
            return bytes.count == 1 ? [bytes[0], 0] : bytes
        }
        private static let curlyApostrophe = Array(ReviewText.fold("\u{2019}").utf8)

        @inline(__always)
        static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
            let lower = byte | 0x20
            return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }

        /// The scalar starting at `offset` of valid UTF-8, and its width.
        @inline(__always)
        static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
            let lead = UInt32(bytes[offset])
            if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
            let value: UInt32
            let width: Int
            if lead < 0xE0 {
                (value, width) = ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2)
            } else if lead < 0xF0 {
                (value, width) = ((lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F), 3)
            } else {
                value =
                    (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
                    | UInt32(bytes[offset + 3] & 0x3F)
                width = 4
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
        }
    }
}
