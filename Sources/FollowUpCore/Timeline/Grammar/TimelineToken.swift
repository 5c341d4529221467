import Foundation

/// A word, number or sign of the input, lower-cased and without accents, with where it was.
struct Token: Equatable {
    enum Kind { case word, number, sign }
    var text: String
    var kind: Kind
    var range: Range<Int>
    var value: Int = 0

    static func split(_ text: String) -> [Token] {
        var bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) { return splitASCII(&bytes) }
        // Latin-1 text (most Portuguese) has one character per scalar, and scalars are cheaper
        // to walk than characters; "\r\n" is the one pair that would be a single character.
        if text.unicodeScalars.allSatisfy({ $0.value < 0x300 && $0 != "\r" }) { return splitLatin(text) }
        return split(characters: text)
    }

    /// Each scalar below U+0300 folded once: lower case, no marks ("Ã" is "a"); kept otherwise.
    private static let latinFold: [Unicode.Scalar] = (0..<0x300).map { value in
        let scalar = Unicode.Scalar(UInt32(value))!
        let folded = fold(Character(scalar))
        return folded.unicodeScalars.count == 1 ? folded.unicodeScalars.first! : scalar
    }

    /// `split(characters:)` for text of scalars below U+0300, one character each, walked as
    /// scalars: most Portuguese input.
    private static func splitLatin(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var kind = Kind.word
        var (start, offset, value) = (0, 0, 0)
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(Token(text: String(current), kind: kind, range: start..<offset, value: kind == .number ? value : 0))
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let folded = latinFold[Int(scalar.value)]
            let v = folded.value
            if (v >= 97 && v <= 122) || (v >= 0x80 && (folded.properties.isAlphabetic || v == 0xBA || v == 0xAA)) {
                if current.isEmpty { (start, kind) = (offset, .word) }
                current.append(folded)
            } else if v >= 48 && v <= 57 {
                if let last = current.last, kind == .word || last.value < 48 || last.value > 57 { flush() }
                if current.isEmpty { (start, kind, value) = (offset, .number, 0) }
                value = value * 10 + Int(v - 48)
                current.append(folded)
            } else {
                flush()
                if isSign(v) { tokens.append(Token(text: String(folded), kind: .sign, range: offset..<offset + 1)) }
            }
            offset += 1
        }
        flush()
        return tokens
    }

    /// Characters in, tokens out, with offsets counted in characters.
    static func split<Characters: Sequence<Character>>(characters: Characters) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var kind = Kind.word
        var start = 0
        var offset = 0
        func flush() {
            guard !current.isEmpty else { return }
            var token = Token(text: current, kind: kind, range: start..<offset)
            if kind == .number {
                // "24th", "3rd", "1º": the digits are the value, the suffix marks an ordinal.
                let digits = current.prefix { $0.isASCII && $0.isNumber }
                token.value = Int(digits) ?? 0
            }
            tokens.append(token)
            current = ""
        }
        for character in characters {
            let folded = fold(character)
            let ascii = folded.asciiValue
            let letter = ascii.map { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 } ?? (folded.isLetter || folded == "º" || folded == "ª")
            if letter {
                if current.isEmpty { (start, kind) = (offset, .word) }
                current.append(folded)
            } else if let ascii, ascii >= 48 && ascii <= 57 {
                // Digits after letters start a new token, even after an ordinal's ("24th310").
                if !current.isEmpty && (kind == .word || current.last?.isLetter == true) { flush() }
                if current.isEmpty { (start, kind) = (offset, .number) }
                current.append(folded)
            } else {
                flush()
                switch folded {
                case "/", "-", ".", ",", ";", ":", "!", "?": tokens.append(Token(text: String(folded), kind: .sign, range: offset..<offset + 1))
                case "–", "—": tokens.append(Token(text: "-", kind: .sign, range: offset..<offset + 1))
                // "we'll", "week's": the apostrophe is dropped and what follows belongs to the word.
                default: break
                }
            }
            offset += 1
        }
        flush()
        return tokens
    }

    /// The same split for plain ASCII text, on bytes: most English input, several times faster.
    static func splitASCII(_ bytes: inout [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte >= 65 && byte <= 90 { bytes[index] = byte + 32 }
            let lowered = bytes[index]
            if lowered >= 97 && lowered <= 122 {
                let start = index
                index += 1
                while index < count {
                    let next = bytes[index]
                    if next >= 65 && next <= 90 {
                        bytes[index] = next + 32
                    } else if !(next >= 97 && next <= 122) {
                        break
                    }
                    index += 1
                }
                tokens.append(Token(text: String(decoding: bytes[start..<index], as: UTF8.self), kind: .word, range: start..<index))
            } else if lowered >= 48 && lowered <= 57 {
                let start = index
                var value = 0
                while index < count, bytes[index] >= 48, bytes[index] <= 57 {
                    value = value * 10 + Int(bytes[index] - 48)
                    index += 1
                }
                // An ordinal suffix ("24th") stays part of the number, as in the general path.
                while index < count, (bytes[index] | 0x20) >= 97, (bytes[index] | 0x20) <= 122 {
                    bytes[index] |= 0x20
                    index += 1
                }
                var token = Token(text: String(decoding: bytes[start..<index], as: UTF8.self), kind: .number, range: start..<index)
                token.value = value
                tokens.append(token)
            } else {
                if isSign(UInt32(lowered)) {
                    tokens.append(Token(text: String(UnicodeScalar(lowered)), kind: .sign, range: index..<index + 1))
                }
                index += 1
            }
        }
        return tokens
    }

    static func fold(_ character: Character) -> Character {
        if let ascii = character.asciiValue {
            return ascii >= 65 && ascii <= 90 ? Character(UnicodeScalar(ascii + 32)) : character
        }
        // Portuguese letters without asking Foundation, which was most of reading a phrase.
        var scalars = character.unicodeScalars.makeIterator()
        if let first = scalars.next(), scalars.next() == nil, let latin = latin1[first.value] { return latin }
        let folded = String(character).lowercased().folding(options: .diacriticInsensitive, locale: nil)
        return folded.count == 1 ? folded.first! : character
    }

    /// Latin-1 letters with marks, lower-cased and bare ("Ã" is "a", "ç" is "c").
    private static let latin1: [UInt32: Character] = {
        var table: [UInt32: Character] = [:]
        let groups: [(Character, String)] = [
            ("a", "àáâãäåÀÁÂÃÄÅ"), ("e", "èéêëÈÉÊË"), ("i", "ìíîïÌÍÎÏ"), ("o", "òóôõöÒÓÔÕÖ"), ("u", "ùúûüÙÚÛÜ"), ("c", "çÇ"), ("n", "ñÑ"),
            ("y", "ýÿÝ"),
        ]
        for (bare, marked) in groups {
            for scalar in marked.unicodeScalars { table[scalar.value] = bare }
        }
        return table
    }()

    /// The signs kept as tokens: those inside dates ("/", "-", ".") and those that end a clause,
    /// which a condition ("if …") and a gap between words do not cross.
    static func isSign(_ value: UInt32) -> Bool {
        switch value {
        case 47, 45, 46, 44, 59, 58, 33, 63: true
        default: false
        }
    }
}
