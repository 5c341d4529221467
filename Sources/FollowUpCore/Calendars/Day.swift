/// A civil date with no time zone, held as a count of days since 1970-01-01.
///
/// Business-day arithmetic runs millions of times for an agenda, so days are plain integers
/// rather than `DateComponents`; conversion to and from year-month-day is exact for the
/// proleptic Gregorian calendar (Howard Hinnant's civil-date algorithms).
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public var number: Int

    /// Wraps a day number, which keeps arithmetic on days as cheap as integer addition.
    public init(number: Int) {
        self.number = number
    }

    /// Builds a day from its calendar parts, returning `nil` for dates that do not exist (30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
            return nil
        }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        self.number = era * 146_097 + doe - 719_468
    }

    /// The calendar parts of this day.
    public var parts: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { parts.year }
    public var month: Int { parts.month }
    public var dayOfMonth: Int { parts.day }

    /// The day of the week, so weekends can be skipped without a `Calendar`.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((number % 7) + 7 + 4) % 7
        return Weekday(rawValue: index)!
    }

    /// The day `count` calendar days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        Day(number: number + count)
    }

    /// Calendar days from this day to `other`.
    public func days(to other: Day) -> Int {
        other.number - number
    }

    /// `YYYY-MM-DD`, the one unambiguous way a day is written in files and JSON.
    public var description: String {
        ASCIIText.make(capacity: (0...9999).contains(year) ? 10 : 32) { write(to: &$0) }
    }

    /// Writes `YYYY-MM-DD`, for the ISO forms that begin with the day.
    func write(to text: inout ASCIIText) {
        let (y, m, d) = parts
        text.append(y, width: 4)
        text.append("-")
        text.append(m, width: 2)
        text.append("-")
        text.append(d, width: 2)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    /// Number of days in a month, for validating typed dates.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        ASCIIText.make(capacity: value.magnitude < 1_000_000_000_000 && width < 15 ? 15 : max(width, 20) + 1) { $0.append(value, width: width) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Parses exactly `YYYY-MM-DD`, rejecting impossible dates.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = Day.digits(bytes[0..<4]), let m = Day.digits(bytes[5..<7]), let d = Day.digits(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return bytes.isEmpty ? nil : value
    }
}

/// Days of the week, numbered from Sunday as in most calendars people read.
public enum Weekday: Int, Sendable, CaseIterable, Codable {
    case sunday = 0, monday, tuesday, wednesday, thursday, friday, saturday

    /// Three-letter English name, used in every date a person reads ("Tue 17 Mar").
    public var shortName: String { Weekday.shortNames[rawValue] }

    public var name: String { Weekday.names[rawValue] }

    static let shortNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
}
