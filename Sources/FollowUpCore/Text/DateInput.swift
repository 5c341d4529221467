public import Foundation

/// Reads the dates people type on the command line, strictly: one unambiguous form, or an error.
///
/// `03/04/2026` means March in one country and April in another, so only ISO 8601 shapes are
/// accepted; a time without an offset is read in the zone handed in.
public enum DateInput {
    static let instantForms =
        "write it as YYYY-MM-DD HH:MM (2026-03-11 14:30), YYYY-MM-DDTHH:MM, or with an offset such as 2026-03-11T14:30-05:00"
    static let dayForms = "write it as YYYY-MM-DD (2026-03-13) or a range YYYY-MM-DD..YYYY-MM-DD"

    /// A day such as `2026-03-13`.
    public static func day(_ text: String) throws(FollowUpError) -> Day {
        let trimmed = text.trimmingSpaces()
        guard let day = Day(iso: trimmed) else { throw FollowUpError.invalidDate(text, expected: dayForms) }
        return day
    }

    /// A day or a range `2026-03-11..2026-03-13`, whose last day is the deadline.
    public static func deadline(_ text: String) throws(FollowUpError) -> Deadline {
        let trimmed = text.trimmingSpaces()
        if let range = trimmed.firstRange(of: "..") {
            let start = try day(String(trimmed[..<range.lowerBound]))
            let end = try day(String(trimmed[range.upperBound...]))
            return try Deadline(start: start, end: end)
        }
        return Deadline(try day(String(trimmed)))
    }

    /// An instant: a date and time, read in `zone` unless it carries `Z` or an offset.
    /// A date alone means noon, so it lands on the intended day in every nearby zone.
    public static func instant(_ text: String, in zone: Zone) throws(FollowUpError) -> Date {
        let trimmed = text.trimmingSpaces()
        let error = FollowUpError.invalidDate(text, expected: instantForms)
        let bytes = Array(trimmed.utf8)
        guard bytes.count >= 10, let day = Day(iso: trimmed.prefix(10)) else { throw error }
        if bytes.count == 10 { return zone.instant(on: day, minute: 12 * 60) }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "t"),
            bytes.count >= 16, bytes[13] == UInt8(ascii: ":"),
            let hour = Day.digits(bytes[11..<13]), let minute = Day.digits(bytes[14..<16]),
            hour < 24, minute < 60
        else { throw error }
        var index = 16
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard bytes.count >= index + 3, let value = Day.digits(bytes[(index + 1)..<(index + 3)]), value < 60 else {
                throw error
            }
            second = value
            index += 3
            // Fractions of a second are accepted and dropped.
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            }
        }
        let localSeconds = hour * 3600 + minute * 60 + second
        if index == bytes.count {
            let start = zone.instant(on: day, minute: hour * 60 + minute)
            return start.addingTimeInterval(TimeInterval(second))
        }
        let rest = bytes[index...]
        var offset: Int
        if rest.count == 1, rest.first == UInt8(ascii: "Z") || rest.first == UInt8(ascii: "z") {
            offset = 0
        } else if rest.count == 6, rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-"),
            rest[index + 3] == UInt8(ascii: ":"),
            let h = Day.digits(bytes[(index + 1)..<(index + 3)]), let m = Day.digits(bytes[(index + 4)..<(index + 6)]),
            h <= 14, m < 60
        {
            offset = (h * 3600 + m * 60) * (rest.first == UInt8(ascii: "-") ? -1 : 1)
        } else {
            throw error
        }
        return Date(timeIntervalSince1970: TimeInterval(day.number * 86_400 + localSeconds - offset))
    }
}
