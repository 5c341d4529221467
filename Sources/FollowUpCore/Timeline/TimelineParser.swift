import Foundation

/// Reads the timeline a recruiter gave, in English or Brazilian Portuguese, from inside a longer
/// sentence: "we'll get back to you by the end of next week", "retorno em até 10 dias úteis".
///
/// Pure: the day the words were said, the calendar and the policy come in as values, so the
/// same words always give the same day, and tests need no clock.
public struct TimelineParser: Sendable {
    public var calendar: BusinessCalendar
    public var policy: TimelinePolicy

    public init(calendar: BusinessCalendar = .weekendsOnly, policy: TimelinePolicy = TimelinePolicy()) {
        self.calendar = calendar
        self.policy = policy
    }

    /// The best reading of `text` said on `saidOn`, or an error saying nothing was found.
    public func parse(_ text: String, saidOn: Day, language: Language) throws(FollowUpError) -> TimelineReading {
        let tokens = Token.split(text)
        let context = Context(tokens: tokens, saidOn: saidOn, language: language, calendar: calendar, policy: policy)
        var best: Match?
        for index in tokens.indices {
            for match in context.matches(at: index) {
                guard let current = best else {
                    best = match
                    continue
                }
                let longer = match.end - match.start > current.end - current.start
                if match.score > current.score || (match.score == current.score && longer) { best = match }
            }
        }
        guard let best else {
            throw FollowUpError.noTimeline(text.trimmingCharacters(in: .whitespacesAndNewlines), words: tokens.filter { $0.kind == .word }.count)
        }
        let span = tokens[best.start].range.lowerBound..<tokens[best.end - 1].range.upperBound
        let from = text.index(text.startIndex, offsetBy: span.lowerBound)
        let words = String(text[from..<text.index(from, offsetBy: span.count)])
        var reading = TimelineReading(
            deadline: best.deadline, range: best.range, alternatives: best.alternatives.filter { $0 != best.deadline }, span: span, text: words,
            explanation: "", isCommitment: best.commitment)
        reading.explanation = Self.explain(reading, note: best.note)
        return reading
    }

    static func explain(_ reading: TimelineReading, note: String?) -> String {
        var line = "\(reading.text) -> \(DateText.long(reading.deadline))"
        if let range = reading.range {
            line = "\(reading.text) -> \(DateText.long(range.start)) to \(DateText.long(range.end)), deadline the last day"
        }
        if let note { line += " (\(note))" }
        if !reading.alternatives.isEmpty {
            line += "; could also mean " + reading.alternatives.map { DateText.long($0) }.joined(separator: " or ")
        }
        return line
    }
}

/// One candidate reading found at a token position.
struct Match {
    var start: Int
    var end: Int
    var score: Int
    var deadline: Day
    var range: Deadline? = nil
    var alternatives: [Day] = []
    var commitment = true
    var note: String? = nil
}

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
        for character in text {
            let folded = fold(character)
            let ascii = folded.asciiValue
            let letter = ascii.map { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 } ?? (folded.isLetter || folded == "º" || folded == "ª")
            if letter {
                if current.isEmpty { (start, kind) = (offset, .word) }
                current.append(folded)
            } else if let ascii, ascii >= 48 && ascii <= 57 {
                if !current.isEmpty && kind == .word { flush() }
                if current.isEmpty { (start, kind) = (offset, .number) }
                current.append(folded)
            } else {
                flush()
                if "/-–—.".contains(folded) {
                    tokens.append(Token(text: folded == "–" || folded == "—" ? "-" : String(folded), kind: .sign, range: offset..<offset + 1))
                } else if folded == "'" || folded == "’" {
                    // "we'll", "week's": drop the apostrophe and what follows it belongs to the word.
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
                if lowered == 47 || lowered == 45 || lowered == 46 {
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
        let folded = String(character).lowercased().folding(options: .diacriticInsensitive, locale: nil)
        return folded.count == 1 ? folded.first! : character
    }
}

extension DateText {
    /// "Friday 13 March 2026": a day in full, for saying how words were read.
    public static func long(_ day: Day) -> String {
        let (year, month, date) = day.parts
        return "\(day.weekday.name) \(date) \(englishMonths[month - 1]) \(year)"
    }
}
