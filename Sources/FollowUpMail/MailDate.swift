import FollowUpCore
public import Foundation

/// Dates as RFC 5322 writes them, with the obsolete forms still sent: no day of the week, two-
/// and three-digit years, zone names ("EST", "GMT", military letters), comments, extra spaces.
public enum MailDate {
    /// The instant, or nil when the field cannot be read as a date. A date with no zone, or the
    /// "-0000" of a sender who does not know theirs, is read as UTC.
    public static func parse(_ text: String) -> Date? {
        var tokens = tokenize(Array(text.utf8))
        // An optional day of the week, with or without its comma.
        if let first = tokens.first, first.allSatisfy(isLetter), month(first) == nil { tokens.removeFirst() }
        guard tokens.count >= 4 else { return nil }
        // "3 Feb 2025" or, as some clients write, "Feb 3 2025".
        var day: Int
        var monthNumber: Int
        if let number = integer(tokens[0]), let named = month(tokens[1]) {
            (day, monthNumber) = (number, named)
        } else if let named = month(tokens[0]), let number = integer(tokens[1]) {
            (day, monthNumber) = (number, named)
        } else {
            return nil
        }
        tokens.removeFirst(2)
        // The year usually comes next; ctime-like dates put the time first.
        var yearToken = tokens[0]
        var timeToken = tokens.count > 1 ? tokens[1] : []
        if yearToken.contains(colon) { swap(&yearToken, &timeToken) }
        guard var year = integer(yearToken) else { return nil }
        if yearToken.count == 2 { year += year < 50 ? 2000 : 1900 } else if yearToken.count == 3 { year += 1900 }
        tokens.removeFirst(min(2, tokens.count))
        let clock = timeToken.split(separator: colon, omittingEmptySubsequences: false).map(integer)
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }) else { return nil }
        let (hour, minute, second) = (clock[0]!, clock[1]!, clock.count == 3 ? clock[2]! : 0)
        let offset = tokens.first.flatMap(zoneOffset) ?? 0
        guard (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second), year >= 1900 else {
            return nil
        }
        // "31 Apr" is read as the month's last day, as mail clients do.
        guard let civil = (28...31).reversed().lazy.compactMap({ Day(year: year, month: monthNumber, day: min(day, $0)) }).first else {
            return nil
        }
        let days = civil.number
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static let colon = UInt8(ascii: ":")

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Words of the date, with comments and commas dropped.
    private static func tokenize(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(bytes.count)
        var depth = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(0, depth - 1)
            case UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): if depth == 0 { cleaned.append(UInt8(ascii: " ")) }
            default: if depth == 0 { cleaned.append(byte) }
            }
        }
        var tokens = cleaned.split(separator: UInt8(ascii: " "))
        // "12:00:00+0100": a zone glued to the time.
        if let index = tokens.firstIndex(where: { $0.contains(colon) }),
            let sign = tokens[index].firstIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") })
        {
            let zone = tokens[index][sign...]
            tokens[index] = tokens[index][..<sign]
            tokens.insert(zone, at: index + 1)
        }
        return tokens
    }

    private static func month(_ token: ArraySlice<UInt8>) -> Int? {
        guard token.count >= 3, token.prefix(3).allSatisfy(isLetter) else { return nil }
        let start = token.startIndex
        let key = (UInt32(token[start] | 0x20) << 16) | (UInt32(token[start + 1] | 0x20) << 8) | UInt32(token[start + 2] | 0x20)
        return monthKeys.firstIndex(of: key).map { $0 + 1 }
    }

    private static let monthKeys: [UInt32] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map { name in
        let bytes = Array(name.utf8)
        return (UInt32(bytes[0]) << 16) | (UInt32(bytes[1]) << 8) | UInt32(bytes[2])
    }

    /// Seconds east of UTC.
    private static func zoneOffset(_ token: ArraySlice<UInt8>) -> Int? {
        if let sign = token.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            let digits = token.dropFirst().filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            guard digits.count == 4, let value = integer(digits[...]) else { return nil }
            let seconds = (value / 100) * 3_600 + (value % 100) * 60
            return sign == UInt8(ascii: "-") ? -seconds : seconds
        }
        let hours: [String: Int] = [
            "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
        ]
        return hours[String(decoding: token, as: UTF8.self).uppercased()].map { $0 * 3_600 }
    }

}
