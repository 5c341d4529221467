public import Foundation

/// A validated IANA time zone, kept by identifier so it round-trips through files and databases.
///
/// Core never asks for the machine's zone: every zone arrives as a value, so advice computed
/// on a laptop in Lisbon for a recruiter in New York is the same anywhere.
public struct Zone: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The IANA identifier, such as `America/New_York`.
    public let identifier: String
    /// The Foundation zone behind it, for offset look-ups.
    public let timeZone: TimeZone

    /// Fails with a message naming the identifier when the zone is unknown.
    public init(_ identifier: String) throws(FollowUpError) {
        guard !identifier.isEmpty, let zone = TimeZone(identifier: identifier) else {
            throw FollowUpError.unknownTimeZone(identifier)
        }
        self.identifier = zone.identifier == "GMT" && identifier == "UTC" ? "UTC" : identifier
        self.timeZone = zone
    }

    /// Coordinated Universal Time, the zone used when nothing better is known.
    public static let utc = try! Zone("UTC")

    public var description: String { identifier }

    public static func == (lhs: Zone, rhs: Zone) -> Bool { lhs.identifier == rhs.identifier }
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Zone(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }

    /// Seconds east of UTC at an instant.
    public func offset(at instant: Date) -> Int {
        timeZone.secondsFromGMT(for: instant)
    }

    /// The civil day an instant falls on in this zone.
    public func day(of instant: Date) -> Day {
        let local = Int((instant.timeIntervalSince1970).rounded(.down)) + offset(at: instant)
        return Day(number: Zone.floorDiv(local, 86_400))
    }

    /// Minutes since local midnight for an instant in this zone.
    public func minuteOfDay(of instant: Date) -> Int {
        let local = Int((instant.timeIntervalSince1970).rounded(.down)) + offset(at: instant)
        return Zone.floorMod(local, 86_400) / 60
    }

    /// The instant at a local wall-clock time on a day.
    ///
    /// A wall time skipped by a daylight-saving jump is moved forward by the jump (02:30 on a
    /// spring-forward night becomes 03:30); a repeated one takes its first occurrence. This is what
    /// a person setting an alarm expects, and matches java.time's `ZonedDateTime`.
    public func instant(on day: Day, minute: Int) -> Date {
        let local = day.number * 86_400 + minute * 60
        // Offsets on either side of any transition near this local time.
        let before = offset(at: Date(timeIntervalSince1970: TimeInterval(local - 86_400)))
        let after = offset(at: Date(timeIntervalSince1970: TimeInterval(local + 86_400)))
        let early = local - before  // valid if the old offset still applies
        let late = local - after  // valid if the new offset already applies
        let earlyValid = offset(at: Date(timeIntervalSince1970: TimeInterval(early))) == before
        let lateValid = offset(at: Date(timeIntervalSince1970: TimeInterval(late))) == after
        switch (earlyValid, lateValid) {
        case (true, true):
            return Date(timeIntervalSince1970: TimeInterval(min(early, late)))
        case (true, false):
            return Date(timeIntervalSince1970: TimeInterval(early))
        case (false, true):
            return Date(timeIntervalSince1970: TimeInterval(late))
        case (false, false):
            // In the gap: shift forward by the size of the jump.
            return Date(timeIntervalSince1970: TimeInterval(local - before))
        }
    }

    /// The first instant of a day in this zone.
    public func startOfDay(_ day: Day) -> Date {
        instant(on: day, minute: 0)
    }

    /// The first instant after a day ends in this zone, which is when a deadline "by that day" has passed.
    public func endOfDay(_ day: Day) -> Date {
        instant(on: day.adding(days: 1), minute: 0)
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    static func floorMod(_ a: Int, _ b: Int) -> Int {
        a - floorDiv(a, b) * b
    }
}
